"""Importing a thesis from a PDF: its text (with pages), and the reviewers' notes in it.

The text goes through the same parser as a plain-text thesis (headings,
markers, claims, tables), after ``layout`` has taken out what the PDF adds
(running heads, footers, page numbers, hyphenation) and rebuilt the
paragraphs from the line geometry. The PDF itself is kept, so its notes can
be read again and Silteme's notes written into a copy of it.

Importing a PDF whose text is already a document (the same PDF, or a copy a
reviewer annotated) does not make another document: only the notes that
are new are added.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import PdfSource
from references.errors import InputError
from references.thesis.text_file import read_input_bytes
from references.thesis.text_import import ImportSummary, import_text
from references.pdf.annotations import NotesSummary, import_notes
from references.pdf.layout import build_text
from references.pdf.reading import check_pdf, read_pages
from models.messages import Messages

PdfErrors = Messages("PdfErrors")

MAX_PDF_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class PdfImportSummary:
    document_id: int
    title: str
    new_document: bool
    pages: int
    text: ImportSummary | None  # None when the text was already in the library
    notes: NotesSummary
    removed_lines: int  # running heads, footers and page numbers taken out
    hyphens_joined: int


def import_pdf(session: Session, path: Path, title: str | None = None) -> PdfImportSummary:
    data = read_input_bytes(path, max_bytes=MAX_PDF_BYTES)
    name = path.name
    check_pdf(data, name)
    pages = list(read_pages(data, name))
    if not pages:
        raise InputError(PdfErrors.tr("%1 has no pages; nothing was imported.", name))
    if not any(page.lines for page in pages):
        raise InputError(
            PdfErrors.tr(
                "%1 has no text layer: its pages (%2) are images (a scan). Run OCR on it (for example "
                "with ocrmypdf) and import the result. Nothing was imported.",
                name, len(pages),
            )
        )
    built = build_text(pages)
    fingerprint = hashlib.sha256(built.text.encode("utf-8")).hexdigest()
    source = session.scalar(select(PdfSource).where(PdfSource.layout["fingerprint"].as_string() == fingerprint))
    text_summary = None
    if source is None:
        text_summary = import_text(
            session, built.text, title=title or path.stem, source_name=name, heading_lines=built.heading_lines
        )
        source = PdfSource(
            document_id=text_summary.document_id,
            name=name,
            sha256=hashlib.sha256(data).hexdigest(),
            data=data,
            layout={"fingerprint": fingerprint, "pages": len(pages), "removed": built.removed[:500],
                    "hyphens_joined": built.hyphens_joined},
        )
        session.add(source)
        session.flush()
    notes = import_notes(session, source.document_id, data, name, f"urn:silteme:pdf:{fingerprint[:16]}")
    return PdfImportSummary(
        document_id=source.document_id,
        title=text_summary.title if text_summary else name,
        new_document=text_summary is not None,
        pages=len(pages),
        text=text_summary,
        notes=notes,
        removed_lines=len(built.removed),
        hyphens_joined=built.hyphens_joined,
    )
