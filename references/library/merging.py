"""Merging two references into one, and taking a merge back.

The kept entry gets the union of both entries' fields (where both have a
field with different values, the caller's ``choices`` decide) and of their
groups. What the thesis says beside each entry's markers
(``silteme-provenance``) is not a conflict: both excerpts are kept, joined. Every marker citing the dropped entry's number is rewritten to cite
the kept one's, through the editing primitive, so the text, offsets, claims
and annotations stay in step. The dropped entry is deleted. The result
records everything ``unmerge`` needs to restore both entries, the markers
and the numbering exactly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import BibBlock, Block, Citation, CitationTarget, Document, Reference, SourceGroup
from references.storage.backups import Reason, backup_before
from references.team.identity import require_author
from references.bibtex import plain_value
from references.bibtex.silteme_fields import PROVENANCE_FIELD
from references.bibtex.values import unwrapped
from references.errors import InputError, NotFoundError
from references.system.progress import Progress, Steps
from references.thesis.citation_markers import rewrite_marker
from references.thesis.reanchoring import reanchor_cut_annotations
from references.thesis.reference_fields import OWN_FIELDS, refresh_plain_columns
from references.thesis.renumbering import RenumberResult, apply_renumbering, plan_compaction
from references.thesis.text_edit import TextEdit, replace_block_text, revert_text_edit
from references.storage.undoable import GROUPS, TEXT_KINDS, Changed, Undoable
from models.messages import Messages, listing

LibraryErrors = Messages("LibraryErrors")


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """A field both entries have, with values that differ (as written)."""

    name: str
    keep_value: str
    drop_value: str


@dataclass(frozen=True, slots=True)
class ReferenceSnapshot:
    """A reference's stored state, enough to put it back."""

    id: int
    document_id: int | None
    number: int | None
    key: str
    entry_type: str
    fields: tuple[tuple[str, str], ...]
    raw: str | None
    modified: bool
    complete: bool
    title: str
    authors: str
    year: str
    group_ids: tuple[int, ...]
    bib_block_ids: tuple[int, ...]  # imported .bib blocks this entry came from


@dataclass(frozen=True, slots=True)
class MergeResult(Undoable):
    keep: ReferenceSnapshot  # the kept reference before the merge
    drop: ReferenceSnapshot  # the dropped reference, as it was
    marker_edits: tuple[TextEdit, ...]  # in the order applied
    retargeted: tuple[int, ...]  # citation targets moved from drop to keep without a text change
    renumbering: RenumberResult | None
    # What was asked, so that a merge taken back can be made again.
    choices: tuple[tuple[str, str], ...] = ()
    renumber: bool = False

    @property
    def reanchor_annotation_ids(self) -> tuple[int, ...]:
        ids = {i for e in self.marker_edits for i in e.reanchor_annotation_ids}
        if self.renumbering is not None:
            ids.update(self.renumbering.reanchor_annotation_ids)
        return tuple(sorted(ids))

    @property
    def document_id(self) -> int | None:
        return self.drop.document_id if self.drop.number is not None else self.keep.document_id

    @property
    def label(self) -> str:
        return f"Merge {self.drop.key} into {self.keep.key}"

    @property
    def changed(self) -> Changed:
        return self._changed(self.drop.id)

    def _changed(self, drop_id: int) -> Changed:
        # No blocks named: markers citing the dropped entry now cite the kept
        # one, some without a change of text, so the whole view is compared.
        renumbered = self.renumbering.changed if self.renumbering is not None else Changed()
        return Changed.of(
            TEXT_KINDS | {GROUPS},
            document_id=self.document_id,
            reference_ids={self.keep.id, drop_id} | renumbered.reference_ids,
            group_ids={*self.keep.group_ids, *self.drop.group_ids},
            annotation_ids=self.reanchor_annotation_ids,
        )

    def undo(self, session: Session) -> Unmerged:
        return Unmerged(self, unmerge(session, self))


@dataclass(frozen=True, slots=True)
class Unmerged(Undoable):
    """A merge taken back; ``drop_id`` is the restored entry's id (its old one, unless reused)."""

    merged: MergeResult
    drop_id: int

    @property
    def label(self) -> str:
        return self.merged.label

    @property
    def changed(self) -> Changed:
        return self.merged._changed(self.drop_id)

    def undo(self, session: Session) -> MergeResult:
        merged = self.merged
        return merge_references(session, merged.keep.id, self.drop_id, dict(merged.choices), merged.renumber)


def merge_conflicts(session: Session, keep_id: int, drop_id: int) -> list[FieldConflict]:
    """Fields whose values differ between the two entries, for a merge dialog."""
    keep, drop = _pair(session, keep_id, drop_id)
    return _conflicts(keep, drop)


def merge_references(
    session: Session, keep_id: int, drop_id: int, choices: Mapping[str, str] | None = None, renumber: bool = False,
    progress: Progress | None = None,
) -> MergeResult:
    """Fold ``drop`` into ``keep`` (caller's transaction).

    ``choices`` maps a field name to ``"keep"``, ``"drop"`` or a raw BibTeX
    value; every conflicting field needs one. ``renumber`` closes the gap the
    dropped number leaves in the bibliography. ``progress`` hears of its steps
    and may cancel between them (``Cancelled``: the caller's rollback leaves
    the library as it was).
    """
    steps = Steps(progress, 5)
    keep, drop = _pair(session, keep_id, drop_id)
    chosen = {name.lower(): value for name, value in (choices or {}).items()}
    unresolved = [c.name for c in _conflicts(keep, drop) if c.name not in chosen]
    if unresolved:
        raise InputError(
            LibraryErrors.tr(
                      "%1 and %2 differ in %3; say which value to keep for each. Nothing was changed.",
                      keep.key, drop.key, listing(unresolved),
                  )
        )
    document_id = drop.document_id if drop.number is not None else keep.document_id
    require_author(session, LibraryErrors.tr("merge references"))
    backup_before(session, Reason.MERGE)
    steps.advance()
    if keep.number is not None and drop.number is not None and keep.document_id != drop.document_id:
        raise InputError(
            LibraryErrors.tr(
                      "%1 and %2 are numbered in different documents; a merge would change what one of them "
                      "cites. Nothing was changed.",
                      keep.key, drop.key,
                  )
        )
    before_keep, before_drop = _snapshot(session, keep), _snapshot(session, drop)
    keep.fields = _merged_fields(keep, drop, chosen)
    keep.modified = True
    keep.complete = keep.complete or drop.complete
    refresh_plain_columns(keep)
    keep.groups = sorted({*keep.groups, *drop.groups}, key=_group_order)
    steps.advance()
    edits: list[TextEdit] = []
    if drop.number is not None and keep.number is not None:
        edits = _rewrite_markers(session, drop, keep)
    elif drop.number is not None:  # the kept entry takes over the number
        number, drop.number = drop.number, None
        session.flush()
        keep.document_id, keep.number = drop.document_id, number
    retargeted = _retarget(session, drop.id, keep.id)
    session.delete(drop)
    session.flush()
    steps.advance()
    renumbering = None
    if renumber and document_id is not None:
        plan = plan_compaction(session, document_id)
        if plan.changed:
            renumbering = apply_renumbering(session, plan, reanchor=False)
    steps.advance()
    result = MergeResult(before_keep, before_drop, tuple(edits), tuple(retargeted), renumbering,
                         tuple((choices or {}).items()), renumber)
    if document_id is not None:
        reanchor_cut_annotations(session, document_id, result.reanchor_annotation_ids)
    steps.advance()
    return result


def unmerge(session: Session, result: MergeResult) -> int:
    """Undo a merge: both entries, their groups, markers and numbers as before.

    Returns the id of the restored entry (its old id, unless that was reused).
    """
    if result.renumbering is not None:
        apply_renumbering(session, result.renumbering.undo_plan, reanchor=False)
    keep = session.get(Reference, result.keep.id)
    if keep is None:
        raise NotFoundError(LibraryErrors.tr(
                      "The kept reference %1 no longer exists; the merge cannot be undone.",
                      result.keep.key,
                  ))
    _restore(session, keep, result.keep)
    session.flush()
    free_id = session.get(Reference, result.drop.id) is None
    drop = Reference(id=result.drop.id) if free_id else Reference()
    session.add(drop)
    _restore(session, drop, result.drop)
    session.flush()
    for edit in reversed(result.marker_edits):
        revert_text_edit(session, edit)
    for target_id in result.retargeted:
        target = session.get(CitationTarget, target_id)
        if target is not None:
            target.reference_id = drop.id
    for block_id in result.drop.bib_block_ids:
        stored = session.get(BibBlock, block_id)
        if stored is not None:
            stored.reference_id = drop.id
    session.flush()
    # Restoring fields and groups counted as an edit (models.reference); the
    # entries are as imported again, so their flags are too.
    keep.modified, drop.modified = result.keep.modified, result.drop.modified
    session.flush()
    document_id = result.drop.document_id if result.drop.number is not None else result.keep.document_id
    if document_id is not None:
        reanchor_cut_annotations(session, document_id, result.reanchor_annotation_ids)
    return drop.id


def _pair(session: Session, keep_id: int, drop_id: int) -> tuple[Reference, Reference]:
    if keep_id == drop_id:
        raise InputError(LibraryErrors.tr("A reference cannot be merged with itself."))
    keep, drop = session.get(Reference, keep_id), session.get(Reference, drop_id)
    for ref_id, ref in ((keep_id, keep), (drop_id, drop)):
        if ref is None:
            raise NotFoundError(LibraryErrors.tr("No reference %1 in this library.", ref_id))
    assert keep is not None and drop is not None
    return keep, drop


def _conflicts(keep: Reference, drop: Reference) -> list[FieldConflict]:
    conflicts = []
    for name, drop_value in drop.fields:
        lname = name.lower()
        keep_value = keep.field(lname)
        if lname in OWN_FIELDS or lname == PROVENANCE_FIELD or keep_value is None:
            continue
        if plain_value(keep_value, None, lname) != plain_value(drop_value, None, lname):
            conflicts.append(FieldConflict(lname, keep_value, drop_value))
    return conflicts


def _merged_fields(keep: Reference, drop: Reference, chosen: Mapping[str, str]) -> list[list[str]]:
    """Keep's fields in order, then drop's others; ``chosen`` decides any field."""
    merged: list[list[str]] = []
    seen: set[str] = set()
    # Silteme's own fields (number, groups, completeness) are the kept entry's.
    theirs = [(name, value) for name, value in drop.fields if name.lower() not in OWN_FIELDS]
    for name, value in [*keep.fields, *theirs]:
        lname = name.lower()
        if lname in seen:
            continue
        seen.add(lname)
        choice = chosen.get(lname)
        if choice == "drop":
            value = drop.field(lname)  # type: ignore[assignment]  # None drops the field below
        elif choice == "keep":
            value = keep.field(lname)  # type: ignore[assignment]
        elif choice is not None:
            value = choice
        elif lname == PROVENANCE_FIELD:
            value = joined_provenance(keep.field(lname), drop.field(lname))
        if value is not None:
            merged.append([name, value])
    for lname, choice in chosen.items():
        if lname not in seen and choice not in ("keep", "drop"):
            merged.append([lname, choice])
    return merged


def joined_provenance(keep_value: str | None, drop_value: str | None) -> str | None:
    """Both entries' excerpts of the thesis, the kept one's first, each once.

    Provenance records where the thesis cites a work; after a merge the kept
    entry is cited in both places, so neither excerpt may be lost.
    """
    if keep_value is None or drop_value is None:
        return keep_value if drop_value is None else drop_value
    parts: list[str] = []
    for value in (keep_value, drop_value):
        text = unwrapped(value)
        if text and text not in parts:
            parts.append(text)
    return "{" + "\n".join(parts) + "}"


def _group_order(group: SourceGroup) -> tuple[int, int]:
    return (group.position, group.id)


def _rewrite_markers(session: Session, drop: Reference, keep: Reference) -> list[TextEdit]:
    assert drop.number is not None and keep.number is not None and drop.document_id is not None
    document = session.get(Document, drop.document_id)
    assert document is not None
    citations = session.scalars(
        select(Citation)
        .join(Block)
        .where(Block.document_id == drop.document_id)
        .where(Citation.targets.any(CitationTarget.number == drop.number))
        .order_by(Block.position, Citation.start)
    ).all()
    # Each marker is rewritten to cite keep's number; the primitive links the
    # rewritten numbers to the references that hold them, i.e. to keep.
    edits = []
    for citation in citations:
        marker = rewrite_marker(citation.marker, {drop.number: keep.number}, document.range_dash)
        edits.append(replace_block_text(session, citation.block_id, citation.start, citation.end, marker))
    return edits


def _retarget(session: Session, drop_id: int, keep_id: int) -> list[int]:
    moved = []
    for target in session.scalars(select(CitationTarget).where(CitationTarget.reference_id == drop_id)):
        target.reference_id = keep_id
        moved.append(target.id)
    return moved


def _snapshot(session: Session, ref: Reference) -> ReferenceSnapshot:
    blocks = session.scalars(select(BibBlock.id).where(BibBlock.reference_id == ref.id)).all()
    return ReferenceSnapshot(
        id=ref.id,
        document_id=ref.document_id,
        number=ref.number,
        key=ref.key,
        entry_type=ref.entry_type,
        fields=tuple((name, value) for name, value in ref.fields),
        raw=ref.raw,
        modified=ref.modified,
        complete=ref.complete,
        title=ref.title,
        authors=ref.authors,
        year=ref.year,
        group_ids=tuple(g.id for g in ref.groups),
        bib_block_ids=tuple(blocks),
    )


def _restore(session: Session, ref: Reference, snap: ReferenceSnapshot) -> None:
    ref.document_id, ref.number, ref.key, ref.entry_type = snap.document_id, snap.number, snap.key, snap.entry_type
    ref.fields = [[name, value] for name, value in snap.fields]
    ref.raw, ref.complete, ref.modified = snap.raw, snap.complete, snap.modified
    ref.title, ref.authors, ref.year = snap.title, snap.authors, snap.year
    ref.groups = [g for g in (session.get(SourceGroup, i) for i in snap.group_ids) if g is not None]
