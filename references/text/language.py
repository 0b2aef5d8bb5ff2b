"""Which language a thesis is written in: Kazakh, Russian or English.

Kazakh and Russian share the Cyrillic alphabet; Kazakh adds nine letters
(ә ғ қ ң ө ұ ү һ і; ә is often typed as the Latin ə). A Kazakh text uses
them in several percent of its letters, a Russian text practically never
(a quoted Kazakh name at most). Latin letters outnumbering Cyrillic ones
make an English text. The language chooses the terms of the bibliography
(GOST with Kazakh, Russian or English terms) and can be set by hand.
"""

from __future__ import annotations

LANGUAGES = ("kk", "ru", "en")
KAZAKH_LETTERS = frozenset("әғқңөұүһіə")
# Share of the Cyrillic letters that must be Kazakh-only for a Kazakh text.
KAZAKH_SHARE = 0.04  # the bundled thesis: 15 %; Russian quoting a Kazakh title: 1-2 %
SAMPLE = 200_000  # characters read: plenty for a thesis, and fast for a long one


def detect_language(text: str) -> str:
    """"kk", "ru" or "en" for ``text`` (English when it has no letters at all)."""
    cyrillic = latin = kazakh = 0
    for char in text[:SAMPLE].lower():
        if "а" <= char <= "я" or char == "ё":
            cyrillic += 1
        elif char in KAZAKH_LETTERS:
            kazakh += 1
            cyrillic += 1
        elif "a" <= char <= "z":
            latin += 1
    if cyrillic == 0 or latin > cyrillic:
        return "en"
    return "kk" if kazakh >= KAZAKH_SHARE * cyrillic else "ru"


def check_language(language: str) -> str:
    """``language`` if Silteme knows it; ValueError says which it knows."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")
    return language
