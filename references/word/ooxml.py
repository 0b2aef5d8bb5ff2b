"""WordprocessingML as text: a paragraph's characters, and where each came from.

``paragraph_text`` walks one ``w:p`` without recursion and returns its text
as Word shows it (``w:t``, tabs, line breaks; field results, hyperlinks and
content controls included; deleted text, field codes, drawings and text
boxes left out) together with the pieces that hold the characters, so that
write-back can change text in place, and the positions of comment ranges
and footnote references.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


W_P, W_R, W_T, W_TBL, W_TR, W_TC = w("p"), w("r"), w("t"), w("tbl"), w("tr"), w("tc")
W_PPR, W_RPR, W_VAL = w("pPr"), w("rPr"), w("val")

# Subtrees whose text is not the paragraph's visible text.
_SKIP = {
    w("pPr"), w("rPr"), w("del"), w("moveFrom"), w("instrText"), w("delText"), w("delInstrText"),
    w("drawing"), w("pict"), w("object"), w("fldData"), w("sdtPr"), w("sdtEndPr"), f"{{{MC}}}AlternateContent",
    w("commentReference"), w("footnotePr"), w("endnotePr"), w("rubyPr"),
}


@dataclass(frozen=True, slots=True)
class Piece:
    """Characters ``start .. start+length`` of the paragraph text, held by ``element``.

    ``kind`` is "t" (a ``w:t`` holding text) or "char" (a ``w:tab``, ``w:br``,
    ``w:cr`` or ``w:noBreakHyphen`` standing for one character).
    """

    element: etree._Element
    kind: str
    start: int
    length: int


@dataclass
class ParagraphText:
    text: str
    pieces: list[Piece] = field(default_factory=list)
    comment_starts: list[tuple[str, int]] = field(default_factory=list)  # (comment id, offset)
    comment_ends: list[tuple[str, int]] = field(default_factory=list)
    comment_refs: list[tuple[str, int]] = field(default_factory=list)
    notes: list[tuple[str, str, int]] = field(default_factory=list)  # ("footnote"|"endnote", id, offset)
    fields: list[tuple[str, str]] = field(default_factory=list)  # ("begin"|"end", instruction) in order
    bold_chars: int = 0  # characters in bold runs, for headings set by direct formatting


def _children_skipping(element: etree._Element) -> Iterator[etree._Element]:
    """Descendants of ``element`` in document order, without the skipped subtrees."""
    stack = [iter(element)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if not isinstance(child.tag, str) or child.tag in _SKIP:
            continue
        yield child
        if len(child):
            stack.append(iter(child))


def paragraph_text(paragraph: etree._Element, styles_bold: bool = False) -> ParagraphText:
    """The text of one ``w:p`` and where its characters are held."""
    out: list[str] = []
    result = ParagraphText("")
    offset = 0
    pending_instr: list[str] = []
    field_open = 0
    for el in _children_skipping(paragraph):
        tag = el.tag
        if tag == W_T:
            text = el.text or ""
            if text:
                out.append(text)
                result.pieces.append(Piece(el, "t", offset, len(text)))
                if _run_is_bold(el.getparent(), styles_bold):
                    result.bold_chars += len(text)
                offset += len(text)
        elif tag in (w("tab"), w("cr"), w("noBreakHyphen")) or (tag == w("br") and el.get(w("type")) in (None, "textWrapping")):
            char = {w("tab"): "\t", w("noBreakHyphen"): "-"}.get(tag, "\n")
            out.append(char)
            result.pieces.append(Piece(el, "char", offset, 1))
            offset += 1
        elif tag == w("commentRangeStart"):
            result.comment_starts.append((el.get(w("id"), ""), offset))
        elif tag == w("commentRangeEnd"):
            result.comment_ends.append((el.get(w("id"), ""), offset))
        elif tag in (w("footnoteReference"), w("endnoteReference")):
            kind = "footnote" if tag == w("footnoteReference") else "endnote"
            result.notes.append((kind, el.get(w("id"), ""), offset))
        elif tag == w("fldChar"):
            kind = el.get(w("fldCharType"))
            if kind == "begin":
                field_open += 1
                pending_instr.append("")
            elif kind == "end":
                result.fields.append(("end", ""))
                field_open = max(0, field_open - 1)
        elif tag == w("fldSimple"):
            result.fields.append(("simple", el.get(w("instr"), "")))
    result.text = "".join(out)
    result.fields = _field_events(paragraph) 
    return result


def _field_events(paragraph: etree._Element) -> list[tuple[str, str]]:
    """Complex-field begins (with their instruction) and ends, in order."""
    events: list[tuple[str, str]] = []
    instr: list[str] | None = None
    for el in paragraph.iter(w("fldChar"), w("instrText")):
        if el.tag == w("instrText"):
            if instr is not None:
                instr.append(el.text or "")
            continue
        kind = el.get(w("fldCharType"))
        if kind == "begin":
            instr = []
            events.append(("begin", ""))
        elif kind == "separate" and instr is not None and events:
            events[-1] = ("begin", "".join(instr).strip())
            instr = None
        elif kind == "end":
            if instr is not None and events and events[-1][0] == "begin" and not events[-1][1]:
                events[-1] = ("begin", "".join(instr).strip())
            instr = None
            events.append(("end", ""))
    return events


def _run_is_bold(run: etree._Element | None, styles_bold: bool) -> bool:
    if run is None or run.tag != W_R:
        return styles_bold
    rpr = run.find(W_RPR)
    if rpr is not None:
        bold = rpr.find(w("b"))
        if bold is not None:
            return bold.get(W_VAL, "true") not in ("0", "false", "off")
    return styles_bold


def set_text(element: etree._Element, text: str) -> None:
    """Set a ``w:t``'s text, keeping its spaces."""
    element.text = text
    if text != text.strip() or "  " in text:
        element.set(f"{{{XML_NS}}}space", "preserve")
