"""The order in which a document first cites each number."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Block, Citation, CitationTarget


@dataclass(frozen=True, slots=True)
class FirstCitation:
    """Where a number is cited for the first time (reading order)."""

    number: int
    reference_id: int | None  # None: no reference has this number
    citation_id: int
    block_id: int
    start: int  # the marker's offset in its block
    document_offset: int  # the marker's offset in the document text
    marker: str  # as written, e.g. "[9–14]"


def first_citation_order(session: Session, document_id: int) -> list[FirstCitation]:
    """Each cited number once, in the order of its first marker.

    Numbers of one marker count in the marker's own order (``[3-5]``: 3, 4, 5).
    """
    rows = session.execute(
        select(
            CitationTarget.number,
            CitationTarget.reference_id,
            Citation.id,
            Block.id,
            Citation.start,
            Block.doc_start,
            Citation.marker,
        )
        .join(Citation, CitationTarget.citation_id == Citation.id)
        .join(Block, Citation.block_id == Block.id)
        .where(Block.document_id == document_id)
        .order_by(Block.position, Citation.start, CitationTarget.position)
    )
    firsts: dict[int, FirstCitation] = {}
    for number, ref_id, citation_id, block_id, start, doc_start, marker in rows:
        if number not in firsts:
            firsts[number] = FirstCitation(number, ref_id, citation_id, block_id, start, doc_start + start, marker)
    return list(firsts.values())
