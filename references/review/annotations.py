"""Reviewer annotations: create, change, reply, resolve, delete (and undo).

An annotation targets a span of a document's text (document offsets: the
blocks joined by a blank line) and, when the span lies in a claim, that
claim. Its anchor is kept as W3C selectors: the quote with context and the
offsets. Every function works inside the caller's transaction and returns
plain values, so the window can wrap each in an undo command.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import Annotation, AnnotationReply, AnnotationTag, Document
from references.anchoring import TextPosition, TextQuote, anchor, describe
from references.thesis.text_map import DocumentMap, document_text
from references.errors import InputError, NotFoundError
from references.team.identity import may_touch_note_of, require_note_owner, require_writer
from references.review.vocabulary import FORMATS, ROLES, STATUSES, VERDICTS
from references.safe_text import clean_text
from models.messages import Message, Messages, listing

ReviewErrors = Messages("ReviewErrors")



def new_uri() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


def now() -> datetime:
    return datetime.now(timezone.utc)


def iso(moment: datetime) -> str:
    """ISO 8601 with a zone; SQLite hands back naive datetimes, which we store in UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class ReplyView:
    id: int
    uri: str
    author: str
    author_role: str
    body: str
    created: datetime
    modified: datetime


@dataclass(frozen=True)
class AnnotationView:
    """A plain snapshot of one annotation, safe to pass between threads."""

    id: int
    uri: str
    document_id: int
    claim_id: int | None
    anchor: str
    start: int | None
    end: int | None
    exact: str
    prefix: str
    suffix: str
    comment: str
    comment_format: str
    verdict: str | None
    status: str
    tags: tuple[str, ...]
    color: str | None
    author: str
    author_role: str
    created: datetime
    modified: datetime
    version: int
    replies: tuple[ReplyView, ...] = field(default_factory=tuple)


def view(ann: Annotation) -> AnnotationView:
    return AnnotationView(
        id=ann.id,
        uri=ann.uri,
        document_id=ann.document_id,
        claim_id=ann.claim_id,
        anchor=ann.anchor,
        start=ann.start,
        end=ann.end,
        exact=ann.exact,
        prefix=ann.prefix,
        suffix=ann.suffix,
        comment=ann.comment,
        comment_format=ann.comment_format,
        verdict=ann.verdict,
        status=ann.status,
        tags=tuple(ann.tag_names),
        color=ann.color,
        author=ann.author,
        author_role=ann.author_role,
        created=ann.created,
        modified=ann.modified,
        version=ann.version,
        replies=tuple(
            ReplyView(r.id, r.uri, r.author, r.author_role, r.body, r.created, r.modified) for r in ann.replies
        ),
    )


def check_choice(value: object, allowed: tuple[str, ...], what: Message) -> None:
    if value is not None and value not in allowed:
        raise InputError(ReviewErrors.tr("Unknown %1 %2; use one of: %3.", what, repr(value), listing(allowed)))


def create_annotation(
    session: Session,
    document_id: int,
    start: int,
    end: int,
    *,
    comment: str = "",
    author: str,
    author_role: str = "reviewer",
    verdict: str | None = None,
    tags: tuple[str, ...] | list[str] = (),
    color: str | None = None,
    comment_format: str = "text/plain",
    status: str = "open",
    uri: str | None = None,
    text: str | None = None,
) -> Annotation:
    """Annotate ``start..end`` of the document text (``text`` if already loaded)."""
    comment, author, tags = clean_text(comment), clean_text(author), [clean_text(t) for t in tags]
    check_choice(verdict, VERDICTS, ReviewErrors.tr("verdict"))
    check_choice(status, STATUSES, ReviewErrors.tr("status"))
    check_choice(author_role, ROLES, ReviewErrors.tr("role"))
    check_choice(comment_format, FORMATS, ReviewErrors.tr("comment format"))
    identity = require_writer(session, ReviewErrors.tr("write annotations"))
    if identity is not None and identity.stamps_notes:  # a team login: the server's name and role
        author, author_role = identity.login, identity.annotation_role
    if session.get(Document, document_id) is None:
        raise NotFoundError(ReviewErrors.tr("No document %1 in this library.", document_id))
    text = text if text is not None else document_text(session, document_id)
    try:
        quote, _position = describe(text, start, end)
    except ValueError as exc:
        raise InputError(ReviewErrors.tr("Cannot annotate that span: %1.", exc)) from None
    stamp = now()
    ann = Annotation(
        uri=uri or new_uri(),
        document_id=document_id,
        claim_id=DocumentMap(session, document_id).claim_for(start, end),
        exact=quote.exact,
        prefix=quote.prefix,
        suffix=quote.suffix,
        start=start,
        end=end,
        anchor="exact",
        comment=comment,
        comment_format=comment_format,
        verdict=verdict,
        status=status,
        color=color,
        author=author,
        author_role=author_role,
        created=stamp,
        modified=stamp,
    )
    ann.tags = [AnnotationTag(tag=t) for t in dict.fromkeys(t.strip() for t in tags if t.strip())]
    session.add(ann)
    session.flush()
    return ann


def annotate_quote(
    session: Session, document_id: int, exact: str, prefix: str = "", suffix: str = "", **kwargs: object
) -> Annotation:
    """Annotate the place where a quote (with optional context) stands in the text."""
    text = document_text(session, document_id)
    exact, prefix, suffix = clean_text(exact), clean_text(prefix), clean_text(suffix)
    place = anchor(text, TextQuote(exact=exact, prefix=prefix, suffix=suffix), None)
    if place.start is None or place.end is None:
        raise InputError(ReviewErrors.tr("The quote %1 was not found in the document's text.", repr(exact[:80])))
    return create_annotation(session, document_id, place.start, place.end, text=text, **kwargs)  # type: ignore[arg-type]  # kwargs are create_annotation's keywords


def get_annotation(session: Session, annotation_id: int) -> Annotation:
    ann = session.get(Annotation, annotation_id, options=[selectinload(Annotation.tags), selectinload(Annotation.replies)])
    if ann is None:
        raise NotFoundError(ReviewErrors.tr("No annotation %1 in this library.", annotation_id))
    return ann


EDITABLE = ("comment", "comment_format", "verdict", "status", "color", "tags")


def update_annotation(session: Session, annotation_id: int, **changes: object) -> dict[str, object]:
    """Change body fields; returns the old values (for undo)."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise InputError(ReviewErrors.tr("Cannot change %1 of an annotation.", listing(sorted(unknown))))
    check_choice(changes.get("verdict"), VERDICTS, ReviewErrors.tr("verdict"))
    check_choice(changes.get("status"), STATUSES, ReviewErrors.tr("status"))
    ann = get_annotation(session, annotation_id)
    require_note_owner(session, ann.author, ReviewErrors.tr("change another person's note"))
    old: dict[str, object] = {}
    for name, value in changes.items():
        if name == "tags":
            old["tags"] = tuple(ann.tag_names)
            wanted = list(dict.fromkeys(clean_text(str(t)).strip() for t in value if str(t).strip()))  # type: ignore[attr-defined]
            ann.tags = [AnnotationTag(tag=t) for t in wanted]
        else:
            old[name] = getattr(ann, name)
            setattr(ann, name, clean_text(value) if isinstance(value, str) else value)
    ann.modified = now()
    session.flush()
    return old


def add_reply(
    session: Session, annotation_id: int, body: str, *, author: str, author_role: str = "author", uri: str | None = None
) -> AnnotationReply:
    check_choice(author_role, ROLES, ReviewErrors.tr("role"))
    body, author = clean_text(body), clean_text(author)
    if not body.strip():
        raise InputError(ReviewErrors.tr("A reply needs some text."))
    identity = require_writer(session, ReviewErrors.tr("reply to notes"))
    if identity is not None and identity.stamps_notes:
        author, author_role = identity.login, identity.annotation_role
    ann = get_annotation(session, annotation_id)
    stamp = now()
    reply = AnnotationReply(
        uri=uri or new_uri(), author=author, author_role=author_role, body=body, created=stamp, modified=stamp
    )
    ann.replies.append(reply)
    if may_touch_note_of(session, ann.author):  # a reviewer replies to anyone's note, changes only their own
        ann.modified = stamp
    session.flush()
    return reply


def delete_reply(session: Session, reply_id: int) -> ReplyView:
    reply = session.get(AnnotationReply, reply_id)
    if reply is None:
        raise NotFoundError(ReviewErrors.tr("No reply %1 in this library.", reply_id))
    require_note_owner(session, reply.author, ReviewErrors.tr("delete another person's reply"))
    kept = ReplyView(reply.id, reply.uri, reply.author, reply.author_role, reply.body, reply.created, reply.modified)
    session.delete(reply)
    session.flush()
    return kept


def delete_annotation(session: Session, annotation_id: int) -> AnnotationView:
    """Delete an annotation and its thread; the returned snapshot restores it."""
    ann = get_annotation(session, annotation_id)
    require_note_owner(session, ann.author, ReviewErrors.tr("delete another person's note"))
    snapshot = view(ann)
    session.delete(ann)
    session.flush()
    return snapshot


def restore_annotation(session: Session, snapshot: AnnotationView) -> Annotation:
    """Put back a deleted annotation exactly as it was (same W3C id, thread, times, and
    row ids while they are free, so what names the rows finds them again)."""
    ann = Annotation(
        id=snapshot.id if session.get(Annotation, snapshot.id) is None else None,
        uri=snapshot.uri,
        document_id=snapshot.document_id,
        claim_id=snapshot.claim_id,
        exact=snapshot.exact,
        prefix=snapshot.prefix,
        suffix=snapshot.suffix,
        start=snapshot.start,
        end=snapshot.end,
        anchor=snapshot.anchor,
        comment=snapshot.comment,
        comment_format=snapshot.comment_format,
        verdict=snapshot.verdict,
        status=snapshot.status,
        color=snapshot.color,
        author=snapshot.author,
        author_role=snapshot.author_role,
        created=snapshot.created,
        modified=snapshot.modified,
    )
    ann.tags = [AnnotationTag(tag=t) for t in snapshot.tags]
    ann.replies = [
        AnnotationReply(id=r.id if session.get(AnnotationReply, r.id) is None else None, uri=r.uri, author=r.author,
                        author_role=r.author_role, body=r.body, created=r.created, modified=r.modified)
        for r in snapshot.replies
    ]
    session.add(ann)
    session.flush()
    return ann


def reattach(session: Session, annotation_id: int, start: int, end: int) -> AnnotationView:
    """Re-attach an (orphaned) annotation by hand to start..end; returns its old state."""
    ann = get_annotation(session, annotation_id)
    require_note_owner(session, ann.author, ReviewErrors.tr("move another person's note"))
    old = view(ann)
    text = document_text(session, ann.document_id)
    try:
        quote, _ = describe(text, start, end)
    except ValueError as exc:
        raise InputError(ReviewErrors.tr("Cannot attach to that span: %1.", exc)) from None
    ann.exact, ann.prefix, ann.suffix = quote.exact, quote.prefix, quote.suffix
    ann.start, ann.end, ann.anchor = start, end, "exact"
    ann.claim_id = DocumentMap(session, ann.document_id).claim_for(start, end)
    ann.modified = now()
    session.flush()
    return old


def list_annotations(session: Session, document_id: int | None = None) -> list[AnnotationView]:
    stmt = select(Annotation).options(selectinload(Annotation.tags), selectinload(Annotation.replies))
    if document_id is not None:
        stmt = stmt.where(Annotation.document_id == document_id)
    stmt = stmt.order_by(Annotation.document_id, Annotation.start.is_(None), Annotation.start, Annotation.id)
    return [view(a) for a in session.scalars(stmt)]


def anchored_text(text: str, item: AnnotationView) -> str | None:
    """The document text an annotation is anchored to now (None when orphaned)."""
    if item.anchor == "orphaned" or item.start is None or item.end is None:
        return None
    return text[item.start : item.end]


def position_of(item: AnnotationView) -> TextPosition | None:
    if item.start is None or item.end is None or item.start >= item.end:
        return None
    return TextPosition(item.start, item.end)


__all__ = [
    "VERDICTS",
    "AnnotationView",
    "ReplyView",
    "add_reply",
    "annotate_quote",
    "create_annotation",
    "delete_annotation",
    "list_annotations",
    "reattach",
    "restore_annotation",
    "update_annotation",
]
