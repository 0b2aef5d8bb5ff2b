"""The Word file a document was imported from, kept so it can be written back."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow

if TYPE_CHECKING:
    from models.document import Document


class WordSource(Base):
    """The author's .docx, byte for byte, and where each block came from in it.

    ``layout`` is plain JSON written by ``references.word``: for every block
    id the paragraphs it was read from and its text as imported, the
    paragraphs of the reference list, and what each imported reference
    looked like, so that writing back changes only what the library changed.
    """

    __tablename__ = "word_sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), unique=True
    )
    name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    layout: Mapped[dict] = mapped_column(JSON, default=dict)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    document: Mapped[Document] = relationship()
