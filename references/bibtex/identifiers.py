"""Shape checks for single field values: year, date, month, pages, DOI, ISBN, ISSN, URL.

Each check takes the plain (human) text of a field and returns ``None`` when
the value is fine, or a sentence saying what is wrong and how to write it.
"""

from __future__ import annotations

import datetime
import re
from urllib.parse import urlsplit

from references.bibtex.values import MONTH_MACROS

_YEAR = re.compile(r"\d{4}")
_YEAR_RANGE = re.compile(r"(\d{4})\s*(?:-{1,2}|–|/)\s*(\d{4})")
# One side of an ISO 8601-2 (EDTF) date as biblatex reads it, with the
# optional uncertainty markers ? ~ %.
_DATE_SIDE = re.compile(
    r"(?P<year>-?\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})(?:T[0-9:]+Z?)?)?)?[?~%]?"
)
_PAGE = r"(?:[A-Za-z]{0,3}\d+[A-Za-z]?|[ivxlcdmIVXLCDM]+)"
_PAGE_ITEM = re.compile(
    rf"(?P<first>{_PAGE})(?:\s*(?:--?|–|—)\s*(?P<last>{_PAGE}))?\+?"
)
_DOI = re.compile(r"10\.\d{4,9}/\S+")
# "https://doi.org/10.1000/x", "http://doi.acm.org/10.1145/x", "doi:10.1000/x"
_DOI_PREFIXES = re.compile(r"^(?:https?://[^/\s]+/|doi:\s*)", re.IGNORECASE)
_ISSN = re.compile(r"(\d{4})-?(\d{3}[\dXx])")
_MONTH_NAMES = {name.lower() for name in MONTH_MACROS.values()} | set(MONTH_MACROS)


def check_year(text: str) -> str | None:
    if _YEAR.fullmatch(text):
        return None
    match = _YEAR_RANGE.fullmatch(text)
    if match:
        if int(match.group(1)) > int(match.group(2)):
            return f"The year range {text!r} goes backwards."
        return None
    return (
        f"The year {text!r} is not a 4-digit year (like 2019) or a range (like 2018--2019)."
    )


def check_date(text: str) -> str | None:
    """biblatex's ``date``: ``2019``, ``2019-05``, ``2019-05-17``, ranges with ``/``."""
    sides = text.split("/")
    if len(sides) > 2 or not any(sides):
        return _date_message(text)
    parsed = []
    for side in sides:
        if side in ("", ".."):  # open-ended range
            parsed.append(None)
            continue
        match = _DATE_SIDE.fullmatch(side.strip())
        if match is None or not _real_date(match):
            return _date_message(text)
        parsed.append(match.group("year"))
    if len(parsed) == 2 and parsed[0] and parsed[1] and int(parsed[0]) > int(parsed[1]):
        return f"The date range {text!r} goes backwards."
    return None


def check_month(text: str) -> str | None:
    if text.isdigit() and 1 <= int(text) <= 12:
        return None
    if text.lower().rstrip(".") in _MONTH_NAMES:
        return None
    return f"The month {text!r} is not a month number 1-12 or an English month name."


def check_pages(text: str) -> str | None:
    """``12--34``, ``12-34``, ``xii``, ``S12--S15``, ``12, 15--17``, ``45+``."""
    for item in (part.strip() for part in text.split(",")):
        match = _PAGE_ITEM.fullmatch(item)
        if match is None:
            return (
                f"The pages {text!r} are not page numbers or ranges like 12--34; "
                "write only the numbers (the style adds 'p.' or 'б.')."
            )
        first, last = match.group("first"), match.group("last")
        if last and first.isdigit() and last.isdigit() and int(first) > int(last):
            return f"The page range {item!r} goes backwards."
    return None


def check_doi(text: str) -> str | None:
    if _DOI.fullmatch(text):
        return None
    bare = _DOI_PREFIXES.sub("", text)
    if bare != text and _DOI.fullmatch(bare):
        return f"Write the DOI without its link prefix: {bare!r} instead of {text!r}."
    return f"The DOI {text!r} does not look like a DOI (10.<number>/<suffix>)."


def check_isbn(text: str) -> str | None:
    for isbn in (part.strip() for part in re.split(r"[;,]", text)):
        digits = re.sub(r"[\s-]", "", isbn).upper()
        if len(digits) == 10 and re.fullmatch(r"\d{9}[\dX]", digits):
            if _isbn10_ok(digits):
                continue
            return f"The ISBN {isbn!r} has a wrong check digit (ISBN-10)."
        if len(digits) == 13 and digits.endswith("X"):
            return f"The ISBN {isbn!r} ends in X, which only an ISBN-10 can."
        if len(digits) == 13 and digits.isdigit():
            if not digits.startswith(("978", "979")):
                return f"The ISBN {isbn!r} does not start with 978 or 979."
            if _ean13_ok(digits):
                continue
            return f"The ISBN {isbn!r} has a wrong check digit (ISBN-13)."
        return f"The ISBN {isbn!r} is not 10 or 13 digits long."
    return None


def check_issn(text: str) -> str | None:
    match = _ISSN.fullmatch(text.strip())
    if match is None:
        return f"The ISSN {text!r} is not of the form 1234-567X."
    digits = (match.group(1) + match.group(2)).upper()
    total = sum(int(digit) * weight for digit, weight in zip(digits[:7], range(8, 1, -1)))
    check = (11 - total % 11) % 11
    if digits[7] != ("X" if check == 10 else str(check)):
        return f"The ISSN {text!r} has a wrong check digit."
    return None


def check_url(text: str) -> str | None:
    if any(char.isspace() for char in text):
        return f"The URL {text!r} contains spaces; encode them as %20."
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https", "ftp", "ftps") or not parts.netloc:
        return (
            f"The URL {text!r} is not a full web address "
            "(it must start with https:// or http://)."
        )
    return None


def _real_date(match: re.Match[str]) -> bool:
    month, day = match.group("month"), match.group("day")
    if month is None:
        return True
    number = int(month)
    if day is None:
        return 1 <= number <= 12 or 21 <= number <= 24  # 21-24: seasons in EDTF
    year = int(match.group("year"))
    if not 1 <= year <= 9999:
        year = 2000  # a leap year: only the month and day are checked here
    try:
        datetime.date(year, number, int(day))
    except ValueError:
        return False
    return True


def _date_message(text: str) -> str:
    return (
        f"The date {text!r} is not an ISO date like 2019, 2019-05 or 2019-05-17 "
        "(a range is written 2018/2019)."
    )


def _isbn10_ok(digits: str) -> bool:
    values = [10 if char == "X" else int(char) for char in digits]
    total = sum((10 - index) * value for index, value in enumerate(values))
    return total % 11 == 0 and "X" not in digits[:9]


def _ean13_ok(digits: str) -> bool:
    total = sum(int(char) * (3 if index % 2 else 1) for index, char in enumerate(digits))
    return total % 10 == 0
