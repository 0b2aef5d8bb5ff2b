"""Claims (sentence spans that carry citations) and citation markers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base
from models.folding import search_form

if TYPE_CHECKING:
    from models.document import Block
    from models.reference import Reference


class Claim(Base):
    """A span of a block (a sentence, or what a user marked) backed by sources."""

    __tablename__ = "claims"
    __table_args__ = (Index("ix_claims_block_start", "block_id", "start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    block_id: Mapped[int] = mapped_column(ForeignKey("blocks.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    # Denormalised copy of block.text[start:end], for listing and search.
    text: Mapped[str] = mapped_column(Text)
    # sentence (found by the splitter) | user (marked by hand)
    origin: Mapped[str] = mapped_column(String(16), default="sentence")
    search_text: Mapped[str] = mapped_column(Text, default="")

    block: Mapped[Block] = relationship(back_populates="claims")
    citations: Mapped[list[Citation]] = relationship(
        back_populates="claim", order_by="Citation.start", passive_deletes=True
    )



class Citation(Base):
    """One marker occurrence in the text, e.g. ``[9–14]``, as written."""

    __tablename__ = "citations"
    __table_args__ = (Index("ix_citations_block_start", "block_id", "start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    block_id: Mapped[int] = mapped_column(ForeignKey("blocks.id", ondelete="CASCADE"))
    claim_id: Mapped[int | None] = mapped_column(
        ForeignKey("claims.id", ondelete="SET NULL"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    marker: Mapped[str] = mapped_column(String(200))

    block: Mapped[Block] = relationship(back_populates="citations")
    claim: Mapped[Claim | None] = relationship(back_populates="citations")
    targets: Mapped[list[CitationTarget]] = relationship(
        back_populates="citation", cascade="all, delete-orphan", order_by="CitationTarget.position"
    )

    @property
    def numbers(self) -> list[int]:
        return [t.number for t in self.targets]


class CitationTarget(Base):
    """A number a marker expands to, and the reference it resolves to.

    The number is kept even when no reference has it, so the audit can
    report a marker that points at nothing.
    """

    __tablename__ = "citation_targets"
    __table_args__ = (Index("ix_citation_targets_reference", "reference_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    citation_id: Mapped[int] = mapped_column(
        ForeignKey("citations.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    reference_id: Mapped[int | None] = mapped_column(
        ForeignKey("references.id", ondelete="SET NULL")
    )

    citation: Mapped[Citation] = relationship(back_populates="targets")
    reference: Mapped[Reference | None] = relationship()


@event.listens_for(Claim, "before_insert")
@event.listens_for(Claim, "before_update")
def _keep_search_text(_mapper: object, _connection: object, claim: Claim) -> None:
    claim.search_text = search_form(claim.text)
