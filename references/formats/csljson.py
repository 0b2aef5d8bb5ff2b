"""CSL-JSON export: the input format of citeproc-js, citeproc-py, Pandoc, Zotero.

Follows the CSL-JSON schema (``resources/csl/csl-data.json``): only the
variables it defines are written, so a strict validator accepts the
output. Fields with no CSL variable are left out rather than squeezed into
``note``.
"""

from __future__ import annotations

from collections.abc import Iterable

from references.formats.names import PersonName, parse_names
from references.formats.record import EntryRecord, full_title
from references.formats.values import (
    leading_year,
    month_number,
    parse_date_range,
    parse_iso_date,
)

CslItem = dict[str, object]

CSL_TYPES: dict[str, str] = {
    "article": "article-journal",
    "book": "book",
    "mvbook": "book",
    "collection": "book",
    "mvcollection": "book",
    "proceedings": "book",
    "manual": "book",
    "reference": "book",
    "mvreference": "book",
    "inbook": "chapter",
    "incollection": "chapter",
    "bookinbook": "chapter",
    "inreference": "entry-encyclopedia",
    "inproceedings": "paper-conference",
    "conference": "paper-conference",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "thesis": "thesis",
    "report": "report",
    "techreport": "report",
    "online": "webpage",
    "electronic": "webpage",
    "www": "webpage",
    "booklet": "pamphlet",
    "unpublished": "manuscript",
    "patent": "patent",
    "periodical": "periodical",
    "legislation": "legislation",
    "legal": "legislation",
    "jurisdiction": "legal_case",
    "dataset": "dataset",
    "software": "software",
    "standard": "standard",
    "misc": "document",
}
# biblatex marks magazine and newspaper articles with entrysubtype.
_ARTICLE_SUBTYPES = {"magazine": "article-magazine", "newspaper": "article-newspaper"}

#: Record field -> CSL variable, for values copied as they are.
_TEXT_VARIABLES: dict[str, str] = {
    "volume": "volume",
    "edition": "edition",
    "doi": "DOI",
    "url": "URL",
    "isbn": "ISBN",
    "issn": "ISSN",
    "abstract": "abstract",
    "note": "note",
    "annotation": "annote",
    "keywords": "keyword",
    "language": "language",
    "address": "publisher-place",
    "series": "collection-title",
    "type": "genre",
    "pagetotal": "number-of-pages",
    "eventtitle": "event",
    "venue": "event-place",
    "chapter": "chapter-number",
    "version": "version",
    "shorttitle": "title-short",
}
_NAME_VARIABLES = {"author": "author", "editor": "editor", "translator": "translator"}
# Where BibTeX's "number" goes: the issue of a serial, a report's number, a series number.
_ISSUE_TYPES = frozenset({"article-journal", "article-magazine", "article-newspaper", "periodical"})
_SERIES_NUMBER_TYPES = frozenset({"book", "chapter", "paper-conference"})


def records_to_csl_json(records: Iterable[EntryRecord]) -> list[CslItem]:
    """One CSL-JSON item per record, in order; ``id`` is the record's key."""
    return [record_to_csl(record) for record in records]


def csl_type(record: EntryRecord) -> str:
    entry_type = record.entry_type.lower()
    if entry_type == "article":
        subtype = (record.get("entrysubtype") or "").lower()
        return _ARTICLE_SUBTYPES.get(subtype, "article-journal")
    return CSL_TYPES.get(entry_type, "document")


def record_to_csl(record: EntryRecord) -> CslItem:
    kind = csl_type(record)
    item: CslItem = {"id": record.key, "type": kind}
    if record.number is not None:
        item["citation-number"] = record.number
    for field, variable in _NAME_VARIABLES.items():
        names = parse_names(record.get(field))
        if names:
            item[variable] = [csl_name(n) for n in names]
    if title := full_title(record):
        item["title"] = title
    for field, variable in _TEXT_VARIABLES.items():
        if (value := record.get(field)) is not None:
            item[variable] = value
    if container := _container_title(record, kind):
        item["container-title"] = container
    if publisher := record.first("publisher", "school", "institution", "organization"):
        item["publisher"] = publisher
    if pages := record.get("pages"):
        item["page"] = pages.replace("--", "-").replace("–", "-").replace("—", "-")
    if number := record.get("number"):
        item[_number_variable(kind, record)] = number
    elif kind in _ISSUE_TYPES and (issue := record.get("issue")):
        item["issue"] = issue
    if issued := issued_date(record):
        item["issued"] = issued
    if (accessed := record.get("urldate")) and (parts := parse_iso_date(accessed)):
        item["accessed"] = {"date-parts": [list(parts)]}
    return item


def csl_name(name: PersonName) -> dict[str, str]:
    if name.literal:
        return {"literal": name.literal}
    parts = {
        "family": name.family,
        "given": name.given,
        "non-dropping-particle": name.particle,
        "suffix": name.suffix,
    }
    return {key: value for key, value in parts.items() if value}


def issued_date(record: EntryRecord) -> dict[str, object] | None:
    """``{"date-parts": [[2019, 9, 24]]}`` from ``date``, or ``year`` + ``month``."""
    date = record.get("date")
    if date is not None:
        ranges = parse_date_range(date)
        if ranges is None:
            return {"literal": date}
        return {"date-parts": [list(parts) for parts in ranges]}
    year_text = record.get("year")
    if year_text is None:
        return None
    year = leading_year(year_text)
    if year is None:
        return {"literal": year_text}  # "n.d.", "б.ж.", "[1995?]"
    month = month_number(record.get("month"))
    return {"date-parts": [[year, month] if month else [year]]}


def _container_title(record: EntryRecord, kind: str) -> str | None:
    if kind in _ISSUE_TYPES:
        return record.first("journal", "booktitle")
    return record.first("booktitle", "journal")


def _number_variable(kind: str, record: EntryRecord) -> str:
    if kind in _ISSUE_TYPES:
        return "issue"
    if kind in _SERIES_NUMBER_TYPES and record.get("series"):
        return "collection-number"
    return "number"
