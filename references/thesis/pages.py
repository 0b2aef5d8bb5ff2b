"""Which page each stretch of a PDF document's text stands on.

A PDF document's blocks carry page breaks as the text import stores
printed page numbers: the label of the page that *ends* at that offset, so
the text after a break with label N is on page N + 1, and text before the
first break is on page 1.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import BLOCK_SEPARATOR, Block, PageBreak, PdfSource


def page_starts(session: Session, document_id: int) -> list[tuple[int, int]]:
    """(document offset, page) where each page's text starts, in order."""
    rows = session.execute(
        select(Block.doc_start, PageBreak.offset, PageBreak.label)
        .join(PageBreak, PageBreak.block_id == Block.id)
        .where(Block.document_id == document_id)
        .order_by(Block.position, PageBreak.offset)
    ).all()
    starts = [(0, 1)]
    for doc_start, offset, label in rows:
        if label.isdigit():
            starts.append((doc_start + offset, int(label) + 1))
    return starts


def page_at(starts: list[tuple[int, int]], offset: int) -> int:
    page = 1
    for start, number in starts:
        if start > offset:
            break
        page = number
    return page


def page_spans(session: Session, document_id: int) -> dict[int, tuple[int, int]]:
    """page -> (start, end) of its text in the document text."""
    starts = page_starts(session, document_id)
    total = session.scalar(
        select(Block.doc_start + _length()).where(Block.document_id == document_id).order_by(Block.position.desc()).limit(1)
    ) or 0
    spans: dict[int, tuple[int, int]] = {}
    for (start, page), (end, _) in zip(starts, [*starts[1:], (total + len(BLOCK_SEPARATOR), 0)]):
        spans[page] = (start, max(start, end))
    return spans


def _length():  # noqa: ANN202 - a SQL expression
    from sqlalchemy import func

    return func.length(Block.text)


class PdfPages:
    """The page of an offset in any document imported from a PDF (None for other documents)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.pdf_documents = set(session.scalars(select(PdfSource.document_id)))
        self._starts: dict[int, list[tuple[int, int]]] = {}

    def page_of(self, document_id: int, offset: int | None) -> int | None:
        if document_id not in self.pdf_documents or offset is None:
            return None
        if document_id not in self._starts:
            self._starts[document_id] = page_starts(self.session, document_id)
        return page_at(self._starts[document_id], offset)
