"""The thesis as one QTextDocument, built once with a cursor and char formats.

Every stored block becomes one text block (a table: a framed block with its
caption), and its text is inserted character for character (line breaks of
a table become line separators), so a stored offset maps to a document
position by adding where the block starts. Markers are inserted as their
own fragments with a chip format; claims and search hits are drawn later as
extra selections, so selecting them never rebuilds the document.

A document can also be built in steps (``ReaderBuilder``): its first screen
first, so the window draws the thesis at once, then the rest appended in
chunks on the event loop. Blocks are only ever appended, so every position
already handed out stays valid.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
)

from app.chips import chip_brush
from app.document_index import DocumentIndex
from references.thesis.document_view import BlockRow, CitationRow

LINE_SEPARATOR = "\u2028"


@dataclass
class ReaderLayout:
    """Where each stored block and marker ended up in the QTextDocument."""

    document: QTextDocument
    block_start: dict[int, int] = field(default_factory=dict)  # block id -> position of text[0]
    # Sorted by position: (start, end, citation id) of every marker.
    marker_spans: list[tuple[int, int, int]] = field(default_factory=list)
    # Sorted block starts for mapping a position back to a block.
    _starts: list[int] = field(default_factory=list)
    _start_ids: list[int] = field(default_factory=list)

    def position(self, block_id: int, offset: int) -> int | None:
        start = self.block_start.get(block_id)
        return None if start is None else start + offset

    def forget_order(self) -> None:
        """The block starts moved: sort them again when next asked."""
        self._starts = []
        self._start_ids = []

    def block_at(self, position: int) -> int | None:
        """The stored block whose text holds (or last started before) ``position``."""
        if len(self._starts) != len(self.block_start):  # first use, or blocks were appended since
            self._start_ids = [b for b, _ in sorted(self.block_start.items(), key=lambda kv: kv[1])]
            self._starts = sorted(self.block_start.values())
        i = bisect_right(self._starts, position) - 1
        return self._start_ids[i] if i >= 0 else (self._start_ids[0] if self._start_ids else None)

    def citation_at(self, position: int) -> int | None:
        """The marker at a document position (its right edge included, for clicks)."""
        i = bisect_right(self.marker_spans, (position, float("inf"), 0)) - 1
        if i >= 0:
            start, end, citation_id = self.marker_spans[i]
            if start <= position < end:
                return citation_id
        return None

    def marker_span(self, citation_id: int) -> tuple[int, int] | None:
        for start, end, cid in self.marker_spans:
            if cid == citation_id:
                return start, end
        return None


@dataclass(frozen=True)
class ReaderStyle:
    font: QFont
    text_color: QColor
    heading_color: QColor
    table_background: QColor
    table_border: QColor

    @classmethod
    def from_palette(cls, font: QFont, palette: QPalette) -> ReaderStyle:
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        mid = palette.color(QPalette.ColorRole.Mid)
        return cls(
            font=font,
            text_color=text,
            heading_color=palette.color(QPalette.ColorRole.Link).darker(130),
            table_background=base.darker(104) if base.lightness() > 128 else base.lighter(120),
            table_border=mid,
        )


def build_reader_document(index: DocumentIndex, style: ReaderStyle) -> ReaderLayout:
    builder = ReaderBuilder(index, style)
    builder.add()
    return builder.layout


class ReaderBuilder:
    """Builds a document's QTextDocument in steps: ``add(characters)`` appends
    blocks until at least that much text is in (all of it without a limit)."""

    def __init__(self, index: DocumentIndex, style: ReaderStyle) -> None:
        document = QTextDocument()
        document.setUndoRedoEnabled(False)
        document.setDefaultFont(style.font)
        document.setDocumentMargin(28)
        self.layout = ReaderLayout(document)
        self._builder = _Builder(index, style, self.layout)
        self._blocks = index.view.blocks
        self._next = 0

    @property
    def done(self) -> bool:
        return self._next >= len(self._blocks)

    def add(self, characters: int | None = None) -> bool:
        """Append the next blocks (about ``characters`` of text, or all); True when none is left."""
        end = len(self._blocks)
        if characters is not None:
            end, taken = self._next, 0
            while end < len(self._blocks) and taken < characters:
                taken += len(self._blocks[end].text)
                end += 1
        cursor = self._builder.cursor
        cursor.beginEditBlock()  # one change for the view to lay out, not one per fragment
        try:
            self._builder.build(self._blocks[self._next : end])
        finally:
            cursor.endEditBlock()
        self._next = end
        return self.done


def rewrite_blocks(
    layout: ReaderLayout, old: DocumentIndex, new: DocumentIndex, style: ReaderStyle, block_ids: Iterable[int]
) -> None:
    """Draw ``block_ids`` again from ``new`` in the built document, and move what follows them.

    Only those blocks' characters are replaced (the rest of the document, its
    frames and formats stay as they are), so Qt lays out only what changed;
    the map of block starts and marker spans is shifted by the change in
    length of every rewritten block before each position.
    """
    changed = sorted(block_ids, key=lambda b: layout.block_start[b])
    if not changed:
        return
    builder = _Builder(new, style, layout)
    starts = [layout.block_start[b] for b in changed]
    shifts = [0]
    for block_id in changed:
        shifts.append(shifts[-1] + len(new.blocks[block_id].text) - len(old.blocks[block_id].text))

    def moved(position: int) -> int:  # an old position outside the rewritten blocks, in the new document
        return position + shifts[bisect_left(starts, position)]

    rewritten_blocks = set(changed)
    rewritten = {c.id for c in old.view.citations if c.block_id in rewritten_blocks}
    layout.marker_spans = [(moved(a), moved(b), cid) for a, b, cid in layout.marker_spans if cid not in rewritten]
    layout.block_start = {b: moved(start) for b, start in layout.block_start.items()}
    layout.forget_order()
    builder.cursor.beginEditBlock()
    for block_id in changed:
        builder.rewrite(new.blocks[block_id], layout.block_start[block_id], len(old.blocks[block_id].text))
    builder.cursor.endEditBlock()
    layout.marker_spans.sort()


class _Builder:
    def __init__(self, index: DocumentIndex, style: ReaderStyle, layout: ReaderLayout) -> None:
        self.index = index
        self.style = style
        self.layout = layout
        self.cursor = QTextCursor(layout.document)
        self.fresh_block = True  # the cursor stands in an empty block we may use
        self.citations_by_block: dict[int, list[CitationRow]] = {}
        for citation in index.view.citations:
            self.citations_by_block.setdefault(citation.block_id, []).append(citation)
        self._chip_formats: dict[tuple[int, ...], QTextCharFormat] = {}
        self._formats()

    def _formats(self) -> None:
        s = self.style
        self.text_format = QTextCharFormat()
        self.text_format.setForeground(s.text_color)
        self.paragraph_format = QTextBlockFormat()
        self.paragraph_format.setBottomMargin(10)
        self.paragraph_format.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        self.paragraph_format.setTextIndent(24)
        self.list_format = QTextBlockFormat(self.paragraph_format)
        self.list_format.setTextIndent(0)
        self.list_format.setLeftMargin(24)
        self.heading_formats: dict[int, tuple[QTextBlockFormat, QTextCharFormat]] = {}
        for level, scale in ((1, 1.45), (2, 1.2), (3, 1.08)):
            block = QTextBlockFormat()
            block.setTopMargin(26 if level == 1 else 18)
            block.setBottomMargin(12)
            block.setHeadingLevel(level)
            char = QTextCharFormat()
            char.setFontWeight(QFont.Weight.Bold)
            char.setFontPointSize(s.font.pointSizeF() * scale)
            char.setForeground(s.heading_color)
            self.heading_formats[level] = (block, char)
        self.caption_format = QTextCharFormat(self.text_format)
        self.caption_format.setFontWeight(QFont.Weight.DemiBold)
        self.table_text_format = QTextCharFormat(self.text_format)
        self.table_text_format.setFontPointSize(s.font.pointSizeF() * 0.92)
        self.frame_format = QTextFrameFormat()
        self.frame_format.setBorder(1)
        self.frame_format.setBorderBrush(s.table_border)
        self.frame_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        self.frame_format.setPadding(10)
        self.frame_format.setMargin(6)
        self.frame_format.setBackground(s.table_background)
        self.frame_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))

    def build(self, blocks: Sequence[BlockRow]) -> None:
        for block in blocks:
            if block.kind == "table":
                self._table(block)
                continue
            block_format, char_format = self._formats_of(block)
            self._new_block(block_format)
            self._block_text(block.id, self._shown_text(block), char_format)
        self.layout.marker_spans.sort()

    def _formats_of(self, block: BlockRow) -> tuple[QTextBlockFormat, QTextCharFormat]:
        if block.kind == "heading":
            section = self.index.sections.get(block.section_id) if block.section_id is not None else None
            level = min(max(section.level if section else 1, 1), 3)
            return self.heading_formats[level]
        if block.kind == "list_item":
            return self.list_format, self.text_format
        if block.kind == "table":
            return QTextBlockFormat(), self.table_text_format
        return self.paragraph_format, self.text_format

    @staticmethod
    def _shown_text(block: BlockRow) -> str:
        """The block's text as drawn: a table keeps its line breaks, a paragraph flows."""
        return block.text.replace("\n", LINE_SEPARATOR if block.kind == "table" else " ")

    def rewrite(self, block: BlockRow, position: int, old_length: int) -> None:
        """Put ``block``'s text (and chips) where ``old_length`` characters of its old text stand."""
        self.cursor.setPosition(position)
        self.cursor.setPosition(position + old_length, QTextCursor.MoveMode.KeepAnchor)
        self.cursor.removeSelectedText()
        block_format, char_format = self._formats_of(block)
        if block.kind == "heading":
            self.cursor.setBlockFormat(block_format)  # its section's level may have changed
        self._block_text(block.id, self._shown_text(block), char_format)

    def _new_block(self, block_format: QTextBlockFormat) -> None:
        if self.fresh_block:
            self.cursor.setBlockFormat(block_format)
            self.fresh_block = False
        else:
            self.cursor.insertBlock(block_format)

    def _block_text(self, block_id: int, text: str, char_format: QTextCharFormat) -> None:
        """Insert a block's text, its markers as chip fragments."""
        start = self.cursor.position()
        self.layout.block_start[block_id] = start
        done = 0
        for citation in self.citations_by_block.get(block_id, []):
            if citation.start < done or citation.end > len(text):
                continue  # overlapping or stale marker: leave the text plain
            if citation.start > done:
                self.cursor.insertText(text[done : citation.start], char_format)
            self.cursor.insertText(text[citation.start : citation.end], self._chip_format(citation, char_format))
            self.layout.marker_spans.append((start + citation.start, start + citation.end, citation.id))
            done = citation.end
        if done < len(text):
            self.cursor.insertText(text[done:], char_format)

    def _chip_format(self, citation: CitationRow, base: QTextCharFormat) -> QTextCharFormat:
        groups = tuple(self.index.citation_groups(citation))
        key = (groups, id(base))
        chip = self._chip_formats.get(key)
        if chip is None:
            chip = QTextCharFormat(base)
            chip.setBackground(chip_brush([self.index.group_color(g) for g in groups]))
            chip.setForeground(QColor("#1a1a1a"))
            chip.setFontWeight(QFont.Weight.DemiBold)
            self._chip_formats[key] = chip
        return chip

    def _table(self, block: BlockRow) -> None:
        self.cursor.insertFrame(self.frame_format)
        self.fresh_block = True
        if block.caption:
            self._new_block(QTextBlockFormat())
            self.cursor.insertText(" ".join(block.caption.split()), self.caption_format)
        self._new_block(QTextBlockFormat())
        self._block_text(block.id, self._shown_text(block), self.table_text_format)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self.fresh_block = True
