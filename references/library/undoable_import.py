"""A BibTeX import that can be taken back, and brought back again, exactly.

``references.library.bib_import`` plans an import and applies it. Here the applied
import is recorded as the rows it created: the references, the file's
kept blocks, the groups the file brought and the memberships. Undo deletes
those rows (after checking none of them was edited since); redo inserts
the very same rows again, same ids included, so later steps on the undo
stack that name an imported reference still find it.

Existing references an imported entry matched are never changed by an
import (only linked from the file's blocks), so undo leaves them alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import BibBlock as StoredBlock
from models import BibSource, SourceGroup, reference_groups
from models.errors import ConcurrentEditError
from references.library.bib_import import (
    BibImportPlan,
    BibImportSummary,
    apply_bib_import,
    library_state,
    plan_bib_import,
)
from references.system.progress import Progress, Steps
from references.library.row_snapshots import (
    TableRows,
    copy_rows,
    copy_rows_by_ids,
    delete_rows,
    insert_rows,
    parents_first,
    rows_match,
)
from references.storage.undoable import GROUPS, REFERENCES, Changed, TwoWay
from models.messages import Messages

LibraryErrors = Messages("LibraryErrors")


class PlanChangedError(ConcurrentEditError):
    """The library changed between showing an import plan and applying it."""


@dataclass(frozen=True, slots=True)
class BibImportRecord(TwoWay):
    summary: BibImportSummary
    source_name: str
    groups: TableRows  # groups the import created, parents first
    references: TableRows
    source: TableRows
    blocks: TableRows
    memberships: TableRows

    @property
    def label(self) -> str:
        return f"Import {self.source_name}"

    @property
    def changed(self) -> Changed:  # an import is a step to undo even when it added nothing
        return Changed.of({REFERENCES, GROUPS}, reference_ids=self.references.values("id"),
                          group_ids=self.groups.values("id"))

    def revert(self, session: Session) -> None:
        if not rows_match(session, self.references, ["version", "key"]):
            raise ConcurrentEditError(
                LibraryErrors.tr(
                          "References imported from %1 were edited since (in another window or program), so the "
                          "import cannot be taken back without losing those edits. Nothing was changed.",
                          self.source_name,
                      )
            )
        created_groups = self.groups.values("id")
        if created_groups and _groups_used_elsewhere(session, created_groups, self.references.values("id")):
            raise ConcurrentEditError(
                LibraryErrors.tr(
                          "Groups created by the import of %1 now hold other references or groups, so the import "
                          "cannot be taken back. Nothing was changed.",
                          self.source_name,
                      )
            )
        delete_rows(session, self.memberships)
        delete_rows(session, self.blocks)
        delete_rows(session, self.references)
        delete_rows(session, self.source)
        delete_rows(session, self.groups)  # subgroups go with their parent (ON DELETE CASCADE)

    def reapply(self, session: Session) -> None:
        what = LibraryErrors.tr("the entries imported from %1", self.source_name)
        insert_rows(session, self.groups, what)
        insert_rows(session, self.source, what)
        insert_rows(session, self.references, what)
        insert_rows(session, self.blocks, what)
        insert_rows(session, self.memberships, what)


def import_planned_bib(
    session: Session, shown: BibImportPlan, *, document_id: int | None = None, progress: Progress | None = None
) -> BibImportRecord:
    """Apply the import a person was shown, if it still holds; record its rows for undo.

    The plan is made again inside this transaction, so what is written
    matches the library as it is now; if that differs from the plan shown
    (an entry added or removed elsewhere in the meantime), nothing is
    written and ``PlanChangedError`` asks to look at the import again.
    ``progress`` hears of its steps and may cancel between them (``Cancelled``:
    the caller's rollback leaves the library as it was).
    """
    steps = Steps(progress, 3)
    if shown.library_state is not None and shown.library_state == library_state(session):
        plan = shown  # nothing it matched against changed: planning again would give the same
    else:
        plan = plan_bib_import(session, shown.result, shown.source_name)
    if _outline(plan) != _outline(shown):
        raise PlanChangedError(
            LibraryErrors.tr(
                      "The library changed while the import of %1 was being reviewed; nothing was imported. "
                      "Open the file again to see what the import would do now.",
                      shown.source_name,
                  )
        )
    steps.advance()
    groups_before = set(session.scalars(select(SourceGroup.id)))
    summary = apply_bib_import(session, plan, document_id=document_id)
    session.flush()
    steps.advance()
    new_groups = sorted(set(session.scalars(select(SourceGroup.id))) - groups_before)
    reference_ids = list(summary.reference_ids)
    record = BibImportRecord(
        summary=summary,
        source_name=shown.source_name,
        groups=parents_first(copy_rows(session, "source_groups", SourceGroup.id.in_(new_groups))),
        references=copy_rows_by_ids(session, "references", "id", reference_ids),
        source=copy_rows(session, "bib_sources", BibSource.id == summary.source_id),
        blocks=copy_rows(session, "bib_blocks", StoredBlock.source_id == summary.source_id),
        memberships=copy_rows_by_ids(session, "reference_groups", "reference_id", reference_ids),
    )
    steps.advance()
    return record


def _outline(plan: BibImportPlan) -> tuple[tuple[tuple[int, str], ...], tuple[tuple[int, int | None], ...]]:
    return (
        tuple((e.block_index, e.key) for e in plan.new),
        tuple((e.block_index, e.match_id) for e in plan.matches),
    )


def _groups_used_elsewhere(session: Session, group_ids: list[int], imported: list[int]) -> bool:
    foreign_member = session.scalar(
        select(reference_groups.c.reference_id)
        .where(reference_groups.c.group_id.in_(group_ids), reference_groups.c.reference_id.not_in(imported))
        .limit(1)
    )
    foreign_child = session.scalar(
        select(SourceGroup.id).where(SourceGroup.parent_id.in_(group_ids), SourceGroup.id.not_in(group_ids)).limit(1)
    )
    return foreign_member is not None or foreign_child is not None


__all__ = ["BibImportRecord", "PlanChangedError", "import_planned_bib"]
