"""Placing reviewers' annotations on the thesis text again after it changed.

Every edit of the text re-anchors in the edit itself (``editing``,
``renumbering``, ``library.merging``, ``review.revision``), so the command
line and the window leave the same rows: annotations after an edit are moved
by arithmetic (``text_edit``); those whose quoted text the edit cut through
are placed by their quote here, ``exact`` where it still stands, ``fuzzy``
where it was changed, ``orphaned`` (kept, never misplaced) where it is gone.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Annotation
from references.anchoring import TextPosition, TextQuote, anchor_all
from references.thesis.text_map import DocumentMap, document_text


def reanchor_annotations(session: Session, document_id: int, new_text: str, *, old_text: str | None) -> dict[str, int]:
    """Place every annotation of the document on ``new_text``; return the counts by method."""
    annotations = list(session.scalars(select(Annotation).where(Annotation.document_id == document_id)))
    items = []
    for ann in annotations:
        position = None
        if ann.start is not None and ann.end is not None and ann.start < ann.end:
            position = TextPosition(ann.start, ann.end)
        items.append((TextQuote(ann.exact, ann.prefix, ann.suffix), position))
    places = anchor_all(new_text, items, old_text=old_text)
    doc_map = DocumentMap(session, document_id)
    counts = {"exact": 0, "fuzzy": 0, "orphaned": 0}
    for ann, place in zip(annotations, places, strict=True):
        counts[place.method] += 1
        ann.anchor = place.method
        if place.start is None or place.end is None:
            ann.claim_id = None
            continue  # the quote and its context stay as they were: shown in the orphans list
        ann.start, ann.end = place.start, place.end
        ann.claim_id = doc_map.claim_for(place.start, place.end)
        # The quote stays what the reviewer annotated; only the place moves.
    session.flush()
    return counts


def reanchor_cut_annotations(session: Session, document_id: int, annotation_ids: Iterable[int]) -> None:
    """Place annotations whose quoted text an edit changed by their quotes again.

    Offsets of the others were moved by arithmetic and are right already;
    only when some were cut is the document re-anchored (which keeps exact
    quotes where they are).
    """
    if tuple(annotation_ids):
        reanchor_annotations(session, document_id, document_text(session, document_id), old_text=None)
