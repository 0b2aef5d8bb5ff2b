"""Author edits of the thesis text that keep markers, claims and notes in step.

Every function here goes through ``replace_block_text`` (``references.thesis.text_edit``),
runs in the caller's transaction, and returns a frozen ``Undoable``
(``references.storage.undoable``) holding what undoing it needs (the old
text, the old numbers); its ``undo`` applies the inverse and returns the
result that redoes it. Annotations an edit cut
through are re-anchored by their quotes before it returns
(``references.thesis.reanchoring``), so every caller leaves the same rows. Markers are written in the
document's own style (``references.thesis.citation_markers``), and a number no reference
has is refused before anything changes.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import BLOCK_SEPARATOR, Citation
from references.errors import InputError, NotFoundError
from references.thesis.citation_markers import format_marker, replace_numbers, require_known_numbers
from references.thesis.reanchoring import reanchor_cut_annotations
from references.thesis.text_edit import (
    AnnotationSpan,
    PageBreakOffset,
    TextEdit,
    load_block,
    replace_block_text,
    revert_text_edit,
)
from references.thesis.paragraph_version import require_paragraph_version
from references.safe_text import clean_text
from references.storage.undoable import TEXT_KINDS, Changed, Undoable
from models.messages import Messages

ThesisErrors = Messages("ThesisErrors")

__all__ = [
    "AnnotationSpan",
    "CitationChange",
    "PageBreakOffset",
    "ParagraphChange",
    "TextEdit",
    "insert_citation",
    "remove_citation",
    "replace_block_text",
    "revert_text_edit",
    "set_citation_numbers",
    "set_paragraph_text",
]

# A marker is set off from the word before it by a space ("... сөзінде [5].")
# unless it follows an opening bracket or quote, or a space already.
_NO_SPACE_AFTER = "([«“„"


@dataclass(frozen=True, slots=True)
class ParagraphChange(Undoable):
    """A block's whole text replaced; ``edits`` in the order they were applied."""

    document_id: int
    block_id: int
    old_text: str
    new_text: str
    edits: tuple[TextEdit, ...]

    @property
    def reanchor_annotation_ids(self) -> tuple[int, ...]:
        return tuple(sorted({i for e in self.edits for i in e.reanchor_annotation_ids}))

    @property
    def label(self) -> str:
        return f"Edit paragraph {self.block_id}"

    @property
    def changed(self) -> Changed:
        return _text_changed(self.document_id, self.block_id, self.reanchor_annotation_ids)

    def undo(self, session: Session) -> ParagraphChange:
        inverse = [revert_text_edit(session, edit) for edit in reversed(self.edits)]
        return _reanchored(
            session, ParagraphChange(self.document_id, self.block_id, self.new_text, self.old_text, tuple(inverse))
        )


@dataclass(frozen=True, slots=True)
class CitationChange(Undoable):
    """A marker inserted, renumbered or removed.

    ``marker_start`` is where the marker is (or, once removed, was) in the
    block's text; ``citation_id`` is its row now, None when there is none.
    """

    document_id: int
    block_id: int
    citation_id: int | None
    marker_start: int
    old_marker: str  # "" when the marker was inserted
    new_marker: str  # "" when it was removed
    old_numbers: tuple[int, ...]
    new_numbers: tuple[int, ...]
    edit: TextEdit

    @property
    def label(self) -> str:
        if not self.old_marker:
            return f"Insert citation {self.new_marker}"
        if not self.new_marker:
            return f"Remove citation {self.old_marker}"
        return f"Change citation {self.old_marker} to {self.new_marker}"

    @property
    def changed(self) -> Changed:
        citations = () if self.citation_id is None else (self.citation_id,)
        return _text_changed(self.document_id, self.block_id, self.edit.reanchor_annotation_ids, citations)

    def undo(self, session: Session) -> CitationChange:
        """Undo an insertion, renumbering or removal of a marker."""
        inverse = revert_text_edit(session, self.edit)
        citation_id = _citation_at(session, self.block_id, self.marker_start) if self.old_marker else None
        return _reanchored(session, CitationChange(
            self.document_id, self.block_id, citation_id, self.marker_start,
            self.new_marker, self.old_marker, self.new_numbers, self.old_numbers, inverse,
        ))


def _text_changed(
    document_id: int, block_id: int, annotation_ids: tuple[int, ...], citation_ids: tuple[int, ...] = ()
) -> Changed:
    return Changed.of(TEXT_KINDS, document_id=document_id, block_ids=(block_id,), citation_ids=citation_ids,
                      annotation_ids=annotation_ids)


def set_paragraph_text(session: Session, block_id: int, text: str, *, seen: str | None = None) -> ParagraphChange:
    """Give a block new text; citations and claims are re-derived where it changed.

    The change is applied as the few spans that differ, so markers, claims
    and annotations in unchanged stretches keep their rows and positions.
    ``seen`` is the ``paragraph_version`` the edit was made on (None: apply
    onto whatever is stored); a stale one raises ``StaleEditError``.
    """
    block = load_block(session, block_id)
    require_paragraph_version(session, block, seen)
    text = clean_text(text)
    if not text.strip():
        raise InputError(ThesisErrors.tr("Block %1 cannot be left empty; nothing was changed.", block_id))
    if BLOCK_SEPARATOR in text:
        raise InputError(
            ThesisErrors.tr(
                      "The new text of block %1 holds a blank line, which would split the paragraph; nothing "
                      "was changed.",
                      block_id,
                  )
        )
    old = block.text
    edits = [
        replace_block_text(session, block_id, i1, i2, text[j1:j2])
        for i1, i2, j1, j2 in reversed(_changed_spans(old, text))
    ]
    return _reanchored(session, ParagraphChange(block.document_id, block_id, old, text, tuple(edits)))


def _changed_spans(old: str, new: str) -> list[tuple[int, int, int, int]]:
    """(old start, old end, new start, new end) of each differing stretch, in order."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    middle = difflib.SequenceMatcher(
        None, old[prefix : len(old) - suffix], new[prefix : len(new) - suffix], autojunk=False
    )
    return [
        (prefix + i1, prefix + i2, prefix + j1, prefix + j2)
        for tag, i1, i2, j1, j2 in middle.get_opcodes()
        if tag != "equal"
    ]


def insert_citation(
    session: Session, block_id: int, offset: int, numbers: list[int], *, seen: str | None = None
) -> CitationChange:
    """Write a marker citing ``numbers`` at ``offset`` (after a space if a word precedes it)."""
    block = load_block(session, block_id)
    require_paragraph_version(session, block, seen)
    document = block.document
    values = require_known_numbers(session, document, numbers)
    if not 0 <= offset <= len(block.text):
        raise InputError(ThesisErrors.tr(
                      "Offset %1 is outside block %2 (%3 characters).",
                      offset, block_id, len(block.text),
                  ))
    for citation in block.citations:
        if citation.start < offset < citation.end:
            raise InputError(
                ThesisErrors.tr(
                          "Offset %1 is inside the marker %2; change that marker's numbers instead.",
                          offset, citation.marker,
                      )
            )
    before = block.text[offset - 1] if offset else ""
    space = " " if before and not before.isspace() and before not in _NO_SPACE_AFTER else ""
    marker = format_marker(values, document.range_dash)
    edit = replace_block_text(session, block_id, offset, offset, space + marker)
    marker_start = offset + len(space)
    return _reanchored(session, CitationChange(
        document.id, block_id, _citation_at(session, block_id, marker_start), marker_start,
        "", marker, (), tuple(values), edit,
    ))


def set_citation_numbers(
    session: Session, citation_id: int, numbers: list[int], *, seen: str | None = None
) -> CitationChange:
    """Make a marker cite ``numbers`` (its page locators kept where they still apply)."""
    citation = _load_citation(session, citation_id)
    require_paragraph_version(session, citation.block, seen)
    document = citation.block.document
    values = require_known_numbers(session, document, numbers)
    old_numbers = tuple(citation.numbers)
    marker = replace_numbers(citation.marker, values, document.range_dash)
    start, old_marker = citation.start, citation.marker
    edit = replace_block_text(session, citation.block_id, citation.start, citation.end, marker)
    return _reanchored(session, CitationChange(
        document.id, citation.block_id, citation.id, start, old_marker, marker, old_numbers, tuple(values), edit
    ))


def remove_citation(session: Session, citation_id: int, *, seen: str | None = None) -> CitationChange:
    """Delete a marker from the text, with the space that set it off."""
    citation = _load_citation(session, citation_id)
    require_paragraph_version(session, citation.block, seen)
    block = citation.block
    start, end = citation.start, citation.end
    while start > 0 and block.text[start - 1] in " \t\u00a0":
        start -= 1
    if start == 0:
        while end < len(block.text) and block.text[end] in " \t\u00a0":
            end += 1
    marker, numbers, block_id = citation.marker, tuple(citation.numbers), block.id
    marker_start = citation.start
    edit = replace_block_text(session, block_id, start, end, "")
    return _reanchored(
        session, CitationChange(block.document_id, block_id, None, marker_start, marker, "", numbers, (), edit)
    )


_Change = TypeVar("_Change", ParagraphChange, CitationChange)


def _reanchored(session: Session, change: _Change) -> _Change:
    """Place annotations the change cut through by their quotes (the same rows in the CLI and the window)."""
    ids = change.reanchor_annotation_ids if isinstance(change, ParagraphChange) else change.edit.reanchor_annotation_ids
    reanchor_cut_annotations(session, change.document_id, ids)
    return change


def _load_citation(session: Session, citation_id: int) -> Citation:
    citation = session.get(Citation, citation_id)
    if citation is None:
        raise NotFoundError(ThesisErrors.tr("No citation marker %1 in this library.", citation_id))
    return citation


def _citation_at(session: Session, block_id: int, start: int) -> int | None:
    return session.scalar(select(Citation.id).where(Citation.block_id == block_id, Citation.start == start))
