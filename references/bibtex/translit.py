"""ASCII forms of names for citation keys: Kazakh/Russian Cyrillic and Latin accents.

Cyrillic follows the common English-language romanisation of Russian
(BGN/PCGN: ж zh, х kh, ц ts, ч ch, ш sh, щ shch, ю yu, я ya) and, for the
Kazakh letters, the plain Latin letter of the 2021 Kazakh Latin alphabet
without its diacritic (ә a, ғ g, қ q, ң n, ө o, ұ u, ү u, һ h, і i), so
``Сәтбаев`` becomes ``Satbaev`` and ``Қасымов`` ``Qasymov``. Latin letters
lose their accents (``Öztürk`` -> ``Ozturk``; ``ß`` -> ``ss``, ``ł`` -> ``l``).
"""

from __future__ import annotations

import unicodedata

_CYRILLIC: dict[str, str] = {
    "а": "a",
    "ә": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ғ": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "қ": "q",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "n",
    "о": "o",
    "ө": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ұ": "u",
    "ү": "u",
    "ф": "f",
    "х": "kh",
    "һ": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "і": "i",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "є": "ye",
    "ї": "yi",
    "ґ": "g",
    "ў": "u",
    "ə": "a",  # Latin schwa that PDF text and keyboards put for Kazakh ә
}

# Latin letters that Unicode decomposition does not reduce to ASCII.
_LATIN_SPECIAL: dict[str, str] = {
    "ß": "ss",
    "ł": "l",
    "Ł": "L",
    "ø": "o",
    "Ø": "O",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "đ": "d",
    "Đ": "D",
    "ð": "d",
    "Ð": "D",
    "þ": "th",
    "Þ": "Th",
    "ı": "i",
    "ȷ": "j",
    "ŋ": "ng",
    "Ŋ": "Ng",
}


def to_ascii(text: str) -> str:
    """``text`` in ASCII letters; characters with no ASCII form are dropped."""
    out: list[str] = []
    for char in text:
        if char.isascii():
            out.append(char)
            continue
        lower = char.lower()
        if lower in _CYRILLIC:
            latin = _CYRILLIC[lower]
            out.append(latin.capitalize() if char != lower else latin)
        elif char in _LATIN_SPECIAL:
            out.append(_LATIN_SPECIAL[char])
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            out.append("".join(part for part in decomposed if part.isascii()))
    return "".join(out)
