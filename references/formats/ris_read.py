"""RIS text -> records: rispy reads each record cut out by ``ris_lines``."""

from __future__ import annotations

from dataclasses import dataclass, field

import rispy

from references.formats.names import PersonName, format_name_list, parse_names
from references.formats.record import EntryRecord
from references.formats.ris_fields import (
    LIST_TAGS,
    NO_DELIMITED_TAGS,
    PUBLISHER_FIELD_BY_TYPE,
    SIMPLE_FIELDS,
    container_field,
    date_from_ris,
    serial_number_kind,
)
from references.formats.ris_lines import RisChunk, RisProblem, split_records
from references.formats.ris_types import (
    KNOWN_RIS_TYPES,
    THESIS_WORK_TYPES,
    entry_type_from_ris,
    thesis_type_from_work,
)
from references.formats.values import join_keywords, join_pages, leading_year

_TAG_OF_KEY = {key: tag for tag, key in rispy.TAG_KEY_MAPPING.items()}
#: rispy keys this reader turns into record fields; others are reported.
_READ_KEYS = frozenset(
    {"type_of_reference", "id", "authors", "first_authors", "secondary_authors",
     "title", "primary_title", "secondary_title", "tertiary_title", "journal_name",
     "alternate_title1", "alternate_title2", "alternate_title3", "year",
     "publication_year", "date", "access_date", "start_page", "end_page", "publisher",
     "issn", "urls", "keywords", "notes", "notes_abstract", "end_of_reference",
     *SIMPLE_FIELDS.values()}
)


@dataclass
class RisResult:
    """What an RIS text gave: the records, and what was wrong with it."""

    records: list[EntryRecord] = field(default_factory=list)
    problems: list[RisProblem] = field(default_factory=list)


def ris_to_records(text: str) -> RisResult:
    """Read every record of an RIS text; damage is reported, never raised."""
    chunks, problems = split_records(text)
    result = RisResult(problems=problems)
    keys = _KeyMaker()
    for chunk in chunks:
        try:
            references = rispy.loads(
                chunk.text, list_tags=LIST_TAGS, delimiter_tags_mapping=NO_DELIMITED_TAGS
            )
        except Exception as error:  # rispy on damaged input: report, keep going
            result.problems.append(RisProblem(chunk.start_line, f"record not read: {error}"))
            continue
        for reference in references:
            result.records.append(_record(reference, chunk, keys, result.problems))
    if not chunks and text.strip():
        result.problems.append(RisProblem(1, "no RIS record found: no line starts with TY"))
    result.problems.sort(key=lambda p: p.line)
    return result


def name_from_ris(value: str) -> PersonName:
    """``Family, Given[, Suffix]``; a name without a comma is one literal name."""
    parts = [p.strip() for p in value.split(",")]
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        whole = " ".join(value.split())
        return PersonName(literal=whole) if " " in whole else PersonName(family=whole)
    family_words = parts[0].split()
    n = 0
    while n < len(family_words) - 1 and family_words[n][:1].islower():
        n += 1
    return PersonName(
        family=" ".join(family_words[n:]),
        particle=" ".join(family_words[:n]),
        given=parts[1],
        suffix=", ".join(parts[2:]),
    )


def _record(
    ref: dict, chunk: RisChunk, keys: _KeyMaker, problems: list[RisProblem]
) -> EntryRecord:
    code = str(ref.get("type_of_reference", "")).strip().upper()
    if code not in KNOWN_RIS_TYPES:
        problems.append(
            RisProblem(chunk.start_line, f"unknown reference type {code!r} read as misc")
        )
    entry_type = entry_type_from_ris(code)
    fields: dict[str, str] = {}
    for field_name, ris_key in SIMPLE_FIELDS.items():
        if value := _text(ref.get(ris_key)):
            fields[field_name] = value
    if entry_type == "thesis":
        entry_type = thesis_type_from_work(fields.get("type"))
        if entry_type in THESIS_WORK_TYPES:
            del fields["type"]  # the entry type says it already
    if not fields.get("title") and (title := _text(ref.get("primary_title"))):
        fields["title"] = title
    _read_names(ref, fields)
    _read_containers(ref, fields, entry_type)
    _read_dates(ref, fields)
    _read_rest(ref, fields, entry_type)
    _keep_unread(ref, fields)
    key = keys.make(_text(ref.get("id")), fields, chunk, problems)
    return EntryRecord(entry_type=entry_type, key=key, fields=fields)


def _read_names(ref: dict, fields: dict[str, str]) -> None:
    authors = [*ref.get("authors", []), *ref.get("first_authors", [])]
    for field_name, values in (("author", authors), ("editor", ref.get("secondary_authors", []))):
        names = [name_from_ris(v) for v in values if v.strip()]
        if names:
            fields[field_name] = format_name_list(names)


def _read_containers(ref: dict, fields: dict[str, str], entry_type: str) -> None:
    if t2 := _text(ref.get("secondary_title")):
        fields[container_field(entry_type)] = t2
    if (t3 := _text(ref.get("tertiary_title"))) and "series" not in fields:
        fields["series"] = t3
    if "journal" not in fields:
        # EndNote and PubMed put the journal in JO/JF/JA rather than T2.
        for key in ("journal_name", "alternate_title3", "alternate_title2"):
            if journal := _text(ref.get(key)):
                fields["journal"] = journal
                break
    if short := _text(ref.get("alternate_title1")):
        fields["shortjournal"] = short
    booktitle = ref.get("unknown_tag", {}).get("BT")
    if booktitle and "booktitle" not in fields and (text := _text(booktitle[0])):
        fields["booktitle"] = text


def _read_dates(ref: dict, fields: dict[str, str]) -> None:
    year_text = _text(ref.get("year")) or _text(ref.get("publication_year"))
    date_text = _text(ref.get("date"))
    if year_text and "/" in year_text:  # old RIS: PY  - 2009/05/03/
        date_text = date_text or year_text
        year_text = str(leading_year(year_text) or year_text)
    if year_text:
        fields["year"] = year_text
    if date_text:
        date = date_from_ris(date_text)
        if date != year_text:  # "2009" or "2009///" adds nothing to the year
            fields["date"] = date
    if accessed := _text(ref.get("access_date")):
        fields["urldate"] = date_from_ris(accessed)


def _read_rest(ref: dict, fields: dict[str, str], entry_type: str) -> None:
    pages = join_pages(_text(ref.get("start_page")), _text(ref.get("end_page")))
    if pages:
        fields["pages"] = pages
    if publisher := _text(ref.get("publisher")):
        fields[PUBLISHER_FIELD_BY_TYPE.get(entry_type, "publisher")] = publisher
    for value in ref.get("issn", []):  # every SN kept: issn, issn2 / isbn, isbn2...
        kind = serial_number_kind(value, entry_type)
        if not value.strip():
            continue
        name, number = kind, 1
        while name in fields:
            number += 1
            name = f"{kind}{number}"
        fields[name] = value.strip()
    urls = [u.strip() for u in ref.get("urls", []) if u.strip()]
    for index, url in enumerate(urls):  # every UR kept: url, url2, url3...
        fields["url" if index == 0 else f"url{index + 1}"] = url
    keywords = join_keywords(ref.get("keywords", []))
    if keywords:
        fields["keywords"] = keywords
    notes = ref.get("notes", [])
    if any(n.strip() for n in notes):
        fields["note"] = "\n".join(notes).strip()
    if "abstract" not in fields and (abstract := _text(ref.get("notes_abstract"))):
        fields["abstract"] = abstract


def _keep_unread(ref: dict, fields: dict[str, str]) -> None:
    """Tags with no BibTeX field of their own are kept as ``ris-<tag>`` fields (one line
    per value), so an RIS file goes back out with every value it brought."""
    for key, value in ref.items():
        if key == "unknown_tag":
            for tag, values in value.items():
                if tag != "BT" and (text := "\n".join(v.strip() for v in values if v.strip())):
                    fields.setdefault(f"ris-{tag.lower()}", text)
        elif key not in _READ_KEYS and key in _TAG_OF_KEY:
            values = value if isinstance(value, list) else [value]
            if text := "\n".join(str(v).strip() for v in values if str(v).strip()):
                fields.setdefault(f"ris-{_TAG_OF_KEY[key].lower()}", text)


def _text(value: object) -> str:
    if isinstance(value, list):
        value = " ".join(str(v) for v in value)
    return " ".join(str(value).split()) if value is not None else ""


class _KeyMaker:
    """Keys from ``ID`` lines, made unique; Author+Year when a record has none."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        # How many suffixes of each base were tried already: the next search starts
        # there (keys are only added), so records of one author and year are linear.
        self.tried: dict[str, int] = {}

    def make(
        self, wanted: str, fields: dict[str, str], chunk: RisChunk, problems: list[RisProblem]
    ) -> str:
        if wanted and wanted in self.used:
            problems.append(RisProblem(chunk.line_of("ID"), f"ID {wanted!r} is used twice"))
        base = wanted or _author_year(fields)
        key = base
        if key in self.used:
            index = self.tried.get(base, 0)
            while True:
                key = f"{base}{_suffix(index)}"
                index += 1
                if key not in self.used:
                    break
            self.tried[base] = index
        self.used.add(key)
        return key


def _author_year(fields: dict[str, str]) -> str:
    names = parse_names(fields.get("author") or fields.get("editor"))
    stem = (names[0].family or names[0].literal) if names else "ref"
    stem = "".join(ch for ch in stem if ch.isalnum()) or "ref"
    year = leading_year(fields.get("year") or fields.get("date"))
    return f"{stem}{year or ''}"


def _suffix(index: int) -> str:
    """The ``index``-th key suffix: "a" … "z", then "2a" … "2z", "3a" …, in constant time."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    if index < len(letters):
        return letters[index]
    return f"{2 + (index - 26) // 26}{letters[(index - 26) % 26]}"

