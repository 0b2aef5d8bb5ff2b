"""Text folding for search and matching, shared by storage and domain.

The thesis is stored exactly as written (Latin ``ə`` U+0259 where Kazakh has
Cyrillic ``ә`` U+04D9, PDF line breaks, doubled spaces). Only search and
quote matching look at a folded form, so that ``әдебиет`` finds ``əдебиет``.
"""

from __future__ import annotations

import re
import unicodedata

# Latin look-alikes that PDF extraction and keyboard layouts put into Kazakh
# text, mapped to the Cyrillic letter a Kazakh reader sees.
LOOKALIKE_PAIRS = (
    ("\u0259", "\u04d9"),  # ə -> ә
    ("\u018f", "\u04d9"),  # Ə -> ә (after casefold it is ə anyway)
    ("\u04d8", "\u04d9"),  # Ә -> ә
    ("\u0131", "і"),  # dotless i -> Kazakh і
    ("\u0456", "і"),
    ("\u00a0", " "),
    ("\u2010", "-"),
    ("\u2011", "-"),
    ("\u2012", "-"),
    ("\u2013", "-"),
    ("\u2014", "-"),
    ("\u2212", "-"),
)
_LOOKALIKES = str.maketrans(dict(LOOKALIKE_PAIRS))

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case- and spelling-insensitive form of ``text`` of the SAME length.

    Keeping the length lets a hit in the folded text be mapped straight back
    to the stored text by offset.
    """
    lowered = text.lower()
    if len(lowered) == len(text):  # the common case: no Python loop
        # One str.replace per look-alike present: each is a scan in C, where
        # str.translate looks every character of a Cyrillic text up in a dict
        # (15x slower on the thesis). No target is another pair's source, so
        # the order does not matter.
        for lookalike, letter in LOOKALIKE_PAIRS:
            if lookalike in lowered:
                lowered = lowered.replace(lookalike, letter)
        return lowered
    out = []
    for ch in text:
        low = ch.lower()
        if len(low) != 1:  # e.g. 'İ'.lower() is two code points
            low = ch
        out.append(low.translate(_LOOKALIKES))
    return "".join(out)


def fold_compact(text: str) -> str:
    """``fold`` plus collapsed whitespace, NFC: for comparing quotes."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", fold(text))).strip()


def search_form(text: str) -> str:
    """The form stored in the full-text index and used for queries."""
    return fold_compact(text)
