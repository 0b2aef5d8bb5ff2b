"""The files a document was imported from, kept so Silteme can write them back.

A LaTeX thesis keeps every file of its project (the .tex files and the .bib
files, byte for byte) and a ``layout``: where each citation of the text
stands in which file, and what the import decided (bibliography order,
dangling keys). A PDF thesis keeps the PDF and where each block stands on
which page.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow


class LatexProject(Base):
    __tablename__ = "latex_projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), unique=True)
    main: Mapped[str] = mapped_column(String(500))  # the main file, relative to ``root``
    root: Mapped[str] = mapped_column(Text)  # the main file's folder when it was imported
    layout: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    files: Mapped[list[LatexFile]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="LatexFile.position"
    )


class LatexFile(Base):
    __tablename__ = "latex_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("latex_projects.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    path: Mapped[str] = mapped_column(String(1000))  # relative to the project's folder, "/"-separated
    role: Mapped[str] = mapped_column(String(16))  # tex | bib
    encoding: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)

    project: Mapped[LatexProject] = relationship(back_populates="files")


class PdfSource(Base):
    __tablename__ = "pdf_sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), unique=True)
    name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    layout: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
