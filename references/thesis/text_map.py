"""The document text that annotation offsets count in, and where an offset lies.

An offset counts in the blocks' texts joined by a blank line
(``BLOCK_SEPARATOR``); ``BlockOffsets`` finds the block holding an offset,
for the domain (``DocumentMap``, over stored rows) and the window
(``app.annotations.spans``, over the loaded view) alike.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import BLOCK_SEPARATOR, Block, Claim


def document_text(session: Session, document_id: int) -> str:
    """The blocks' texts joined by a blank line: what W3C positions count in."""
    texts = session.scalars(select(Block.text).where(Block.document_id == document_id).order_by(Block.position))
    return BLOCK_SEPARATOR.join(texts)


class _Placed(Protocol):
    @property
    def doc_start(self) -> int: ...


_B = TypeVar("_B", bound=_Placed)


class BlockOffsets(Generic[_B]):
    """Blocks in document order, and which one holds an offset (its end included)."""

    def __init__(self, blocks: Sequence[_B], length: Callable[[_B], int]) -> None:
        self.blocks = list(blocks)
        self._starts = [b.doc_start for b in self.blocks]
        self._length = length

    def block_at(self, offset: int) -> _B | None:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0:
            return None
        block = self.blocks[index]
        return block if offset <= block.doc_start + self._length(block) else None


@dataclass(frozen=True)
class BlockSpan:
    block_id: int
    doc_start: int
    length: int


class DocumentMap:
    """Maps document offsets to blocks and claims (built once per operation)."""

    def __init__(self, session: Session, document_id: int) -> None:
        rows = session.execute(
            select(Block.id, Block.doc_start, Block.text).where(Block.document_id == document_id).order_by(Block.position)
        ).all()
        self.blocks = [BlockSpan(r.id, r.doc_start, len(r.text)) for r in rows]
        self._offsets = BlockOffsets(self.blocks, lambda b: b.length)
        self._claims: dict[int, list[tuple[int, int, int]]] = {}
        claim_rows = session.execute(
            select(Claim.id, Claim.block_id, Claim.start, Claim.end)
            .join(Block, Block.id == Claim.block_id)
            .where(Block.document_id == document_id)
        ).all()
        for row in claim_rows:
            self._claims.setdefault(row.block_id, []).append((row.start, row.end, row.id))

    def block_at(self, offset: int) -> BlockSpan | None:
        return self._offsets.block_at(offset)

    def claim_for(self, start: int, end: int) -> int | None:
        """The claim whose sentence holds most of the span start..end, if any."""
        block = self.block_at(start)
        if block is None:
            return None
        local_start, local_end = start - block.doc_start, end - block.doc_start
        best, best_overlap = None, 0
        for claim_start, claim_end, claim_id in self._claims.get(block.block_id, []):
            overlap = min(local_end, claim_end) - max(local_start, claim_start)
            if overlap > best_overlap:
                best, best_overlap = claim_id, overlap
        return best
