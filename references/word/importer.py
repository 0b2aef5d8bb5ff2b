"""``import_docx``: a Word thesis into the library, in the caller's transaction.

The document's blocks, sections, markers and claims are stored as the text
import stores them; the reference list becomes numbered references (each
with its verbatim text in ``silteme-verbatim`` and only what the text states
parsed into fields, all incomplete); Word comments become annotations with
their replies and resolved state; the .docx itself is kept, with where each
block came from, so that ``write_back`` can return the author's own file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import BLOCK_SEPARATOR, Annotation, AnnotationReply, Block, Document, Reference, WordSource
from references.anchoring import describe
from references.review.annotations import now
from references.thesis.text_map import DocumentMap
from references.bibtex.silteme_fields import COMPLETE_FIELD, NUMBER_FIELD, VERBATIM_FIELD  # noqa: F401 - VERBATIM_FIELD: writeback's name for it
from references.errors import InputError
from references.thesis.text_import import dominant_dash, store_parsed
from references.text import ParsedBlock, ParsedDocument, ParsedSection, find_citations
from references.text.claims import find_claims
from references.word.comments import WordComment, read_comments
from references.thesis.reference_list import ListEntry, create_listed_references
from references.word.extract import Extracted, XEntry, extract
from references.word.package import DocxPackage, read_docx
from references.text.language import detect_language
from models.messages import Messages

WordErrors = Messages("WordErrors")

LAYOUT_VERSION = 1
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DocxImportSummary:
    document_id: int
    title: str
    sections: int
    blocks: int
    tables: int
    footnotes: int
    claims: int
    citations: int
    references: int
    references_parsed: int
    comments: int
    replies: int
    warnings: tuple[str, ...] = ()


def import_docx(
    session: Session, path: Path, title: str | None = None, progress: Progress | None = None
) -> DocxImportSummary:
    """Import the Word document at ``path`` as a new document (caller's transaction)."""
    if path.suffix.lower() in (".odt", ".fodt") and path.is_file():
        import tempfile

        from references.word.libreoffice import convert

        with tempfile.TemporaryDirectory(prefix="silteme-odt-") as folder:
            converted = convert(path, "docx", Path(folder))
            package = read_docx(converted)
            package.name = path.name
    else:
        package = read_docx(path)
    return import_package(session, package, title or path.stem, progress)


def import_package(
    session: Session, package: DocxPackage, title: str, progress: Progress | None = None
) -> DocxImportSummary:
    def step(done: int, total: int) -> None:  # reading is the first 70 of 100 steps, storing the rest
        if progress is not None:
            progress(70 * done // max(total, 1), 100)

    extracted = extract(package, step)
    _check(package.name, extracted)
    parsed, warnings = _parsed(extracted)
    sha = hashlib.sha256(package.data).hexdigest()
    document = Document(
        title=title,
        source_name=package.name,
        source_sha256=sha,
        range_dash=dominant_dash(parsed),
        language=detect_language("\n".join(block.text for block in parsed.blocks)),
    )
    session.add(document)
    session.flush()
    listed = create_listed_references(session, document.id, [ListEntry(e.number, e.text) for e in extracted.entries])
    warnings.extend(listed.warnings)
    refs, parsed_count = listed.references, listed.parsed
    entries = [(ref.number, entry) for ref, entry in zip(refs, extracted.entries, strict=True)]
    step(1, 1)
    store_parsed(session, document, parsed)
    if progress is not None:
        progress(90, 100)
    block_ids = list(session.scalars(select(Block.id).where(Block.document_id == document.id).order_by(Block.position)))
    comments = read_comments(package)
    threads, replies, unplaced = _create_annotations(session, document.id, extracted, parsed, block_ids, comments)
    if unplaced:
        warnings.append(f"{unplaced} comment(s) had no place in the text; they were anchored on the nearest paragraph.")
    unparsed = len(entries) - parsed_count
    if unparsed:
        warnings.append(f"{unparsed} reference(s) could not be read into fields; each keeps its full text and stays incomplete.")
    session.add(
        WordSource(
            document_id=document.id,
            name=package.name,
            sha256=sha,
            size=len(package.data),
            data=package.data,
            layout=_layout(extracted, block_ids, entries, refs),
        )
    )
    session.flush()
    if progress is not None:
        progress(100, 100)
    return DocxImportSummary(
        document_id=document.id,
        title=title,
        sections=len(parsed.sections),
        blocks=len(parsed.blocks),
        tables=sum(1 for b in parsed.blocks if b.kind == "table"),
        footnotes=sum(1 for b in parsed.blocks if b.kind == "footnote"),
        claims=sum(len(b.claims) for b in parsed.blocks),
        citations=sum(len(b.citations) for b in parsed.blocks),
        references=len(entries),
        references_parsed=parsed_count,
        comments=threads,
        replies=replies,
        warnings=tuple(warnings),
    )


def _check(name: str, extracted: Extracted) -> None:
    if not extracted.blocks and not extracted.entries:
        raise InputError(WordErrors.tr("%1 holds no text: there is nothing to import.", name))
    if not any(b.kind == "heading" for b in extracted.blocks):
        raise InputError(
            WordErrors.tr(
                "%1 has no headings (no Heading styles, outline levels or numbered titles such as \"1 "
                "...\", КІРІСПЕ or ВВЕДЕНИЕ); nothing was imported.",
                name,
            )
        )
    if not extracted.entries:
        raise InputError(
            WordErrors.tr(
                "%1 has no reference list (a heading such as ПАЙДАЛАНЫЛҒАН ӘДЕБИЕТТЕР ТІЗІМІ, СПИСОК "
                "ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ or References followed by its entries); nothing was imported.",
                name,
            )
        )


def _parsed(extracted: Extracted) -> tuple[ParsedDocument, list[str]]:
    warnings: list[str] = []
    sections = [ParsedSection(s.title, s.number, s.kind, s.level, s.parent_index) for s in extracted.sections]  # type: ignore[arg-type]  # kinds are the SectionKind words
    blocks = []
    for position, block in enumerate(extracted.blocks):
        citations, rejected = find_citations(block.text)
        for marker in rejected:
            warnings.append(f"paragraph {position + 1}: {marker.reason}; it was not linked.")
        first = block.segments[0].index if block.segments else 0
        blocks.append(
            ParsedBlock(
                kind=block.kind,  # type: ignore[arg-type]  # "footnote" is a block kind of Word documents
                text=block.text,
                section_index=block.section_index,
                first_line=first,
                last_line=block.segments[-1].index if block.segments else first,
                caption=block.caption,
                citations=citations,
                claims=find_claims(block.text, citations),
            )
        )
    return ParsedDocument(sections, blocks, warnings), warnings


def fields_fingerprint(entry_type: str, fields: list[list[str]]) -> str:
    """What an entry says, without Silteme's bookkeeping: it changes when a person edits it."""
    own = {NUMBER_FIELD, COMPLETE_FIELD, "groups"}
    kept = [[n.lower(), v] for n, v in fields if n.lower() not in own]
    return hashlib.sha256(repr((entry_type, kept)).encode("utf-8")).hexdigest()[:32]


def _create_annotations(
    session: Session,
    document_id: int,
    extracted: Extracted,
    parsed: ParsedDocument,
    block_ids: list[int],
    comments: dict[str, WordComment],
) -> tuple[int, int, int]:
    starts = []
    offset = 0
    for block in parsed.blocks:
        starts.append(offset)
        offset += len(block.text) + len(BLOCK_SEPARATOR)
    text = BLOCK_SEPARATOR.join(b.text for b in parsed.blocks)
    threads = replies = unplaced = 0
    doc_map = DocumentMap(session, document_id) if comments else None
    for cid, comment in comments.items():
        if comment.parent_id is not None and comment.parent_id in comments:
            continue
        span = _span(cid, extracted, starts, parsed)
        if span is None:
            unplaced += 1
            continue
        if span[2]:
            unplaced += 1
        quote, _ = describe(text, span[0], span[1])
        stamp = comment.date or now()
        ann = Annotation(
            uri=comment_uri(document_id, cid),
            document_id=document_id,
            claim_id=doc_map.claim_for(span[0], span[1]),
            exact=quote.exact,
            prefix=quote.prefix,
            suffix=quote.suffix,
            start=span[0],
            end=span[1],
            anchor="exact",
            comment=comment.text,
            author=comment.author or comment.initials or "Word",
            author_role="reviewer",
            status="resolved" if comment.done else "open",
            created=stamp,
            modified=stamp,
        )
        session.add(ann)
        threads += 1
        for reply in comment.replies:
            ann.replies.append(
                AnnotationReply(
                    uri=comment_uri(document_id, reply.comment_id),
                    author=reply.author or reply.initials or "Word",
                    author_role="reviewer",
                    body=reply.text,
                    created=reply.date or ann.created,
                    modified=reply.date or ann.created,
                )
            )
            replies += 1
    session.flush()
    return threads, replies, unplaced


def comment_uri(document_id: int, comment_id: str) -> str:
    return f"urn:silteme:docx:{document_id}:comment:{comment_id}"


def _span(cid: str, extracted: Extracted, starts: list[int], parsed: ParsedDocument) -> tuple[int, int, bool] | None:
    """Document offsets of a comment's range; the flag says it had to be widened."""
    if not parsed.blocks:
        return None
    start = extracted.comment_starts.get(cid)
    end = extracted.comment_ends.get(cid)
    if start is None and end is None:
        return None
    start = start or end
    end = end or start
    assert start is not None and end is not None
    first = starts[start[0]] + start[1]
    last = starts[end[0]] + end[1]
    if last > first:
        return first, last, False
    block = end[0] if last < first else start[0]
    length = len(parsed.blocks[block].text)
    return starts[block], starts[block] + max(length, 1), True


def _layout(
    extracted: Extracted, block_ids: list[int], entries: list[tuple[int, XEntry]], refs: list[Reference]
) -> dict:
    blocks = {}
    for block_id, block in zip(block_ids, extracted.blocks, strict=True):
        blocks[str(block_id)] = {
            "kind": block.kind,
            "text": block.text,
            "segments": [[s.part, s.index, s.block_start, s.para_start, s.length] for s in block.segments],
        }
    listing = [
        {
            "reference": ref.id,
            "number": number,
            "paragraphs": entry.paragraphs,
            "prefix": entry.prefix,
            "text": entry.text,
            "fingerprint": fields_fingerprint(ref.entry_type, ref.fields),
        }
        for (number, entry), ref in zip(entries, refs, strict=True)
    ]
    return {
        "version": LAYOUT_VERSION,
        "order": block_ids,
        "blocks": blocks,
        "list_heading": extracted.list_heading,
        "entries": listing,
    }


def utc(moment):  # noqa: ANN001, ANN201 - a datetime
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
