"""Document offsets (what annotations count in) and positions in the reader.

An annotation's ``start``/``end`` count in the document text: the stored
blocks joined by a blank line (``BLOCK_SEPARATOR``). The reader puts each
block in its own text block (a table's caption in front of it), character
for character, so an offset maps to a position through its block.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from app.reader_document import ReaderLayout
from models import BLOCK_SEPARATOR
from references.thesis.document_view import BlockRow
from references.thesis.text_map import BlockOffsets


class DocumentOffsets:
    def __init__(self, blocks: Sequence[BlockRow]) -> None:
        self.blocks = list(blocks)  # in document order
        self._offsets = BlockOffsets(self.blocks, lambda b: len(b.text))
        self._by_id = {b.id: b for b in self.blocks}
        self._order = {b.id: i for i, b in enumerate(self.blocks)}

    @cached_property
    def text(self) -> str:
        return BLOCK_SEPARATOR.join(b.text for b in self.blocks)

    def block_at(self, offset: int) -> BlockRow | None:
        """The block whose text holds ``offset`` (its end included)."""
        return self._offsets.block_at(offset)

    def to_reader(self, layout: ReaderLayout, start: int, end: int) -> tuple[int, int] | None:
        """Reader positions of start..end, or None when either end is off the text."""
        first, last = self.block_at(start), self.block_at(end)
        if first is None or last is None:
            return None
        a = layout.position(first.id, start - first.doc_start)
        b = layout.position(last.id, end - last.doc_start)
        return None if a is None or b is None else (a, b)

    def from_reader(self, layout: ReaderLayout, a: int, b: int) -> tuple[int, int] | None:
        """Document offsets of the reader's positions a..b, trimmed to block text.

        A selection that starts in a table's caption (which is not block
        text) starts at the table; one that ends in it ends before it.
        """
        a, b = min(a, b), max(a, b)
        start = self._offset(layout, a, leaning_forward=True)
        end = self._offset(layout, b, leaning_forward=False)
        if start is None or end is None or start >= end:
            return None
        return start, end

    def _offset(self, layout: ReaderLayout, position: int, *, leaning_forward: bool) -> int | None:
        block_id = layout.block_at(position)
        block = self._by_id.get(block_id) if block_id is not None else None
        if block is None:
            return None
        local = position - layout.block_start[block.id]
        if local < 0:
            return block.doc_start if leaning_forward else None
        if local > len(block.text):
            if leaning_forward:
                i = self._order[block.id] + 1
                return self.blocks[i].doc_start if i < len(self.blocks) else None
            return block.doc_start + len(block.text)
        return block.doc_start + local
