"""A .docx read as a thesis: sections, blocks, the reference list, comment places.

``extract`` walks the body once, in document order, without recursion:
paragraphs (headings, list items, plain paragraphs), tables (one block
each: rows on lines, cells separated by tabs, the caption kept apart),
footnotes and endnotes (a block each, right after the block that refers to
them). A table of contents is skipped. The reference list is the part after
a bibliography heading: its paragraphs become numbered entries, not blocks.

Every block remembers the paragraphs it was read from (``Segment``), so the
library's changes can later be written into those very paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from lxml import etree

from references.text.headings import is_caption
from references.word.headings import (
    FallbackHeadings,
    is_appendix_title,
    is_bibliography_title,
    is_contents_title,
    split_number,
    unnumbered_kind,
)
from references.word.ooxml import W_P, W_PPR, W_TBL, W_TC, W_TR, W_VAL, ParagraphText, paragraph_text, w
from references.word.package import DocxPackage
from references.word.styles import Styles

Progress = Callable[[int, int], None]
_ENTRY_PREFIX = re.compile(r"^\s*(?:\[(\d{1,4})\]|(\d{1,4})\s?[.)])\s*(?=\S)")
_CAPTION_TEXT = re.compile(r"^\s*(?:Кесте|Таблица|Table)\s*\d{1,3}(?:\.\d{1,3})?\b", re.IGNORECASE)
# A line of a typed table of contents: "1.1 Title ........ 12" or "Title<tab>12".
_TOC_LINE = re.compile(r"(?:\t|\.{4,}|…{2,}|\s\.\s\.)\s*\d{1,3}\s*$")
_CONTINUATION = re.compile(r"^(?:URL|http|https|www\.|DOI|doi|//|[–—-]\s|\(|\[Электрон|\[Electron)")


@dataclass(frozen=True, slots=True)
class Segment:
    """Block text ``block_start .. +length`` is paragraph text ``para_start .. +length``."""

    part: str
    index: int  # the paragraph's position among all w:p of its part
    block_start: int
    para_start: int
    length: int


@dataclass
class XBlock:
    kind: str  # heading | paragraph | list_item | table | footnote
    text: str
    section_index: int
    segments: list[Segment]
    caption: str | None = None
    caption_index: int | None = None


@dataclass
class XSection:
    title: str
    number: str | None
    kind: str
    level: int
    parent_index: int | None


@dataclass
class XEntry:
    """One entry of the reference list as written."""

    number: int | None
    text: str
    paragraphs: list[int]  # indexes of its w:p in the main part
    prefix: str  # "" when Word numbers the list; else e.g. "{n}. " or "[{n}] "


@dataclass
class Extracted:
    sections: list[XSection] = field(default_factory=list)
    blocks: list[XBlock] = field(default_factory=list)
    entries: list[XEntry] = field(default_factory=list)
    list_heading: int | None = None  # w:p index of the reference list's heading
    # comment id -> (block index, block offset) of its start and end
    comment_starts: dict[str, tuple[int, int]] = field(default_factory=dict)
    comment_ends: dict[str, tuple[int, int]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    paragraphs: int = 0


@dataclass
class _Para:
    element: etree._Element
    index: int
    text: ParagraphText
    style_level: int | None
    numbered: bool  # Word list numbering (direct or through the style)
    bullet: bool
    bold: bool
    toc: bool
    caption_style: bool
    title_style: bool


def extract(package: DocxPackage, progress: Progress | None = None) -> Extracted:
    return _Extractor(package, progress).run()


class _Extractor:
    def __init__(self, package: DocxPackage, progress: Progress | None) -> None:
        self.package = package
        self.progress = progress
        self.root = package.xml(package.main)
        self.styles = Styles(self._part_xml("styles"), self._part_xml("numbering"))
        self.out = Extracted()
        self.all_paragraphs = list(self.root.iter(W_P))
        self.index_of = {p: i for i, p in enumerate(self.all_paragraphs)}
        self.in_textbox = {p for box in self.root.iter(w("txbxContent")) for p in box.iter(W_P)}
        self.notes = {kind: self._notes(kind) for kind in ("footnote", "endnote")}
        self.pending_starts: list[str] = []
        self.section_stack: list[tuple[int, int]] = []  # (level, section index)
        self.counters: list[int] = [0] * 10
        self.in_list: int | None = None  # level of the reference list's heading while inside it
        self.list_numbered = False
        self.fallback = FallbackHeadings()
        self.field_stack: list[bool] = []
        self.list_title: int | None = None

    # -- parts -----------------------------------------------------------------

    def _part_xml(self, rel: str) -> etree._Element | None:
        name = self.package.related(self.package.main, rel)
        return self.package.xml(name) if name and name in self.package.parts else None

    def _notes(self, kind: str) -> tuple[str, dict[str, list[tuple[int, etree._Element]]]]:
        name = self.package.related(self.package.main, kind + "s")
        if not name or name not in self.package.parts:
            return "", {}
        root = self.package.xml(name)
        paragraphs = {p: i for i, p in enumerate(root.iter(W_P))}
        found: dict[str, list[tuple[int, etree._Element]]] = {}
        for note in root.iter(w(kind)):
            if note.get(w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            found[note.get(w("id"), "")] = [(paragraphs[p], p) for p in note.iter(W_P)]
        return name, found

    # -- the walk ------------------------------------------------------------------

    def run(self) -> Extracted:
        items = list(self._body_items())
        paras = [self._para(el) for kind, el, _toc in items if kind == "p"]
        # Headings by style only when the document really uses them (a lone
        # styled paragraph, such as a contents heading, does not count).
        styled = sum(1 for p in paras if p.style_level is not None and not p.toc and p.text.text.strip()) >= 2
        # The reference list is the last part so titled ("Sources" may also title a section earlier).
        titled = [p.index for p in paras if is_bibliography_title(p.text.text.strip())]
        self.list_title = titled[-1] if titled else None
        total = len(items)
        para_iter = iter(paras)
        for done, (kind, el, toc) in enumerate(items):
            if kind == "p":
                para = next(para_iter)
                self._paragraph(para, styled, toc)
            else:
                self._table(el)
            if self.progress is not None and done % 200 == 0:
                self.progress(done, total)
        self.out.paragraphs = len(paras)
        if self.progress is not None:
            self.progress(total, total)
        return self.out

    def _body_items(self) -> Iterator[tuple[str, etree._Element, bool]]:
        body = self.root.find(w("body"))
        if body is None:
            return
        stack: list[tuple[Iterator[etree._Element], bool]] = [(iter(body), False)]
        while stack:
            child = next(stack[-1][0], None)
            if child is None:
                stack.pop()
                continue
            toc = stack[-1][1]
            if child.tag == W_P:
                yield "p", child, toc
            elif child.tag == W_TBL:
                yield "tbl", child, toc
            elif child.tag == w("sdt"):
                content = child.find(w("sdtContent"))
                if content is not None:
                    stack.append((iter(content), toc or _is_toc_sdt(child)))
            elif child.tag in (w("customXml"), w("smartTag")):
                stack.append((iter(child), toc))

    def _para(self, el: etree._Element) -> _Para:
        ppr = el.find(W_PPR)
        sid = None
        direct_outline = None
        direct_num: str | None = None
        num_level = 0
        if ppr is not None:
            pstyle = ppr.find(w("pStyle"))
            sid = pstyle.get(W_VAL) if pstyle is not None else None
            lvl = ppr.find(w("outlineLvl"))
            if lvl is not None and (lvl.get(W_VAL) or "").isdigit():
                direct_outline = int(lvl.get(W_VAL))
            num = ppr.find(w("numPr"))
            if num is not None:
                nid = num.find(w("numId"))
                direct_num = nid.get(W_VAL) if nid is not None else None
                ilvl = num.find(w("ilvl"))
                num_level = int(ilvl.get(W_VAL)) if ilvl is not None and (ilvl.get(W_VAL) or "").isdigit() else 0
        info = self.styles.info(sid)
        level = None
        outline = direct_outline if direct_outline is not None else (info.outline_level if info else None)
        if outline is not None and outline < 9:
            level = outline + 1
        elif outline is None and info is not None and info.name_level is not None:
            level = info.name_level
        num_id = direct_num if direct_num is not None else (info.num_id if info else None)
        numbered = num_id not in (None, "0")
        if direct_num is None and info is not None:
            num_level = info.num_level
        text = paragraph_text(el, styles_bold=bool(info and info.bold))
        letters = len(text.text.strip())
        return _Para(
            element=el,
            index=self.index_of[el],
            text=text,
            style_level=level,
            numbered=numbered,
            bullet=numbered and self.styles.is_bullet(num_id, num_level),
            bold=letters > 0 and text.bold_chars >= 0.8 * letters,
            toc=bool(info and info.is_toc),
            caption_style=bool(info and info.is_caption),
            title_style=bool(info and info.is_title),
        )

    def _in_toc_field(self, para: _Para) -> bool:
        inside = any(self.field_stack)
        for kind, instr in para.text.fields:
            if kind == "begin":
                is_toc = instr.upper().startswith("TOC")
                inside = inside or is_toc
                self.field_stack.append(is_toc)
            elif kind == "end" and self.field_stack:
                self.field_stack.pop()
        return inside

    # -- paragraphs ----------------------------------------------------------------

    def _paragraph(self, para: _Para, styled: bool, toc_sdt: bool) -> None:
        in_toc_field = self._in_toc_field(para)
        raw = para.text.text
        text = raw.strip()
        if toc_sdt or para.toc or in_toc_field or not text or _TOC_LINE.search(text):
            self._stray_marks(para.text)
            return
        level = self._heading_level(para, text, styled)
        if self.in_list is not None:
            if level is not None and (level <= self.in_list or is_appendix_title(text)):
                self.in_list = None
            elif level is None:
                self._entry(para, text)
                self._stray_marks(para.text)
                return
        if level is not None:
            self._heading(para, raw, text, level)
            if para.index == self.list_title:
                self.in_list = level
                self.out.list_heading = para.index
            return
        kind = "list_item" if para.numbered or para.bullet else "paragraph"
        self._emit(kind, raw, [para])

    def _heading_level(self, para: _Para, text: str, styled: bool) -> int | None:
        if para.title_style:
            return None
        if is_contents_title(text):
            return None
        if is_bibliography_title(text) or (unnumbered_kind(text) is not None and len(text) < 60):
            return para.style_level or 1
        if is_appendix_title(text) and (para.style_level is not None or para.bold or text.isupper()):
            return para.style_level or 1
        if styled:
            return para.style_level
        if self.in_list is not None:
            return None
        return self.fallback.level(text, para.bold) or para.style_level

    def _heading(self, para: _Para, raw: str, text: str, level: int) -> None:
        number, title = split_number(text)
        if number is None and para.numbered and not unnumbered_kind(text) and not is_bibliography_title(text):
            self.counters[level - 1] += 1
            for deeper in range(level, len(self.counters)):
                self.counters[deeper] = 0
            number = ".".join(str(max(c, 1)) for c in self.counters[:level])
        elif number is not None:
            parts = [int(p) for p in number.split(".")]
            for i, value in enumerate(parts[: len(self.counters)]):
                self.counters[i] = value
            for deeper in range(len(parts), len(self.counters)):
                self.counters[deeper] = 0
        kind = unnumbered_kind(title) or ("chapter" if level == 1 else "section")
        while self.section_stack and self.section_stack[-1][0] >= level:
            self.section_stack.pop()
        parent = self.section_stack[-1][1] if self.section_stack else None
        index = len(self.out.sections)
        self.out.sections.append(XSection(" ".join((title or text).split()), number, kind, level, parent))
        self.section_stack.append((level, index))
        self._emit("heading", raw, [para])

    def _entry(self, para: _Para, text: str) -> None:
        entries = self.out.entries
        match = _ENTRY_PREFIX.match(text)
        if match:
            number = int(match.group(1) or match.group(2))
            prefix = text[: match.end()].replace(match.group(1) or match.group(2), "{n}", 1)
            entries.append(XEntry(number, text[match.end() :].strip(), [para.index], prefix))
            return
        if para.numbered:
            self.list_numbered = True
            entries.append(XEntry(None, text, [para.index], ""))
            return
        continuation = entries and (_CONTINUATION.match(text) or text[:1].islower())
        if continuation:
            entries[-1].text = f"{entries[-1].text} {text}"
            entries[-1].paragraphs.append(para.index)
            return
        numbered_list = any(e.prefix or self.list_numbered for e in entries)
        if numbered_list and len(text) < 100 and not text.endswith("."):
            self._emit("paragraph", para.text.text, [para])  # a group heading inside the list
            return
        entries.append(XEntry(None, text, [para.index], ""))

    # -- tables ------------------------------------------------------------------------

    def _table(self, table: etree._Element) -> None:
        if self.in_list is not None:
            self.in_list = None
        rows: list[list[list[_Para]]] = []
        for row in table.iter(W_TR):
            if row.getparent() is not None and _nearest_table(row) is not table:
                continue
            cells = []
            for cell in row.iter(W_TC):
                if _nearest_table(cell) is not table:
                    continue
                cells.append([self._para(p) for p in cell.iter(W_P) if p not in self.in_textbox])
            rows.append(cells)
        caption, caption_index = self._take_caption()
        parts: list[tuple[str, _Para | None]] = []
        for r, cells in enumerate(rows):
            if r:
                parts.append(("\n", None))
            for c, paragraphs in enumerate(cells):
                if c:
                    parts.append(("\t", None))
                first = True
                for para in paragraphs:
                    if not para.text.text.strip():
                        continue
                    if not first:
                        parts.append((" ", None))
                    parts.append(("", para))
                    first = False
        block = self._emit_parts("table", parts)
        if block is not None:
            block.caption, block.caption_index = caption, caption_index

    def _take_caption(self) -> tuple[str | None, int | None]:
        """The paragraph just before the table, when it is its caption ("Кесте 1 - ...")."""
        if not self.out.blocks:
            return None, None
        last = self.out.blocks[-1]
        if last.kind != "paragraph" or len(last.segments) != 1 or not _CAPTION_TEXT.match(last.text):
            return None, None
        if not is_caption(last.text) and (last.text.rstrip().endswith(".") or len(last.text) > 250):
            return None, None  # a sentence that mentions a table ("Кесте 1-де көрсетілгендей ...")
        if any(b == len(self.out.blocks) - 1 for b, _ in self.out.comment_starts.values()):
            return None, None  # a comment on it needs it as a block
        self.out.blocks.pop()
        return last.text, last.segments[0].index

    # -- blocks ---------------------------------------------------------------------------

    def _emit(self, kind: str, raw: str, paras: list[_Para]) -> None:
        self._emit_parts(kind, [("", p) for p in paras])

    def _emit_parts(self, kind: str, parts: list[tuple[str, _Para | None]], part_name: str | None = None) -> XBlock | None:
        """A block from paragraphs and separators; each paragraph's text is trimmed."""
        texts: list[str] = []
        segments: list[Segment] = []
        marks: list[tuple[_Para, Segment]] = []
        offset = 0
        for separator, para in parts:
            if para is None:
                texts.append(separator)
                offset += len(separator)
                continue
            raw = para.text.text
            lead = len(raw) - len(raw.lstrip())
            body = raw.strip()
            segment = Segment(part_name or self.package.main, para.index, offset, lead, len(body))
            segments.append(segment)
            marks.append((para, segment))
            texts.append(body)
            offset += len(body)
        text = "".join(texts).strip("\n\t ")
        if not text or not segments:
            for para, _ in marks:
                self._stray_marks(para.text)
            return None
        # Separators at the ends were stripped: shift segments accordingly.
        shift = len("".join(texts)) - len("".join(texts).lstrip("\n\t "))
        if shift:
            segments = [Segment(s.part, s.index, s.block_start - shift, s.para_start, s.length) for s in segments]
            marks = [(p, Segment(s.part, s.index, s.block_start - shift, s.para_start, s.length)) for p, s in marks]
        section = self._section_index()
        block = XBlock(kind, text, section, segments)
        self.out.blocks.append(block)
        index = len(self.out.blocks) - 1
        for cid in self.pending_starts:
            self.out.comment_starts.setdefault(cid, (index, 0))
        self.pending_starts = []
        for para, segment in marks:
            self._marks(para.text, segment, index)
        if kind != "footnote":
            for para, _ in marks:
                for note_kind, note_id, _offset in para.text.notes:
                    self._note(note_kind, note_id)
        return block

    def _marks(self, text: ParagraphText, segment: Segment, block_index: int) -> None:
        def at(offset: int) -> tuple[int, int]:
            inside = min(max(offset - segment.para_start, 0), segment.length)
            return block_index, segment.block_start + inside

        for cid, offset in text.comment_starts:
            self.out.comment_starts.setdefault(cid, at(offset))
        for cid, offset in text.comment_ends:
            self.out.comment_ends[cid] = at(offset)
        for cid, offset in text.comment_refs:
            self.out.comment_ends.setdefault(cid, at(offset))

    def _stray_marks(self, text: ParagraphText) -> None:
        """Comment marks in a paragraph that is no block: start at the next block, end at the last."""
        self.pending_starts.extend(cid for cid, _ in text.comment_starts)
        if self.out.blocks:
            last = len(self.out.blocks) - 1
            for cid, _ in text.comment_ends:
                self.out.comment_ends[cid] = (last, len(self.out.blocks[last].text))

    def _note(self, kind: str, note_id: str) -> None:
        part, notes = self.notes[kind]
        paragraphs = notes.get(note_id)
        if not paragraphs:
            return
        parts: list[tuple[str, _Para | None]] = []
        for i, (index, element) in enumerate(paragraphs):
            para = self._note_para(element, index)
            if not para.text.text.strip():
                continue
            if parts:
                parts.append(("\n", None))
            parts.append(("", para))
            del i
        self._emit_parts("footnote", parts, part)

    def _note_para(self, element: etree._Element, index: int) -> _Para:
        text = paragraph_text(element)
        return _Para(element, index, text, None, False, False, False, False, False, False)

    def _section_index(self) -> int:
        if not self.out.sections:
            self.out.sections.append(XSection("", None, "front_matter", 1, None))
            self.section_stack = [(0, 0)]
        return self.section_stack[-1][1] if self.section_stack else len(self.out.sections) - 1


def _nearest_table(element: etree._Element) -> etree._Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag != W_TBL:
        parent = parent.getparent()
    return parent


def _is_toc_sdt(sdt: etree._Element) -> bool:
    props = sdt.find(w("sdtPr"))
    if props is None:
        return False
    for gallery in props.iter(w("docPartGallery")):
        if "contents" in (gallery.get(W_VAL) or "").lower():
            return True
    return False
