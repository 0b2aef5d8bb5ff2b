"""The one primitive every text edit goes through, and its exact inverse.

``replace_block_text`` changes one span of one block and, in the caller's
transaction, moves everything that counts in that text: the block's
citations, claims and page breaks (block offsets), the ``doc_start`` of every
later block, and annotations after the edit (document offsets). Citations
and claims the edit touches are re-read from the new text
(``references.thesis.block_sync``). Annotations that overlap the edited span cannot
be placed by arithmetic; they are clamped to it and listed in the result so
the anchoring code can re-anchor them by their quote.

The result records everything the inverse needs, so an undo stack can hold
it: ``revert_text_edit`` puts the old text back and restores the spans that
were clamped.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models import Annotation, Block, Claim, PageBreak
from models.errors import ConcurrentEditError
from references.thesis.block_sync import ClaimLink, sync_block
from references.errors import InputError, NotFoundError
from references.thesis.offset_shift import Shift
from models.messages import Messages

ThesisErrors = Messages("ThesisErrors")


@dataclass(frozen=True, slots=True)
class AnnotationSpan:
    """An annotation's document offsets before an edit that overlapped it."""

    annotation_id: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PageBreakOffset:
    """A page break that stood inside replaced text, with its offset before."""

    page_break_id: int
    offset: int


@dataclass(frozen=True, slots=True)
class TextEdit:
    """One replacement in one block: what was there, what is there now, and
    what arithmetic alone could not carry across (for undo and re-anchoring)."""

    document_id: int
    block_id: int
    start: int
    old_text: str
    new_text: str
    overlapped_annotations: tuple[AnnotationSpan, ...] = ()
    page_breaks: tuple[PageBreakOffset, ...] = ()
    claim_links: tuple[ClaimLink, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def end(self) -> int:
        """End of the replaced span in the text before the edit."""
        return self.start + len(self.old_text)

    @property
    def new_end(self) -> int:
        """End of the new text in the text after the edit."""
        return self.start + len(self.new_text)

    @property
    def delta(self) -> int:
        return len(self.new_text) - len(self.old_text)

    @property
    def reanchor_annotation_ids(self) -> tuple[int, ...]:
        """Annotations whose quoted text the edit changed: re-anchor these."""
        return tuple(a.annotation_id for a in self.overlapped_annotations)


def load_block(session: Session, block_id: int) -> Block:
    block = session.get(Block, block_id)
    if block is None:
        raise NotFoundError(ThesisErrors.tr("No block %1 in this library.", block_id))
    return block


def replace_block_text(session: Session, block_id: int, start: int, end: int, new_text: str) -> TextEdit:
    """Replace ``block.text[start:end]`` with ``new_text`` and move what depends on offsets."""
    block = load_block(session, block_id)
    text = block.text
    if not 0 <= start <= end <= len(text):
        raise InputError(
            ThesisErrors.tr(
                "The span %1-%2 is outside block %3, whose text has %4 characters.",
                start, end, block_id, len(text),
            )
        )
    old_text = text[start:end]
    if old_text == new_text:
        return TextEdit(block.document_id, block_id, start, old_text, new_text)
    shift = Shift(start, end, start + len(new_text))
    block.text = text[:start] + new_text + text[end:]
    page_breaks = _move_page_breaks(block, shift)
    outcome = sync_block(session, block, shift)
    _move_later_blocks(session, block, shift.delta)
    overlapped = _move_annotations(session, block.document_id, shift.in_document(block.doc_start))
    session.flush()
    return TextEdit(
        document_id=block.document_id,
        block_id=block_id,
        start=start,
        old_text=old_text,
        new_text=new_text,
        overlapped_annotations=overlapped,
        page_breaks=page_breaks,
        claim_links=outcome.claim_links,
        warnings=outcome.warnings,
    )


def revert_text_edit(session: Session, edit: TextEdit) -> TextEdit:
    """Undo ``edit`` exactly; the returned edit undoes the undo.

    Refused (ConcurrentEditError) when the text no longer holds what the edit
    wrote there, e.g. because a later edit that was not undone changed it.
    """
    block = load_block(session, edit.block_id)
    if block.text[edit.start : edit.new_end] != edit.new_text:
        raise ConcurrentEditError(
            ThesisErrors.tr(
                "Block %1 changed since this edit (expected %2 at offset %3); undo the later edits first.",
                edit.block_id, repr(edit.new_text), edit.start,
            )
        )
    inverse = replace_block_text(session, edit.block_id, edit.start, edit.new_end, edit.old_text)
    for span in edit.overlapped_annotations:
        annotation = session.get(Annotation, span.annotation_id)
        if annotation is not None:
            annotation.start, annotation.end = span.start, span.end
    for moved in edit.page_breaks:
        page_break = session.get(PageBreak, moved.page_break_id)
        if page_break is not None:
            page_break.offset = moved.offset
    for link in edit.claim_links:
        annotation = session.get(Annotation, link.annotation_id)
        claim = session.scalars(
            select(Claim).where(Claim.block_id == link.block_id, Claim.start == link.start, Claim.end == link.end)
        ).first()
        if annotation is not None and claim is not None:
            annotation.claim = claim
    session.flush()
    return inverse


def _move_page_breaks(block: Block, shift: Shift) -> tuple[PageBreakOffset, ...]:
    inside: list[PageBreakOffset] = []
    for page_break in block.page_breaks:
        if shift.start < page_break.offset < shift.end:
            inside.append(PageBreakOffset(page_break.id, page_break.offset))
            page_break.offset = shift.start
        elif page_break.offset >= shift.end and page_break.offset > shift.start:
            page_break.offset += shift.delta
    return tuple(inside)


def _move_later_blocks(session: Session, block: Block, delta: int) -> None:
    if delta:
        session.execute(
            update(Block)
            .where(Block.document_id == block.document_id, Block.position > block.position)
            .values(doc_start=Block.doc_start + delta)
        )


def _move_annotations(session: Session, document_id: int, shift: Shift) -> tuple[AnnotationSpan, ...]:
    """Shift annotations after the edit; clamp and report those overlapping it."""
    of_document = (Annotation.document_id == document_id) & Annotation.start.is_not(None)
    overlapping = list(
        session.scalars(
            select(Annotation).where(of_document, Annotation.start < shift.end, Annotation.end > shift.start)
            if shift.start < shift.end
            else select(Annotation).where(of_document, Annotation.start < shift.start, Annotation.end > shift.start)
        )
    )
    spans = tuple(
        AnnotationSpan(a.id, a.start, a.end) for a in overlapping if a.start is not None and a.end is not None
    )
    if shift.delta:
        session.execute(
            update(Annotation)
            .where(of_document, Annotation.start >= shift.end)
            .values(
                start=Annotation.start + shift.delta,
                end=Annotation.end + shift.delta,
                version=Annotation.version + 1,
            )
        )
    for annotation in overlapping:
        assert annotation.start is not None and annotation.end is not None
        annotation.start, annotation.end = shift.map_start(annotation.start), shift.map_end(annotation.end)
    return spans
