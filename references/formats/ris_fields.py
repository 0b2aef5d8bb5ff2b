"""How record fields sit in RIS tags, shared by the reader and the writer.

rispy names every tag (``T2`` is ``secondary_title``); the constants here
are rispy's names. What ``T2`` means depends on the reference type, as in
the RIS specification: the journal of an article, the series of a book,
the book a chapter or paper is in.
"""

from __future__ import annotations

import re

import rispy

# SN may come twice (an ISBN and an ISSN), so it is read as a list too; so are the tags
# exports repeat: Scopus writes one AD per affiliation, Zotero one L1/L2/L4 per attachment.
LIST_TAGS: list[str] = [*rispy.LIST_TYPE_TAGS, "SN", "AD", "L1", "L2", "L4", "LK"]
# rispy splits UR on ";" by default, which breaks URLs that contain one.
NO_DELIMITED_TAGS: dict[str, str] = {}

#: Plain one-value fields: record field -> rispy key.
SIMPLE_FIELDS: dict[str, str] = {
    "title": "title",
    "volume": "volume",
    "number": "number",
    "address": "place_published",
    "edition": "edition",
    "doi": "doi",
    "abstract": "abstract",
    "language": "language",
    "type": "type_of_work",
}

ARTICLE_TYPES = frozenset({"article", "periodical"})
BOOK_TYPES = frozenset({"book", "mvbook", "collection", "mvcollection", "booklet"})

#: Which record field a thesis or report keeps its publisher in.
PUBLISHER_FIELD_BY_TYPE = {
    "phdthesis": "school",
    "mastersthesis": "school",
    "thesis": "school",
    "report": "institution",
    "techreport": "institution",
}
PUBLISHER_FIELDS = ("publisher", "school", "institution", "organization")

#: Every record field that survives a trip through RIS (aliases included).
RIS_FIELDS = frozenset(
    {*SIMPLE_FIELDS, "author", "editor", "journal", "shortjournal", "booktitle", "series", "year",
     "date", "pages", "url", "isbn", "issn", "keywords", "note", "urldate",
     *PUBLISHER_FIELDS}
)

_ISSN_SHAPE = re.compile(r"^\d{7}[\dX]$")
_ISBN_SHAPE = re.compile(r"^(?:\d{9}[\dX]|\d{13})$")


def container_field(entry_type: str) -> str:
    """The record field that ``T2`` carries for this type."""
    if entry_type in ARTICLE_TYPES:
        return "journal"
    if entry_type in BOOK_TYPES:
        return "series"
    return "booktitle"


def serial_number_kind(value: str, entry_type: str) -> str:
    """``isbn`` or ``issn`` for one ``SN`` value: by its shape, else by type."""
    bare = re.sub(r"[^0-9Xx]", "", value).upper()
    if _ISSN_SHAPE.match(bare):
        return "issn"
    if _ISBN_SHAPE.match(bare):
        return "isbn"
    return "issn" if entry_type in ARTICLE_TYPES else "isbn"


def ris_date(iso: str) -> str:
    """``2019-09-24`` -> ``2019/09/24``; other text is left as it is."""
    if re.fullmatch(r"\d{4}(-\d{2}){0,2}", iso):
        return iso.replace("-", "/")
    return iso


def date_from_ris(value: str) -> str:
    """``2019/09/24/`` or ``2019/9/24`` -> ``2019-09-24``; other text unchanged."""
    match = re.fullmatch(r"(\d{4})(?:/(\d{1,2})?(?:/(\d{1,2})?(?:/.*)?)?)?", value.strip())
    if not match:
        return value.strip()
    year, month, day = match.groups()
    if month is None:
        return year
    return f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
