"""Adding reviewers' notes to a PDF the way PDF readers write them (pypdf), for the tests.

Where a phrase stands on a page is found with pdfminer.six directly (not
Silteme's reader), so the tests' quads are an independent oracle.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTTextContainer, LTTextLine
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject


@dataclass
class Note:
    page: int  # 1-based
    kind: str  # "/Highlight", "/Underline", "/Text", "/FreeText"
    phrase: str | None  # what it marks (markup) or stands beside (notes)
    contents: str
    author: str = "Reviewer A"
    date: str = "D:20260115093000+06'00'"
    reply_to: int | None = None  # index of the note it answers
    name: str | None = None


def phrase_boxes(data: bytes, page: int, phrase: str) -> list[tuple[float, float, float, float]]:
    """One box per line the phrase covers on ``page`` (it may run over several lines)."""
    lines = []
    for layout in extract_pages(io.BytesIO(data), page_numbers=[page - 1]):
        stack = list(layout)
        while stack:
            item = stack.pop()
            if isinstance(item, LTTextLine):
                lines.append([c for c in item if isinstance(c, LTChar)])
            elif isinstance(item, LTTextContainer):
                stack.extend(item)
    lines.sort(key=lambda chars: -chars[0].y1 if chars else 0)
    # one entry per letter: a ligature glyph ("ff") stands for two letters
    letters = [(letter, c) for line in lines for c in line for letter in c.get_text() if not letter.isspace()]
    plain = "".join(letter for letter, _ in letters)
    squashed = phrase.replace(" ", "")
    at = plain.find(squashed)
    assert at >= 0, f"{phrase!r} is not on page {page}"
    covered = list(dict.fromkeys(c for _, c in letters[at : at + len(squashed)]))
    boxes: dict[float, list[float]] = {}
    for char in covered:
        key = round(char.y0)
        box = boxes.setdefault(key, [char.x0, char.y0, char.x1, char.y1])
        box[0], box[1] = min(box[0], char.x0), min(box[1], char.y0)
        box[2], box[3] = max(box[2], char.x1), max(box[3], char.y1)
    return [tuple(b) for b in boxes.values()]  # type: ignore[misc]


def annotate(data: bytes, notes: list[Note]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    refs = []
    for note in notes:
        annotation = DictionaryObject()
        annotation[NameObject("/Type")] = NameObject("/Annot")
        annotation[NameObject("/Subtype")] = NameObject(note.kind)
        annotation[NameObject("/Contents")] = TextStringObject(note.contents)
        annotation[NameObject("/T")] = TextStringObject(note.author)
        annotation[NameObject("/M")] = TextStringObject(note.date)
        annotation[NameObject("/C")] = ArrayObject([FloatObject(1), FloatObject(1), FloatObject(0)])
        if note.name:
            annotation[NameObject("/NM")] = TextStringObject(note.name)
        if note.phrase is not None:
            boxes = phrase_boxes(data, note.page, note.phrase)
        else:
            boxes = [(5.0, 5.0, 15.0, 15.0)]
        x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
        x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
        if note.kind in ("/Text", "/FreeText"):
            x0, x1 = 380.0, 400.0  # in the margin beside the line
        annotation[NameObject("/Rect")] = ArrayObject([FloatObject(v) for v in (x0, y0, x1, y1)])
        if note.kind in ("/Highlight", "/Underline", "/StrikeOut", "/Squiggly"):
            quads = []
            for bx0, by0, bx1, by1 in boxes:
                quads += [bx0, by1, bx1, by1, bx0, by0, bx1, by0]
            annotation[NameObject("/QuadPoints")] = ArrayObject([FloatObject(v) for v in quads])
        if note.kind == "/FreeText":
            annotation[NameObject("/DA")] = TextStringObject("/Helv 10 Tf 0 g")
        if note.reply_to is not None:
            annotation[NameObject("/IRT")] = refs[note.reply_to]
            annotation[NameObject("/RT")] = NameObject("/R")
        annotation[NameObject("/F")] = NumberObject(4)
        refs.append(writer.add_annotation(note.page - 1, annotation).indirect_reference)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
