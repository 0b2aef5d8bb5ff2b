"""Storing a parsed thesis: document, sections, blocks, claims and citations.

Parsing is pure (``references.text``); this module only persists its result
inside the caller's transaction, so an import is all or nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
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
from references.safe_text import clean_text
from references.text import ParsedDocument, parse_thesis
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
    references_created: int


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
        range_dash=_dominant_dash(parsed),
        language=detect_language(text),
    )
    session.add(document)
    session.flush()
    created = 0
    if create_references:
        created = _create_missing_references(session, document, parsed)
    store_parsed(session, document, parsed)
    return ImportSummary(
        document_id=document.id,
        title=document.title,
        sections=len(parsed.sections),
        blocks=len(parsed.blocks),
        claims=sum(len(b.claims) for b in parsed.blocks),
        citations=sum(len(b.citations) for b in parsed.blocks),
        references_created=created,
    )


def store_parsed(session: Session, document: Document, parsed: ParsedDocument) -> None:
    """Add the sections and blocks of ``parsed`` to ``document`` (which has none)."""
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
    offset = 0
    for position, pb in enumerate(parsed.blocks):
        block = Block(
            document=document,
            section=sections[pb.section_index] if sections else None,
            position=position,
            kind=pb.kind,
            text=pb.text,
            caption=pb.caption,
            doc_start=offset,
        )
        offset += len(pb.text) + len(BLOCK_SEPARATOR)
        block.page_breaks = [PageBreak(offset=p.offset, label=p.label) for p in pb.page_breaks]
        citations = [
            Citation(
                start=pc.start,
                end=pc.end,
                marker=pc.marker,
                targets=[
                    CitationTarget(position=i, number=n, reference_id=numbers.get(n))
                    for i, n in enumerate(pc.numbers)
                ],
            )
            for pc in pb.citations
        ]
        block.citations = citations
        for claim_spec in pb.claims:
            claim = Claim(
                start=claim_spec.start,
                end=claim_spec.end,
                text=pb.text[claim_spec.start : claim_spec.end],
                origin="sentence",
            )
            block.claims.append(claim)
            for index in claim_spec.citation_indexes:
                citations[index].claim = claim
        session.add(block)
    session.flush()


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


def _dominant_dash(parsed: ParsedDocument) -> str:
    counts = {"-": 0, "–": 0}
    for block in parsed.blocks:
        for citation in block.citations:
            for dash in counts:
                counts[dash] += citation.marker.count(dash)
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else "-"
