"""Silteme's annotations written into a copy of the document's PDF, as PDF readers show them.

Each placed annotation becomes a highlight (``/Highlight`` with one
quadrilateral per line it covers) carrying its comment (``/Contents``),
author (``/T``), date (``/M``) and id (``/NM``); its replies become notes
that answer it (``/IRT``), so Okular, Acrobat and Preview show the thread.
The quote is found again on its page by its letters (spaces, and hyphens
at line ends, set aside), so a quote the import joined across a line break
is found too. Notes that came from this very PDF are not written again;
orphans, and quotes no longer on their page, are listed, not guessed.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Highlight
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import PdfSource
from references.review.annotations import AnnotationView, list_annotations
from references.errors import InputError, NotFoundError
from references.storage.safe_write import write_bytes_atomically
from references.pdf.layout import in_band
from references.thesis.pages import PdfPages
from references.pdf.reading import PdfChar, PdfPage, read_pages
from models.messages import Messages

PdfErrors = Messages("PdfErrors")

_PAGES_AROUND = 1  # a quote may have started on the page before (a paragraph that runs over)


@dataclass
class PdfExportReport:
    written: int = 0
    replies: int = 0
    from_this_pdf: int = 0
    not_placed: list[str] = field(default_factory=list)  # quotes of orphans and of quotes not found


def export_pdf_annotations(session: Session, document_id: int, out: Path) -> PdfExportReport:
    source = session.scalar(select(PdfSource).where(PdfSource.document_id == document_id))
    if source is None:
        raise NotFoundError(PdfErrors.tr("Document %1 was not imported from a PDF; there is no PDF to annotate.", document_id))
    _refuse_library(session, out)
    own_prefix = f"urn:silteme:pdf:{source.layout.get('fingerprint', '')[:16]}:"
    pages = PdfPages(session)
    report = PdfExportReport()
    wanted: list[tuple[AnnotationView, int]] = []
    for item in list_annotations(session, document_id):
        if item.uri.startswith(own_prefix):
            report.from_this_pdf += 1
            continue
        page = pages.page_of(document_id, item.start) if item.anchor != "orphaned" else None
        if page is None:
            report.not_placed.append(item.exact[:80])
            continue
        wanted.append((item, page))
    needed = {p + d for _, p in wanted for d in range(-_PAGES_AROUND, _PAGES_AROUND + 1) if p + d >= 1}
    read = {p.number: p for p in read_pages(source.data, source.name, needed)} if wanted else {}
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(source.data)))
    for item, page in wanted:
        placed = _find(item.exact, [read[n] for n in (page, page - 1, page + 1) if n in read])
        if placed is None:
            report.not_placed.append(item.exact[:80])
            continue
        number, quads = placed
        report.replies += _write(writer, number, quads, item)
        report.written += 1
    buffer = io.BytesIO()
    writer.write(buffer)
    write_bytes_atomically(out, buffer.getvalue())
    return report


def _refuse_library(session: Session, out: Path) -> None:
    url = session.get_bind().url
    if url.get_backend_name() == "sqlite" and url.database and Path(out).resolve() == Path(url.database).resolve():
        raise InputError(PdfErrors.tr("%1 is the library itself; choose another file. Nothing was written.", out))


def _letters(page: PdfPage, *, skip_line_end_hyphens: bool) -> list[tuple[str, PdfChar, int]]:
    """Every letter of the page's text (spaces aside) with its glyph and its line's index."""
    out: list[tuple[str, PdfChar, int]] = []
    lines = [line for line in page.lines if not in_band(line, page)]
    for index, line in enumerate(lines):
        chars = list(line.chars)
        if skip_line_end_hyphens and chars and chars[-1].text in ("-", "\u00ad"):
            chars = chars[:-1]
        for char in chars:
            out.extend((letter, char, index) for letter in char.text if not letter.isspace())
    return out


def _find(exact: str, pages: list[PdfPage]) -> tuple[int, list[tuple[float, float, float, float]]] | None:
    """The page and the line boxes of the quote's letters, on the first page that has them."""
    wanted = "".join(c for c in exact if not c.isspace())
    if not wanted:
        return None
    for page in pages:
        for skip in (False, True):
            letters = _letters(page, skip_line_end_hyphens=skip)
            plain = "".join(letter for letter, _, _ in letters)
            at = plain.find(wanted)
            if at < 0:
                continue
            boxes: dict[int, list[float]] = {}
            for _, char, line in letters[at : at + len(wanted)]:
                box = boxes.setdefault(line, [char.x0, char.y0, char.x1, char.y1])
                box[0], box[1] = min(box[0], char.x0), min(box[1], char.y0)
                box[2], box[3] = max(box[2], char.x1), max(box[3], char.y1)
            return page.number, [tuple(b) for b in boxes.values()]  # type: ignore[misc]
    return None


def _write(writer: PdfWriter, page: int, quads: list[tuple[float, float, float, float]], item: AnnotationView) -> int:
    points: list[float] = []
    for x0, y0, x1, y1 in quads:
        points += [x0, y1, x1, y1, x0, y0, x1, y0]
    rect = (min(q[0] for q in quads), min(q[1] for q in quads), max(q[2] for q in quads), max(q[3] for q in quads))
    color = (item.color or "#ffd400").lstrip("#")
    highlight = Highlight(rect=rect, quad_points=ArrayObject([FloatObject(v) for v in points]),
                          highlight_color=color if len(color) == 6 else "ffd400")
    _describe(highlight, item.comment, item.author, item.modified, item.uri)
    parent = writer.add_annotation(page - 1, highlight)
    for reply in item.replies:
        note = DictionaryObject()
        note[NameObject("/Type")] = NameObject("/Annot")
        note[NameObject("/Subtype")] = NameObject("/Text")
        note[NameObject("/Rect")] = ArrayObject([FloatObject(v) for v in rect])
        note[NameObject("/IRT")] = parent.indirect_reference
        note[NameObject("/RT")] = NameObject("/R")
        note[NameObject("/F")] = NumberObject(4)
        _describe(note, reply.body, reply.author, reply.modified, reply.uri)
        writer.add_annotation(page - 1, note)
    return len(item.replies)


def _describe(annotation: DictionaryObject, text: str, author: str, when: datetime, uri: str) -> None:
    annotation[NameObject("/Contents")] = TextStringObject(text)
    annotation[NameObject("/T")] = TextStringObject(author)
    annotation[NameObject("/M")] = TextStringObject(pdf_date(when))
    annotation[NameObject("/NM")] = TextStringObject(uri)


def pdf_date(moment: datetime) -> str:
    """D:YYYYMMDDHHmmSS+HH'mm' (PDF 32000, 7.9.4)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    offset = moment.utcoffset() or datetime.now(timezone.utc).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    sign = "+" if minutes >= 0 else "-"
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"
