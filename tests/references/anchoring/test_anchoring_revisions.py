"""Re-anchoring after revisions made to the real thesis.

Every revision here is built from pieces of the old text, so the test knows
where each old character went and can check each placement against the truth
instead of against the program's own output.
"""

from __future__ import annotations

import random
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

import pytest

from references.anchoring import Anchor, anchor_all, describe
from references.normalize import fold
from tests.conftest import THESIS

SENTENCE = re.compile(r"[^.!?\s][^.!?]*[.!?]")


def load_document() -> str:
    """The thesis as a document text: paragraphs joined with a blank line."""
    raw = THESIS.read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in re.split(r"\n[^\S\n]*\n", raw) if p.strip()]
    return "\n\n".join(paragraphs)


@pytest.fixture(scope="module")
def document() -> str:
    return load_document()


def same_words(a: str, b: str) -> bool:
    return "".join(fold(a).split()) == "".join(fold(b).split())


def locate(text: str, words: str, start: int = 0) -> tuple[int, int]:
    """Span of ``words`` in ``text``, whatever whitespace the PDF put between them."""
    pattern = r"\s+".join(re.escape(word) for word in words.split())
    match = re.compile(pattern).search(text, start)
    assert match is not None, f"not in the thesis: {words}"
    return match.span()


def paragraph_around(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n\n", 0, offset)
    end = text.find("\n\n", offset)
    return (0 if start == -1 else start + 2), (len(text) if end == -1 else end)


# --- revisions that know where every character went ----------------------


@dataclass(frozen=True)
class Piece:
    text: str
    old_start: int | None  # None: text written in this revision


class Revision:
    """A chain of edits of ``original``, mapping each old character to the new text."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.text = original
        self._steps: list[tuple[list[int], list[int], list[int]]] = []

    def rebuild(self, pieces: list[Piece]) -> None:
        old_starts, old_ends, new_starts = [], [], []
        at = 0
        for piece in pieces:
            if piece.old_start is not None:
                old_starts.append(piece.old_start)
                old_ends.append(piece.old_start + len(piece.text))
                new_starts.append(at)
            at += len(piece.text)
        order = sorted(range(len(old_starts)), key=old_starts.__getitem__)
        self._steps.append(
            (
                [old_starts[i] for i in order],
                [old_ends[i] for i in order],
                [new_starts[i] for i in order],
            )
        )
        self.text = "".join(p.text for p in pieces)

    def replace(self, changes: list[tuple[int, int, str]]) -> None:
        """Replace non-overlapping ``text[start:end]`` ranges at once."""
        pieces, at = [], 0
        for start, end, new in sorted(changes):
            assert start >= at, "overlapping changes"
            pieces.append(Piece(self.text[at:start], at))
            pieces.append(Piece(new, None))
            at = end
        pieces.append(Piece(self.text[at:], at))
        self.rebuild(pieces)

    def move(self, start: int, end: int, to: int) -> None:
        """Cut ``text[start:end]`` and paste it at ``to`` (outside the cut)."""
        text = self.text
        assert not start <= to <= end
        cut = Piece(text[start:end], start)
        if to < start:
            pieces = [Piece(text[:to], 0), cut, Piece(text[to:start], to), Piece(text[end:], end)]
        else:
            pieces = [Piece(text[:start], 0), Piece(text[end:to], end), cut, Piece(text[to:], to)]
        self.rebuild(pieces)

    def respell(self, old: str, new: str) -> None:
        """A same-length substitution everywhere; no character moves."""
        assert len(old) == len(new)
        self.rebuild([Piece(self.text.replace(old, new), 0)])

    def where(self, offset: int) -> int | None:
        for old_starts, old_ends, new_starts in self._steps:
            i = bisect_right(old_starts, offset) - 1
            if i < 0 or offset >= old_ends[i]:
                return None
            offset = new_starts[i] + offset - old_starts[i]
        return offset

    def image(self, start: int, end: int) -> tuple[int, int] | None:
        """Where the surviving characters of ``original[start:end]`` are now."""
        survivors = [w for w in (self.where(i) for i in range(start, end)) if w is not None]
        return (min(survivors), max(survivors) + 1) if survivors else None

    def truth(self, start: int, end: int) -> tuple[int, int] | None:
        """The new span of an annotation whose text survived (edits inside allowed)."""
        first, last = self.where(start), self.where(end - 1)
        if first is None or last is None or last < first:
            return None
        return first, last + 1


# A sentence an author might add; Kazakh, made up for the test, no facts in it.
ADDED_SENTENCES = (
    "Бұл мəселе келесі тарауда толығырақ қарастырылады.",
    "Автор бұл тұжырымды кейінгі бөлімде нақтылайды.",
)


def assert_placed(result: Anchor, span: tuple[int, int], method: str) -> None:
    assert (result.method, result.start, result.end) == (method, *span)


# --- one kind of change at a time ------------------------------------------

# Spans in different chapters, each one sentence or a part of one.
SPANS = (
    "Болон процесі арқылы елдегі білім беру мен ғылыми қауымдастықтың",
    "Қазақстан Еуропаның осы беделді үкіметаралық ұйымына төрағалық еткен алғашқы",
    "ШЫҰ Қазақстанның көпвекторлы сыртқы саясатының мазмұнын кеңейтеді.",
    "Қытай векторы Қазақстанның көпвекторлы сыртқы саясатында маңызды орын алады.",
    "Қазақстан сыртқы саясатының мəнін халықаралық қатынастарда ұлттық мүдделерін жүзеге асыру",
)


@pytest.fixture(scope="module")
def annotated(document: str) -> list[tuple[int, int]]:
    return [locate(document, words) for words in SPANS]


def test_unchanged_text_gives_back_every_span(document: str) -> None:
    rng = random.Random(1)
    words = [m.span() for m in re.finditer(r"\S+", document)]
    spans = []
    for _ in range(300):
        first = rng.randrange(len(words) - 30)
        spans.append((words[first][0], words[first + rng.randrange(30)][1]))
    items = [describe(document, start, end) for start, end in spans]
    for results in (anchor_all(document, items), anchor_all(document, items, old_text=document)):
        assert [(r.method, r.start, r.end) for r in results] == [("exact", *s) for s in spans]


@pytest.mark.parametrize("with_old_text", [True, False])
def test_sentences_inserted_and_removed_before_the_spans(
    document: str, annotated: list[tuple[int, int]], with_old_text: bool
) -> None:
    revision = Revision(document)
    first_span = min(start for start, _ in annotated)
    sentences = [m.span() for m in SENTENCE.finditer(document, 0, first_span)]
    removed = sentences[10]
    added_at = sentences[40][1]
    revision.replace([(*removed, ""), (added_at, added_at, " " + ADDED_SENTENCES[0])])
    old_text = document if with_old_text else None

    results = anchor_all(
        revision.text, [describe(document, *s) for s in annotated], old_text=old_text
    )

    shift = len(ADDED_SENTENCES[0]) + 1 - (removed[1] - removed[0])
    for (start, end), result in zip(annotated, results):
        assert_placed(result, (start + shift, end + shift), "exact")


@pytest.mark.parametrize("with_old_text", [True, False])
def test_paragraphs_moved(
    document: str, annotated: list[tuple[int, int]], with_old_text: bool
) -> None:
    revision = Revision(document)
    # The paragraph of the second span goes to the front of the text, and a
    # paragraph from the start goes to the very end, across all spans.
    paragraph = paragraph_around(document, annotated[1][0])
    revision.move(paragraph[0], paragraph[1] + 2, 0)
    early = paragraph_around(revision.text, revision.text.index("Зерттеу жұмысының өзектілігі"))
    revision.move(early[0], early[1] + 2, len(revision.text))
    old_text = document if with_old_text else None

    results = anchor_all(
        revision.text, [describe(document, *s) for s in annotated], old_text=old_text
    )

    for span, result in zip(annotated, results):
        truth = revision.truth(*span)
        assert truth is not None and same_words(
            revision.text[slice(*truth)], document[slice(*span)]
        )
        assert_placed(result, truth, "exact")
    assert results[1].start is not None and results[1].start < 100_000


def test_rewrapped_lines_and_respaced_words(
    document: str, annotated: list[tuple[int, int]]
) -> None:
    revision = Revision(document)
    # Join every PDF line of the annotated paragraphs, then break them elsewhere.
    changes = []
    for span in annotated:
        lo, hi = paragraph_around(document, span[0])
        changes += [
            (lo + m.start(), lo + m.end(), " ") for m in re.finditer(r"\s*\n\s*", document[lo:hi])
        ]
    revision.replace(changes)
    spaces = [m.start() for m in re.finditer(" ", revision.text)]
    revision.replace([(at, at + 1, "\n  ") for at in spaces[::7]])

    for old_text in (document, None):
        results = anchor_all(
            revision.text, [describe(document, *s) for s in annotated], old_text=old_text
        )
        for span, result in zip(annotated, results):
            truth = revision.truth(*span)
            assert truth is not None
            assert_placed(result, truth, "exact")
            assert revision.text[slice(*truth)] != document[slice(*span)]  # really re-wrapped


def test_schwa_respelled_throughout(document: str, annotated: list[tuple[int, int]]) -> None:
    revision = Revision(document)
    revision.respell("\u0259", "\u04d9")
    revision.respell("\u018f", "\u04d8")
    assert "\u0259" not in revision.text
    items = [describe(document, *span) for span in annotated]
    assert any("\u0259" in quote.exact for quote, _ in items)

    for old_text in (document, None):
        for span, result in zip(annotated, anchor_all(revision.text, items, old_text=old_text)):
            assert_placed(result, span, "exact")


# Real sentences, and a word inside each that the author changes.
EDITS = (
    (
        "Болон процесі арқылы елдегі білім беру мен ғылыми қауымдастықтың Еуропалық стандарттарға",
        "ғылыми",
        "академиялық",
    ),
    (
        "Қазақстан Еуропаның осы беделді үкіметаралық ұйымына төрағалық еткен алғашқы посткеңестік",
        "беделді",
        "ықпалды",
    ),
    (
        "Қытай векторы Қазақстанның көпвекторлы сыртқы саясатында маңызды орын алады.",
        "маңызды",
        "ерекше",
    ),
    (
        "Батыс елдерімен байланыс Қазақстанның көпвекторлы сыртқы саясатының тағы бір маңызды",
        "тағы бір",
        "екінші бір",
    ),
)


@pytest.mark.parametrize("with_old_text", [True, False])
@pytest.mark.parametrize(("words", "before", "after"), EDITS)
def test_word_changed_inside_the_span(
    document: str, words: str, before: str, after: str, with_old_text: bool
) -> None:
    span = locate(document, words)
    changed = locate(document, before, span[0])
    assert span[0] < changed[0] and changed[1] < span[1]
    revision = Revision(document)
    revision.replace([(*changed, after)])
    truth = revision.truth(*span)
    assert truth is not None

    quote, position = describe(document, *span)
    result = anchor_all(
        revision.text, [(quote, position)], old_text=document if with_old_text else None
    )[0]

    assert_placed(result, truth, "fuzzy")
    assert 0.8 < result.score < 1.0


# --- a realistic revision of the whole thesis ------------------------------


@dataclass
class Batch:
    revision: Revision
    spans: list[tuple[int, int]]


def revise_realistically(document: str, seed: int) -> Batch:
    """Edit ~14% of sentences, re-wrap a third of the paragraphs, move three
    paragraphs and respell ``ə`` as ``ә``; annotate edited sentences often."""
    rng = random.Random(seed)
    vocabulary = re.findall(r"\w{6,}", document)
    changes: list[tuple[int, int, str]] = []
    spans: list[tuple[int, int]] = []
    for match in SENTENCE.finditer(document):
        words = [
            (match.start() + w.start(), match.start() + w.end())
            for w in re.finditer(r"\w\S*\w|\w", match.group())
        ]
        if len(words) < 4:
            continue
        roll = rng.random()
        if roll < 0.04:  # the sentence is deleted, with an annotation in it
            changes.append((*match.span(), ""))
            first = rng.randrange(len(words))
            spans.append((words[first][0], words[rng.randrange(first, len(words))][1]))
        elif roll < 0.08:  # a sentence is added after it
            changes.append((match.end(), match.end(), " " + rng.choice(ADDED_SENTENCES)))
        elif roll < 0.14 and len(words) >= 8:  # a word inside an annotation is changed
            changed = rng.randrange(2, len(words) - 2)
            changes.append((*words[changed], rng.choice(vocabulary)))
            first = rng.randrange(max(0, changed - 8), changed - 1)
            last = rng.randrange(changed + 1, min(len(words), changed + 9))
            spans.append((words[first][0], words[last][1]))
        elif rng.random() < 0.3:  # an annotation on a sentence left alone
            first = rng.randrange(len(words))
            spans.append(
                (words[first][0], words[rng.randrange(first, min(len(words), first + 20))][1])
            )
    revision = Revision(document)
    revision.replace(changes)
    paragraphs = [m.span() for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", revision.text)]
    revision.replace(
        [
            (lo + m.start(), lo + m.end(), " ")
            for lo, hi in paragraphs
            if rng.random() < 0.3
            for m in re.finditer(r"[^\S\n]*\n[^\S\n]*", revision.text[lo:hi])
        ]
    )
    for _ in range(3):
        paragraphs = [m.span() for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", revision.text)]
        lo, hi = paragraphs[rng.randrange(len(paragraphs))]
        to = rng.choice([p for p, _ in paragraphs if not lo <= p <= hi + 2])
        revision.move(lo, hi + 2, to)
    revision.respell("\u0259", "\u04d9")
    return Batch(revision, spans)


def classify(batch: Batch, span: tuple[int, int], result: Anchor) -> tuple[str, str]:
    """(what happened to the span's text, whether the anchor is right)."""
    revision = batch.revision
    old = revision.original[slice(*span)]
    image = revision.image(*span)
    truth = revision.truth(*span)
    if image is None:
        fate = "deleted"
    elif truth is not None and same_words(revision.text[slice(*truth)], old):
        fate = "intact"
    elif truth is not None:
        fate = "edited"
    else:
        fate = "cut at an edge"
    if result.start is None or result.end is None:
        verdict = "orphaned"
    elif truth is not None and (result.start, result.end) == truth:
        verdict = "right"
    elif image is not None and result.start < image[1] and image[0] < result.end:
        verdict = "overlapping"
    else:
        verdict = "wrong"
    return fate, verdict


@pytest.fixture(scope="module")
def batch(document: str) -> Batch:
    return revise_realistically(document, seed=2024)


def test_realistic_revision_with_old_text(document: str, batch: Batch) -> None:
    items = [describe(document, *span) for span in batch.spans]
    results = anchor_all(batch.revision.text, items, old_text=document)
    tally = Counter((*classify(batch, span, r), r.method) for span, r in zip(batch.spans, results))
    print(sorted(tally.items()))

    by_fate = Counter(fate for fate, _, _ in tally.elements())
    assert len(batch.spans) >= 300 and by_fate["deleted"] >= 50 and by_fate["edited"] >= 80
    # Nothing lands on the wrong text, and every deleted quote is orphaned.
    assert not [k for k in tally if k[1] in ("wrong", "overlapping")]
    assert {k for k in tally if k[0] == "deleted"} == {("deleted", "orphaned", "orphaned")}
    # Untouched text is found exactly; edited spans almost always fuzzily.
    intact_right = tally["intact", "right", "exact"]
    assert intact_right >= 0.99 * by_fate["intact"]
    assert tally["edited", "right", "fuzzy"] >= 0.95 * by_fate["edited"]


def test_realistic_revision_without_old_text(document: str, batch: Batch) -> None:
    """Without the old text only the selectors are left; the thesis repeats
    whole passages, and a quote with the same context on both sides in a
    repeated passage cannot be told from its twin. Those are the only misses."""
    items = [describe(document, *span) for span in batch.spans]
    results = anchor_all(batch.revision.text, items)
    tally: Counter[tuple[str, str, str]] = Counter()
    for span, (quote, _), result in zip(batch.spans, items, results):
        fate, verdict = classify(batch, span, result)
        tally[fate, verdict, result.method] += 1
        if verdict == "wrong":
            assert result.start is not None and result.end is not None
            found = batch.revision.text[result.start : result.end]
            twin = describe(batch.revision.text, result.start, result.end)[0]
            assert same_words(found, quote.exact) or result.method == "fuzzy"
            assert same_words(twin.prefix[-12:], quote.prefix[-12:]) or same_words(
                twin.suffix[:12], quote.suffix[:12]
            )
    print(sorted(tally.items()))
    wrong = sum(n for (_, verdict, _), n in tally.items() if verdict == "wrong")
    assert wrong <= 0.01 * len(batch.spans)
    intact = sum(n for (fate, _, _), n in tally.items() if fate == "intact")
    assert tally["intact", "right", "exact"] >= 0.95 * intact
