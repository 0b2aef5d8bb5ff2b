"""The files people bring from other tools, read into BibTeX entries for the library.

Each reader takes the text of one file and gives ``Item``s (entry type,
key, fields as plain text, name lists as parts) and problems with their
lines; ``as_bib_result`` turns them into the parse result a .bib file gives,
so every format goes through the same import plan, the same
problems-and-preview dialog and the same transaction as BibTeX.

Formats: CSL-JSON and CSL-YAML (Zotero, pandoc), EndNote XML, PubMed/MEDLINE
(.nbib), Web of Science plain text (.ciw/.txt), Zotero RDF, and RIS.
``detect_format`` tells them (and BibTeX) apart by their content, not their
file name. A value with no BibTeX field of its own is kept under its
format's own name (``wos-ut``, ``pmid``, ``csl-...``), never dropped.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from references.bibtex import BibBlock, BibParseResult, BibProblem, generate_key
from references.bibtex.latex import escape_latex
from references.bibtex.model import BlockKind, ProblemKind
from references.bibtex.values import field_value


class FileFormat(StrEnum):
    BIBTEX = "BibTeX"
    RIS = "RIS"
    CSL_JSON = "CSL-JSON"
    CSL_YAML = "CSL-YAML"
    ENDNOTE_XML = "EndNote XML"
    PUBMED = "PubMed/MEDLINE"
    WOS = "Web of Science"
    ZOTERO_RDF = "Zotero RDF"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Name:
    family: str = ""
    given: str = ""
    literal: str = ""  # an organisation, or a name that cannot be split

    def raw(self) -> str:
        if self.literal:
            return "{" + escape_latex(self.literal) + "}"
        family = escape_latex(self.family)
        if "," in self.family or " and " in self.family:
            family = "{" + family + "}"
        return f"{family}, {escape_latex(self.given)}" if self.given else family


@dataclass(slots=True)
class Item:
    entry_type: str = "misc"
    key: str = ""
    fields: list[tuple[str, str]] = field(default_factory=list)
    names: dict[str, list[Name]] = field(default_factory=dict)
    line: int = 1

    def add(self, name: str, value: object) -> None:
        text = value if isinstance(value, str) else _scalar_text(value)
        text = text.strip()
        if not text:
            return
        if name == "url" and self.has("url"):  # a second URL: a field of its own, never glued on
            count = sum(1 for existing, _v in self.fields if existing == "url" or re.fullmatch(r"url\d+", existing))
            if all(old != text for _n, old in self.fields):
                self.fields.append((f"url{count + 1}", text))
            return
        for index, (existing, old) in enumerate(self.fields):
            if existing == name:  # a repeated value (a second URL, ISSN): kept, joined
                if text not in old.split("; "):
                    self.fields[index] = (name, f"{old}; {text}")
                return
        self.fields.append((name, text))

    def has(self, name: str) -> bool:
        return any(existing == name for existing, _value in self.fields)


@dataclass(slots=True)
class ReadResult:
    format: FileFormat
    items: list[Item] = field(default_factory=list)
    problems: list[BibProblem] = field(default_factory=list)

    def problem(self, line: int, message: str) -> None:
        self.problems.append(BibProblem(line, ProblemKind.MALFORMED_ENTRY, message))


# --- telling formats apart ---------------------------------------------------------------

_PAGE_RANGE = re.compile(r"^\s*(\w+)\s*[-\u2013\u2014]\s*(\w+)\s*$")
_BIBTEX_BLOCK = re.compile(r"^\s*@\s*[A-Za-z]+\s*[{(]", re.MULTILINE)


def detect_format(text: str) -> FileFormat:
    """The format of a file's text, from its content."""
    head = text.lstrip("\ufeff \t\r\n")[:8192]
    if head.startswith(("[", "{")):
        try:
            data = json.loads(text.lstrip("\ufeff"))
        except ValueError:
            data = None
        if _looks_like_csl(data):
            return FileFormat.CSL_JSON
    if head.startswith("<"):
        if "rdf:RDF" in head or "<rdf:" in head:
            return FileFormat.ZOTERO_RDF
        if "<records>" in head or "<record>" in head:
            return FileFormat.ENDNOTE_XML
    first = next((line for line in head.splitlines() if line.strip()), "")
    if re.match(r"^TY  -", first):
        return FileFormat.RIS
    if re.match(r"^PMID- ?\d", first):
        return FileFormat.PUBMED
    if re.match(r"^(FN |VR |PT [A-Z]\s*$)", first) and re.search(r"^ER\s*$", text, re.MULTILINE):
        return FileFormat.WOS
    if _BIBTEX_BLOCK.search(head):
        return FileFormat.BIBTEX
    if re.match(r"^(---\s*$|references:|- id:|-\s+type:)", first):
        return FileFormat.CSL_YAML
    # a header before the first record (some databases write "Provider: ..." lines)
    if re.search(r"^TY  - ", head, re.MULTILINE) and re.search(r"^ER  -", text, re.MULTILINE):
        return FileFormat.RIS
    if re.search(r"^PMID- ?\d", head, re.MULTILINE):
        return FileFormat.PUBMED
    return FileFormat.UNKNOWN


def _looks_like_csl(data: object) -> bool:
    items = data.get("items") if isinstance(data, dict) else data
    if isinstance(data, dict) and items is None:
        items = [data]
    return (
        isinstance(items, list)
        and bool(items)
        and all(isinstance(item, dict) for item in items)
        and any(("type" in item or "title" in item) for item in items)
    )


def read_items(text: str, kind: FileFormat | None = None) -> ReadResult:
    """Read ``text`` as ``kind`` (detected when not given); never raises on bad content."""
    kind = kind or detect_format(text)
    reader = _READERS.get(kind)
    if reader is None:
        result = ReadResult(kind)
        result.problem(1, f"This is not a file Silteme can read as {kind}.")
        return result
    result = ReadResult(kind)
    try:
        reader(text, result)
    except Exception as error:  # noqa: BLE001 - damaged input (JSON, XML, YAML) is a problem to show
        mark = getattr(error, "problem_mark", None)  # YAML
        line = getattr(error, "lineno", None) or getattr(error, "position", (1, 0))[0]
        line = mark.line + 1 if mark is not None else line
        reason = " ".join(str(error).split()).rstrip(".")
        result.problem(int(line or 1), f"The {kind} file could not be read: {reason}.")
    if not result.items and not result.problems:
        result.problem(1, f"The {kind} file holds no references.")
    return result


# --- CSL-JSON and CSL-YAML -------------------------------------------------------------

_CSL_TO_BIBTEX = {
    "article-journal": "article",
    "article-magazine": "article",
    "article-newspaper": "article",
    "article": "article",
    "review": "article",
    "review-book": "article",
    "book": "book",
    "classic": "book",
    "chapter": "incollection",
    "paper-conference": "inproceedings",
    "thesis": "phdthesis",
    "report": "techreport",
    "webpage": "online",
    "post-weblog": "online",
    "post": "online",
    "manuscript": "unpublished",
    "patent": "patent",
    "legislation": "legislation",
    "bill": "legislation",
    "regulation": "legislation",
    "legal_case": "jurisdiction",
    "dataset": "dataset",
    "software": "software",
    "standard": "standard",
    "entry-encyclopedia": "inreference",
    "entry-dictionary": "inreference",
    "entry": "inreference",
    "pamphlet": "booklet",
    "periodical": "periodical",
    "collection": "collection",
}
_CSL_TEXT = {
    "title": "title",
    "volume": "volume",
    "number-of-volumes": "volumes",
    "edition": "edition",
    "publisher": "publisher",
    "publisher-place": "address",
    "DOI": "doi",
    "URL": "url",
    "ISBN": "isbn",
    "ISSN": "issn",
    "PMID": "pmid",
    "PMCID": "pmcid",
    "abstract": "abstract",
    "language": "language",
    "note": "note",
    "collection-title": "series",
    "collection-number": "number",
    "number-of-pages": "pagetotal",
    "genre": "type",
    "keyword": "keywords",
    "event": "eventtitle",
    "event-title": "eventtitle",
    "event-place": "venue",
    "medium": "howpublished",
    "archive": "archive",
    "archive_location": "archive-location",
    "call-number": "callnumber",
    "title-short": "shorttitle",
    "short-title": "shorttitle",
    "original-title": "origtitle",
    "version": "version",
    "authority": "institution",
}
_CSL_NAMES = {"author": "author", "editor": "editor", "translator": "translator", "container-author": "bookauthor",
              "collection-editor": "editor", "director": "author", "interviewer": "editor", "recipient": "editor"}
_IGNORED_CSL = {"id", "type", "citation-key", "citation-label", "citation-number", "source", "shortTitle", "journalAbbreviation"}


def _read_csl_json(text: str, result: ReadResult) -> None:
    data = json.loads(text.lstrip("\ufeff"))
    _read_csl_data(data, result, text)


def _read_csl_yaml(text: str, result: ReadResult) -> None:
    import yaml

    documents = [doc for doc in yaml.safe_load_all(text.lstrip("\ufeff")) if doc is not None]
    data: object = documents[0] if len(documents) == 1 else documents
    if isinstance(data, dict) and "references" in data:
        data = data["references"]
    _read_csl_data(data, result, text)


def _read_csl_data(data: object, result: ReadResult, text: str) -> None:
    if isinstance(data, dict):
        data = data.get("items", [data])
    if not isinstance(data, list):
        raise ValueError("it holds neither a list of items nor an object with 'items'")
    lines = _id_lines(text)
    for position, raw in enumerate(data, 1):
        if not isinstance(raw, dict):
            result.problem(1, f"Item {position} is not an object; it was skipped.")
            continue
        key = str(raw.get("citation-key") or raw.get("id") or "")
        # Zotero's own ids are item URIs: no key a person would cite by
        usable = key and not re.match(r"^[a-z]+://", key)
        item = Item(line=lines.get(key, 1), key=_clean_key(key) if usable else "")
        kind = str(raw.get("type") or "")
        item.entry_type = _CSL_TO_BIBTEX.get(kind, "misc")
        genre = str(raw.get("genre") or "").lower()
        if kind == "thesis" and ("master" in genre or "магист" in genre):
            item.entry_type = "mastersthesis"
        if kind and kind not in _CSL_TO_BIBTEX:
            item.add("csl-type", kind)
        for variable, value in raw.items():
            if variable in _IGNORED_CSL or value in (None, "", []):
                continue
            if variable in _CSL_NAMES and isinstance(value, list):
                role = _CSL_NAMES[variable]
                item.names.setdefault(role, []).extend(_csl_name(n) for n in value if isinstance(n, dict))
            elif variable in ("issued", "accessed", "original-date", "event-date"):
                date = _csl_date(value)
                target = {"issued": "date", "accessed": "urldate", "original-date": "origdate", "event-date": "eventdate"}[variable]
                if variable == "issued" and re.match(r"^\d{4}", date):
                    item.add("year", date[:4])
                    if len(date) > 4:
                        item.add(target, date)
                elif date:
                    item.add(target, date)
            elif variable == "container-title":
                item.add(_container_field(item.entry_type), value)
            elif variable == "page":
                item.add("pages", value)
            elif variable in ("issue", "number"):
                item.add("number", value)
            elif variable in _CSL_TEXT:
                item.add(_CSL_TEXT[variable], value)
            else:
                item.add(_field_name("csl-" + variable), value)
        result.items.append(item)


def _id_lines(text: str) -> dict[str, int]:
    """Line of each item's id in the text, so problems can point at it."""
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        match = re.search(r"""["']?id["']?\s*:\s*["']?([^"',}\s]+)""", line)
        if match:
            lines.setdefault(match.group(1), number)
    return lines


def _csl_name(raw: dict) -> Name:
    if raw.get("literal"):
        return Name(literal=str(raw["literal"]))
    family = " ".join(str(raw.get(part, "")).strip() for part in ("non-dropping-particle", "family") if raw.get(part))
    given = " ".join(str(raw.get(part, "")).strip() for part in ("given", "dropping-particle") if raw.get(part))
    if raw.get("suffix"):
        family = f"{family}, {raw['suffix']}" if family else str(raw["suffix"])
    return Name(family=family, given=given) if family else Name(literal=given)


def _csl_date(value: object) -> str:
    if isinstance(value, str):
        return value
    if not isinstance(value, dict):
        return ""
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list):
        dates = ["-".join(f"{int(p):02d}" if i else f"{int(p)}" for i, p in enumerate(part) if str(p).strip().lstrip("-").isdigit()) for part in parts if part]
        dates = [d for d in dates if d]
        if dates:
            return "/".join(dates[:2])
    return str(value.get("raw") or value.get("literal") or "")


def _container_field(entry_type: str) -> str:
    return {"article": "journal", "incollection": "booktitle", "inproceedings": "booktitle", "inreference": "booktitle"}.get(
        entry_type, "organization" if entry_type == "online" else "booktitle"
    )


# --- EndNote XML -----------------------------------------------------------------------

_ENDNOTE_TYPES = {
    "journal article": "article", "magazine article": "article", "newspaper article": "article",
    "electronic article": "article", "book": "book", "edited book": "collection", "book section": "incollection",
    "conference proceedings": "inproceedings", "conference paper": "inproceedings", "thesis": "phdthesis",
    "report": "techreport", "web page": "online", "generic": "misc", "manuscript": "unpublished",
    "patent": "patent", "statute": "legislation", "bill": "legislation", "case": "jurisdiction",
    "dataset": "dataset", "computer program": "software", "standard": "standard", "encyclopedia": "inreference",
    "dictionary": "inreference", "government document": "report", "legal rule or regulation": "legislation",
}
_ENDNOTE_TEXT = {
    "pages": "pages", "volume": "volume", "number": "number", "issue": "number", "edition": "edition",
    "publisher": "publisher", "pub-location": "address", "isbn": "isbn", "electronic-resource-num": "doi",
    "abstract": "abstract", "notes": "note", "research-notes": "note", "language": "language", "label": "label",
    "section": "chapter", "work-type": "type", "num-vols": "volumes", "accession-num": "accession-num",
    "call-num": "callnumber", "custom1": "endnote-custom1", "custom2": "endnote-custom2", "custom3": "endnote-custom3",
    "remote-database-name": "endnote-database", "access-date": "urldate", "orig-pub": "origtitle",
}


def _read_endnote_xml(text: str, result: ReadResult) -> None:
    root = ET.fromstring(text.lstrip("\ufeff").encode("utf-8"))
    for position, record in enumerate(root.iter("record"), 1):
        item = Item(line=position)
        ref_type = record.find("ref-type")
        type_name = (ref_type.get("name") if ref_type is not None else "") or ""
        item.entry_type = _ENDNOTE_TYPES.get(type_name.lower(), "misc")
        if type_name and type_name.lower() not in _ENDNOTE_TYPES:
            item.add("endnote-type", type_name)
        for role, path in (("author", "contributors/authors/author"), ("editor", "contributors/secondary-authors/author"),
                           ("translator", "contributors/subsidiary-authors/author"), ("tertiary", "contributors/tertiary-authors/author")):
            if role == "tertiary":  # a thesis's supervisor, else a series editor
                role = "advisor" if item.entry_type.endswith("thesis") else "editor"
            for element in record.findall(path):
                item.names.setdefault(role, []).append(_split_name(_text(element)))
        titles = record.find("titles")
        if titles is not None:
            item.add("title", _text(titles.find("title")))
            secondary = _text(titles.find("secondary-title"))
            if secondary:
                item.add(_container_field(item.entry_type) if item.entry_type != "book" else "series", secondary)
            item.add("series", _text(titles.find("tertiary-title")))
            item.add("shorttitle", _text(titles.find("short-title")))
        periodical = record.find("periodical/full-title")
        if periodical is not None and not item.has("journal") and item.entry_type == "article":
            item.add("journal", _text(periodical))
        for tag, name in _ENDNOTE_TEXT.items():
            if tag == "pages" and item.entry_type in ("book", "collection", "phdthesis", "techreport"):
                name = "pagetotal"  # EndNote's "Pages" of a whole book is its number of pages
            for element in record.findall(tag):
                item.add(name, _text(element))
        year = _text(record.find("dates/year"))
        item.add("year", year)
        item.add("endnote-date", _text(record.find("dates/pub-dates/date")))
        for url in record.findall("urls/related-urls/url") + record.findall("urls/web-urls/url"):
            item.add("url", _text(url))
        keywords = [_text(k) for k in record.findall("keywords/keyword")]
        item.add("keywords", ", ".join(k for k in keywords if k))
        item.add("endnote-rec-number", _text(record.find("rec-number")))
        if item.entry_type == "article" and not item.has("journal"):
            item.add("journal", _text(record.find("periodical/abbr-1")))
        result.items.append(item)
    if root.find(".//record") is None:
        raise ValueError("it has no <record> elements")


# --- PubMed / MEDLINE ------------------------------------------------------------------

_PUBMED_TEXT = {"TI": "title", "AB": "abstract", "JT": "journal", "TA": "journal-abbr", "VI": "volume", "IP": "number",
                "PG": "pages", "LA": "language", "IS": "issn", "PMID": "pmid", "PMC": "pmcid", "PL": "address",
                "BTI": "booktitle", "PB": "publisher", "ED": "editor-plain", "CI": "copyright", "OT": "keywords",
                "MH": "mesh", "GR": "grant", "PT": "pubmed-type", "DEP": "pubmed-dep", "SO": "pubmed-source",
                "BTI ": "booktitle", "ISBN": "isbn", "CN": "corporate-author", "LID": "pubmed-lid"}


def _tagged_records(text: str, tag_pattern: re.Pattern[str], continuation: re.Pattern[str]) -> Iterator[tuple[int, list[tuple[str, str]]]]:
    """(first line, [(tag, value)]) per record of a tagged text (MEDLINE, Web of Science)."""
    record: list[tuple[str, str]] = []
    start = 1
    last_tag = ""
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        match = tag_pattern.match(line)
        if match:
            if not record:
                start = number
            last_tag = match.group(1).strip()
            record.append((last_tag, match.group(2).strip()))
        elif continuation.match(line) and record:
            tag, value = record[-1]
            record[-1] = (tag, f"{value} {line.strip()}" if tag not in ("AU", "AF", "CR", "C1") else value + "\n" + line.strip())
        elif not line.strip() and record:
            yield start, record
            record = []
    if record:
        yield start, record


def _read_pubmed(text: str, result: ReadResult) -> None:
    tag = re.compile(r"^([A-Z]{2,4})\s*- ?(.*)$")
    for start, record in _tagged_records(text, tag, re.compile(r"^\s{4,}\S")):
        item = Item(line=start, entry_type="article")
        full_authors = [value for name, value in record if name == "FAU"]
        short_authors = [value for name, value in record if name == "AU"]
        for value in full_authors or short_authors:
            item.names.setdefault("author", []).append(_split_name(value) if "," in value else _medline_short(value))
        for value in (v for n, v in record if n == "FED"):
            item.names.setdefault("editor", []).append(_split_name(value))
        for name, value in record:
            if name in ("FAU", "AU", "FED", "AD", "AUID", "OWN", "STAT", "CRDT", "EDAT", "MHDA", "PHST", "JID", "SB", "LR"):
                continue
            if name == "DP":
                item.add("year", value[:4])
                item.add("pubmed-date", value)
            elif name == "AID":
                if value.endswith("[doi]"):
                    item.add("doi", value.removesuffix("[doi]").strip())
                else:
                    item.add("pubmed-aid", value)
            elif name in _PUBMED_TEXT:
                item.add(_PUBMED_TEXT[name], value)
            else:
                item.add(_field_name("pubmed-" + name.lower()), value)
        types = " ".join(v for n, v in record if n == "PT").lower()
        if "book" in types or any(n == "BTI" for n, _ in record):
            item.entry_type = "incollection" if any(n == "TI" for n, _ in record) and any(n == "BTI" for n, _ in record) else "book"
        result.items.append(item)


def _medline_short(value: str) -> Name:
    """'Smith JA' -> Smith, J. A."""
    family, _space, initials = value.rpartition(" ")
    if family and initials.isupper() and initials.isalpha():
        return Name(family=family, given=" ".join(f"{letter}." for letter in initials))
    return Name(literal=value) if " " in value else Name(family=value)


# --- Web of Science --------------------------------------------------------------------

_WOS_TYPES = {"J": "article", "B": "book", "S": "incollection", "P": "patent", "C": "inproceedings"}
_WOS_TEXT = {"TI": "title", "SO": "journal", "LA": "language", "DT": "wos-type", "DE": "keywords", "ID": "keywords-plus",
             "AB": "abstract", "C1": "affiliation", "RP": "wos-reprint-address", "EM": "wos-email", "CR": "wos-cited-references",
             "NR": "wos-cited-count", "TC": "wos-times-cited", "Z9": "wos-times-cited-all", "PU": "publisher", "PI": "address",
             "PA": "wos-publisher-address", "SN": "issn", "EI": "eissn", "BN": "isbn", "J9": "wos-j9", "JI": "journal-iso",
             "PD": "month", "PY": "year", "VL": "volume", "IS": "number", "AR": "eid", "DI": "doi", "PG": "pagetotal",
             "WC": "wos-categories", "SC": "wos-research-areas", "GA": "wos-ga", "UT": "wos-ut", "PM": "pmid", "OA": "wos-oa",
             "DA": "wos-date", "FU": "funding", "FX": "funding-text", "SE": "series", "BS": "subtitle", "CT": "eventtitle",
             "CY": "eventdate", "CL": "venue", "SP": "wos-sponsors", "HO": "wos-host", "ED": "editor-plain", "OI": "orcid",
             "RI": "researcherid", "SI": "wos-special-issue", "SU": "wos-supplement", "MA": "wos-meeting-abstract",
             "EA": "wos-early-access", "EY": "wos-early-access-year", "U1": "wos-usage-180", "U2": "wos-usage-since-2013",
             "HC": "wos-highly-cited", "HP": "wos-hot-paper", "PN": "part", "D2": "wos-book-doi"}


def _read_wos(text: str, result: ReadResult) -> None:
    tag = re.compile(r"^([A-Z][A-Z0-9])(?: (.*))?$")
    records: list[tuple[int, list[tuple[str, str]]]] = []
    current: list[tuple[str, str]] = []
    start = 1
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        if line.startswith("   ") and current:
            name, value = current[-1]
            joiner = "\n" if name in ("AU", "AF", "CR", "C1", "BE") else " "
            current[-1] = (name, value + joiner + line.strip())
            continue
        match = tag.match(line.rstrip())
        if not match:
            continue
        name, value = match.group(1), (match.group(2) or "").strip()
        if name in ("FN", "VR", "EF"):
            continue
        if name == "PT":
            current, start = [], number
        if name == "ER":
            if current:
                records.append((start, current))
            current = []
            continue
        current.append((name, value))
    if current:
        result.problem(start, "The last record has no ER line; it was read all the same.")
        records.append((start, current))
    for start, record in records:
        values = dict(record)
        item = Item(line=start, entry_type=_WOS_TYPES.get(values.get("PT", "J"), "misc"))
        if values.get("DT", "").lower().startswith("proceedings") or values.get("CT"):
            item.entry_type = "inproceedings"
        authors = values.get("AF") or values.get("AU") or ""
        for value in authors.split("\n"):
            if value.strip():
                item.names.setdefault("author", []).append(_split_name(value.strip()))
        for value in (values.get("BE") or "").split("\n"):
            if value.strip():
                item.names.setdefault("editor", []).append(_split_name(value.strip()))
        for name, value in record:
            if name in ("PT", "AU", "AF", "BE", "BP", "EP"):
                continue
            target = _WOS_TEXT.get(name, _field_name("wos-" + name.lower()))
            if name == "SO" and item.entry_type in ("inproceedings", "incollection"):
                target = "booktitle"
            elif name == "SO" and item.entry_type == "book":
                target = "series"
            item.add(target, value.replace("\n", "; ") if name in ("CR", "C1") else value)
        first, last = values.get("BP", ""), values.get("EP", "")
        item.add("pages", f"{first}--{last}" if first and last else first or last)
        result.items.append(item)
    if not records:
        raise ValueError("no record (a PT line ... an ER line) was found")


# --- Zotero RDF ------------------------------------------------------------------------

_NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "z": "http://www.zotero.org/namespaces/export#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "bib": "http://purl.org/net/biblio#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "prism": "http://prismstandard.org/namespaces/1.2/basic/",
    "vcard": "http://nwalsh.com/rdf/vCard#",
    "link": "http://purl.org/rss/1.0/modules/link/",
}
_ZOTERO_TYPES = {
    "journalArticle": "article", "magazineArticle": "article", "newspaperArticle": "article", "book": "book",
    "bookSection": "incollection", "conferencePaper": "inproceedings", "thesis": "phdthesis", "report": "techreport",
    "webpage": "online", "blogPost": "online", "manuscript": "unpublished", "patent": "patent", "statute": "legislation",
    "bill": "legislation", "case": "jurisdiction", "dataset": "dataset", "computerProgram": "software",
    "encyclopediaArticle": "inreference", "dictionaryEntry": "inreference", "document": "misc", "preprint": "online",
}
_SKIPPED_RDF = {"Attachment", "Memo", "Journal", "Series", "Person", "Organization", "Seq", "Description", "Collection"}


def _q(tag: str) -> str:
    prefix, _colon, local = tag.partition(":")
    return f"{{{_NS[prefix]}}}{local}"


def _read_zotero_rdf(text: str, result: ReadResult) -> None:
    root = ET.fromstring(text.lstrip("\ufeff").encode("utf-8"))
    about = {element.get(_q("rdf:about")): element for element in root}
    for position, element in enumerate(root, 1):
        local = element.tag.rpartition("}")[2]
        item_type = _text(element.find(_q("z:itemType")))
        if local in _SKIPPED_RDF or item_type in ("attachment", "note") or (local == "Description" and not item_type):
            continue
        item = Item(line=position)
        item.entry_type = _ZOTERO_TYPES.get(item_type, "misc")
        if item_type and item_type not in _ZOTERO_TYPES:
            item.add("zotero-type", item_type)
        for role, tag in (("author", "bib:authors"), ("editor", "bib:editors"), ("translator", "z:translators"),
                          ("bookauthor", "z:bookAuthors"), ("editor", "z:seriesEditors")):
            for person in element.findall(f"{_q(tag)}/{_q('rdf:Seq')}/{_q('rdf:li')}/*"):
                surname, given = _text(person.find(_q("foaf:surname"))), _text(person.find(_q("foaf:givenName")))
                item.names.setdefault(role, []).append(Name(family=surname, given=given) if surname else Name(literal=_text(person)))
        item.add("title", _text(element.find(_q("dc:title"))))
        item.add("shorttitle", _text(element.find(_q("z:shortTitle"))))
        for part_of in element.findall(_q("dcterms:isPartOf")):
            container = part_of[0] if len(part_of) else about.get(part_of.get(_q("rdf:resource")))
            if container is None:
                continue
            kind = container.tag.rpartition("}")[2]
            title = _text(container.find(_q("dc:title")))
            if kind == "Series":
                item.add("series", title)
                item.add("number", _text(container.find(_q("dc:identifier"))))
                continue
            item.add(_container_field(item.entry_type) if kind != "Journal" else "journal", title)
            item.add("volume", _text(container.find(_q("prism:volume"))))
            item.add("number", _text(container.find(_q("prism:number"))))
            for identifier in container.findall(_q("dc:identifier")):
                _identifier(item, _text(identifier))
        item.add("volume", _text(element.find(_q("prism:volume"))))
        item.add("number", _text(element.find(_q("prism:number"))))
        item.add("pages", _text(element.find(_q("bib:pages"))))
        date = _text(element.find(_q("dc:date")))
        item.add("date", date)
        year = re.search(r"\b(\d{4})\b", date)
        if year:
            item.add("year", year.group(1))
        for publisher in element.findall(_q("dc:publisher")):
            item.add("publisher", _text(publisher.find(f".//{_q('foaf:name')}")) or _text(publisher))
            item.add("address", _text(publisher.find(f".//{_q('vcard:locality')}")))
        for identifier in element.findall(_q("dc:identifier")):
            uri = identifier.find(f".//{_q('rdf:value')}")
            _identifier(item, _text(uri) if uri is not None else _text(identifier))
        item.add("abstract", _text(element.find(_q("dcterms:abstract"))))
        item.add("language", _text(element.find(_q("z:language"))))
        item.add("edition", _text(element.find(_q("prism:edition"))))
        item.add("pagetotal", _text(element.find(_q("z:numPages"))))
        item.add("urldate", _text(element.find(_q("dcterms:dateSubmitted"))))
        item.add("type", _text(element.find(_q("z:type"))))
        item.add("note", _text(element.find(_q("dc:description"))))
        item.add("rights", _text(element.find(_q("dc:rights"))))
        subjects = [_text(s.find(f".//{_q('rdf:value')}")) or _text(s) for s in element.findall(_q("dc:subject"))]
        item.add("keywords", ", ".join(s for s in subjects if s))
        item.add("zotero-uri", element.get(_q("rdf:about")) or "")
        result.items.append(item)


def _identifier(item: Item, text: str) -> None:
    value = text.strip()
    upper = value.upper()
    if upper.startswith("DOI "):
        item.add("doi", value[4:])
    elif upper.startswith("ISBN "):
        item.add("isbn", value[5:])
    elif upper.startswith("ISSN "):
        item.add("issn", value[5:])
    elif value.startswith(("http://", "https://")):
        item.add("url", value)
    else:
        item.add("identifier", value)


# --- RIS ----------------------------------------------------------------------------------


def _read_ris(text: str, result: ReadResult) -> None:
    from references.formats.names import parse_names
    from references.formats.ris_read import ris_to_records

    read = ris_to_records(text)
    for problem in read.problems:
        result.problem(problem.line, problem.message)
    for record in read.records:
        item = Item(entry_type=record.entry_type, key=_clean_key(record.key))
        for name, value in record.fields.items():
            if name in ("author", "editor", "translator", "bookauthor"):
                for person in parse_names(value):
                    item.names.setdefault(name, []).append(
                        Name(literal=person.literal) if person.literal else Name(family=person.family_with_particle, given=person.given)
                    )
            else:
                item.add(name, value)
        result.items.append(item)


# --- shared ---------------------------------------------------------------------------------


def _text(element: ET.Element | None) -> str:
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


def _split_name(value: str) -> Name:
    value = " ".join(value.split())
    if "," in value:
        family, _comma, given = value.partition(",")
        return Name(family=family.strip(), given=given.strip())
    if not value:
        return Name()
    parts = value.split(" ")
    return Name(family=parts[-1], given=" ".join(parts[:-1])) if len(parts) > 1 else Name(family=value)


def _scalar_text(value: object) -> str:
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return "; ".join(str(v) for v in value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _clean_key(key: str) -> str:
    return re.sub(r"[\s,{}()\"#%='\\~]", "", key)


def _field_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.:+-]", "-", name).strip("-").lower() or "field"


_READERS = {
    FileFormat.CSL_JSON: _read_csl_json,
    FileFormat.CSL_YAML: _read_csl_yaml,
    FileFormat.ENDNOTE_XML: _read_endnote_xml,
    FileFormat.PUBMED: _read_pubmed,
    FileFormat.WOS: _read_wos,
    FileFormat.ZOTERO_RDF: _read_zotero_rdf,
    FileFormat.RIS: _read_ris,
}


def as_bib_result(read: ReadResult) -> BibParseResult:
    """The items as the parse result of a .bib file, for the import plan and dialog.

    Each item becomes an entry written from its fields (it has no .bib text
    of its own); an item without a key gets JabRef's ``[auth][year]`` key.
    """
    result = BibParseResult(problems=sorted(read.problems, key=lambda p: p.line))
    taken: set[str] = set()
    for item in read.items:
        fields: list[tuple[str, str]] = []
        for role, names in item.names.items():
            names = [n for n in names if n.family or n.given or n.literal]
            if names:
                fields.append((role, "{" + " and ".join(n.raw() for n in names) + "}"))
        year = next((value for name, value in item.fields if name == "year"), None)
        for name, value in item.fields:
            if name == "date" and value == year:
                continue  # a date that is only the year says nothing more than year
            if name == "pages":
                value = _PAGE_RANGE.sub(r"\1--\2", value)
            try:
                fields.append((name, field_value(name, value)))
            except ValueError:  # braces a verbatim field cannot hold: kept as ordinary text
                fields.append((name, "{" + escape_latex(value) + "}"))
        key = item.key if item.key and item.key.lower() not in taken else generate_key(fields, taken)
        taken.add(key.lower())
        result.blocks.append(
            BibBlock(BlockKind.ENTRY, None, item.line, entry_type=item.entry_type, key=key, fields=tuple(fields), modified=True)
        )
    return result


__all__ = ["FileFormat", "Item", "Name", "ReadResult", "as_bib_result", "detect_format", "read_items"]
