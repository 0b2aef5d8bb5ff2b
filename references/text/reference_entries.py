"""Reading a reference-list entry into BibTeX fields, without guessing.

Entries in GOST 7.1 / 7.0.5 (Kazakh, Russian, English) are areas set apart
by ". – ": ``Surname, I. O. Title / responsibility. – City : Publisher,
2019. – 256 p.``; an article's journal follows ``//``. APA-like entries are
``Surname, I., & Other, J. (2019). Title. Journal, 5(2), 10–20.``. A field
is filled only when its area says so by its own marker (``//``, ``С.``/``б.``/
``p.``, ``Т.``/``Vol.``, ``№``/``No.``, ``URL:``, "дата обращения"...);
whatever is not recognised stays only in the entry's verbatim text, which
is kept whole beside the fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LOW = "a-zа-яёәғқңөұүһіəʼ'’"
_SURNAME = rf"[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)?"
_INITIALS = rf"(?:[{_UP}][{_LOW[:5]}]?\.\s?-?){{1,3}}"
_NAME_SURNAME_FIRST = re.compile(rf"({_SURNAME}),?\s+({_INITIALS})")
_NAME_INITIALS_FIRST = re.compile(rf"({_INITIALS})\s*({_SURNAME})")
_ET_AL = re.compile(r"^[,\s]*(?:и\s+др\.?|және\s+т\.\s?б\.?|және\s+басқ\.?|et\s+al\.?|т\.б\.)", re.IGNORECASE)
_ELECTRONIC = re.compile(r"\s*\[(?:Электронный ресурс|Электрондық ресурс|Электронды ресурс|Electronic resource|Текст|Text|Мәтін)\]\s*", re.IGNORECASE)
_URL = re.compile(r"(?:URL\s*:\s*|(?<![\w/]))(https?://[^\s<>\"]+|www\.[^\s<>\"]+)", re.IGNORECASE)
_ACCESSED = re.compile(
    r"\(\s*(?:дата обращения|дата доступа|қаралған күні|қаралған уақыты|қаралды|өтініш жасалған күн|accessed|access date|date of access|retrieved)\s*:?\s*"
    r"(\d{1,2})\.(\d{1,2})\.(\d{4})\s*\)\.?",
    re.IGNORECASE,
)
_DOI = re.compile(r"(?:doi\s*:?\s*|https?://(?:dx\.)?doi\.org/)(10\.\d{4,9}/[^\s\"<>]+)", re.IGNORECASE)
# GOST sets areas apart by ". – "; a dash without the full stop may be part of a title.
_AREA_SEPARATOR = re.compile(r"\.\s+[–—-]\s+")
_YEAR = r"(1[5-9]\d\d|20\d\d)"
_PUBLICATION = re.compile(rf"^([^:;,]+?)\s*:\s*(.+?),\s*{_YEAR}\.?$")
_CITY_YEAR = re.compile(rf"^([{_UP}][^:;,\d]{{1,40}}?),\s*{_YEAR}\.?$")
_YEAR_ONLY = re.compile(rf"^{_YEAR}\.?$")
_PAGES = re.compile(r"^(?:С|с|Б|б|P|p|pp|Pp|S|Бет|бет|Стр|стр)\.\s*(\d+(?:\s*[-–—]\s*\d+)?)\.?$")
_PAGE_COUNT = re.compile(r"^(\d+(?:\s*\[\d+\])?)\s*(?:с|б|p|pp|стр|бет|P)\.?$")
_VOLUME = re.compile(r"(?:^|,\s*)(?:Т|Том|Vol|Volume|V)\.?\s*(\d+)(?=,|\.|$|\s)")
_NUMBER = re.compile(r"(?:^|,\s*)(?:№|No|Nr|Вып|Issue|Iss)\.?\s*(\d+(?:\s*[-–/]\s*\d+)?)(?=,|\.|$|\s)")
_ISSUE = r"(?:№|No|Nr|Вып|Issue|Iss)\.?\s*\d+(?:\s*[-–/]\s*\d+)?(?:\s*\(\d+\))?"
_VOLUME_NUMBER_AREA = re.compile(rf"^(?:(?:Т|Том|Vol|Volume|V)\.?\s*\d+|{_ISSUE})(?:,\s*(?:(?:Т|Том|Vol|Volume|V)\.?\s*\d+|{_ISSUE}))*\.?$")
_APA = re.compile(rf"^(?P<authors>.+?)\s+\((?P<year>{_YEAR}[a-z]?)(?:,\s*[^)]*)?\)\.\s+(?P<title>.+?[.?!])\s+(?P<rest>.+)$")
_APA_ARTICLE = re.compile(r"^(?P<journal>[^,]+?),\s*(?P<volume>\d+)(?:\((?P<number>[^)]+)\))?(?:,\s*(?P<pages>\d+(?:\s*[-–—]\s*\d+)?))?\.?(?:\s|$)")
_APA_PUBLISHER = re.compile(r"^(?P<publisher>[^.\d]{2,80})\.?$")


@dataclass
class ParsedEntry:
    entry_type: str = "misc"
    fields: dict[str, str] = field(default_factory=dict)  # plain text values
    style: str = "unparsed"  # gost | apa | unparsed


def parse_entry(text: str) -> ParsedEntry:
    """The fields the entry states unambiguously; ``style`` says which reading matched."""
    text = " ".join(text.split())
    out = ParsedEntry()
    rest = _take_links(text, out.fields)
    apa = _APA.match(rest)
    if apa and _apa_authors(apa.group("authors")) is not None:
        _parse_apa(apa, out)
        return out
    _parse_gost(rest, out)
    return out


def _take_links(text: str, fields: dict[str, str]) -> str:
    accessed = _ACCESSED.search(text)
    if accessed:
        day, month, year = (int(g) for g in accessed.groups())
        if 1 <= day <= 31 and 1 <= month <= 12:
            fields["urldate"] = f"{year:04d}-{month:02d}-{day:02d}"
        text = text[: accessed.start()] + text[accessed.end() :]
    doi = _DOI.search(text)
    if doi:
        fields["doi"] = doi.group(1).rstrip(".,;")
        text = text[: doi.start()] + text[doi.end() :]
    url = _URL.search(text)
    if url:
        fields["url"] = url.group(1).rstrip(".,;)")
        text = text[: url.start()] + text[url.end() :]
    if _ELECTRONIC.search(text):
        text = _ELECTRONIC.sub(" ", text)
    text = re.sub(r"\s*(?:[.–—-]\s*)+$", "", text.strip())
    return re.sub(r"\s+", " ", text).strip()


# -- GOST ---------------------------------------------------------------------------


def _parse_gost(text: str, out: ParsedEntry) -> None:
    fields = out.fields
    container = None
    if "//" in text:
        head, _, tail = text.partition("//")
        areas = _areas(tail)
        container, areas = areas[0], areas[1:]
    else:
        areas = _areas(text)
        head, areas = (areas[0] if areas else text), areas[1:]
    authors, title = _head(head.strip())
    if authors:
        fields["author"] = " and ".join(authors)
    if title:
        fields["title"] = title
    publisher_found = False
    for area in areas:
        area = area.strip().rstrip(".")
        if publisher_found is False and (match := _PUBLICATION.match(area)):
            fields["address"], fields["publisher"], fields["year"] = match.group(1).strip(), match.group(2).strip(), match.group(3)
            publisher_found = True
        elif match := _CITY_YEAR.match(area):
            fields.setdefault("address", match.group(1).strip())
            fields.setdefault("year", match.group(2))
        elif match := _YEAR_ONLY.match(area):
            fields.setdefault("year", match.group(1))
        elif match := _PAGES.match(area):
            fields["pages"] = re.sub(r"\s*[-–—]\s*", "--", match.group(1))
        elif match := _PAGE_COUNT.match(area):
            fields["pagetotal"] = re.sub(r"\s*\[\d+\]", "", match.group(1))
        elif _VOLUME_NUMBER_AREA.match(area):
            if volume := _VOLUME.search(area):
                fields["volume"] = volume.group(1)
            if number := _NUMBER.search(area):
                fields["number"] = re.sub(r"\s+", "", number.group(1))
    if container:
        name = container.strip().rstrip(".").strip()
        if any(k in fields for k in ("volume", "number")) or ("pages" in fields and not publisher_found):
            out.entry_type = "article"
            fields["journal"] = name
        elif publisher_found:
            out.entry_type = "incollection"
            fields["booktitle"] = name
    elif publisher_found or "pagetotal" in fields:
        out.entry_type = "book" if title else "misc"
    elif "url" in fields:
        out.entry_type = "online"
    stated = {"year", "publisher", "pages", "pagetotal", "volume", "number", "url", "doi", "journal", "booktitle"}
    if not stated & fields.keys():
        fields.pop("title", None)  # no area says where the title ends: it stays in the verbatim text
        if not authors:
            return
    out.style = "gost"


def _areas(text: str) -> list[str]:
    return [a.strip() for a in _AREA_SEPARATOR.split(text) if a.strip()]


def _head(head: str) -> tuple[list[str], str]:
    """Authors and title from the head of a GOST entry (title area and responsibility)."""
    authors: list[str] = []
    rest = head
    while True:
        match = _NAME_SURNAME_FIRST.match(rest)
        if not match:
            break
        authors.append(f"{match.group(1)}, {_initials(match.group(2))}")
        rest = rest[match.end() :]
        et_al = _ET_AL.match(rest)
        if et_al:
            authors.append("others")
            rest = rest[et_al.end() :]
            break
        if rest.startswith(",") and _NAME_SURNAME_FIRST.match(rest[1:].lstrip()):
            rest = rest[1:].lstrip()
            continue
        break
    title, _, responsibility = rest.partition(" / ")
    title = title.strip(" .,:;")
    if not authors and responsibility:
        names = [_NAME_INITIALS_FIRST.fullmatch(p.strip(" .")) for p in re.split(r",\s*|\s+және\s+|\s+и\s+|\s+and\s+", responsibility.split(";")[0])]
        if names and all(names):
            authors = [f"{m.group(2)}, {_initials(m.group(1))}" for m in names if m]
    if authors and not title:
        return authors, ""
    return authors, title


def _initials(text: str) -> str:
    return " ".join(p + "." for p in re.split(r"\.\s*", text.strip()) if p)


# -- APA -------------------------------------------------------------------------------


def _apa_authors(text: str) -> list[str] | None:
    """"Surname, I. I., Other, J., & Last, K." as BibTeX names; None if it is not that."""
    text = text.strip().rstrip(",")
    parts = re.split(r",?\s*&\s*|,\s+(?=[" + _UP + r"][" + _LOW + r"]+(?:-\w+)?,\s)", text)
    names = []
    for part in parts:
        match = re.fullmatch(rf"\s*({_SURNAME}(?:\s{_SURNAME})?),\s+({_INITIALS})\s*", part)
        if not match:
            return None
        names.append(f"{match.group(1)}, {_initials(match.group(2))}")
    return names or None


def _parse_apa(match: re.Match[str], out: ParsedEntry) -> None:
    fields = out.fields
    authors = _apa_authors(match.group("authors")) or []
    fields["author"] = " and ".join(authors)
    fields["year"] = match.group("year")[:4]
    fields["title"] = match.group("title").rstrip(".")
    rest = match.group("rest").strip()
    out.style = "apa"
    article = _APA_ARTICLE.match(rest)
    if article:
        out.entry_type = "article"
        fields["journal"] = article.group("journal").strip()
        fields["volume"] = article.group("volume")
        if article.group("number"):
            fields["number"] = article.group("number")
        if article.group("pages"):
            fields["pages"] = re.sub(r"\s*[-–—]\s*", "--", article.group("pages"))
        return
    publisher = _APA_PUBLISHER.match(rest)
    if publisher:
        out.entry_type = "book"
        fields["publisher"] = publisher.group("publisher").strip()
