"""Library references <-> the neutral records of the other exchange formats."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from models import Document, Reference
from references.library.bib_export import ExportSelection, select_references
from references.library.bib_import import LibraryIndex
from references.bibtex import field_value, generate_key
from references.bibtex.keys import TakenKeys
from references.errors import InputError, NotFoundError
from references.formats import EntryRecord, RisProblem, format_bibliography, records_to_csl_json, records_to_ris, ris_to_records
from references.library.reference_fields import plain_fields, refresh_plain_columns
from references.thesis.text_file import read_text_file
from references.text.language import check_language


def to_record(ref: Reference) -> EntryRecord:
    return EntryRecord(entry_type=ref.entry_type, key=ref.key, fields=plain_fields(ref), number=ref.number)


def records_for(session: Session, selection: ExportSelection) -> list[EntryRecord]:
    return [to_record(ref) for ref in select_references(session, selection)]


def export_ris(session: Session, selection: ExportSelection) -> str:
    return records_to_ris(records_for(session, selection))


def export_csl_json(session: Session, selection: ExportSelection) -> list[dict[str, object]]:
    return records_to_csl_json(records_for(session, selection))


def formatted_bibliography(
    session: Session, selection: ExportSelection, style: str, html: bool, language: str | None = None
) -> list[str]:
    """The selection formatted in ``style``; GOST's terms in ``language``, else
    in the language of the document the selection is the bibliography of."""
    if language is None and selection.document_id is not None:
        document = session.get(Document, selection.document_id)
        language = document.language if document is not None else None
    records = records_for(session, selection)
    return format_bibliography(records, style=style, output="html" if html else "text", language=language)


def set_document_language(session: Session, document_id: int, language: str) -> str:
    """Set the language a document is written in (kk, ru or en); the old one."""
    document = session.get(Document, document_id)
    if document is None:
        raise NotFoundError(f"No document with id {document_id} in this library.")
    try:
        check_language(language)
    except ValueError as exc:
        raise InputError(f"{exc}.") from None
    old, document.language = document.language, language
    return old


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
        raise InputError(f"{path}: {len(result.problems)} problem(s), and --strict was given, so nothing was imported: {listing}")
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
    session.flush()
    return summary
