"""Counts that describe a library (``silteme stats``)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Block, Citation, CitationTarget, Claim, Document, Reference, Section, SourceGroup, reference_groups


def library_stats(session: Session, document_id: int | None = None) -> dict[str, object]:
    """One JSON-ready object of counts, for the whole library or one document."""

    def scoped(stmt, column):  # noqa: ANN001, ANN202 - small local helper over select()
        return stmt.where(column == document_id) if document_id is not None else stmt

    blocks = scoped(select(func.count(Block.id)), Block.document_id)
    tables = scoped(select(func.count(Block.id)).where(Block.kind == "table"), Block.document_id)
    claims = scoped(select(func.count(Claim.id)).join(Block), Block.document_id)
    markers = scoped(select(func.count(Citation.id)).join(Block), Block.document_id)
    cited = scoped(
        select(CitationTarget.reference_id)
        .distinct()
        .join(Citation)
        .join(Block)
        .where(CitationTarget.reference_id.is_not(None)),
        Block.document_id,
    )
    refs = scoped(select(func.count(Reference.id)), Reference.document_id)
    cited_count = session.scalar(select(func.count()).select_from(cited.subquery())) or 0
    ref_count = session.scalar(refs) or 0
    group_counts = (
        select(SourceGroup.id, func.count(reference_groups.c.reference_id))
        .outerjoin(reference_groups, reference_groups.c.group_id == SourceGroup.id)
        .outerjoin(Reference, Reference.id == reference_groups.c.reference_id)
        .group_by(SourceGroup.id)
    )
    if document_id is not None:
        group_counts = group_counts.where(
            (Reference.document_id == document_id) | (Reference.id.is_(None))
        )
    counts = dict(session.execute(group_counts).all())
    groups = {
        " > ".join(g.path()): counts.get(g.id, 0)
        for g in session.scalars(select(SourceGroup).order_by(SourceGroup.parent_id.is_not(None), SourceGroup.position))
    }
    return {
        "documents": session.scalar(
            scoped(select(func.count(Document.id)), Document.id)
        ),
        "sections": session.scalar(scoped(select(func.count(Section.id)), Section.document_id)),
        "blocks": session.scalar(blocks),
        "tables": session.scalar(tables),
        "claims": session.scalar(claims),
        "citation_markers": session.scalar(markers),
        "references": ref_count,
        "cited_references": cited_count,
        "uncited_references": ref_count - cited_count,
        "groups": groups,
    }
