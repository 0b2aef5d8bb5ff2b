"""Opening a PDF and reading its text lines with their geometry (pdfminer.six).

Each page becomes a list of ``PdfLine``: the text of one line as pdfminer's
layout analysis groups characters, its box, and the box of every character
(so a highlight's quadrilaterals can be turned back into the text they
cover). Bad files are refused with one sentence: an encrypted PDF, a
damaged one, a PDF whose pages carry no text (a scan, which needs OCR).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTChar, LTPage, LTTextContainer, LTTextLine
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFParser, PDFSyntaxError
from pdfminer.psparser import PSException

from references.errors import InputError
from models.messages import Messages

PdfErrors = Messages("PdfErrors")

_LAPARAMS = LAParams(line_margin=0.3, char_margin=3.0, word_margin=0.12, boxes_flow=None)
logging.getLogger("pdfminer").setLevel(logging.ERROR)


@dataclass(frozen=True, slots=True)
class PdfChar:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True, slots=True)
class PdfLine:
    page: int  # 1-based
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float  # the most common character height
    chars: tuple[PdfChar, ...]


@dataclass(frozen=True, slots=True)
class PdfPage:
    number: int
    width: float
    height: float
    lines: tuple[PdfLine, ...]


def check_pdf(data: bytes, name: str) -> None:
    """Refuse what cannot be read: not a PDF, damaged, or encrypted."""
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise InputError(PdfErrors.tr("%1 is not a PDF file (it does not start with %PDF); nothing was imported.", name))
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InputError(
            PdfErrors.tr(
                "%1 is encrypted (password-protected); open it in a PDF reader, save an unprotected "
                "copy, and import that. Nothing was imported.",
                name,
            )
        ) from None
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(PdfErrors.tr(
                "%1 is damaged and cannot be read as a PDF (%2); nothing was imported.",
                name, _reason(exc),
            )) from None
    if document.encryption is not None and not _opens_without_password(document):
        raise InputError(PdfErrors.tr(
                "%1 is encrypted; save an unprotected copy and import that. Nothing was imported.",
                name,
            ))


def _opens_without_password(document: PDFDocument) -> bool:
    return getattr(document, "decipher", None) is not None


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:120]


def read_pages(data: bytes, name: str, page_numbers: set[int] | None = None) -> Iterator[PdfPage]:
    """The pages (1-based numbers; all when ``page_numbers`` is None) with their text lines."""
    check_pdf(data, name)
    wanted = None if page_numbers is None else {n - 1 for n in page_numbers}
    try:
        for index, layout in enumerate(extract_pages(io.BytesIO(data), laparams=_LAPARAMS, page_numbers=wanted)):
            number = index + 1 if wanted is None else sorted(wanted)[index] + 1
            yield _page(layout, number)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InputError(PdfErrors.tr("%1 is encrypted (password-protected); nothing was imported.", name)) from None
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, AttributeError, AssertionError,
            IndexError, ZeroDivisionError) as exc:
        raise InputError(PdfErrors.tr("%1 is damaged and cannot be read (%2); nothing was imported.", name, _reason(exc))) from None


def _page(layout: LTPage, number: int) -> PdfPage:
    lines: list[PdfLine] = []
    stack: list[object] = list(layout)
    while stack:  # containers may nest (figures, boxes): walk them without recursion
        item = stack.pop()
        if isinstance(item, LTTextLine):
            line = _line(item, number)
            if line is not None:
                lines.append(line)
        elif isinstance(item, LTTextContainer) or hasattr(item, "__iter__"):
            try:
                stack.extend(list(item))  # type: ignore[call-overload]
            except TypeError:
                continue
    lines.sort(key=lambda l: (-round(l.y1, 0), l.x0))
    return PdfPage(number, layout.width, layout.height, tuple(_merge_same_baseline(lines)))


def _line(item: LTTextLine, page: int) -> PdfLine | None:
    chars: list[PdfChar] = []
    sizes: dict[float, int] = {}
    for obj in item:
        if isinstance(obj, LTChar):
            chars.append(PdfChar(obj.get_text(), obj.x0, obj.y0, obj.x1, obj.y1))
            size = round(obj.height, 1)
            sizes[size] = sizes.get(size, 0) + 1
        else:
            text = obj.get_text()
            if text and text != "\n" and chars:
                last = chars[-1]
                chars.append(PdfChar(text, last.x1, last.y0, last.x1, last.y1))
    while chars and not chars[-1].text.strip():
        chars.pop()
    text = "".join(c.text for c in chars)  # a ligature's one glyph may stand for "ff" or "fi"
    if not text.strip():
        return None
    size = max(sizes, key=lambda s: sizes[s]) if sizes else item.height
    return PdfLine(page, text, item.x0, item.y0, item.x1, item.y1, size, tuple(chars))


def _merge_same_baseline(lines: list[PdfLine]) -> list[PdfLine]:
    """Pieces of one visual line (table cells, a page number beside a title) become one line."""
    merged: list[PdfLine] = []
    for line in lines:
        if merged and abs(merged[-1].y0 - line.y0) < 0.5 * max(line.size, 1) and line.x0 >= merged[-1].x1 - 1:
            last = merged[-1]
            gap = PdfChar("\t" if line.x0 - last.x1 > 2 * line.size else " ", last.x1, last.y0, line.x0, last.y1)
            merged[-1] = PdfLine(last.page, last.text + gap.text + line.text, last.x0, min(last.y0, line.y0),
                                 line.x1, max(last.y1, line.y1), last.size, (*last.chars, gap, *line.chars))
        else:
            merged.append(line)
    return merged
