"""What stayed the same between two revisions of a document.

A diff of the whole thesis by characters would take seconds; a diff of its
~800 paragraphs by hash takes milliseconds. Only the paragraphs the diff sees
as replaced are compared again, word by word (punctuation apart), so an
edited sentence still leaves the rest of its paragraph mapped. The result is a list of runs of
projected text that are identical in both revisions.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher

from references.anchoring.projection import Projection

# Above this many tokens per side difflib may drop very common ones ("және",
# ".") as junk, which keeps a diff of a rewrite of the whole text fast.
_EXACT_TOKEN_DIFF_LIMIT = 4000
# Shortest run (projected characters) a token diff is trusted with.
_MIN_TOKEN_RUN = 3


@dataclass(frozen=True, slots=True)
class Run:
    """``length`` projected characters equal at ``old`` and ``new``."""

    old: int
    new: int
    length: int


class RevisionMap:
    """Maps projected offsets of the old revision to the new one."""

    def __init__(self, old: Projection, new: Projection) -> None:
        self.runs = _merge(_diff(old, new))
        self._old_starts = [run.old for run in self.runs]
        self._new_starts = [run.new for run in self.runs]
        self._old_length = len(old.chars)
        self._new_length = len(new.chars)

    def unchanged(self, old_start: int, old_end: int) -> int | None:
        """Where ``[old_start, old_end)`` is in the new text, if it is untouched."""
        i = bisect_right(self._old_starts, old_start) - 1
        if i >= 0:
            run = self.runs[i]
            if old_end <= run.old + run.length:
                return run.new + old_start - run.old
        return None

    def to_new(self, old_offset: int) -> tuple[int, bool]:
        """Where an old offset went, and whether that is certain.

        Inside unchanged text the answer is exact; inside a changed stretch it
        is an estimate, placed proportionally between the unchanged neighbours.
        """
        i = bisect_right(self._old_starts, old_offset) - 1
        if i >= 0 and old_offset < self.runs[i].old + self.runs[i].length:
            run = self.runs[i]
            return run.new + old_offset - run.old, True
        old_lo, new_lo = (0, 0) if i < 0 else _end(self.runs[i])
        if i + 1 < len(self.runs):
            old_hi, new_hi = self.runs[i + 1].old, self.runs[i + 1].new
        else:
            old_hi, new_hi = self._old_length, self._new_length
        if old_hi <= old_lo:
            return new_lo, False
        return new_lo + (new_hi - new_lo) * (old_offset - old_lo) // (old_hi - old_lo), False

    def foreign_share(self, new_start: int, new_end: int, old_start: int, old_end: int) -> float:
        """Share of ``new[new_start:new_end]`` that is old text from outside ``old_start..old_end``.

        A candidate that mostly is untouched text from elsewhere was already in
        the old revision next to the annotated span: it is a look-alike, not the
        span after an edit.
        """
        if new_end <= new_start:
            return 0.0
        foreign = 0
        i = max(0, bisect_right(self._new_starts, new_start) - 1)
        while i < len(self.runs) and self.runs[i].new < new_end:
            run = self.runs[i]
            lo, hi = max(new_start, run.new), min(new_end, run.new + run.length)
            if lo < hi:
                shift = run.old - run.new
                inside = max(0, min(hi + shift, old_end) - max(lo + shift, old_start))
                foreign += (hi - lo) - inside
            i += 1
        return foreign / (new_end - new_start)


def _end(run: Run) -> tuple[int, int]:
    return run.old + run.length, run.new + run.length


def _diff(old: Projection, new: Projection) -> list[Run]:
    old_paragraphs = _spans(old.paragraph_starts, len(old.chars))
    new_paragraphs = _spans(new.paragraph_starts, len(new.chars))
    # Paragraphs are paired by their text as written, line breaks included: two
    # paragraphs with the same words but other line breaks are different
    # passages, and an annotation on the one deleted must not move to its twin.
    # Paragraphs that differ in more than that are compared word by word below.
    matcher = SequenceMatcher(
        None,
        [_written(old, s, e) for s, e in old_paragraphs],
        [_written(new, s, e) for s, e in new_paragraphs],
        autojunk=False,
    )
    runs: list[Run] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            start_old, start_new = old_paragraphs[i1][0], new_paragraphs[j1][0]
            runs.append(Run(start_old, start_new, old_paragraphs[i2 - 1][1] - start_old))
        elif tag == "replace" and i2 - i1 == j2 - j1:
            # As many paragraphs on each side: each was edited in place. Comparing
            # them pair by pair finds the same runs as comparing the whole stretch,
            # without difflib weighing every common word against every other.
            for (old_from, old_to), (new_from, new_to) in zip(
                old_paragraphs[i1:i2], new_paragraphs[j1:j2], strict=True
            ):
                runs.extend(_diff_tokens(old, old_from, old_to, new, new_from, new_to))
        elif tag == "replace":
            runs.extend(
                _diff_tokens(
                    old,
                    old_paragraphs[i1][0],
                    old_paragraphs[i2 - 1][1],
                    new,
                    new_paragraphs[j1][0],
                    new_paragraphs[j2 - 1][1],
                )
            )
    return runs


def _written(projection: Projection, start: int, end: int) -> str:
    """The true text of the projected span ``[start, end)``."""
    if start >= end:
        return ""
    return projection.text[projection.offsets[start] : projection.offsets[end - 1] + 1]


def _diff_tokens(
    old: Projection, old_from: int, old_to: int, new: Projection, new_from: int, new_to: int
) -> list[Run]:
    old_tokens = _tokens(old, old_from, old_to)
    new_tokens = _tokens(new, new_from, new_to)
    large = max(len(old_tokens), len(new_tokens)) > _EXACT_TOKEN_DIFF_LIMIT
    matcher = SequenceMatcher(
        None, [t for _, t in old_tokens], [t for _, t in new_tokens], autojunk=large
    )
    runs = []
    for i, j, size in matcher.get_matching_blocks():
        if size:
            start_old, start_new = old_tokens[i][0], new_tokens[j][0]
            last_start, last_token = old_tokens[i + size - 1]
            runs.append(Run(start_old, start_new, last_start + len(last_token) - start_old))
    # A lone "." or "ы" matched between rewritten words is chance, not text
    # that survived; trusting it would pin a deleted span onto new text.
    return [run for run in _merge(runs) if run.length >= _MIN_TOKEN_RUN]


def _tokens(projection: Projection, start: int, end: int) -> list[tuple[int, str]]:
    starts = projection.token_starts
    lo = max(0, bisect_right(starts, start) - 1)
    hi = bisect_right(starts, end - 1)
    bounds = [max(s, start) for s in starts[lo:hi]] + [end]
    return [(a, projection.chars[a:b]) for a, b in zip(bounds, bounds[1:])]


def _spans(starts: list[int], length: int) -> list[tuple[int, int]]:
    return list(zip(starts, starts[1:] + [length]))


def _merge(runs: list[Run]) -> list[Run]:
    merged: list[Run] = []
    for run in runs:
        if merged and _end(merged[-1]) == (run.old, run.new):
            last = merged.pop()
            run = Run(last.old, last.new, last.length + run.length)
        merged.append(run)
    return merged
