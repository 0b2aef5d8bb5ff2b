"""Citation keys: JabRef's default ``[auth][year]`` pattern, and which keys are usable.

``generate_key`` takes an entry's RAW fields (as stored: ``{...}`` values,
macros allowed) because only the raw ``author`` value shows which names are
braced corporate names. The first author's last name (else the first
editor's, else the first word of the title) is made ASCII (Cyrillic
romanised, accents dropped, see ``translit``), everything but letters and
digits removed, and the year appended (from ``year``, else ``date``).
A key already taken gets ``a``, ``b``, ... ``z``, ``aa``... as JabRef does;
keys are compared ignoring letter case, as BibTeX does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from references.bibtex.model import RawField, fields_by_name
from references.bibtex.names import split_names
from references.bibtex.translit import to_ascii
from references.bibtex.values import plain_value

# Characters that end a key for BibTeX or break \cite{...} in LaTeX.
_FORBIDDEN_IN_KEY = re.compile(r"[\s\"#%'(){}=,\\~]")
# Characters BibTeX does not allow in a field name.
_FORBIDDEN_IN_FIELD_NAME = re.compile(r"[\s\"#%'(){}=,\\]")
_YEAR = re.compile(r"\d{4}")
_NOT_KEY_CHARACTER = re.compile(r"[^A-Za-z0-9]")

# Words skipped when a title supplies the key (as JabRef's [veryshorttitle]).
_FUNCTION_WORDS = frozenset(
    "a an the of on in at to for and or but with from by about as into".split()
)
_FALLBACK = "ref"


def is_valid_key(key: str) -> bool:
    """True if BibTeX, biber and ``\\cite`` can all use ``key``."""
    return bool(key) and not _FORBIDDEN_IN_KEY.search(key) and key.isprintable()


def is_valid_field_name(name: str) -> bool:
    """True if ``name`` can stand left of ``=`` in an entry."""
    return bool(name) and not _FORBIDDEN_IN_FIELD_NAME.search(name)


def generate_key(
    fields: Mapping[str, str] | Iterable[RawField],
    existing_keys: Iterable[str],
    strings: Mapping[str, str] | None = None,
) -> str:
    """A new ``[auth][year]`` key for an entry, different from every existing key."""
    by_name = fields_by_name(fields)
    base = (_author_part(by_name, strings) or _FALLBACK) + _year_part(by_name, strings)
    taken = existing_keys if isinstance(existing_keys, TakenKeys) else {key.lower() for key in existing_keys}
    return base if base.lower() not in taken else with_free_suffix(base, taken)


def with_free_suffix(key: str, taken: set[str] | TakenKeys) -> str:
    """``key`` plus the first letter suffix (a, b, ... z, aa) whose key is not in ``taken`` (lower case)."""
    if isinstance(taken, TakenKeys):
        return taken.with_free_suffix(key)
    number = 1
    while True:
        candidate = key + letter_suffix(number)
        if candidate.lower() not in taken:
            return candidate
        number += 1


class TakenKeys:
    """The keys taken so far, for giving many entries keys in one go.

    Each free suffix is looked for from where the last search for that key
    stopped (keys are only ever added), so 30,000 records of one author and
    year cost linear time, not quadratic; the keys are those ``generate_key``
    gives one at a time. Compared in lower case, as BibTeX does.
    """

    def __init__(self, keys: Iterable[str] = ()) -> None:
        self._taken = {key.lower() for key in keys}
        self._next_suffix: dict[str, int] = {}

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.lower() in self._taken

    def __len__(self) -> int:
        return len(self._taken)

    def add(self, key: str) -> None:
        self._taken.add(key.lower())

    def with_free_suffix(self, key: str) -> str:
        folded = key.lower()
        number = self._next_suffix.get(folded, 1)
        while folded + letter_suffix(number).lower() in self._taken:
            number += 1
        self._next_suffix[folded] = number + 1
        return key + letter_suffix(number)


def _author_part(fields: Mapping[str, str], strings: Mapping[str, str] | None) -> str:
    for role in ("author", "editor"):
        raw = fields.get(role)
        if not raw:
            continue
        names = [name for name in split_names(raw, strings) if not name.is_others]
        if names:
            part = _NOT_KEY_CHARACTER.sub("", to_ascii(names[0].last))
            if part:
                return part
    title = fields.get("title")
    if title:
        return _first_title_word(plain_value(title, strings))
    return ""


def _first_title_word(title: str) -> str:
    for word in title.split():
        ascii_word = _NOT_KEY_CHARACTER.sub("", to_ascii(word))
        if ascii_word and ascii_word.lower() not in _FUNCTION_WORDS:
            return ascii_word[0].upper() + ascii_word[1:]
    return ""


def _year_part(fields: Mapping[str, str], strings: Mapping[str, str] | None) -> str:
    for name in ("year", "date"):
        raw = fields.get(name)
        if raw:
            match = _YEAR.search(plain_value(raw, strings))
            if match:
                return match.group()
    return ""


def letter_suffix(number: int) -> str:
    """1 -> a, 26 -> z, 27 -> aa: JabRef's suffixes for taken keys."""
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("a") + remainder) + letters
    return letters


# The key of an entry's raw text: "@type{key," or "@type(key,".
_RAW_KEY = re.compile(r"@\s*[A-Za-z_][\w-]*\s*[{(]\s*([^,\s]*)\s*,?")


def written_key(raw: str) -> str | None:
    """The key an entry's raw text gives it ("" for none), or None if the text is not an entry."""
    match = _RAW_KEY.search(raw)
    return match.group(1) if match else None
