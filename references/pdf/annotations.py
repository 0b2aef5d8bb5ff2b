"""A PDF's own annotations -> Silteme annotations, anchored on the text they mark.

Reviewers annotate in Okular, Acrobat, Preview or Zotero's reader; all of
them write the same ``/Annots`` entries. Highlights, underlines, strike-outs
and squiggles carry ``/QuadPoints``: the characters under them are the
quote. Sticky notes (``/Text``) and free-text notes (``/FreeText``) carry only
a ``/Rect``: the line beside the note is the quote. ``/Contents`` is the
comment, ``/T`` the author, ``/M`` the date, and ``/IRT`` makes a note a
reply to another. A note whose quote cannot be found in the document's text
is kept as an orphan (shown in the orphans list), never dropped. Each note
gets an id from the PDF (its ``/NM``, else its object number), so importing
the same PDF again adds nothing.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from pypdf import PdfReader
from pypdf.errors import PdfReadError
from pypdf.generic import IndirectObject
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Annotation, AnnotationReply, AnnotationTag
from references.anchoring import TextQuote, anchor
from references.thesis.text_map import DocumentMap, document_text
from references.errors import InputError
from references.pdf.layout import in_band
from references.thesis.pages import page_spans
from references.pdf.reading import PdfLine, PdfPage, read_pages
from models.messages import Messages

PdfErrors = Messages("PdfErrors")

MARKUP = {"/Highlight": "highlight", "/Underline": "underline", "/StrikeOut": "strike-out", "/Squiggly": "squiggly"}
NOTES = {"/Text": "sticky note", "/FreeText": "free text"}
CONTEXT = 32
_DATE = re.compile(r"D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+\-])?(\d{2})?'?(\d{2})?'?")


@dataclass
class PdfNote:
    ident: str  # /NM, else "obj<number>"
    object_number: int
    page: int
    kind: str
    contents: str
    author: str
    date: datetime | None
    reply_to: int | None  # the object number /IRT points at
    quads: list[tuple[float, float, float, float]] = field(default_factory=list)  # x0, y0, x1, y1
    rect: tuple[float, float, float, float] | None = None
    color: str | None = None


@dataclass(frozen=True)
class NotesSummary:
    found: int
    added: int
    replies: int
    orphaned: int
    already: int


def read_notes(data: bytes, name: str) -> list[PdfNote]:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise InputError(PdfErrors.tr("%1 is encrypted; nothing was imported.", name))
        notes: list[PdfNote] = []
        for index, page in enumerate(reader.pages):
            for ref in page.get("/Annots") or []:
                note = _note(ref, index + 1)
                if note is not None:
                    notes.append(note)
        return notes
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(PdfErrors.tr(
                "The annotations of %1 cannot be read (%2); nothing was imported.",
                name, str(exc)[:100],
            )) from None


def _note(ref: object, page: int) -> PdfNote | None:
    number = ref.idnum if isinstance(ref, IndirectObject) else -1
    obj = ref.get_object() if isinstance(ref, IndirectObject) else ref
    if not isinstance(obj, dict):
        return None
    subtype = str(obj.get("/Subtype", ""))
    if subtype not in MARKUP and subtype not in NOTES:
        return None
    irt = obj.get("/IRT")
    note = PdfNote(
        ident=str(obj.get("/NM")) if obj.get("/NM") else f"obj{number}",
        object_number=number,
        page=page,
        kind=MARKUP.get(subtype) or NOTES[subtype],
        contents=_text(obj.get("/Contents")),
        author=_text(obj.get("/T")),
        date=parse_pdf_date(_text(obj.get("/M")) or _text(obj.get("/CreationDate"))),
        reply_to=irt.idnum if isinstance(irt, IndirectObject) else None,
        color=_color(obj.get("/C")),
    )
    quad = [float(v) for v in obj.get("/QuadPoints") or []]
    for i in range(0, len(quad) - 7, 8):
        xs, ys = quad[i : i + 8 : 2], quad[i + 1 : i + 8 : 2]
        note.quads.append((min(xs), min(ys), max(xs), max(ys)))
    rect = [float(v) for v in obj.get("/Rect") or []]
    if len(rect) == 4:
        note.rect = (min(rect[0], rect[2]), min(rect[1], rect[3]), max(rect[0], rect[2]), max(rect[1], rect[3]))
        if not note.quads and subtype in MARKUP:
            note.quads.append(note.rect)
    return note


def _text(value: object) -> str:
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip() if value is not None else ""


def _color(value: object) -> str | None:
    try:
        parts = [float(v) for v in value]  # type: ignore[union-attr]
    except (TypeError, ValueError):
        return None
    if len(parts) != 3:
        return None
    return "#" + "".join(f"{max(0, min(255, round(p * 255))):02x}" for p in parts)


def parse_pdf_date(value: str) -> datetime | None:
    """A PDF date ("D:20240115093000+06'00'") as an aware datetime; None when absent or unreadable."""
    match = _DATE.match(value.strip()) if value else None
    if not match or not match.group(1):
        return None
    parts = [int(match.group(i) or default) for i, default in zip(range(1, 7), (0, 1, 1, 0, 0, 0))]
    try:
        moment = datetime(*parts)  # type: ignore[misc]
    except ValueError:
        return None
    sign = match.group(7)
    offset = timedelta(hours=int(match.group(8) or 0), minutes=int(match.group(9) or 0))
    zone = timezone(-offset if sign == "-" else offset) if sign in ("+", "-") else timezone.utc
    return moment.replace(tzinfo=zone)


def import_notes(session: Session, document_id: int, data: bytes, name: str, uri_base: str) -> NotesSummary:
    """Add the PDF's notes to the document (the caller's transaction); ones already imported are skipped."""
    notes = read_notes(data, name)
    if not notes:
        return NotesSummary(0, 0, 0, 0, 0)
    pages = {p.number: p for p in read_pages(data, name, {n.page for n in notes})}
    text = document_text(session, document_id)
    spans = page_spans(session, document_id)
    doc_map = DocumentMap(session, document_id)
    existing = set(session.scalars(select(Annotation.uri).where(Annotation.document_id == document_id)))
    existing |= set(session.scalars(select(AnnotationReply.uri)))
    by_object: dict[int, Annotation] = {}
    added = replies = orphaned = already = 0
    # parents before replies: a reply's /IRT names a note that may come later on the page
    for note in sorted(notes, key=lambda n: n.reply_to is not None):
        uri = _uri(note.ident, uri_base)
        if note.reply_to is not None and (note.reply_to in by_object or _uri_of(notes, note.reply_to, uri_base) in existing):
            parent = by_object.get(note.reply_to) or session.scalar(
                select(Annotation).where(Annotation.uri == _uri_of(notes, note.reply_to, uri_base))
            )
            if parent is not None:
                if uri in existing:
                    already += 1
                    continue
                stamp = note.date or parent.created
                parent.replies.append(AnnotationReply(uri=uri, author=note.author, author_role="reviewer",
                                                      body=note.contents, created=stamp, modified=stamp))
                existing.add(uri)
                replies += 1
                continue
        if uri in existing:
            already += 1
            found = session.scalar(select(Annotation).where(Annotation.uri == uri))
            if found is not None:
                by_object[note.object_number] = found
            continue
        quote, prefix, suffix = _quote(note, pages.get(note.page))
        start = end = None
        method = "orphaned"
        if quote:
            start, end, method = _place(text, TextQuote(quote, prefix, suffix), spans.get(note.page))
        stamp = note.date or datetime.now(timezone.utc)
        annotation = Annotation(
            uri=uri,
            document_id=document_id,
            claim_id=doc_map.claim_for(start, end) if start is not None and end is not None else None,
            exact=text[start:end] if start is not None and end is not None else (quote or f"({note.kind} on page {note.page})"),
            prefix=prefix,
            suffix=suffix,
            start=start,
            end=end,
            anchor=method,
            comment=note.contents,
            author=note.author,
            author_role="reviewer",
            color=note.color,
            created=stamp,
            modified=stamp,
        )
        annotation.tags = [AnnotationTag(tag=f"pdf {note.kind}"), AnnotationTag(tag=f"page {note.page}")]
        session.add(annotation)
        existing.add(uri)
        by_object[note.object_number] = annotation
        added += 1
        orphaned += start is None
    session.flush()
    return NotesSummary(len(notes), added, replies, orphaned, already)


def _place(text: str, quote: TextQuote, page: tuple[int, int] | None) -> tuple[int | None, int | None, str]:
    """Anchor the quote on its page's text first (a thesis repeats phrases), then anywhere."""
    if page is not None:
        low = max(0, page[0] - 200)  # a paragraph may begin on the page before
        place = anchor(text[low : page[1] + 200], quote)
        if place.start is not None and place.end is not None:
            return place.start + low, place.end + low, place.method
    place = anchor(text, quote)
    return place.start, place.end, place.method


def _uri(ident: str, uri_base: str) -> str:
    """A note's id: its /NM when that is already an IRI (Silteme wrote it), else one made from the PDF."""
    return ident if ident.startswith(("urn:", "http://", "https://")) else f"{uri_base}:{ident}"


def _uri_of(notes: list[PdfNote], object_number: int, uri_base: str) -> str:
    for note in notes:
        if note.object_number == object_number:
            return _uri(note.ident, uri_base)
    return f"{uri_base}:obj{object_number}"


def _quote(note: PdfNote, page: PdfPage | None) -> tuple[str, str, str]:
    """The text a note marks on its page, with a little context either side."""
    if page is None:
        return "", "", ""
    stream: list[tuple[str, bool]] = []  # every character of the page in reading order: (char, marked)
    lines = [line for line in page.lines if not in_band(line, page)]  # running heads and page numbers aside
    if note.quads:
        for line in lines:
            for char in line.chars:
                stream.append((char.text, _covered(char, note.quads)))
            stream.append((" ", False))
    elif note.rect is not None:
        line = _nearest_line(lines, note.rect)
        for candidate in lines:
            for char in candidate.chars:
                stream.append((char.text, candidate is line))
            stream.append((" ", False))
    marked = [i for i, (_, on) in enumerate(stream) if on]
    if not marked:
        return "", "", ""
    first, last = marked[0], marked[-1]
    exact = _squash("".join(c for c, _ in stream[first : last + 1]))
    prefix = _squash("".join(c for c, _ in stream[max(0, first - 3 * CONTEXT) : first]))[-CONTEXT:]
    suffix = _squash("".join(c for c, _ in stream[last + 1 : last + 1 + 3 * CONTEXT]))[:CONTEXT]
    return exact, prefix, suffix


def _covered(char: object, quads: list[tuple[float, float, float, float]]) -> bool:
    x = (char.x0 + char.x1) / 2  # type: ignore[attr-defined]
    y = (char.y0 + char.y1) / 2  # type: ignore[attr-defined]
    return any(x0 - 0.5 <= x <= x1 + 0.5 and y0 - 1 <= y <= y1 + 1 for x0, y0, x1, y1 in quads)


def _nearest_line(lines: list[PdfLine], rect: tuple[float, float, float, float]) -> PdfLine | None:
    middle = (rect[1] + rect[3]) / 2
    return min(lines, key=lambda l: abs((l.y0 + l.y1) / 2 - middle), default=None)


def _squash(text: str) -> str:
    text = re.sub(r"(\w)[-\u00ad] (\w)", r"\1\2", text)
    return " ".join(text.split())
