"""How an annotation remembers the span it is about.

Two W3C Web Annotation selectors are stored side by side, as Hypothesis does:
the quote with some context (robust to edits elsewhere) and the character
offsets (fast, and the tie-breaker between repeated phrases).
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_CONTEXT = 32


@dataclass(frozen=True, slots=True)
class TextQuote:
    """A W3C TextQuoteSelector: the quoted text and what surrounds it."""

    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class TextPosition:
    """A W3C TextPositionSelector: code-point offsets, end exclusive."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad text position: start={self.start}, end={self.end}")


def describe(
    text: str, start: int, end: int, context: int = DEFAULT_CONTEXT
) -> tuple[TextQuote, TextPosition]:
    """Both selectors for ``text[start:end]``, with ``context`` characters each side."""
    if not 0 <= start < end <= len(text):
        raise ValueError(
            f"span {start}..{end} is not a non-empty part of a text of length {len(text)}"
        )
    if context < 0:
        raise ValueError("context must not be negative")
    quote = TextQuote(
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )
    return quote, TextPosition(start, end)
