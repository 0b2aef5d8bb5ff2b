"""The author's operations as plain functions of a Session (no Qt).

Each runs in the caller's transaction, calls the domain (``references``)
and returns its frozen result, an ``Undoable`` (``app.undo`` puts it on the
history): its ``undo`` applies the inverse and returns what flips it back. The domain re-anchors
annotations an edit cut through inside the edit itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from references.thesis import editing
from references.audit.citation_audit import AuditOptions, Finding, run_audit
from references.thesis.editing import CitationChange, ParagraphChange
from references.library.location import find_document
from references.system.progress import Progress
from references.thesis.renumbering import RenumberPlan, RenumberResult, Uncited, apply_renumbering, plan_renumbering

# The duplicate finder and merging (and the BibTeX modules under them) load
# in a worker when first used, never for the window's first paint.
if TYPE_CHECKING:
    from references.library.duplicates import DuplicatePair, FieldConflict, MergeResult

Job = Callable[[Session], object]


# --- paragraphs and markers ------------------------------------------------------


def edit_paragraph(session: Session, block_id: int, text: str, seen: str | None = None) -> ParagraphChange:
    return editing.set_paragraph_text(session, block_id, text, seen=seen)


def insert_citation(
    session: Session, block_id: int, offset: int, numbers: list[int], seen: str | None = None
) -> CitationChange:
    return editing.insert_citation(session, block_id, offset, numbers, seen=seen)


def set_citation_numbers(
    session: Session, citation_id: int, numbers: list[int], seen: str | None = None
) -> CitationChange:
    return editing.set_citation_numbers(session, citation_id, numbers, seen=seen)


def remove_citation(session: Session, citation_id: int, seen: str | None = None) -> CitationChange:
    return editing.remove_citation(session, citation_id, seen=seen)


# --- renumbering -----------------------------------------------------------------


def plan(document_id: int, uncited: Uncited) -> Callable[[Session], RenumberPlan]:
    return lambda session: plan_renumbering(session, document_id, uncited)


def renumber(plan: RenumberPlan, progress: Progress | None = None) -> Callable[[Session], RenumberResult]:
    """Apply the plan (refused if the text changed since); the domain backs the library up first."""
    return lambda session: apply_renumbering(session, plan, progress=progress)


# --- duplicates ------------------------------------------------------------------


def duplicates(document_id: int) -> Callable[[Session], list[DuplicatePair]]:
    def job(session: Session) -> list[DuplicatePair]:
        from references.library.duplicates import find_duplicates

        return find_duplicates(session, document_id)

    return job


def conflicts(keep_id: int, drop_id: int) -> Callable[[Session], list[FieldConflict]]:
    def job(session: Session) -> list[FieldConflict]:
        from references.library.duplicates import merge_conflicts

        return merge_conflicts(session, keep_id, drop_id)

    return job


@dataclass(frozen=True, slots=True)
class MergeRequest:
    """What the user chose in the merge dialog."""

    document_id: int
    keep_id: int
    drop_id: int
    choices: Mapping[str, str]  # field -> "keep" | "drop"
    renumber: bool


def merge(request: MergeRequest, progress: Progress | None = None) -> Callable[[Session], MergeResult]:
    """Fold ``drop`` into ``keep``; the domain backs the library up first (undo: ``MergeResult.undo``)."""

    def job(session: Session) -> MergeResult:
        from references.library.merging import merge_references

        return merge_references(
            session, request.keep_id, request.drop_id, dict(request.choices), request.renumber, progress=progress
        )

    return job


# --- audit -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuthoringContext:
    """What the author tools need of a document beyond the window's view."""

    document_id: int
    range_dash: str


def context(document_id: int) -> Callable[[Session], AuthoringContext]:
    return lambda session: AuthoringContext(document_id, find_document(session, str(document_id)).range_dash)


def audit(document_id: int, options: AuditOptions) -> Callable[[Session], list[Finding]]:
    return lambda session: run_audit(session, document_id, options)
