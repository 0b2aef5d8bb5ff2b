"""Field values that every format spells differently: pages, dates, keywords."""

from __future__ import annotations

import re
from dataclasses import dataclass

# "--" is BibTeX's range, "–" what the LaTeX decoder makes of it, "-" what people type.
_PAGE_RANGE = re.compile(r"^\s*(?P<first>[^\s\-–—]+)\s*(?:--|[-–—])\s*(?P<last>[^\s\-–—]+)\s*$")
_ISO_DATE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?$")
_RANGE_DATE = re.compile(r"^(?P<start>[^/]+)/(?P<end>[^/]*)$")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}

#: The separator readers put between a first and a last page.
PAGE_RANGE_DASH = "–"


@dataclass(frozen=True, slots=True)
class PageRange:
    first: str
    last: str | None = None


def split_pages(pages: str) -> PageRange:
    """``257–267`` -> (``257``, ``267``); anything else is one page label."""
    match = _PAGE_RANGE.match(pages)
    if match:
        return PageRange(match["first"], match["last"])
    return PageRange(pages.strip())


def join_pages(first: str | None, last: str | None) -> str | None:
    first, last = (first or "").strip(), (last or "").strip()
    if first and last and first != last:
        return f"{first}{PAGE_RANGE_DASH}{last}"
    return first or last or None


DateParts = tuple[int, ...]


def parse_iso_date(text: str) -> DateParts | None:
    """``2019-09-24`` -> (2019, 9, 24); ``2019-09`` -> (2019, 9); else None."""
    match = _ISO_DATE.match(text.strip())
    if not match:
        return None
    parts = tuple(int(p) for p in (match["y"], match["m"], match["d"]) if p is not None)
    if parts[0] == 0:
        return None  # "0000" is a placeholder, not the year 1 BC
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        return None
    if len(parts) > 2 and not 1 <= parts[2] <= 31:
        return None
    return parts


def parse_date_range(text: str) -> list[DateParts] | None:
    """biblatex ``date``: one ISO date or ``start/end`` (end may be open)."""
    single = parse_iso_date(text)
    if single is not None:
        return [single]
    match = _RANGE_DATE.match(text.strip())
    if not match:
        return None
    start = parse_iso_date(match["start"])
    end = parse_iso_date(match["end"]) if match["end"] else None
    if start is None or (match["end"] and end is None):
        return None
    return [start, end] if end else [start]


def iso_date(parts: DateParts) -> str:
    year, *rest = parts
    return "-".join([f"{year:04d}", *(f"{p:02d}" for p in rest)])


def month_number(text: str | None) -> int | None:
    """BibTeX ``month``: ``sep``, ``September`` or ``9``."""
    if not text:
        return None
    value = text.strip().lower().rstrip(".")
    if value.isdigit():
        number = int(value)
        return number if 1 <= number <= 12 else None
    return _MONTHS.get(value)


def leading_year(text: str | None) -> int | None:
    """The year a ``year`` field starts with (``2009``, ``2009a``, ``2009/2010``)."""
    match = re.match(r"^\s*(\d{4})(?!\d)", text or "")
    if not match:
        return None
    return int(match.group(1)) or None  # "0000" is a placeholder, not a year


def split_keywords(text: str) -> list[str]:
    """Keywords are separated by ``;`` when there is one, else by ``,``."""
    separator = ";" if ";" in text else ","
    return [k.strip() for k in text.split(separator) if k.strip()]


def join_keywords(keywords: list[str]) -> str:
    words = [k.strip() for k in keywords if k.strip()]
    separator = "; " if any("," in k for k in words) else ", "
    return separator.join(words)


def one_line(text: str) -> str:
    """Collapse line breaks and runs of spaces: RIS values are one line each."""
    return " ".join(text.split())
