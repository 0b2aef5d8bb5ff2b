"""Storing a parsed thesis: document, sections, blocks, claims and citations.

Parsing is pure (``references.text``); this module only persists its result
inside the caller's transaction, so an import is all or nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from models import (
    BLOCK_SEPARATOR,
    Block,
    Citation,
    CitationTarget,
    Claim,
    Document,
    PageBreak,
    Reference,
    Section,
)
from references.bibtex.silteme_fields import PROVENANCE_FIELD
from references.errors import InputError
from references.normalize import search_form
from references.safe_text import clean_text
from references.text import ParsedDocument, parse_thesis
from references.thesis.reference_list import ListEntry, create_listed_references
from references.thesis.text_file import read_text_file
from references.text.language import detect_language
from models.messages import Messages

ThesisErrors = Messages("ThesisErrors")


@dataclass(frozen=True)
class ImportSummary:
    document_id: int
    title: str
    sections: int
    blocks: int
    claims: int
    citations: int
    references_created: int  # numbered references made: from the printed list, then for cited numbers it lacks
    references_listed: int = 0  # of them, entries of the thesis's own reference list


def import_text_file(session: Session, path: Path, title: str | None = None) -> ImportSummary:
    text = read_text_file(path)
    return import_text(session, text, title=title or path.stem, source_name=path.name)


def import_text(
    session: Session,
    text: str,
    *,
    title: str,
    source_name: str = "",
    create_references: bool = True,
    heading_lines: frozenset[int] = frozenset(),
) -> ImportSummary:
    """Parse ``text`` and store it as a new document (in the caller's transaction).

    ``heading_lines``: lines the source's layout sets as headings (see ``parse_thesis``).
    """
    text, title = clean_text(text), clean_text(title)
    if not text.strip():
        raise InputError(ThesisErrors.tr("The text is empty: there is nothing to import."))
    parsed = parse_thesis(text, heading_lines)
    if not parsed.blocks:
        raise InputError((ThesisErrors.tr("No paragraphs were found in %1; nothing was imported.", source_name) if source_name
                          else ThesisErrors.tr("No paragraphs were found in the text; nothing was imported.")))
    document = Document(
        title=title,
        source_name=source_name,
        source_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        range_dash=dominant_dash(parsed),
        language=detect_language(text),
    )
    session.add(document)
    session.flush()
    created = listed = 0
    if create_references:
        if parsed.reference_list:
            entries = [ListEntry(e.number, e.text) for e in parsed.reference_list]
            listed = len(create_listed_references(session, document.id, entries).references)
        created = listed + _create_missing_references(session, document, parsed)
    store_parsed(session, document, parsed)
    return ImportSummary(
        document_id=document.id,
        title=document.title,
        sections=len(parsed.sections),
        blocks=len(parsed.blocks),
        claims=sum(len(b.claims) for b in parsed.blocks),
        citations=sum(len(b.citations) for b in parsed.blocks),
        references_created=created,
        references_listed=listed,
    )


def store_parsed(session: Session, document: Document, parsed: ParsedDocument) -> None:
    """Add the sections and blocks of ``parsed`` to ``document`` (which has none).

    The few sections go through the ORM (their parents are objects); the
    blocks, claims, markers, their numbers and page breaks, a few thousand
    rows for a thesis, are written as one multi-row INSERT per table, their
    ids returned in order: one ORM object per row was a third of a revision's
    time. The search forms the ORM's events would set are set here.
    """
    numbers = {
        number: ref_id
        for number, ref_id in session.execute(
            select(Reference.number, Reference.id).where(Reference.document_id == document.id)
        )
    }
    sections: list[Section] = []
    for position, ps in enumerate(parsed.sections):
        section = Section(
            document=document,
            position=position,
            level=ps.level,
            number=ps.number,
            title=ps.title,
            kind=ps.kind,
            parent=sections[ps.parent_index] if ps.parent_index is not None else None,
        )
        sections.append(section)
    session.add_all(sections)
    session.flush()  # sections and the document get their ids
    block_rows = []
    offset = 0
    for position, pb in enumerate(parsed.blocks):
        block_rows.append({
            "document_id": document.id,
            "section_id": sections[pb.section_index].id if sections else None,
            "position": position,
            "kind": pb.kind,
            "text": pb.text,
            "caption": pb.caption,
            "doc_start": offset,
            "search_text": search_form(" ".join(p for p in (pb.caption, pb.text) if p)),
        })
        offset += len(pb.text) + len(BLOCK_SEPARATOR)
    block_ids = _insert_rows(session, Block, block_rows)
    claim_rows = [
        {"block_id": block_id, "start": c.start, "end": c.end, "text": (text := pb.text[c.start : c.end]),
         "origin": "sentence", "search_text": search_form(text)}
        for block_id, pb in zip(block_ids, parsed.blocks, strict=True)
        for c in pb.claims
    ]
    claim_ids = iter(_insert_rows(session, Claim, claim_rows))
    citation_rows = []
    for block_id, pb in zip(block_ids, parsed.blocks, strict=True):
        claim_of: dict[int, int] = {}
        for claim_spec in pb.claims:
            claim_id = next(claim_ids)
            for index in claim_spec.citation_indexes:
                claim_of[index] = claim_id
        citation_rows.extend(
            {"block_id": block_id, "claim_id": claim_of.get(i), "start": pc.start, "end": pc.end, "marker": pc.marker}
            for i, pc in enumerate(pb.citations)
        )
    citation_ids = _insert_rows(session, Citation, citation_rows)
    all_citations = (pc for pb in parsed.blocks for pc in pb.citations)
    target_rows = [
        {"citation_id": citation_id, "position": i, "number": n, "reference_id": numbers.get(n)}
        for citation_id, pc in zip(citation_ids, all_citations, strict=True)
        for i, n in enumerate(pc.numbers)
    ]
    page_rows = [
        {"block_id": block_id, "offset": p.offset, "label": p.label}
        for block_id, pb in zip(block_ids, parsed.blocks, strict=True)
        for p in pb.page_breaks
    ]
    connection = session.connection()
    for model, rows in ((CitationTarget, target_rows), (PageBreak, page_rows)):
        if rows:
            connection.execute(insert(model.__table__), rows)


def _insert_rows(session: Session, model: type, rows: list[dict[str, object]]) -> list[int]:
    """Insert ``rows`` into ``model``'s table; their new ids, in the order of ``rows``."""
    if not rows:
        return []
    table = model.__table__  # type: ignore[attr-defined]
    result = session.connection().execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
    return list(result.scalars())


def _create_missing_references(session: Session, document: Document, parsed: ParsedDocument) -> int:
    """An incomplete reference for each number 1..highest cited, as a numbered list has."""
    cited = {n for b in parsed.blocks for c in b.citations for n in c.numbers}
    if not cited:
        return 0
    existing = set(
        session.scalars(select(Reference.number).where(Reference.document_id == document.id))
    )
    created = 0
    for number in range(1, max(cited) + 1):
        if number in existing:
            continue
        note = "Created from the thesis's citation markers; not cited in the text." if number not in cited else (
            "Created from the thesis's citation markers; complete it from the bibliography."
        )
        session.add(
            Reference(
                document_id=document.id,
                number=number,
                key=f"doc{document.id}-ref{number}",
                entry_type="misc",
                fields=[[PROVENANCE_FIELD, "{" + note + "}"]],
                raw=None,
                modified=True,
                complete=False,
            )
        )
        created += 1
    session.flush()
    return created


def dominant_dash(parsed: ParsedDocument) -> str:
    """The dash the thesis writes its ranges with ("[3-5]" or "[3–5]"), by its markers; "-" when none has one."""
    counts = {"-": 0, "–": 0}
    for block in parsed.blocks:
        for citation in block.citations:
            for dash in counts:
                counts[dash] += citation.marker.count(dash)
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else "-"
