"""What the window needs of annotations beyond ``references.review.annotations``.

Undo in the window names an annotation by its W3C id (``uri``), which stays
the same when a deleted annotation is restored, never by its row id, which
does not. Each change here returns a frozen record holding what its inverse
needs, and the inverse puts back exactly what was there, ``modified`` time
included. ``annotation_overview`` is the one query the window loads.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Annotation, AnnotationReply, Claim
from references.review.annotations import (
    VERDICTS,
    AnnotationView,
    ReplyView,
    add_reply,
    delete_annotation,
    get_annotation,
    list_annotations,
    reattach,
    update_annotation,
    view,
)
from references.errors import NotFoundError
from models.messages import Messages

ReviewErrors = Messages("ReviewErrors")

# --- reading -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClaimAnnotations:
    """The annotations on one claim, for a column of the claims table."""

    open: int
    resolved: int
    verdicts: tuple[str, ...]  # of the open ones, distinct, in VERDICTS order


@dataclass(frozen=True, slots=True)
class AnnotationOverview:
    document_id: int
    annotations: tuple[AnnotationView, ...]  # placed ones in text order, then orphans
    by_claim: Mapping[int, ClaimAnnotations]
    authors: tuple[str, ...]
    tags: tuple[str, ...]

    @property
    def orphans(self) -> tuple[AnnotationView, ...]:
        return tuple(a for a in self.annotations if a.anchor == "orphaned")


def annotation_overview(session: Session, document_id: int) -> AnnotationOverview:
    """Every annotation of a document with the summaries the window shows."""
    items = tuple(list_annotations(session, document_id))
    return AnnotationOverview(
        document_id=document_id,
        annotations=items,
        by_claim=summarize_by_claim(items),
        authors=tuple(sorted({a.author for a in items} | {r.author for a in items for r in a.replies})),
        tags=tuple(sorted({t for a in items for t in a.tags}, key=str.casefold)),
    )


def summarize_by_claim(items: Iterable[AnnotationView]) -> dict[int, ClaimAnnotations]:
    """Open and resolved annotations per claim, and the verdicts of the open ones."""
    open_count: Counter[int] = Counter()
    resolved_count: Counter[int] = Counter()
    verdicts: dict[int, set[str]] = {}
    for item in items:
        if item.claim_id is None or item.anchor == "orphaned":
            continue
        if item.status == "open":
            open_count[item.claim_id] += 1
            if item.verdict is not None:
                verdicts.setdefault(item.claim_id, set()).add(item.verdict)
        else:
            resolved_count[item.claim_id] += 1
    claims = set(open_count) | set(resolved_count)
    return {
        claim_id: ClaimAnnotations(
            open_count[claim_id],
            resolved_count[claim_id],
            tuple(v for v in VERDICTS if v in verdicts.get(claim_id, set())),
        )
        for claim_id in claims
    }


def annotation_id(session: Session, uri: str) -> int:
    found = session.scalar(select(Annotation.id).where(Annotation.uri == uri))
    if found is None:
        raise NotFoundError(ReviewErrors.tr("No annotation %1 in this library.", uri))
    return found


def annotation_view(session: Session, uri: str) -> AnnotationView:
    return view(get_annotation(session, annotation_id(session, uri)))


# --- changes and their inverses ---------------------------------------------------


def delete_by_uri(session: Session, uri: str) -> AnnotationView:
    """Delete an annotation and its thread; ``restore_annotation`` takes the snapshot back."""
    return delete_annotation(session, annotation_id(session, uri))


@dataclass(frozen=True, slots=True)
class FieldChange:
    uri: str
    old: Mapping[str, object]
    new: Mapping[str, object]
    old_modified: datetime


def change_fields(session: Session, uri: str, changes: Mapping[str, object]) -> FieldChange:
    """Change body fields (comment, verdict, status, tags, colour...) of an annotation."""
    ann_id = annotation_id(session, uri)
    before = get_annotation(session, ann_id).modified
    old = update_annotation(session, ann_id, **changes)
    return FieldChange(uri, old, dict(changes), before)


def revert_fields(session: Session, change: FieldChange) -> None:
    ann_id = annotation_id(session, change.uri)
    update_annotation(session, ann_id, **change.old)
    get_annotation(session, ann_id).modified = change.old_modified
    session.flush()


@dataclass(frozen=True, slots=True)
class ReplyAdded:
    annotation_uri: str
    reply: ReplyView
    annotation_modified: datetime  # before the reply


def reply_to(session: Session, uri: str, body: str, *, author: str, author_role: str) -> ReplyAdded:
    ann = get_annotation(session, annotation_id(session, uri))
    before = ann.modified
    reply = add_reply(session, ann.id, body, author=author, author_role=author_role)
    kept = ReplyView(reply.id, reply.uri, reply.author, reply.author_role, reply.body, reply.created, reply.modified)
    return ReplyAdded(uri, kept, before)


def withdraw_reply(session: Session, added: ReplyAdded) -> None:
    """Undo ``reply_to``: the reply goes, the annotation's ``modified`` comes back."""
    reply = session.scalar(select(AnnotationReply).where(AnnotationReply.uri == added.reply.uri))
    if reply is None:
        raise NotFoundError(ReviewErrors.tr("No reply %1 in this library.", added.reply.uri))
    session.delete(reply)
    get_annotation(session, annotation_id(session, added.annotation_uri)).modified = added.annotation_modified
    session.flush()


def put_back_reply(session: Session, added: ReplyAdded) -> None:
    """Redo ``reply_to`` after ``withdraw_reply``: the same reply, with its W3C id and times."""
    ann = get_annotation(session, annotation_id(session, added.annotation_uri))
    r = added.reply
    ann.replies.append(
        AnnotationReply(
            uri=r.uri, author=r.author, author_role=r.author_role, body=r.body, created=r.created, modified=r.modified
        )
    )
    ann.modified = r.created
    session.flush()


def reattach_by_uri(session: Session, uri: str, start: int, end: int) -> AnnotationView:
    """Attach an annotation to start..end of its document's text; returns its old state."""
    return reattach(session, annotation_id(session, uri), start, end)


def restore_anchor(session: Session, old: AnnotationView) -> None:
    """Put an annotation back where ``old`` had it (quote, place, claim, method, time)."""
    ann = get_annotation(session, annotation_id(session, old.uri))
    ann.exact, ann.prefix, ann.suffix = old.exact, old.prefix, old.suffix
    ann.start, ann.end, ann.anchor = old.start, old.end, old.anchor
    # The claim may have gone since (an author's edit rebuilt it): then none.
    ann.claim_id = old.claim_id if old.claim_id is not None and session.get(Claim, old.claim_id) else None
    ann.modified = old.modified
    session.flush()
