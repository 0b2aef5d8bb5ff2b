"""How annotation steps are named in the Undo history.

Each step is a domain ``Undoable`` (``references.review.annotation_queries``)
that names annotations by W3C id, which survives delete and restore, so undo
and redo work however far the person goes back; ``app.undo`` runs it.
"""

from __future__ import annotations

from app.i18n import Translations, fill
from references.review.annotation_queries import (
    AnnotationsAdded,
    AnnotationsDeleted,
    FieldChange,
    Reattached,
    ReplyAdded,
)
from references.storage.undoable import Reverted, Undoable

QUOTE_IN_NAME = 40  # characters of the quote in a step's name (Undo history)

AnnotationCommands = Translations("AnnotationCommands")


def short_quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_IN_NAME else text[: QUOTE_IN_NAME - 1] + "…"


def annotate_text(quote: str) -> str:
    return fill(AnnotationCommands.tr("Annotate «%1»"), short_quote(quote))


def delete_text(quote: str) -> str:
    return fill(AnnotationCommands.tr("Delete the annotation on «%1»"), short_quote(quote))


def reply_text() -> str:
    return AnnotationCommands.tr("Reply to an annotation")


def reattach_text(quote: str) -> str:
    return fill(AnnotationCommands.tr("Re-attach an annotation to «%1»"), short_quote(quote))


def import_text(file_name: str) -> str:
    return fill(AnnotationCommands.tr("Import annotations from %1"), file_name)


def focus_of(step: Undoable) -> str | None:
    """The annotation to show once a step is made, undone or redone (None: none)."""
    if isinstance(step, Reverted):
        step = step.done
        if not isinstance(step, ReplyAdded):
            return None
    if isinstance(step, AnnotationsAdded):
        return step.uris[0] if len(step.uris) == 1 else None
    if isinstance(step, AnnotationsDeleted):
        return None
    if isinstance(step, FieldChange):
        return step.uri
    if isinstance(step, ReplyAdded):
        return step.annotation_uri
    if isinstance(step, Reattached):
        return step.old.uri
    return None
