"""Selectors and the round trip describe -> anchor on the real thesis."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from references.anchoring import TextPosition, TextQuote, anchor, anchor_all, describe
from tests.references.anchoring.test_anchoring_revisions import ADDED_SENTENCES, load_document

DOCUMENT = load_document()
# The introduction: long enough to have repeated phrases, small enough to
# project hundreds of times in a property test.
INTRODUCTION = DOCUMENT[:20_000]


def test_describe_takes_the_span_and_32_characters_each_side() -> None:
    start = DOCUMENT.index("Болон процесі арқылы")
    end = start + len("Болон процесі арқылы")
    quote, position = describe(DOCUMENT, start, end)
    assert quote.exact == "Болон процесі арқылы"
    assert quote.prefix == DOCUMENT[start - 32 : start] and len(quote.prefix) == 32
    assert quote.suffix == DOCUMENT[end : end + 32] and quote.suffix.startswith(" елдегі білім")
    assert position == TextPosition(start, end)


def test_context_is_cut_at_the_ends_of_the_text() -> None:
    quote, _ = describe(DOCUMENT, 0, 7)
    assert (quote.prefix, quote.exact) == ("", "КІРІСПЕ")
    last = len(DOCUMENT)
    quote, position = describe(DOCUMENT, last - 5, last, context=10)
    assert (quote.exact, quote.suffix, len(quote.prefix)) == ("тиіс.", "", 10)
    assert position == TextPosition(last - 5, last)


@pytest.mark.parametrize(("start", "end"), [(5, 5), (7, 3), (-1, 4), (0, len(DOCUMENT) + 1)])
def test_describe_refuses_spans_that_are_not_in_the_text(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="span"):
        describe(DOCUMENT, start, end)


@pytest.mark.parametrize(("start", "end"), [(3, 3), (4, 2), (-2, 5)])
def test_text_position_must_be_a_non_empty_span(start: int, end: int) -> None:
    with pytest.raises(ValueError):
        TextPosition(start, end)


def test_selectors_are_values() -> None:
    assert TextQuote("a", "b", "c") == TextQuote(exact="a", prefix="b", suffix="c")
    assert hash(TextPosition(1, 2)) == hash(TextPosition(1, 2))


def test_quote_of_only_whitespace_cannot_be_anchored() -> None:
    start = DOCUMENT.index("\n\n")
    quote, position = describe(DOCUMENT, start, start + 2)
    assert anchor(DOCUMENT, quote, position).orphaned


def spans(text: str) -> st.SearchStrategy[tuple[int, int]]:
    """Any span with a visible character in it, of up to 300 characters."""
    return (
        st.integers(0, len(text) - 2)
        .flatmap(
            lambda start: st.tuples(
                st.just(start), st.integers(start + 1, min(len(text), start + 300))
            )
        )
        .filter(lambda span: not text[span[0] : span[1]].isspace())
    )


@settings(max_examples=60, deadline=None)
@given(span=spans(INTRODUCTION), with_old_text=st.booleans())
def test_unchanged_text_gives_the_same_span_back(
    span: tuple[int, int], with_old_text: bool
) -> None:
    quote, position = describe(INTRODUCTION, *span)
    old_text = INTRODUCTION if with_old_text else None
    result = anchor_all(INTRODUCTION, [(quote, position)], old_text=old_text)[0]
    assert (result.method, result.start, result.end) == ("exact", *span)


@settings(max_examples=60, deadline=None)
@given(
    span=spans(INTRODUCTION), gap=st.integers(0, 10_000), sentence=st.sampled_from(ADDED_SENTENCES)
)
def test_a_sentence_added_elsewhere_shifts_the_span_exactly(
    span: tuple[int, int], gap: int, sentence: str
) -> None:
    # Sentences go in where a space is, before or after the span.
    spaces = [i for i, ch in enumerate(INTRODUCTION) if ch == " " and not span[0] <= i < span[1]]
    at = spaces[gap % len(spaces)] + 1
    new_text = INTRODUCTION[:at] + sentence + " " + INTRODUCTION[at:]
    shift = len(sentence) + 1 if at <= span[0] else 0

    quote, position = describe(INTRODUCTION, *span)
    result = anchor_all(new_text, [(quote, position)], old_text=INTRODUCTION)[0]

    assert (result.method, result.start, result.end) == ("exact", span[0] + shift, span[1] + shift)
