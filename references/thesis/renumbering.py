"""Renumbering a bibliography in the order the text first cites it.

Planning reads only: ``plan_renumbering`` says, for every numbered
reference, its old and new number, and which markers change and how, so a
dialog can preview it. ``apply_renumbering`` then writes bibliography numbers
and marker texts in the caller's transaction (markers through the editing
primitive, so every offset after them follows). A plan is refused if the
document changed since it was made. Every plan has an ``inverse``: applying
it is the undo.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Block, Citation, CitationTarget, Document, Reference
from references.storage.backups import Reason, backup_before
from references.team.identity import require_author
from references.thesis.citation_order import FirstCitation, first_citation_order
from references.errors import InputError, NotFoundError
from references.system.progress import Progress, Steps
from references.thesis.citation_markers import reference_numbers, rewrite_marker
from references.thesis.reanchoring import reanchor_cut_annotations
from references.thesis.text_edit import TextEdit, replace_block_text
from references.storage.undoable import TEXT_KINDS, Changed, Undoable
from models.messages import Messages

ThesisErrors = Messages("ThesisErrors")

__all__ = [
    "FirstCitation",
    "MarkerRewrite",
    "NumberChange",
    "RenumberPlan",
    "RenumberResult",
    "Uncited",
    "apply_renumbering",
    "first_citation_order",
    "plan_compaction",
    "plan_renumbering",
]

Uncited = Literal["after", "keep"]


@dataclass(frozen=True, slots=True)
class NumberChange:
    reference_id: int
    key: str
    title: str
    old_number: int
    new_number: int
    cited: bool  # False: the text never cites it

    @property
    def changed(self) -> bool:
        return self.old_number != self.new_number


@dataclass(frozen=True, slots=True)
class MarkerRewrite:
    citation_id: int
    block_id: int
    old_marker: str
    new_marker: str


@dataclass(frozen=True, slots=True)
class RenumberPlan:
    document_id: int
    numbers: tuple[NumberChange, ...]  # every numbered reference, by new number
    markers: tuple[MarkerRewrite, ...]  # only markers whose text changes, in reading order
    markers_total: int
    # Why the plan cannot be applied (e.g. a marker's number that no reference
    # has would come to mean a reference); empty when it can.
    problems: tuple[str, ...] = ()
    # References to mark unmodified once applied: an undo that gives entries
    # back the number their raw BibTeX text holds (set by apply_renumbering).
    unmodified_after: tuple[int, ...] = ()

    @property
    def changed(self) -> tuple[NumberChange, ...]:
        return tuple(n for n in self.numbers if n.changed)

    @property
    def mapping(self) -> dict[int, int]:
        return {n.old_number: n.new_number for n in self.numbers}

    def inverse(self) -> RenumberPlan:
        """The plan that puts numbers and markers back as they were."""
        numbers = sorted(
            (replace(n, old_number=n.new_number, new_number=n.old_number) for n in self.numbers),
            key=lambda n: n.new_number,
        )
        markers = tuple(replace(m, old_marker=m.new_marker, new_marker=m.old_marker) for m in self.markers)
        return RenumberPlan(self.document_id, tuple(numbers), markers, self.markers_total)


@dataclass(frozen=True, slots=True)
class RenumberResult(Undoable):
    applied: RenumberPlan
    undo_plan: RenumberPlan  # puts numbers and markers back (``undo`` applies it)
    edits: tuple[TextEdit, ...]

    @property
    def reanchor_annotation_ids(self) -> tuple[int, ...]:
        return tuple(sorted({i for e in self.edits for i in e.reanchor_annotation_ids}))

    @property
    def label(self) -> str:
        return f"Renumber {len(self.applied.changed)} reference(s) by first citation"

    @property
    def changed(self) -> Changed:
        # No blocks named: a marker whose text stays (``[3-5]`` when 3, 4 and 5
        # swapped) names other references now, so the whole view is compared.
        return Changed.of(
            TEXT_KINDS,
            document_id=self.applied.document_id,
            citation_ids=(m.citation_id for m in self.applied.markers),
            reference_ids=(n.reference_id for n in self.applied.changed),
            annotation_ids=self.reanchor_annotation_ids,
        )

    def undo(self, session: Session) -> RenumberResult:
        return apply_renumbering(session, self.undo_plan)


def plan_renumbering(session: Session, document_id: int, uncited: Uncited = "after") -> RenumberPlan:
    """Number references in order of first citation, from 1.

    Uncited references go ``after`` the cited ones in their old order, or
    ``keep`` their numbers (the cited ones then take the numbers left free).
    """
    if uncited not in ("after", "keep"):
        raise InputError(ThesisErrors.tr(
                      "Uncited references go 'after' the cited ones or 'keep' their numbers, not %1.",
                      repr(uncited),
                  ))
    refs = _numbered_references(session, document_id)
    by_id = {r.id: r for r in refs}
    cited_ids = list(dict.fromkeys(f.reference_id for f in first_citation_order(session, document_id)
                                   if f.reference_id in by_id))
    cited = set(cited_ids)
    uncited_refs = [r for r in refs if r.id not in cited]
    new_numbers: dict[int, int] = {}
    if uncited == "after":
        ordered = cited_ids + [r.id for r in uncited_refs]
        new_numbers = {ref_id: i for i, ref_id in enumerate(ordered, start=1)}
    else:
        kept = {r.number for r in uncited_refs}
        new_numbers = {r.id: r.number for r in uncited_refs if r.number is not None}
        free = (n for n in range(1, len(refs) + len(kept) + 1) if n not in kept)
        new_numbers.update({ref_id: next(free) for ref_id in cited_ids})
    return _plan(session, document_id, refs, new_numbers, cited)


def plan_compaction(session: Session, document_id: int) -> RenumberPlan:
    """Close gaps in the numbering (e.g. after a merge), keeping the order."""
    refs = _numbered_references(session, document_id)
    cited = {f.reference_id for f in first_citation_order(session, document_id)}
    return _plan(session, document_id, refs, {r.id: i for i, r in enumerate(refs, start=1)}, cited)


def apply_renumbering(
    session: Session, plan: RenumberPlan, *, reanchor: bool = True, progress: Progress | None = None
) -> RenumberResult:
    """Write the plan's numbers and markers (after checking it is still current).

    Annotations a rewritten marker cut through are re-anchored by their quotes
    unless ``reanchor`` is false (a caller that edits more and re-anchors once).
    ``progress`` hears of its steps and may cancel between them (``Cancelled``:
    the caller's rollback leaves the library as it was).
    """
    steps = Steps(progress, 3 + len(plan.markers), every=max(1, len(plan.markers) // 50))
    if plan.problems:
        problems = " ".join(plan.problems)  # the plan's own words (English for now)
        raise InputError(ThesisErrors.tr("The renumbering cannot be applied: %1", problems))
    refs = {r.id: r for r in _numbered_references(session, plan.document_id)}
    _check_current(session, plan, refs)
    require_author(session, ThesisErrors.tr("renumber references"))
    backup_before(session, Reason.RENUMBERING)
    steps.advance()
    untouched = tuple(n.reference_id for n in plan.changed if not refs[n.reference_id].modified)
    # Two passes so no two references ever hold the same number in between.
    for change in plan.changed:
        refs[change.reference_id].number = -change.new_number
    session.flush()
    for change in plan.changed:
        refs[change.reference_id].number = change.new_number
    session.flush()
    # A change of number marks an entry modified (models.reference); an undo
    # gives back the number its raw text holds, so it is unmodified again.
    for ref_id in plan.unmodified_after:
        refs[ref_id].modified = False
    session.flush()
    steps.advance()
    edits = []
    for rewrite in plan.markers:
        citation = session.get(Citation, rewrite.citation_id)
        assert citation is not None  # checked by _check_current
        edits.append(replace_block_text(session, citation.block_id, citation.start, citation.end, rewrite.new_marker))
        steps.advance()
    _retarget(session, plan.document_id)
    session.flush()
    result = RenumberResult(plan, replace(plan.inverse(), unmodified_after=untouched), tuple(edits))
    if reanchor:
        reanchor_cut_annotations(session, plan.document_id, result.reanchor_annotation_ids)
    steps.advance()
    return result


def _numbered_references(session: Session, document_id: int) -> list[Reference]:
    if session.get(Document, document_id) is None:
        raise NotFoundError(ThesisErrors.tr("No document %1 in this library.", document_id))
    return list(
        session.scalars(
            select(Reference)
            .where(Reference.document_id == document_id, Reference.number.is_not(None))
            .order_by(Reference.number)
        )
    )


def _plan(
    session: Session, document_id: int, refs: list[Reference], new_numbers: dict[int, int], cited: set[int | None]
) -> RenumberPlan:
    document = session.get(Document, document_id)
    assert document is not None
    numbers = sorted(
        (
            NumberChange(r.id, r.key, r.title, r.number, new_numbers[r.id], r.id in cited)
            for r in refs
            if r.number is not None
        ),
        key=lambda n: n.new_number,
    )
    mapping = {n.old_number: n.new_number for n in numbers}
    markers: list[MarkerRewrite] = []
    dangling: set[int] = set()
    citations = session.scalars(
        select(Citation).join(Block).where(Block.document_id == document_id).order_by(Block.position, Citation.start)
    ).all()
    for citation in citations:
        dangling.update(t.number for t in citation.targets if t.reference_id is None)
        if any(mapping.get(n, n) != n for n in citation.numbers):
            new_marker = rewrite_marker(citation.marker, mapping, document.range_dash)
            if new_marker != citation.marker:
                markers.append(MarkerRewrite(citation.id, citation.block_id, citation.marker, new_marker))
    taken = set(mapping.values()) - set(mapping)
    problems = tuple(
        f"Markers cite number {n}, which no reference has; after renumbering a reference would have it. "
        "Fix those markers first."
        for n in sorted(dangling & taken)
    )
    return RenumberPlan(document_id, tuple(numbers), tuple(markers), len(citations), problems)


def _check_current(session: Session, plan: RenumberPlan, refs: dict[int, Reference]) -> None:
    stale = InputError(ThesisErrors.tr(
                    "The document changed since this renumbering was planned; plan it again. Nothing was "
                    "changed."
                ))
    if set(refs) != {n.reference_id for n in plan.numbers}:
        raise stale
    if any(refs[n.reference_id].number != n.old_number for n in plan.numbers):
        raise stale
    for rewrite in plan.markers:
        citation = session.get(Citation, rewrite.citation_id)
        if citation is None or citation.marker != rewrite.old_marker:
            raise stale


def _retarget(session: Session, document_id: int) -> None:
    """Point every linked number of the document's markers at the reference
    that now has it (markers whose text did not change, e.g. ``[3-5]`` when
    3, 4 and 5 were permuted, still name new references)."""
    by_number = reference_numbers(session, document_id)
    targets = session.scalars(
        select(CitationTarget)
        .join(Citation)
        .join(Block)
        .where(Block.document_id == document_id, CitationTarget.reference_id.is_not(None))
    )
    for target in targets:
        target.reference_id = by_number.get(target.number)
