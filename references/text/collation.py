"""Alphabetical order by language, without Qt: Kazakh, Russian, English.

A GOST alphabetical list puts Cyrillic entries before Latin ones, and a
Kazakh list puts Kazakh letters in their alphabet's places (ә after а,
ғ after г, қ after к, ... і after ы), which Unicode code points do not.
``collation_key`` turns a text into a string whose plain (binary) order
is that order, so it works in ``sorted`` and in SQL alike. The window sorts
with QCollator (ICU); the tests check that both agree.
"""

from __future__ import annotations

import unicodedata

KAZAKH = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
# Russian order; Kazakh letters follow the Russian letter they are built on.
RUSSIAN = "аәбвгғдеёжзиійкқлмнңоөпрстуүұфхһцчшщъыьэюя"
LATIN = "abcdefghijklmnopqrstuvwxyz"
# Latin look-alikes typed into Kazakh text, and letters with marks.
# (Russian sorts ё as е; the Kazakh alphabet has Ё as a letter of its own.)
_SAME = {
    "kk": str.maketrans({"ə": "ә", "Ə": "ә", "ı": "і"}),
    "ru": str.maketrans({"ə": "ә", "Ə": "ә", "ı": "і", "ё": "е"}),
    "en": str.maketrans({"ə": "ә", "Ə": "ә", "ı": "і", "ё": "е"}),
}
_RANK_BASE = 0xE000  # private-use code points: binary order = rank order
_WORD_BREAK = chr(_RANK_BASE + 1)  # between words: before every letter


def _ranks(cyrillic: str, latin_first: bool) -> dict[str, int]:
    scripts = (LATIN, cyrillic) if latin_first else (cyrillic, LATIN)
    ranks: dict[str, int] = {}
    position = 100  # digits and other characters come first, in code-point order
    for script in scripts:
        for letter in script:
            ranks[letter] = position
            position += 1
    return ranks


_ORDERS = {
    "kk": _ranks(KAZAKH, latin_first=False),
    "ru": _ranks(RUSSIAN, latin_first=False),
    "en": _ranks(RUSSIAN, latin_first=True),
}


def collation_key(text: str, language: str = "kk") -> str:
    """A string that sorts ``text`` as an alphabetical list in ``language`` does:
    word by word ("nothing before something": a shorter word first), case and
    punctuation only breaking ties."""
    ranks = _ORDERS.get(language, _ORDERS["kk"])
    letters: list[str] = []
    for char in text.casefold().translate(_SAME.get(language, _SAME["kk"])):
        rank = ranks.get(char)
        if rank is None:
            if char.isspace():
                if letters and letters[-1] != _WORD_BREAK:
                    letters.append(_WORD_BREAK)
                continue
            if char.isdigit():
                rank = 10 + int(char) if char in "0123456789" else 20
            elif char.isalpha():
                # A letter with a mark (é, ö, ç) sorts as its letter, as ICU's primary
                # strength does; other alphabets after ours.
                base = unicodedata.normalize("NFD", char)[0]
                rank = ranks.get(base, 99 + len(ranks) + min(ord(char), 0x1000))
            else:
                continue  # spaces and punctuation do not decide the order
        letters.append(chr(_RANK_BASE + rank))
    return "".join(letters).rstrip(_WORD_BREAK) + "\u0000" + text


def sort_alphabetically(texts: list[str], language: str = "kk") -> list[str]:
    return sorted(texts, key=lambda text: collation_key(text, language))
