"""Where offsets go when one span of a text is replaced by another."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Shift:
    """The replacement of ``[start, end)`` by text ending at ``new_end``.

    Text inserted exactly at a span's start goes before the span (the span
    moves); text inserted exactly at its end goes after it (the span stays).
    """

    start: int
    end: int
    new_end: int

    @property
    def delta(self) -> int:
        return self.new_end - self.end

    def touches(self, start: int, end: int) -> bool:
        """Whether the span ``[start, end)`` shares text with the replaced span
        (for a pure insertion: whether the insertion point is strictly inside it)."""
        if self.start == self.end:
            return start < self.start < end
        return start < self.end and end > self.start

    def map_start(self, offset: int) -> int:
        """Where a span starting at ``offset`` starts afterwards (clamped to the edit)."""
        if offset >= self.end:
            return offset + self.delta
        return offset if offset <= self.start else self.start

    def map_end(self, offset: int) -> int:
        """Where a span ending at ``offset`` ends afterwards (clamped to the edit)."""
        if offset <= self.start:
            return offset
        return offset + self.delta if offset >= self.end else self.new_end

    def in_document(self, block_start: int) -> Shift:
        """The same replacement counted in the document text."""
        return Shift(self.start + block_start, self.end + block_start, self.new_end + block_start)
