"""Person names in ``author``/``editor`` values, split the way BibTeX splits them.

BibTeX's rules (btxdoc, "Tame the BeaST"): names are separated by ``and`` at
brace depth 0; a name is ``First von Last``, ``von Last, First`` or
``von Last, Jr, First``; the von part is the run of words that start with
a lower-case letter; a braced group is one word of no case, so
``{Ministry of Justice}`` is a single last name.

One addition for Kazakh and Russian bibliographies: GOST-style
``Сапарбаев Ә.Т.`` (surname, then initials, no comma) would be read by
BibTeX with ``Ә.Т.`` as the surname; here a name whose words after the
first are all initials takes its first word as the surname.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from references.bibtex.latex import latex_to_unicode
from references.bibtex.values import unwrapped

_INITIALS = re.compile(r"^(\w{1,2}\.)+(-(\w{1,2}\.)+)?$")
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_SPECIAL_CHARACTER_LETTER = re.compile(r"\{\\[A-Za-z]*\W*\{?\s*(\w)")


@dataclass(frozen=True, slots=True)
class PersonName:
    """One name, each part as human text (LaTeX decoded)."""

    first: str
    von: str
    last: str
    jr: str

    @property
    def is_others(self) -> bool:
        """``and others``: BibTeX's way of writing "et al."."""
        return self.last == "others" and not (self.first or self.von or self.jr)


def split_names(raw_value: str, strings: Mapping[str, str] | None = None) -> list[PersonName]:
    """The names in a raw ``author``/``editor`` value, in order."""
    text = unwrapped(raw_value, strings)
    return [_parse_name(part) for part in _split_top_level(text, _is_and) if part.strip()]


def _parse_name(text: str) -> PersonName:
    parts = [part.strip() for part in _split_top_level(text, _is_comma)]
    if len(parts) == 1:
        words = _words(parts[0])
        if len(words) >= 2 and all(_INITIALS.match(latex_to_unicode(word)) for word in words[1:]):
            return _person(" ".join(words[1:]), "", words[0], "")
        return _first_von_last(words)
    von, last = _von_last(_words(parts[0]))
    if len(parts) == 2:
        return _person(parts[1], von, last, "")
    return _person(", ".join(parts[2:]), von, last, parts[1])


def _first_von_last(words: list[str]) -> PersonName:
    if not words:
        return _person("", "", "", "")
    if len(words) == 1:
        return _person("", "", words[0], "")
    body = words[:-1]
    von_positions = [index for index, word in enumerate(body) if _starts_lower(word)]
    if not von_positions:
        return _person(" ".join(body), "", words[-1], "")
    start, end = von_positions[0], von_positions[-1] + 1
    return _person(" ".join(body[:start]), " ".join(body[start:end]), " ".join(words[end:]), "")


def _von_last(words: list[str]) -> tuple[str, str]:
    """Split ``von Last`` words: the von part ends at the last lower-case word."""
    last_lower = -1
    for index, word in enumerate(words[:-1]):
        if _starts_lower(word):
            last_lower = index
    return " ".join(words[: last_lower + 1]), " ".join(words[last_lower + 1 :])


def _person(first: str, von: str, last: str, jr: str) -> PersonName:
    return PersonName(
        latex_to_unicode(first).strip(),
        latex_to_unicode(von).strip(),
        latex_to_unicode(last).strip(),
        latex_to_unicode(jr).strip(),
    )


def _starts_lower(word: str) -> bool:
    """BibTeX's case of a word: its first letter at depth 0, or in ``{\\cmd x}``."""
    depth = 0
    index = 0
    while index < len(word):
        char = word[index]
        if char == "{":
            if depth == 0 and word.startswith("{\\", index):
                # A "special character": its case is the letter after the command.
                letters = _SPECIAL_CHARACTER_LETTER.match(word, index)
                return bool(letters) and letters.group(1).islower()
            depth += 1
        elif char == "}":
            depth -= 1
        elif depth == 0 and char.isalpha():
            return char.islower()
        index += 1
    return False


def _words(text: str) -> list[str]:
    return [word for word in _split_top_level(text, _is_space) if word]


def _is_and(text: str, index: int) -> int:
    """Length of an ``and`` separator at ``index`` (whitespace on both sides), else 0."""
    if not text[index].isspace():
        return 0
    match = _AND.match(text, index)
    return match.end() - index if match else 0


def _is_comma(text: str, index: int) -> int:
    return 1 if text[index] == "," else 0


def _is_space(text: str, index: int) -> int:
    return 1 if text[index].isspace() or text[index] == "~" else 0


def _split_top_level(text: str, separator_at: Callable[[str, int], int]) -> list[str]:
    parts: list[str] = []
    depth = 0
    start = index = 0
    while index < len(text):
        char = text[index]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif depth == 0:
            length = separator_at(text, index)
            if length:
                parts.append(text[start:index])
                index += length
                start = index
                continue
        index += 1
    parts.append(text[start:])
    return parts
