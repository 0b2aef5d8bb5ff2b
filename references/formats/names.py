"""Personal and corporate names in a BibTeX-style name list.

A record's ``author`` holds names the BibTeX way: ``Hanks, Reuel R. and
Cooley, Alexander``, ``Ludwig van Beethoven``, ``{Ministry of Foreign
Affairs}``. This module splits such a list into ``PersonName``s and writes
one back, so that RIS (one ``AU`` line per name) and CSL-JSON
(``family``/``given``/``literal``) get the parts they need.

A name in braces is corporate and never split. Without braces, a
comma-less name of several words is also read as corporate when it has a
lower-case word that is not a name particle (``Ministry of Foreign
Affairs``, ``Сыртқы істер министрлігі``) or a word that names an
institution (``World Bank``); anything else is a person, which is what
BibTeX itself would assume.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Lower-case words that belong to a personal name ("von" part in BibTeX).
PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "des",
     "la", "le", "ten", "ter", "al", "el", "ibn", "bin", "ben", "y", "zu", "dos"}
)
_INSTITUTION_WORDS = frozenset(
    {"university", "ministry", "institute", "bank", "organization", "organisation",
     "committee", "council", "agency", "office", "association", "nations", "republic",
     "government", "department", "centre", "center", "foundation", "academy",
     "society", "commission", "union", "fund", "parliament", "court"}
)
# Russian and Kazakh inflect, so these are matched as word beginnings.
_INSTITUTION_STEMS = (
    "министерств", "министрлі", "университет", "институт", "комитет", "республик",
    "правительств", "үкімет", "агентств", "академи", "ассоциац", "қауымдаст",
    "парламент", "мәжіліс", "сенат", "банк",
)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PersonName:
    """One name: either ``literal`` (an institution) or the personal parts."""

    family: str = ""
    given: str = ""
    particle: str = ""  # "van" in "Ludwig van Beethoven", kept before the family name
    suffix: str = ""  # "Jr."
    literal: str = ""

    @property
    def family_with_particle(self) -> str:
        return f"{self.particle} {self.family}".strip()


def split_name_list(text: str) -> list[str]:
    """Split ``A and B and {C and D}`` at the top-level ``and``s."""
    parts: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(depth - 1, 0)
        elif depth == 0 and ch.isspace():
            match = _AND.match(text, i)
            if match:
                parts.append(text[start:i])
                start = i = match.end()
                continue
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def parse_names(text: str | None) -> list[PersonName]:
    """The names in a BibTeX name list; ``others`` (et al.) is left out."""
    if not text:
        return []
    return [parse_name(part) for part in split_name_list(text) if part.lower() != "others"]


def parse_name(text: str) -> PersonName:
    text = " ".join(text.split())
    if _wholly_braced(text):
        return PersonName(literal=text[1:-1].strip())
    parts = [p.strip() for p in _split_top_level(text, ",")]
    if len(parts) == 1:
        return _name_without_comma(parts[0])
    particle, family = _split_particle(parts[0])
    if len(parts) == 2:
        return PersonName(family=family, given=_unbrace(parts[1]), particle=particle)
    return PersonName(
        family=family,
        given=_unbrace(", ".join(parts[2:])),
        particle=particle,
        suffix=_unbrace(parts[1]),
    )


def format_name_list(names: list[PersonName]) -> str:
    """The BibTeX-style list for ``names``: ``Family, Given and {Literal}``."""
    return " and ".join(format_name(name) for name in names)


def format_name(name: PersonName) -> str:
    if name.literal:
        return f"{{{name.literal}}}" if " " in name.literal else name.literal
    family = name.family_with_particle
    if name.suffix:
        return f"{family}, {name.suffix}, {name.given}"
    return f"{family}, {name.given}" if name.given else family


def looks_corporate(words: list[str]) -> bool:
    """Whether a comma-less run of words names an institution, not a person."""
    if len(words) < 2:
        return False
    for word in words:
        bare = word.strip("{}.,()«»\"'")
        low = bare.lower()
        if not bare:
            continue
        if bare[0].islower() and low not in PARTICLES:
            return True
        if low in _INSTITUTION_WORDS or low.startswith(_INSTITUTION_STEMS):
            return True
    return False


def _name_without_comma(text: str) -> PersonName:
    words = _split_top_level(text, " ")
    if len(words) == 1:
        return PersonName(family=_unbrace(words[0]))
    if looks_corporate(words):
        return PersonName(literal=_unbrace(text))
    # First von Last: the particle is the run of lower-case words before the last word.
    first_lower = next(
        (i for i, w in enumerate(words[:-1]) if i > 0 and _is_lower(w)), None
    )
    if first_lower is None:
        return PersonName(family=_unbrace(words[-1]), given=_unbrace(" ".join(words[:-1])))
    last_lower = max(i for i, w in enumerate(words[:-1]) if _is_lower(w))
    return PersonName(
        family=_unbrace(" ".join(words[last_lower + 1 :])),
        given=_unbrace(" ".join(words[:first_lower])),
        particle=" ".join(words[first_lower : last_lower + 1]),
    )


def _split_particle(text: str) -> tuple[str, str]:
    """``van Beethoven`` -> (``van``, ``Beethoven``)."""
    words = _split_top_level(text, " ")
    n = 0
    while n < len(words) - 1 and _is_lower(words[n]):
        n += 1
    return " ".join(words[:n]), _unbrace(" ".join(words[n:]))


def _is_lower(word: str) -> bool:
    return word[:1].islower()


def _wholly_braced(text: str) -> bool:
    if not (text.startswith("{") and text.endswith("}")):
        return False
    depth = 0
    for i, ch in enumerate(text):
        depth += ch == "{"
        depth -= ch == "}"
        if depth == 0 and i < len(text) - 1:
            return False  # "{A} and {B}" style: the first group closes early
    return True


def _split_top_level(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for ch in text:
        depth += ch == "{"
        depth -= ch == "}"
        if ch == separator and depth <= 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p for p in parts if p.strip()] or [""]


def _unbrace(text: str) -> str:
    return text.replace("{", "").replace("}", "").strip()
