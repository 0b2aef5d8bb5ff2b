"""The form of a text that anchoring compares: folded, with no whitespace.

Quotes are matched ignoring case, ``ə``/``ә`` spelling and every whitespace
difference (re-wrapped PDF lines, doubled spaces, a hyphenated word joined
again). ``fold`` keeps length, so dropping the whitespace is the only change of
offsets, and ``offsets[i]`` remembers where projected character ``i`` was.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from references.normalize import fold

_WORD = re.compile(r"\S+")
# Diff tokens: a word's letters apart from the punctuation glued to it by PDF
# extraction ("Пейруз.С"), so that an edit of one does not unmatch the other.
_TOKEN = re.compile(r"\w+|[^\w\s]")
# A paragraph ends at a blank line (spaces allowed on it, as PDF extraction leaves them).
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


def project(text: str) -> str:
    """The projected form of a short string (a quote, a prefix, a suffix)."""
    return "".join(_WORD.findall(fold(text)))


@dataclass(frozen=True, slots=True)
class Projection:
    """A whole document in projected form, with the way back to true offsets."""

    text: str
    chars: str
    # Machine integers: a list of Python ints for the whole thesis would take
    # four times the memory.
    offsets: array[int]
    # Projected offsets where diff tokens and paragraphs start (ascending).
    token_starts: array[int]
    paragraph_starts: list[int]

    @classmethod
    def of(cls, text: str) -> Projection:
        folded = fold(text)
        pieces: list[str] = []
        offsets = array("q")
        for match in _WORD.finditer(folded):
            pieces.append(match.group())
            offsets.extend(range(*match.span()))
        token_starts = array(
            "q", (bisect_left(offsets, t.start()) for t in _TOKEN.finditer(folded))
        )
        paragraph_starts = [0]
        for match in _PARAGRAPH_BREAK.finditer(text):
            at = bisect_left(offsets, match.end())
            if paragraph_starts[-1] < at < len(offsets):
                paragraph_starts.append(at)
        return cls(text, "".join(pieces), offsets, token_starts, paragraph_starts)

    def to_text_span(self, start: int, end: int) -> tuple[int, int]:
        """True offsets of the projected span ``[start, end)`` (non-empty)."""
        return self.offsets[start], self.offsets[end - 1] + 1

    def from_text_span(self, start: int, end: int) -> tuple[int, int]:
        """Projected span covering the non-space characters of ``text[start:end]``."""
        return bisect_left(self.offsets, start), bisect_left(self.offsets, end)


@lru_cache(maxsize=4)
def projection_of(text: str) -> Projection:
    """``Projection.of``, remembered for the last few texts: anchoring one
    annotation after another in the same document projects it once."""
    return Projection.of(text)
