"""Annotations to and from W3C Web Annotation JSON-LD files.

A document is named in W3C targets by a URN made from the hash of the text
it was first imported from, which stays the same across revisions, so a
file exported from one library finds its document in another. A target
whose source is not one of ours goes to the document the user names (or
the only one). Imported annotations keep their W3C ids for ever and are
anchored on the current text by their quote, as after a revision.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Annotation, AnnotationReply, AnnotationTag, Document
from references.review.annotations import AnnotationView, iso, list_annotations
from references.anchoring import TextPosition, anchor_all
from references.thesis.text_map import DocumentMap, document_text
from references.errors import InputError, NotFoundError
from references.library.location import find_document
from references.thesis.pages import PdfPages
from references.review.w3c import AnnotationRecord, ReplyRecord, W3CFormatError, collection_jsonld, from_jsonld
from references.safe_text import clean_tree
from models.messages import Messages

ReviewErrors = Messages("ReviewErrors")


def document_iri(document: Document) -> str:
    return f"urn:silteme:document:{document.source_sha256 or document.id}"


def claim_iri(document: Document, claim_id: int) -> str:
    return f"{document_iri(document)}#claim-{claim_id}"


def to_record(item: AnnotationView, document: Document, page: int | None = None) -> AnnotationRecord:
    from references.anchoring import TextQuote

    position = TextPosition(item.start, item.end) if item.start is not None and item.end is not None and item.start < item.end else None
    return AnnotationRecord(
        id=item.uri,
        source=document_iri(document),
        quote=TextQuote(item.exact, item.prefix, item.suffix),
        position=None if item.anchor == "orphaned" else position,
        comment=item.comment,
        comment_format=item.comment_format,  # type: ignore[arg-type]  # checked on write
        verdict=item.verdict,  # type: ignore[arg-type]
        status=item.status,  # type: ignore[arg-type]
        tags=list(item.tags),
        color=item.color,
        author=item.author,
        author_role=item.author_role,  # type: ignore[arg-type]
        created=iso(item.created),
        modified=iso(item.modified),
        claim=claim_iri(document, item.claim_id) if item.claim_id else None,
        replies=[
            ReplyRecord(r.uri, r.author, r.author_role, r.body, iso(r.created), iso(r.modified))  # type: ignore[arg-type]
            for r in item.replies
        ],
        page=page if item.anchor != "orphaned" else None,
    )


def export_annotations(session: Session, document_id: int | None = None) -> dict[str, object]:
    """An AnnotationCollection of every annotation (of one document, or all)."""
    records = []
    documents = {d.id: d for d in session.scalars(select(Document))}
    pages = PdfPages(session)
    for item in list_annotations(session, document_id):
        records.append(to_record(item, documents[item.document_id], pages.page_of(item.document_id, item.start)))
    return collection_jsonld(records, f"urn:uuid:{uuid.uuid4()}")


@dataclass
class AnnotationImportReport:
    added: int = 0
    skipped: list[str] = field(default_factory=list)  # ids already in the library
    clashes: list[str] = field(default_factory=list)  # one sentence per item not imported for its id
    exact: int = 0
    fuzzy: int = 0
    orphaned: int = 0


def read_annotation_file(path: Path) -> list[AnnotationRecord]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(ReviewErrors.tr("%1: no such file.", path)) from None
    except IsADirectoryError:
        raise InputError(ReviewErrors.tr("%1 is a folder, not a W3C annotation file.", path)) from None
    except OSError as exc:
        raise InputError(ReviewErrors.tr("%1 cannot be read: %2.", path, exc.strerror)) from None
    except UnicodeDecodeError:
        raise InputError(ReviewErrors.tr("%1 is not UTF-8 text, so it is not a W3C annotation file.", path)) from None
    except json.JSONDecodeError as exc:
        raise InputError(ReviewErrors.tr("%1: not JSON (line %2, column %3: %4).", path, exc.lineno, exc.colno, exc.msg)) from None
    except RecursionError:
        raise InputError(ReviewErrors.tr(
                "%1: its JSON is nested too deeply to hold annotations; nothing was imported.",
                path,
            )) from None
    except ValueError as exc:  # e.g. a number literal of thousands of digits
        raise InputError(ReviewErrors.tr("%1: the JSON cannot be read (%2); nothing was imported.", path, exc)) from None
    try:
        records = from_jsonld(clean_tree(data))
    except W3CFormatError as exc:
        raise InputError(ReviewErrors.tr("%1: %2", path, exc)) from None
    if not records:
        raise InputError(
            ReviewErrors.tr(
                "%1 holds no W3C annotation (no Annotation in it, its pages or its collection); nothing "
                "was imported.",
                path,
            )
        )
    return records


def import_annotations(
    session: Session, records: list[AnnotationRecord], document_spec: str | None = None
) -> AnnotationImportReport:
    """Add the records (in the caller's transaction), anchored on the current text."""
    ours = {document_iri(d): d for d in session.scalars(select(Document))}
    fallback: Document | None = None
    report = AnnotationImportReport()
    # Ids are unique across annotations and replies (W3C ids name one resource each).
    existing = set(session.scalars(select(Annotation.uri)))
    reply_ids = set(session.scalars(select(AnnotationReply.uri)))
    by_document: dict[int, list[AnnotationRecord]] = {}
    for record in records:
        if record.id in existing:
            report.skipped.append(record.id)
            continue
        if record.id in reply_ids:
            report.clashes.append(
                f"Annotation {record.id} was not imported: a reply in the library has that id."
            )
            continue
        record = _without_clashing_replies(record, existing | reply_ids, report)
        reply_ids.update(r.id for r in record.replies)
        document = ours.get(record.source)
        if document is None:
            if fallback is None:
                try:
                    fallback = find_document(session, document_spec)
                except NotFoundError as exc:
                    raise InputError(ReviewErrors.tr(
                            "Annotation %1 targets %2, which is not in this library. %3",
                            record.id, record.source, exc,
                        )) from None
            document = fallback
        by_document.setdefault(document.id, []).append(record)
        existing.add(record.id)
    for document_id, items in by_document.items():
        text = document_text(session, document_id)
        places = anchor_all(text, [(r.quote, r.position) for r in items])
        doc_map = DocumentMap(session, document_id)
        for record, place in zip(items, places, strict=True):
            setattr(report, place.method, getattr(report, place.method) + 1)
            ann = Annotation(
                uri=record.id,
                document_id=document_id,
                claim_id=doc_map.claim_for(place.start, place.end) if place.start is not None and place.end is not None else None,
                exact=record.quote.exact,
                prefix=record.quote.prefix,
                suffix=record.quote.suffix,
                start=place.start,
                end=place.end,
                anchor=place.method,
                comment=record.comment,
                comment_format=record.comment_format,
                verdict=record.verdict,
                status=record.status,
                color=record.color,
                author=record.author,
                author_role=record.author_role,
                created=_time(record.created),
                modified=_time(record.modified or record.created),
            )
            ann.tags = [AnnotationTag(tag=t) for t in dict.fromkeys(record.tags)]
            ann.replies = [
                AnnotationReply(uri=r.id, author=r.author, author_role=r.author_role, body=r.body,
                                created=_time(r.created), modified=_time(r.modified or r.created))
                for r in record.replies
            ]
            session.add(ann)
            report.added += 1
    session.flush()
    return report


def _without_clashing_replies(
    record: AnnotationRecord, taken: set[str], report: AnnotationImportReport
) -> AnnotationRecord:
    kept = []
    for reply in record.replies:
        if reply.id in taken or reply.id == record.id:
            report.clashes.append(
                f"Reply {reply.id} to {record.id} was not imported: an annotation or reply in the "
                "library already has that id."
            )
        else:
            kept.append(reply)
    return record if len(kept) == len(record.replies) else replace(record, replies=kept)


def _time(text: str) -> datetime:
    if not text:
        return datetime.now(timezone.utc)
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment.astimezone(timezone.utc) if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
