"""Numbered citation markers: finding them in text and expanding them.

Accepted forms, as theses write them: ``[57]``, ``[3-5]``, ``[9–14]`` (any
dash), ``[3, 4]``, ``[12; 15]`` and page locators ``[5, с. 12]``,
``[5, б. 12-14]``, ``[5, p. 7]``, ``[5, 12 б.]``. A locator names pages of
the cited work, never a reference, so it is kept out of the numbers.
Brackets holding anything else (``[sic]``, ``[...]``) are not markers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from references.numbers import parse_number_list
from references.text.structure import ParsedCitation

# A thesis cites a few hundred works; a range wider than this is a typing
# slip (e.g. "[12-1500]"), and expanding it would invent a thousand links.
MAX_RANGE_WIDTH = 500

_DASH = r"[-–—‒−]"
_NUM = r"\d{1,4}"
_RANGE = rf"{_NUM}(?:\s*{_DASH}\s*{_NUM})?"
_PAGES = rf"{_RANGE}(?:\s*,\s*{_RANGE})*"
# "с." (Cyrillic or Latin c), "б.", "бет", "стр.", "p.", "pp.", "S." before
# the pages; "б." or "бет" after them.
_LOCATOR = rf"(?:(?:[сcСCбБpPsS]|стр|Стр|бет|pp)\.?\s*{_PAGES}|{_PAGES}\s*(?:б|бет|с)\.?)"
_GROUP = rf"{_RANGE}(?:\s*,\s*{_RANGE})*(?:\s*,\s*{_LOCATOR})?"
MARKER = re.compile(rf"\[\s*{_GROUP}(?:\s*;\s*{_GROUP})*\s*\]")

_LOCATOR_PART = re.compile(rf"\s*{_LOCATOR}\s*")
_RANGE_PART = re.compile(rf"\s*({_NUM})\s*(?:{_DASH}\s*({_NUM}))?\s*")


@dataclass(frozen=True, slots=True)
class RejectedMarker:
    """A bracket that has a marker's shape but cannot be expanded."""

    start: int
    marker: str
    reason: str


def parse_marker(marker: str) -> list[int]:
    """The reference numbers a marker cites, sorted: ``"[3-5]"`` -> ``[3, 4, 5]``.

    Raises ValueError naming the marker and the problem for anything that is
    not a marker, cites number 0, or has a backwards or absurdly wide range.
    """
    if not MARKER.fullmatch(marker):
        raise ValueError(
            f"{marker!r} is not a citation marker; expected a form like [12], [3-5], [3, 4] or [5, с. 12]"
        )
    number_parts: list[str] = []
    for group in marker.strip()[1:-1].split(";"):
        for part in group.split(","):
            if _LOCATOR_PART.fullmatch(part) and not _RANGE_PART.fullmatch(part):
                break  # the rest of this group are the locator's pages
            number_parts.append(part)
    for part in number_parts:
        match = _RANGE_PART.fullmatch(part)
        assert match is not None  # guaranteed by MARKER
        low, high = int(match.group(1)), int(match.group(2) or match.group(1))
        if low == 0 or high == 0:
            raise ValueError(f"{marker!r} cites number 0; reference numbers start at 1")
        if high - low > MAX_RANGE_WIDTH:
            raise ValueError(f"{marker!r} spans {high - low + 1} references, more than any thesis cites")
    try:
        return parse_number_list(",".join(number_parts))
    except ValueError as exc:
        raise ValueError(f"{marker!r}: {exc}") from None


def find_citations(text: str) -> tuple[list[ParsedCitation], list[RejectedMarker]]:
    """Every marker in ``text`` in order, and those that could not be expanded."""
    found: list[ParsedCitation] = []
    rejected: list[RejectedMarker] = []
    for match in MARKER.finditer(text):
        try:
            numbers = parse_marker(match.group())
        except ValueError as exc:
            rejected.append(RejectedMarker(match.start(), match.group(), str(exc)))
            continue
        found.append(ParsedCitation(match.start(), match.end(), match.group(), numbers))
    return found, rejected


def marker_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every marker-shaped bracket, valid or not."""
    return [m.span() for m in MARKER.finditer(text)]
