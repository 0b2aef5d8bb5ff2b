"""A thesis as stored: document, section hierarchy, ordered blocks, page breaks."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow
from models.folding import search_form

# Blocks of a document are joined with this separator to form the document
# text that annotation positions (W3C TextPositionSelector) count in.
BLOCK_SEPARATOR = "\n\n"


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    source_name: Mapped[str] = mapped_column(String(500), default="")
    source_sha256: Mapped[str] = mapped_column(String(64), default="")
    language: Mapped[str] = mapped_column(String(16), default="kk")
    # The dash the author uses in ranges such as [3-5] or [9–14].
    range_dash: Mapped[str] = mapped_column(String(1), default="-")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    sections: Mapped[list[Section]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Section.position"
    )
    blocks: Mapped[list[Block]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Block.position"
    )

    def __repr__(self) -> str:
        return f"Document(id={self.id!r}, title={self.title!r})"


class Section(Base):
    __tablename__ = "sections"
    __table_args__ = (Index("ix_sections_document_position", "document_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("sections.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    level: Mapped[int] = mapped_column(Integer, default=1)
    number: Mapped[str | None] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)
    # introduction | chapter | section | conclusion
    kind: Mapped[str] = mapped_column(String(32))

    document: Mapped[Document] = relationship(back_populates="sections")
    parent: Mapped[Section | None] = relationship(remote_side="Section.id", back_populates="children")
    children: Mapped[list[Section]] = relationship(back_populates="parent", order_by="Section.position")
    blocks: Mapped[list[Block]] = relationship(back_populates="section", order_by="Block.position")

    @property
    def label(self) -> str:
        return f"{self.number} {self.title}" if self.number else self.title


class Block(Base):
    __tablename__ = "blocks"
    __table_args__ = (
        UniqueConstraint("document_id", "position"),
        Index("ix_blocks_section", "section_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    section_id: Mapped[int | None] = mapped_column(ForeignKey("sections.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer)
    # heading | paragraph | table | list_item
    kind: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    caption: Mapped[str | None] = mapped_column(Text)
    # Offset of this block's text in the document text (blocks joined by
    # BLOCK_SEPARATOR); kept so annotation positions map to blocks in SQL.
    doc_start: Mapped[int] = mapped_column(Integer, default=0)
    search_text: Mapped[str] = mapped_column(Text, default="")

    document: Mapped[Document] = relationship(back_populates="blocks")
    section: Mapped[Section | None] = relationship(back_populates="blocks")
    page_breaks: Mapped[list[PageBreak]] = relationship(
        back_populates="block", cascade="all, delete-orphan", order_by="PageBreak.offset"
    )
    # Named by string: models.citation imports this module, never the other way round.
    claims = relationship(
        "Claim", back_populates="block", cascade="all, delete-orphan", order_by="Claim.start"
    )
    citations = relationship(
        "Citation", back_populates="block", cascade="all, delete-orphan", order_by="Citation.start"
    )



class PageBreak(Base):
    """A page-number line of the source PDF text, removed from the block text."""

    __tablename__ = "page_breaks"

    id: Mapped[int] = mapped_column(primary_key=True)
    block_id: Mapped[int] = mapped_column(ForeignKey("blocks.id", ondelete="CASCADE"), index=True)
    offset: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(32))

    block: Mapped[Block] = relationship(back_populates="page_breaks")


@event.listens_for(Block, "before_insert")
@event.listens_for(Block, "before_update")
def _keep_search_text(_mapper: object, _connection: object, block: Block) -> None:
    # Once per flush, not on every attribute set: folding the thesis is work.
    block.search_text = search_form(" ".join(p for p in (block.caption, block.text) if p))
