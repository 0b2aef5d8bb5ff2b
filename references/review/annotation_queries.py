"""What the window needs of annotations beyond ``references.review.annotations``.

Undo in the window names an annotation by its W3C id (``uri``), which stays
the same when a deleted annotation is restored, never by its row id, which
does not. Each change here returns a frozen ``Undoable`` holding what its
inverse needs, and the inverse puts back exactly what was there, ``modified``
time included. ``annotation_overview`` is the one query the window loads.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Annotation, AnnotationReply, Claim
from references.review.annotations import (
    VERDICTS,
    AnnotationView,
    ReplyView,
    add_reply,
    create_annotation,
    delete_annotation,
    restore_annotation,
    get_annotation,
    list_annotations,
    reattach,
    update_annotation,
    view,
)
from references.errors import NotFoundError
from references.storage.undoable import ANNOTATIONS, Changed, TwoWay, Undoable
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
#
# Each change returns an ``Undoable`` (``references.storage.undoable``) that
# names its annotations by W3C id: ``undo(session)`` puts back exactly what
# was there and returns the step that makes the change again.


def _annotation_changed(document_id: int | None, annotation_ids: Iterable[int]) -> Changed:
    return Changed.of({ANNOTATIONS}, document_id=document_id, annotation_ids=annotation_ids)


@dataclass(frozen=True, slots=True)
class AnnotationsAdded(Undoable):
    """Annotations made (one by the window, many by an import); undo deletes them."""

    document_id: int | None
    uris: tuple[str, ...]
    ids: tuple[int, ...]

    @property
    def label(self) -> str:
        return f"Add {len(self.uris)} annotation(s)"

    @property
    def changed(self) -> Changed:
        return _annotation_changed(self.document_id, self.ids)

    def undo(self, session: Session) -> AnnotationsDeleted:
        return AnnotationsDeleted(tuple(delete_annotation(session, annotation_id(session, uri)) for uri in self.uris))


@dataclass(frozen=True, slots=True)
class AnnotationsDeleted(Undoable):
    """Annotations deleted with their threads; undo restores them, W3C ids and times the same."""

    snapshots: tuple[AnnotationView, ...]

    @property
    def label(self) -> str:
        return f"Delete {len(self.snapshots)} annotation(s)"

    @property
    def changed(self) -> Changed:
        document_id = self.snapshots[0].document_id if self.snapshots else None
        return _annotation_changed(document_id, (a.id for a in self.snapshots))

    def undo(self, session: Session) -> AnnotationsAdded:
        restored = [restore_annotation(session, snapshot) for snapshot in self.snapshots]
        document_id = self.snapshots[0].document_id if self.snapshots else None
        return AnnotationsAdded(document_id, tuple(a.uri for a in restored), tuple(a.id for a in restored))


def annotate(session: Session, document_id: int, start: int, end: int, **fields: Any) -> AnnotationsAdded:  # noqa: ANN401
    """``create_annotation`` as an undoable step (``fields``: author, comment, verdict, tags...)."""
    ann = create_annotation(session, document_id, start, end, **fields)
    return AnnotationsAdded(document_id, (ann.uri,), (ann.id,))


def annotations_added(session: Session, uris: Iterable[str]) -> AnnotationsAdded:
    """Annotations already made (e.g. imported from a file), as one undoable step."""
    uris = list(uris)
    rows = {uri: (ann_id, doc) for ann_id, uri, doc in session.execute(
        select(Annotation.id, Annotation.uri, Annotation.document_id).where(Annotation.uri.in_(list(uris))))}
    kept = [uri for uri in uris if uri in rows]
    documents = {rows[uri][1] for uri in kept}
    return AnnotationsAdded(documents.pop() if len(documents) == 1 else None, tuple(kept),
                            tuple(rows[uri][0] for uri in kept))


def delete_by_uri(session: Session, uri: str) -> AnnotationsDeleted:
    """Delete an annotation and its thread; undo takes the snapshot back."""
    return AnnotationsDeleted((delete_annotation(session, annotation_id(session, uri)),))


@dataclass(frozen=True, slots=True)
class FieldChange(Undoable):
    uri: str
    old: Mapping[str, object]
    new: Mapping[str, object]
    old_modified: datetime
    document_id: int | None = None
    annotation_id: int | None = None

    @property
    def label(self) -> str:
        return f"Change {', '.join(self.new)} of an annotation"

    @property
    def changed(self) -> Changed:
        return _annotation_changed(self.document_id, () if self.annotation_id is None else (self.annotation_id,))

    def undo(self, session: Session) -> FieldChange:
        ann = get_annotation(session, annotation_id(session, self.uri))
        modified = ann.modified
        current = update_annotation(session, ann.id, **self.old)
        get_annotation(session, ann.id).modified = self.old_modified
        session.flush()
        return FieldChange(self.uri, current, dict(self.old), modified, ann.document_id, ann.id)


def change_fields(session: Session, uri: str, changes: Mapping[str, object]) -> FieldChange:
    """Change body fields (comment, verdict, status, tags, colour...) of an annotation."""
    ann_id = annotation_id(session, uri)
    ann = get_annotation(session, ann_id)
    before, document_id = ann.modified, ann.document_id
    old = update_annotation(session, ann_id, **changes)
    return FieldChange(uri, old, dict(changes), before, document_id, ann_id)


@dataclass(frozen=True, slots=True)
class ReplyAdded(TwoWay):
    annotation_uri: str
    reply: ReplyView
    annotation_modified: datetime  # before the reply
    document_id: int | None = None
    annotation_id: int | None = None

    @property
    def label(self) -> str:
        return "Reply to an annotation"

    @property
    def changed(self) -> Changed:
        return _annotation_changed(self.document_id, () if self.annotation_id is None else (self.annotation_id,))

    def revert(self, session: Session) -> None:
        """The reply goes, the annotation's ``modified`` comes back."""
        reply = session.scalar(select(AnnotationReply).where(AnnotationReply.uri == self.reply.uri))
        if reply is None:
            raise NotFoundError(ReviewErrors.tr("No reply %1 in this library.", self.reply.uri))
        session.delete(reply)
        get_annotation(session, annotation_id(session, self.annotation_uri)).modified = self.annotation_modified
        session.flush()

    def reapply(self, session: Session) -> None:
        """The same reply again, with its W3C id and times."""
        ann = get_annotation(session, annotation_id(session, self.annotation_uri))
        r = self.reply
        ann.replies.append(
            AnnotationReply(
                id=r.id if session.get(AnnotationReply, r.id) is None else None,
                uri=r.uri, author=r.author, author_role=r.author_role, body=r.body, created=r.created, modified=r.modified,
            )
        )
        ann.modified = r.created
        session.flush()


def reply_to(session: Session, uri: str, body: str, *, author: str, author_role: str) -> ReplyAdded:
    ann = get_annotation(session, annotation_id(session, uri))
    before = ann.modified
    reply = add_reply(session, ann.id, body, author=author, author_role=author_role)
    kept = ReplyView(reply.id, reply.uri, reply.author, reply.author_role, reply.body, reply.created, reply.modified)
    return ReplyAdded(uri, kept, before, ann.document_id, ann.id)


@dataclass(frozen=True, slots=True)
class Reattached(Undoable):
    """An annotation moved; ``old`` is how it was before, which ``undo`` puts back exactly."""

    old: AnnotationView

    @property
    def label(self) -> str:
        return "Re-attach an annotation"

    @property
    def changed(self) -> Changed:
        return _annotation_changed(self.old.document_id, (self.old.id,))

    def undo(self, session: Session) -> Reattached:
        """Put the annotation back where ``old`` had it (quote, place, claim, method, time)."""
        old = self.old
        ann = get_annotation(session, annotation_id(session, old.uri))
        now = view(ann)
        ann.exact, ann.prefix, ann.suffix = old.exact, old.prefix, old.suffix
        ann.start, ann.end, ann.anchor = old.start, old.end, old.anchor
        # The claim may have gone since (an author's edit rebuilt it): then none.
        ann.claim_id = old.claim_id if old.claim_id is not None and session.get(Claim, old.claim_id) else None
        ann.modified = old.modified
        session.flush()
        return Reattached(now)


def reattach_by_uri(session: Session, uri: str, start: int, end: int) -> Reattached:
    """Attach an annotation to start..end of its document's text."""
    return Reattached(reattach(session, annotation_id(session, uri), start, end))
