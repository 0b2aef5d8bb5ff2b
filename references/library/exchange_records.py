"""Library references <-> the neutral records of the other exchange formats."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import BibBlock as StoredBlock
from models import Document, Reference
from models.bulk import indexed_after
from references.library.bib_export import ExportSelection, select_references
from references.library.bib_import import LibraryIndex
from references.bibtex import field_value, generate_key, parse_bib
from references.bibtex.keys import TakenKeys
from references.errors import InputError
from references.formats import EntryRecord, RisProblem, format_bibliography, records_to_csl_json, records_to_ris, ris_to_records
from references.interchange.gost import format_gost
from references.interchange.inheritance import finder, resolve
from references.bibtex.keys import written_key
from references.thesis.reference_fields import plain_fields, refresh_plain_columns
from references.thesis.text_file import read_text_file
from models.messages import Messages

LibraryErrors = Messages("LibraryErrors")


def to_record(ref: Reference, strings: Mapping[str, str] | None = None) -> EntryRecord:
    return EntryRecord(entry_type=ref.entry_type, key=ref.key, fields=plain_fields(ref, strings), number=ref.number)


def library_strings(session: Session) -> dict[str, str]:
    """The @string macros of every imported file (the first definition of a name wins),
    so ``journal = vkaznu`` reaches RIS, CSL-JSON and formatted lists as the journal's name."""
    strings: dict[str, str] = {}
    for raw in session.scalars(select(StoredBlock.raw).where(StoredBlock.kind == "string").order_by(StoredBlock.id)):
        for name, value in parse_bib(raw).strings.items():
            strings.setdefault(name, value)
    return strings


def records_for(session: Session, selection: ExportSelection) -> list[EntryRecord]:
    """The selection as whole records: crossref/xdata inheritance resolved as biber does,
    XDATA containers left out (see ``references.interchange.inheritance``)."""
    strings = library_strings(session)
    records = [to_record(ref, strings) for ref in select_references(session, selection)]
    if not any(_inherits(record) for record in records):
        return records
    library = {ref.key: to_record(ref, strings) for ref in session.scalars(select(Reference))}
    for ref in session.scalars(select(Reference).where(Reference.raw.is_not(None))):
        written = written_key(ref.raw or "")
        if written and written not in library:  # a repeated key still names its first entry in the file
            library[written] = library[ref.key]
    return resolve(records, finder(library))


def _inherits(record: EntryRecord) -> bool:
    return (
        record.entry_type.lower() == "xdata"
        or "crossref" in record.fields
        or "xdata" in record.fields
        or any(value.lstrip().lower().startswith("xdata=") for value in record.fields.values())
    )


def export_ris(session: Session, selection: ExportSelection) -> str:
    return records_to_ris(records_for(session, selection))


def export_csl_json(session: Session, selection: ExportSelection) -> list[dict[str, object]]:
    return records_to_csl_json(records_for(session, selection))


def formatted_bibliography(
    session: Session, selection: ExportSelection, style: str, html: bool, language: str | None = None
) -> list[str]:
    """The selection formatted in ``style``. "gost-numeric" is GOST R 7.0.100-2018 by Silteme's own
    formatter (``references.interchange.gost``): each entry's terms in its own language, or all in
    ``language`` when one is given. "gost-2008" is the published CSL style of GOST R 7.0.5-2008, its
    terms in ``language``, else in the language of the document the selection is the bibliography of."""
    records = records_for(session, selection)
    if style in ("gost-numeric", "gost-2018"):  # gost-2018: the standard's whole description (format_gost's full)
        return format_gost(records, "html" if html else "text", language, full=style == "gost-2018")
    if language is None and selection.document_id is not None:
        document = session.get(Document, selection.document_id)
        language = document.language if document is not None else None
    csl_style = "gost-numeric" if style == "gost-2008" else style
    return format_bibliography(records, style=csl_style, output="html" if html else "text", language=language)


@dataclass
class RisImportSummary:
    added: int = 0
    matched: list[str] = field(default_factory=list)
    problems: list[RisProblem] = field(default_factory=list)


def import_ris(
    session: Session, path: Path, *, document_id: int | None = None, strict: bool = False
) -> RisImportSummary:
    """Add the records of a RIS file (in the caller's transaction)."""
    result = ris_to_records(read_text_file(path))
    summary = RisImportSummary(problems=list(result.problems))
    if strict and result.problems:
        listing = "; ".join(f"line {p.line}: {p.message}" for p in result.problems[:20])
        raise InputError(LibraryErrors.tr(
                "%1: problems found: %2, and --strict was given, so nothing was imported: %3",
                path, len(result.problems), listing,
            ))
    index = LibraryIndex(session)
    taken = TakenKeys(index.by_key)
    next_number = None
    if document_id is not None:
        from sqlalchemy import func, select

        next_number = (session.scalar(select(func.max(Reference.number)).where(Reference.document_id == document_id)) or 0) + 1
    for record in result.records:
        found = index.match(record.key, record.get("doi") or "", record.get("title") or "", record.get("author") or "")
        if found is not None:
            summary.matched.append(f"{record.key or record.get('title')} matches {found[2]} ({found[0]})")
            continue
        fields = [[name, field_value(name, value)] for name, value in record.fields.items() if value.strip()]
        key = record.key if record.key and record.key not in taken else generate_key(fields, taken)
        taken.add(key)
        ref = Reference(
            document_id=document_id, number=next_number, key=key, entry_type=record.entry_type,
            fields=fields, raw=None, modified=True, complete=False,
        )
        if next_number is not None:
            next_number += 1
        refresh_plain_columns(ref)
        session.add(ref)
        summary.added += 1
    # The full-text index in one statement after the rows: FTS5 written a row at a time
    # grows slower as its index grows (50,000 records of one author took 1.75x ten times 5,000).
    with indexed_after(session.connection(), Reference.__table__):
        session.flush()
    return summary
