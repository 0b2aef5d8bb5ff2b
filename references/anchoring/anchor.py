"""Re-anchoring annotations in a revised text.

The order of attempts follows Hypothesis: (1) the remembered place still holds
the quote; (2) the quote occurs verbatim (ignoring case, ``ə``/``ә`` and
whitespace), the occurrence chosen by its context and closeness; (3) a fuzzy
match, accepted only with strong evidence (see ``evidence``); (4) orphaned.

With the old text, offsets are carried through a diff (``revision``): most
annotations sit in untouched paragraphs and are done in step (1) without any
search, and text that was already there beside the annotated span is known
and refused as a look-alike.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from rapidfuzz.distance import Levenshtein

from references.anchoring.evidence import (
    Candidate,
    Target,
    accept_exact,
    accept_fuzzy,
    fuzzy_allowed,
    looks_foreign,
    measure,
)
from references.anchoring.projection import Projection, project, projection_of
from references.anchoring.revision import RevisionMap
from references.anchoring.search import exact_hits, fuzzy_spans
from references.anchoring.selectors import TextPosition, TextQuote

Method = Literal["exact", "fuzzy", "orphaned"]


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where an annotation lies in the new text; no place when orphaned."""

    start: int | None
    end: int | None
    method: Method
    score: float

    @property
    def orphaned(self) -> bool:
        return self.method == "orphaned"


ORPHANED = Anchor(None, None, "orphaned", 0.0)


def anchor(text: str, quote: TextQuote, position: TextPosition | None = None) -> Anchor:
    """Anchor one annotation in ``text``; ``position`` is where it was last seen."""
    return anchor_all(text, [(quote, position)])[0]


def anchor_all(
    new_text: str,
    items: Iterable[tuple[TextQuote, TextPosition | None]],
    *,
    old_text: str | None = None,
) -> list[Anchor]:
    """Anchor many annotations in ``new_text`` at once.

    ``old_text`` is the revision the positions refer to; giving it makes
    re-anchoring faster and safer (see the module docstring).
    """
    anchorer = _Anchorer(new_text, old_text)
    return [anchorer.anchor(quote, position) for quote, position in items]


class _Anchorer:
    def __init__(self, new_text: str, old_text: str | None) -> None:
        self.new = projection_of(new_text)
        self.old: Projection | None = None
        self.revision: RevisionMap | None = None
        if old_text is not None:
            self.old = projection_of(old_text)
            self.revision = RevisionMap(self.old, self.new)

    def anchor(self, quote: TextQuote, position: TextPosition | None) -> Anchor:
        quote_chars = project(quote.exact)
        if not quote_chars:
            return ORPHANED
        target, old_span = self._target(quote, quote_chars, position)
        found = self._exact(target, old_span)
        if found is not None:
            return self._placed(found, quote, "exact")
        found = self._fuzzy(target, old_span)
        if found is not None:
            return self._placed(found, quote, "fuzzy")
        return ORPHANED

    def _target(
        self, quote: TextQuote, quote_chars: str, position: TextPosition | None
    ) -> tuple[Target, tuple[int, int] | None]:
        bare = Target(
            quote=quote_chars,
            prefix=project(quote.prefix),
            suffix=project(quote.suffix),
            words=len(quote.exact.split()),
        )
        old_span = self._locate_in_old(bare, position)
        if self.revision is not None and old_span is not None:
            old_start, old_end = old_span
            expected, start_certain = self.revision.to_new(old_start)
            last, end_certain = self.revision.to_new(old_end - 1)
            target = replace(
                bare,
                expected=expected,
                pinned_start=expected if start_certain else None,
                pinned_end=last + 1 if end_certain else None,
            )
        elif position is not None:
            expected = bisect_left(self.new.offsets, position.start)
            # Without old text the stored start is right whenever nothing
            # before the span changed length; a hit there counts as pinned.
            # (It says nothing certain about the end, so no pinned_end.)
            target = replace(
                bare, expected=expected, pinned_start=expected if self.revision is None else None
            )
        else:
            target = bare
        return target, old_span

    def _locate_in_old(self, bare: Target, position: TextPosition | None) -> tuple[int, int] | None:
        """The annotated span in the old text, in projected offsets."""
        old = self.old
        if old is None:
            return None
        if position is not None:
            start, end = old.from_text_span(position.start, position.end)
            if old.chars[start:end] == bare.quote:
                return start, end
        # The stored offsets are stale (or absent): trust the quote and its context.
        near = None if position is None else bisect_left(old.offsets, position.start)
        hits = exact_hits(old.chars, bare.quote, near)
        if not hits:
            return None
        measured = [measure(old.chars, bare, h, h + len(bare.quote), 1.0) for h in hits]
        best = max(
            measured,
            key=lambda c: (
                c.prefix_similarity + c.suffix_similarity,
                -abs(c.start - near) if near is not None else 0,
            ),
        )
        return best.start, best.end

    def _exact(self, target: Target, old_span: tuple[int, int] | None) -> Candidate | None:
        chars, length = self.new.chars, len(target.quote)
        knows_old_text = old_span is not None
        # (1) The remembered place still holds the quote.
        pinned = target.pinned_start
        if pinned is not None and chars[pinned : pinned + length] == target.quote:
            candidate = self._measure(target, old_span, pinned, pinned + length, 1.0)
            if accept_exact(candidate, target, only_hit=False, knows_old_text=knows_old_text):
                return candidate
        # (2) The quote elsewhere, verbatim.
        candidates = [
            self._measure(target, old_span, hit, hit + length, 1.0)
            for hit in exact_hits(chars, target.quote, target.expected)
        ]
        only_hit = sum(not looks_foreign(c) for c in candidates) == 1
        accepted = [c for c in candidates if accept_exact(c, target, only_hit, knows_old_text)]
        if not accepted:
            return None
        return max(
            accepted,
            key=lambda c: (
                c.pinned_start,
                c.prefix_similarity + c.suffix_similarity,
                c.closeness or 0.0,
            ),
        )

    def _fuzzy(self, target: Target, old_span: tuple[int, int] | None) -> Candidate | None:
        if not fuzzy_allowed(target):
            return None
        chars = self.new.chars
        spans = fuzzy_spans(chars, target.quote, target.expected)
        start, end = target.pinned_start, target.pinned_end
        if start is not None and end is not None and start < end:
            # Both edges survived in place: the span itself, whatever happened inside.
            spans.append(
                (start, end, Levenshtein.normalized_similarity(target.quote, chars[start:end]))
            )
        # A verbatim copy was already judged, by the stricter rules for exact hits.
        candidates = [
            self._measure(target, old_span, s, e, sim) for s, e, sim in spans if sim < 1.0
        ]
        accepted = [c for c in candidates if accept_fuzzy(c, knows_old_text=old_span is not None)]
        if not accepted:
            return None
        return max(accepted, key=lambda c: (c.pinned_start and c.pinned_end, c.score))

    def _measure(
        self,
        target: Target,
        old_span: tuple[int, int] | None,
        start: int,
        end: int,
        similarity: float,
    ) -> Candidate:
        foreign = 0.0
        if self.revision is not None and old_span is not None:
            # The span's own context may legitimately end up inside a candidate.
            foreign = self.revision.foreign_share(
                start, end, old_span[0] - len(target.prefix), old_span[1] + len(target.suffix)
            )
        return measure(self.new.chars, target, start, end, similarity, foreign)

    def _placed(self, candidate: Candidate, quote: TextQuote, method: Method) -> Anchor:
        start, end = self.new.to_text_span(candidate.start, candidate.end)
        start, end = _keep_edge_spaces(self.new.text, start, end, quote.exact)
        return Anchor(start, end, method, round(candidate.score, 4))


def _keep_edge_spaces(text: str, start: int, end: int, exact: str) -> tuple[int, int]:
    """Widen a found span by the whitespace the quote itself begins or ends with.

    Projection drops whitespace, so a selection that took in a trailing space
    would otherwise come back one character shorter.
    """
    lead = len(exact) - len(exact.lstrip())
    trail = len(exact) - len(exact.rstrip())
    while lead and start > 0 and text[start - 1].isspace():
        start, lead = start - 1, lead - 1
    while trail and end < len(text) and text[end].isspace():
        end, trail = end + 1, trail - 1
    return start, end
