"""Changing a paragraph's text in place, keeping every untouched run as it was.

``replace_in_paragraph`` swaps the characters ``start .. end`` of a ``w:p``'s
text (as ``paragraph_text`` counts them) for new ones. Inserted characters
join the ``w:t`` of the first replaced character (or of the one before an
insertion), so they take its formatting; runs elsewhere are not touched, not
even split. Tabs and line breaks in inserted text become ``w:tab`` /
``w:br`` in a run of their own with the same formatting.
"""

from __future__ import annotations

import copy
import re

from lxml import etree

from references.word.ooxml import W_R, W_RPR, W_T, Piece, paragraph_text, set_text, w

# Characters XML 1.0 cannot hold; a Word paragraph never has them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    """One U+FFFD for each such character: lengths stay, so offsets into the text still hold."""
    return _NOT_XML.sub("\ufffd", text)


def replace_in_paragraph(paragraph: etree._Element, start: int, end: int, new: str) -> None:
    new = xml_text(new)
    if new:
        _insert(paragraph, start, end > start, new)
    if end > start:
        _delete(paragraph, start + len(new), end + len(new))


def _insert(paragraph: etree._Element, at: int, replacing: bool, new: str) -> None:
    pieces = paragraph_text(paragraph).pieces
    piece, local = _anchor(pieces, at, replacing)
    if piece is None:
        run = _new_run(paragraph, None)
        _fill_run(run, new)
        paragraph.append(run)
        return
    if piece.kind == "t" and "\t" not in new and "\n" not in new:
        text = piece.element.text or ""
        set_text(piece.element, text[:local] + new + text[local:])
        return
    run = piece.element.getparent()
    if run is None or run.tag != W_R:
        run = None
    new_run = _new_run(paragraph, run)
    _fill_run(new_run, new)
    if run is None:
        paragraph.append(new_run)
        return
    if piece.kind == "t" and 0 < local < len(piece.element.text or ""):
        right = _split_run(run, piece.element, local)
        right.addprevious(new_run)
    elif local == 0:
        run.addprevious(new_run) if _first_content(run) is piece.element else _split_before(run, piece.element).addprevious(new_run)
    else:
        _split_after(run, piece.element).addprevious(new_run) if _last_content(run) is not piece.element else run.addnext(new_run)


def _anchor(pieces: list[Piece], at: int, replacing: bool) -> tuple[Piece | None, int]:
    """The piece new text goes into, and where in it."""
    if not pieces:
        return None, 0
    if replacing or at == 0:
        for piece in pieces:
            if piece.start <= at < piece.start + piece.length:
                return piece, at - piece.start
    for piece in pieces:
        if piece.start < at <= piece.start + piece.length:
            return piece, at - piece.start
    last = pieces[-1]
    return (last, last.length) if at >= last.start + last.length else (pieces[0], 0)


def _delete(paragraph: etree._Element, start: int, end: int) -> None:
    for piece in reversed(paragraph_text(paragraph).pieces):
        lo, hi = max(start, piece.start), min(end, piece.start + piece.length)
        if lo >= hi:
            continue
        if piece.kind == "t":
            text = piece.element.text or ""
            set_text(piece.element, text[: lo - piece.start] + text[hi - piece.start :])
        else:
            parent = piece.element.getparent()
            if parent is not None:
                parent.remove(piece.element)


def _new_run(paragraph: etree._Element, like: etree._Element | None) -> etree._Element:
    run = etree.Element(W_R)
    source = like.find(W_RPR) if like is not None else None
    if source is not None:
        run.append(copy.deepcopy(source))
    return run


def _fill_run(run: etree._Element, text: str) -> None:
    for part in re.split(r"([\t\n])", text):
        if part == "\t":
            etree.SubElement(run, w("tab"))
        elif part == "\n":
            etree.SubElement(run, w("br"))
        elif part:
            set_text(etree.SubElement(run, W_T), part)


def _content(run: etree._Element) -> list[etree._Element]:
    return [c for c in run if c.tag != W_RPR]


def _first_content(run: etree._Element) -> etree._Element | None:
    content = _content(run)
    return content[0] if content else None


def _last_content(run: etree._Element) -> etree._Element | None:
    content = _content(run)
    return content[-1] if content else None


def _split_run(run: etree._Element, t: etree._Element, local: int) -> etree._Element:
    """Split ``run`` inside ``t`` at ``local``; returns the new right-hand run."""
    text = t.text or ""
    right = _split_after(run, t)
    tail = etree.Element(W_T)
    set_text(tail, text[local:])
    rpr = right.find(W_RPR)
    if rpr is not None:
        rpr.addnext(tail)
    else:
        right.insert(0, tail)
    set_text(t, text[:local])
    return right


def _split_after(run: etree._Element, child: etree._Element) -> etree._Element:
    """Move the content after ``child`` into a new run after ``run`` (same formatting)."""
    right = _new_run(run.getparent(), run)
    moving = False
    for c in list(run):
        if moving:
            right.append(c)
        if c is child:
            moving = True
    run.addnext(right)
    return right


def _split_before(run: etree._Element, child: etree._Element) -> etree._Element:
    """Move ``child`` and what follows into a new run; returns that run."""
    right = _new_run(run.getparent(), run)
    moving = False
    for c in list(run):
        if c is child:
            moving = True
        if moving:
            right.append(c)
    run.addnext(right)
    return right
