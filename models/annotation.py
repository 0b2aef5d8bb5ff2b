"""Reviewer annotations anchored to document text, with reply threads."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow
from models.folding import search_form

if TYPE_CHECKING:
    from models.citation import Claim
    from models.document import Document


class Annotation(Base):
    """A note on a span of a document's text.

    The anchor is kept as the W3C Web Annotation model has it: the quoted
    text with context (TextQuoteSelector) and offsets into the document text
    (TextPositionSelector). ``anchor`` says how it was last placed.
    """

    __tablename__ = "annotations"
    __table_args__ = (Index("ix_annotations_document_start", "document_id", "start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uri: Mapped[str] = mapped_column(String(300), unique=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id", ondelete="SET NULL"), index=True)
    exact: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text, default="")
    suffix: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    # exact | fuzzy | orphaned
    anchor: Mapped[str] = mapped_column(String(16), default="exact")
    comment: Mapped[str] = mapped_column(Text, default="")
    comment_format: Mapped[str] = mapped_column(String(32), default="text/plain")
    # supported | partly_supported | not_supported | needs_source | other
    verdict: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="open")
    color: Mapped[str | None] = mapped_column(String(16))
    author: Mapped[str] = mapped_column(String(200), default="")
    author_role: Mapped[str] = mapped_column(String(16), default="reviewer")
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    modified: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    search_text: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}

    document: Mapped[Document] = relationship()
    claim: Mapped[Claim | None] = relationship()
    tags: Mapped[list[AnnotationTag]] = relationship(
        back_populates="annotation", cascade="all, delete-orphan", order_by="AnnotationTag.tag"
    )
    replies: Mapped[list[AnnotationReply]] = relationship(
        back_populates="annotation", cascade="all, delete-orphan", order_by="AnnotationReply.created"
    )

    @property
    def tag_names(self) -> list[str]:
        return [t.tag for t in self.tags]


class AnnotationTag(Base):
    __tablename__ = "annotation_tags"

    annotation_id: Mapped[int] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(200), primary_key=True)

    annotation: Mapped[Annotation] = relationship(back_populates="tags")


class AnnotationReply(Base):
    __tablename__ = "annotation_replies"

    id: Mapped[int] = mapped_column(primary_key=True)
    uri: Mapped[str] = mapped_column(String(300), unique=True)
    annotation_id: Mapped[int] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), index=True
    )
    author: Mapped[str] = mapped_column(String(200), default="")
    author_role: Mapped[str] = mapped_column(String(16), default="author")
    body: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    modified: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    annotation: Mapped[Annotation] = relationship(back_populates="replies")


@event.listens_for(Annotation, "before_insert")
@event.listens_for(Annotation, "before_update")
def _keep_search_text(_mapper: object, _connection: object, ann: Annotation) -> None:
    ann.search_text = search_form(" ".join(p for p in (ann.exact, ann.comment, ann.author) if p))
