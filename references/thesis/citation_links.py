"""Resolving citation numbers to the references that carry them."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models import Block, Citation, CitationTarget, Reference


def relink_citations(session: Session, document_id: int) -> None:
    """Point every marker number of the document at the reference with that number.

    A number with no reference is left unresolved (the audit reports it).
    """
    session.flush()
    citation_ids = (
        select(Citation.id).join(Block, Block.id == Citation.block_id).where(Block.document_id == document_id)
    )
    reference_for_number = (
        select(Reference.id)
        .where(Reference.document_id == document_id, Reference.number == CitationTarget.number)
        .scalar_subquery()
    )
    session.execute(
        update(CitationTarget)
        .where(CitationTarget.citation_id.in_(citation_ids))
        .values(reference_id=reference_for_number)
        .execution_options(synchronize_session=False)
    )
    session.expire_all()
