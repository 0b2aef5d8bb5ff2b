"""Finding places in the projected new text that could hold a quote.

Exact hits come from ``str.find`` (C speed over the whole thesis). Fuzzy
search never scans the whole text: pieces of the quote that survived an edit
are found exactly ("seeds"), and only small windows around them and around the
expected place are aligned with rapidfuzz.
"""

from __future__ import annotations

from collections import Counter

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

# A quote this frequent is only placed through its context or position, so
# the hits nearest the expected place are plenty.
MAX_EXACT_HITS = 200
# A seed found more often than this says nothing about where the quote went.
_MAX_SEED_HITS = 12
_MAX_SEEDS = 16
_MAX_WINDOWS = 8
# partial_ratio below this is not worth refining (0..100).
_MIN_ROUGH_SCORE = 60.0


def exact_hits(chars: str, quote: str, near: int | None, give_up: int | None = None) -> list[int]:
    """Start offsets of ``quote`` in ``chars``; the nearest to ``near`` if too many.

    With ``give_up``, stop once that many are found (the caller only needs to
    know the quote is too common).
    """
    hits: list[int] = []
    at = chars.find(quote)
    while at != -1 and len(hits) != give_up:
        hits.append(at)
        at = chars.find(quote, at + 1)
    if len(hits) > MAX_EXACT_HITS:
        key = (lambda h: abs(h - near)) if near is not None else (lambda h: h)
        hits = sorted(sorted(hits, key=key)[:MAX_EXACT_HITS])
    return hits


def fuzzy_spans(chars: str, quote: str, near: int | None) -> list[tuple[int, int, float]]:
    """``(start, end, similarity)`` of the best alignment in each likely window."""
    slack = max(16, len(quote) // 4)
    spans = []
    for origin in _likely_origins(chars, quote, near):
        lo = max(0, origin - slack)
        window = chars[lo : origin + len(quote) + slack]
        rough = fuzz.partial_ratio_alignment(quote, window, score_cutoff=_MIN_ROUGH_SCORE)
        if rough is None:
            continue
        span = _refine(chars, quote, lo + rough.dest_start, lo + rough.dest_end)
        if span not in spans:
            spans.append(span)
    return spans


def _likely_origins(chars: str, quote: str, near: int | None) -> list[int]:
    """Where the quote may start: the expected place and wherever seeds agree."""
    size = max(8, min(24, len(quote) // 6))
    seeds = [(i, quote[i : i + size]) for i in range(0, len(quote) - size + 1, size)]
    if len(seeds) > _MAX_SEEDS:
        step = len(seeds) / _MAX_SEEDS
        seeds = [seeds[int(k * step)] for k in range(_MAX_SEEDS)]
    votes: Counter[int] = Counter()
    for offset, seed in seeds:
        hits = exact_hits(chars, seed, None, give_up=_MAX_SEED_HITS + 1)
        if len(hits) <= _MAX_SEED_HITS:
            votes.update(hit - offset for hit in hits)
    # Seeds of one occurrence vote for nearby origins (edits shift them a little):
    # merge votes that fall within a fraction of the quote's length.
    clusters: list[list[int]] = []
    for origin in sorted(votes):
        if clusters and origin - clusters[-1][-1] <= len(quote) // 4:
            clusters[-1].append(origin)
        else:
            clusters.append([origin])
    clusters.sort(key=lambda cluster: -sum(votes[o] for o in cluster))
    origins = [max(cluster, key=votes.__getitem__) for cluster in clusters[:_MAX_WINDOWS]]
    if near is not None:
        origins.append(near)
    return sorted(set(origins))


def _refine(chars: str, quote: str, start: int, end: int) -> tuple[int, int, float]:
    """Move both ends of a rough alignment to the quote's true edges.

    partial_ratio aligns a window of the quote's own length; after words were
    inserted or removed inside, the true span is longer or shorter. Where the
    quote's first or last characters survived they mark the edge exactly;
    otherwise the end is moved to where the whole quote fits best.
    """
    reach = max(16, len(quote) // 3)
    start, start_found = _find_edge(chars, quote, start, reach, head=True)
    end, end_found = _find_edge(chars, quote, end, reach, head=False)
    if end - start < len(quote) // 2:
        return start, end, 0.0

    def similarity(s: int, e: int) -> float:
        return Levenshtein.normalized_similarity(quote, chars[s:e]) if s < e else 0.0

    best = similarity(start, end)
    step = max(2, len(quote) // 8)
    if not start_found:
        for s in range(max(0, start - step), start + step + 1):
            if (score := similarity(s, end)) > best:
                best, start = score, s
    if not end_found:
        for e in range(end - step, min(len(chars), end + step) + 1):
            if (score := similarity(start, e)) > best:
                best, end = score, e
    return start, end, best


def _find_edge(chars: str, quote: str, rough: int, reach: int, head: bool) -> tuple[int, bool]:
    """The exact start (``head``) or end of the quote near ``rough``, if its edge survived."""
    lo, hi = max(0, rough - reach), rough + reach
    for size in (8, 5):
        if len(quote) < 3 * size:
            continue
        piece = quote[:size] if head else quote[-size:]
        hits = []
        at = chars.find(piece, lo, hi + size)
        while at != -1:
            hits.append(at if head else at + size)
            at = chars.find(piece, at + 1, hi + size)
        if hits:
            return min(hits, key=lambda hit: abs(hit - rough)), True
    return rough, False
