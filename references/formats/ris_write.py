"""Records -> RIS text, through rispy's writer."""

from __future__ import annotations

import re
from collections.abc import Iterable

import rispy

from references.formats.names import PersonName, parse_names
from references.formats.record import EntryRecord, full_title
from references.formats.ris_fields import (
    ARTICLE_TYPES,
    LIST_TAGS,
    NO_DELIMITED_TAGS,
    PUBLISHER_FIELDS,
    SIMPLE_FIELDS,
    container_field,
    ris_date,
)
from references.formats.ris_types import THESIS_WORK_TYPES, ris_type
from references.formats.values import leading_year, one_line, split_keywords, split_pages


class _RisWriter(rispy.RisWriter):
    """rispy's writer without the ``1.``, ``2.`` lines it puts before records."""

    def set_header(self, count: int) -> str:
        return ""


def records_to_ris(records: Iterable[EntryRecord]) -> str:
    """RIS text for ``records``: one ``TY`` ... ``ER`` block each, in order."""
    references = [_reference(record) for record in records]
    if not references:
        return ""
    return rispy.dumps(
        references,
        implementation=_RisWriter,
        list_tags=LIST_TAGS,
        delimiter_tags_mapping=NO_DELIMITED_TAGS,
    )


def ris_name(name: PersonName) -> str:
    """``AU`` form: ``Family, Given[, Suffix]``; an institution as written."""
    if name.literal:
        return name.literal
    parts = [name.family_with_particle, name.given, name.suffix]
    while len(parts) > 1 and not parts[-1]:
        parts.pop()
    return ", ".join(parts)


def _reference(record: EntryRecord) -> dict[str, object]:
    entry_type = record.entry_type.lower()
    ref: dict[str, object] = {"type_of_reference": ris_type(entry_type), "id": record.key}
    for field, ris_key in (("author", "authors"), ("editor", "secondary_authors")):
        names = parse_names(record.get(field))
        if names:
            ref[ris_key] = [ris_name(n) for n in names]
    for field, ris_key in SIMPLE_FIELDS.items():
        value = full_title(record) if field == "title" else record.get(field)
        if value is not None:
            ref[ris_key] = one_line(value)
    if "type_of_work" not in ref and entry_type in THESIS_WORK_TYPES:
        ref["type_of_work"] = THESIS_WORK_TYPES[entry_type]
    _add_containers(ref, record, entry_type)
    _add_dates(ref, record)
    _add_pages(ref, record)
    _add_identifiers(ref, record)
    _add_kept_tags(ref, record)
    publisher = record.first(*PUBLISHER_FIELDS)
    if publisher is not None:
        ref["publisher"] = one_line(publisher)
    keywords = record.get("keywords")
    if keywords is not None:
        ref["keywords"] = split_keywords(one_line(keywords))
    note = record.get("note")
    if note is not None:
        # One N1 line per note line: the reader joins them with line breaks again.
        ref["notes"] = note.split("\n")
    return ref


def _add_containers(ref: dict[str, object], record: EntryRecord, entry_type: str) -> None:
    t2_field = container_field(entry_type)
    if (value := record.get(t2_field)) is not None:
        ref["secondary_title"] = one_line(value)
    if t2_field != "series" and (series := record.get("series")) is not None:
        ref["tertiary_title"] = one_line(series)
    if entry_type not in ARTICLE_TYPES and (journal := record.get("journal")) is not None:
        ref["journal_name"] = one_line(journal)
    if (short := record.get("shortjournal")) is not None:
        ref["alternate_title1"] = one_line(short)
    if t2_field != "booktitle" and (booktitle := record.get("booktitle")) is not None:
        # The spec has no tag for a book title outside chapters; BT is the common one.
        ref["unknown_tag"] = {"BT": [one_line(booktitle)]}


def _add_dates(ref: dict[str, object], record: EntryRecord) -> None:
    year = record.get("year")
    date = record.get("date")
    if year is None and date is not None and (found := leading_year(date)):
        year = str(found)
    if year is not None:
        ref["year"] = one_line(year)
    if date is not None:
        ref["date"] = ris_date(one_line(date))
    if (accessed := record.get("urldate")) is not None:
        ref["access_date"] = ris_date(one_line(accessed))


def _add_pages(ref: dict[str, object], record: EntryRecord) -> None:
    pages = record.get("pages")
    if pages is None:
        return
    page_range = split_pages(one_line(pages))
    ref["start_page"] = page_range.first
    if page_range.last is not None:
        ref["end_page"] = page_range.last


def _add_identifiers(ref: dict[str, object], record: EntryRecord) -> None:
    serials = [one_line(v) for v in (record.get("isbn"), record.get("issn")) if v is not None]
    serials += [one_line(record.fields[name]) for name in _numbered(record, ("isbn", "issn"))]
    if serials:
        ref["issn"] = serials  # rispy calls SN "issn" whatever it holds
    urls = [one_line(url)] if (url := record.get("url")) is not None else []
    urls += [one_line(record.fields[name]) for name in _numbered(record, ("url",))]
    if urls:
        ref["urls"] = urls


def _numbered(record: EntryRecord, bases: tuple[str, ...]) -> list[str]:
    """Fields such as url2, issn3 (a second or third value of one tag), in order."""
    found = [name for name in record.fields if any(re.fullmatch(rf"{base}\d+", name) for base in bases)]
    return sorted(found, key=lambda name: int(re.sub(r"\D", "", name)))


def _add_kept_tags(ref: dict[str, object], record: EntryRecord) -> None:
    """``ris-<tag>`` fields (tags an RIS file brought that have no field of their own) go back out."""
    kept = {name[4:].upper(): value for name, value in record.fields.items() if name.startswith("ris-") and value.strip()}
    if kept:
        unknown = ref.setdefault("unknown_tag", {})
        assert isinstance(unknown, dict)
        for tag, value in kept.items():
            if re.fullmatch(r"[A-Z][A-Z0-9]", tag):
                unknown.setdefault(tag, [line for line in value.split("\n") if line.strip()])
