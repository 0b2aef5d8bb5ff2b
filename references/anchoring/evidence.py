"""How strongly a place in the new text is the annotated span, and when that is enough.

A wrong placement is worse than an orphan: a reviewer's "not supported" moved
onto a neighbouring sentence says something false. This thesis repeats its
phrases ("Қазақстанның көпвекторлы сыртқы саясаты") and even whole passages,
so text that merely looks like the quote is common, and every rule below asks
for evidence besides the quote's own resemblance.

All strings here are projected (folded, whitespace removed).
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import Indel

# Hypothesis weighs its fuzzy candidates the same way: the quote counts most,
# each side's context a little less, closeness to the old place breaks ties.
_QUOTE_WEIGHT, _CONTEXT_WEIGHT, _POSITION_WEIGHT = 50.0, 20.0, 2.0

# Context that agrees this well is "the same surroundings": a word changed
# next to the span still passes, while 32 characters taken at random from the
# thesis reach 0.5 in 1% and 0.64 in 0.1% of pairs (Indel similarity).
CONTEXT_AGREES = 0.7
# Surroundings the same but for a character or two.
CONTEXT_IDENTICAL = 0.9
# An exact hit this long (projected characters, ~6 Kazakh words) is specific
# enough to stand on its own when it is the only one left.
SELF_EVIDENT_LENGTH = 40
# Fuzzy placement: only for quotes long enough that "similar" means something,
# and only when most of the quote survived.
FUZZY_MIN_LENGTH = 20
FUZZY_MIN_WORDS = 3
FUZZY_MIN_QUOTE_SIMILARITY = 0.75
# When the diff proves both edges of the span unchanged and in place, only its
# inside was edited; half of it must still be there.
PINNED_MIN_QUOTE_SIMILARITY = 0.5
# A candidate that is mostly untouched old text from elsewhere is a look-alike.
MAX_FOREIGN_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Target:
    """One annotation, projected, with what is known about where it should be."""

    quote: str
    prefix: str
    suffix: str
    words: int
    # Projected offset in the new text the annotation is expected near, if known.
    expected: int | None = None
    # Projected offsets known to be exactly right for the start and the end
    # (carried through unchanged text, or the stored offsets without old text).
    pinned_start: int | None = None
    pinned_end: int | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    quote_similarity: float
    prefix_similarity: float
    suffix_similarity: float
    # How well the stored suffix matches the candidate's own beginning (and
    # the prefix its end): high when the candidate is the neighbouring
    # sentence that slid into the place of a deleted one.
    suffix_slid_in: float
    prefix_slid_in: float
    foreign_share: float
    pinned_start: bool
    pinned_end: bool
    closeness: float | None

    @property
    def score(self) -> float:
        total = _QUOTE_WEIGHT * self.quote_similarity + _CONTEXT_WEIGHT * (
            self.prefix_similarity + self.suffix_similarity
        )
        weights = _QUOTE_WEIGHT + 2 * _CONTEXT_WEIGHT
        if self.closeness is not None:
            total += _POSITION_WEIGHT * self.closeness
            weights += _POSITION_WEIGHT
        return total / weights


def measure(
    chars: str,
    target: Target,
    start: int,
    end: int,
    quote_similarity: float,
    foreign_share: float = 0.0,
) -> Candidate:
    """Everything the gates need to know about ``chars[start:end]``."""
    prefix, suffix = target.prefix, target.suffix
    before = chars[max(0, start - len(prefix)) : start]
    after = chars[end : end + len(suffix)]
    head = chars[start : min(end, start + len(suffix))]
    tail = chars[max(start, end - len(prefix)) : end]
    closeness = None
    if target.expected is not None:
        closeness = 1.0 - min(1.0, abs(start - target.expected) / max(1, len(chars)))
    return Candidate(
        start=start,
        end=end,
        quote_similarity=quote_similarity,
        prefix_similarity=Indel.normalized_similarity(prefix, before),
        suffix_similarity=Indel.normalized_similarity(suffix, after),
        suffix_slid_in=Indel.normalized_similarity(suffix, head) if suffix else 0.0,
        prefix_slid_in=Indel.normalized_similarity(prefix, tail) if prefix else 0.0,
        foreign_share=foreign_share,
        pinned_start=target.pinned_start == start,
        pinned_end=target.pinned_end == end,
        closeness=closeness,
    )


def looks_foreign(candidate: Candidate) -> bool:
    return candidate.foreign_share > MAX_FOREIGN_SHARE


def accept_exact(
    candidate: Candidate, target: Target, only_hit: bool, knows_old_text: bool
) -> bool:
    """An identical quote: believe it when something else agrees.

    Context on one side only is not enough for a short quote: a rewritten
    sentence that still ends in "отыр." sits right where the old one did,
    with the old suffix after it. Without the old text a long quote's twin
    elsewhere cannot be told apart by offsets either, so there one side is
    enough only for the last occurrence left.
    """
    if looks_foreign(candidate):
        return False
    long = len(target.quote) >= SELF_EVIDENT_LENGTH
    if candidate.pinned_start or (only_hit and long):
        return True
    sides = (candidate.prefix_similarity, candidate.suffix_similarity)
    if not (knows_old_text or long):
        # A phrase of two or three words recurs with much the same words
        # around it ("жүйесінде «көпвекторлы сыртқы саясат»" and, a sentence
        # later, "жүйесінде, көпвекторлы сыртқы саясат"): ask for near-identity.
        return min(sides) >= CONTEXT_IDENTICAL
    agreeing = sum(side >= CONTEXT_AGREES for side in sides)
    if agreeing == 2:
        return True
    return agreeing == 1 and long and (knows_old_text or only_hit)


def fuzzy_allowed(target: Target) -> bool:
    """Short quotes ("a word or two") resemble far too much of any text."""
    return len(target.quote) >= FUZZY_MIN_LENGTH and target.words >= FUZZY_MIN_WORDS


def accept_fuzzy(candidate: Candidate, knows_old_text: bool) -> bool:
    """A changed quote: believe it only with strong, independent support.

    With the old text at hand, look-alikes that were already there are
    recognised directly (``foreign_share``), so one agreeing side of context is
    enough, and a span whose both edges the diff carried over unchanged is
    the edited span itself. Without the old text, both sides must agree.
    """
    if looks_foreign(candidate):
        return False
    if candidate.pinned_start and candidate.pinned_end:
        return candidate.quote_similarity >= PINNED_MIN_QUOTE_SIMILARITY
    if candidate.quote_similarity < FUZZY_MIN_QUOTE_SIMILARITY:
        return False
    sides = (candidate.prefix_similarity, candidate.suffix_similarity)
    support = max(sides) if knows_old_text else min(sides)
    if support < CONTEXT_AGREES:
        return False
    # Refuse when the stored context is found inside the candidate, and fits
    # there better than around it: the context has moved into the quote's place.
    return not (
        _slid_in(candidate.suffix_slid_in, candidate.suffix_similarity)
        or _slid_in(candidate.prefix_slid_in, candidate.prefix_similarity)
    )


def _slid_in(inside: float, around: float) -> bool:
    return inside >= CONTEXT_AGREES and inside > around
