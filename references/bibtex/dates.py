"""``year`` and ``date`` kept in step.

Classic BibTeX styles (plain, GOST's .bst files) read only ``year``;
biblatex prefers ``date`` (``2019-09-24``, ``1992-05``, ``2014/2015``). An
entry that has both must not say two different years, and an entry given a
date must still show a year to a .bst style. So: setting one sets the
other's year, keeping the rest of a date (its month and day) as it was.
"""

from __future__ import annotations

import re

_LEADING_YEAR = re.compile(r"\s*(\d{4})(?!\d)")


def leading_year(text: str) -> str | None:
    """The four-digit year a ``year`` or ``date`` value starts with, if any."""
    match = _LEADING_YEAR.match(text)
    return match.group(1) if match else None


def date_with_year(date: str, year: str) -> str:
    """``date`` with its leading year replaced by ``year`` (month and day kept)."""
    match = _LEADING_YEAR.match(date)
    if match is None:
        return date
    return date[: match.start(1)] + year + date[match.end(1) :]


def companion_values(changed: str, text: str, year: str | None, date: str | None) -> dict[str, str]:
    """What else to write when ``changed`` ("year" or "date") is set to ``text``.

    ``year`` and ``date`` are the entry's current plain values (None when
    absent). Returns the fields to set, e.g. ``{"year": "2019"}`` for a new
    date ``2019-09-24``; nothing when the other already agrees or when the
    new value holds no year.
    """
    new_year = leading_year(text)
    if new_year is None:
        return {}
    if changed == "year" and date is not None and leading_year(date) not in (None, new_year):
        return {"date": date_with_year(date, new_year)}
    if changed == "date" and (year is None or leading_year(year) != new_year):
        return {"year": new_year}
    return {}
