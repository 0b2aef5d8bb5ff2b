"""The claims table's "Annotations" column: open annotations and their verdicts."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from app.annotations.vocabulary import Annotations, verdict_label, verdict_short
from app.claims_model import ClaimColumn
from app.document_index import DocumentIndex
from references.review.annotation_queries import ClaimAnnotations
from references.thesis.document_view import ClaimRow
from app.i18n import fill

COLUMN_KEY = "annotations"


def annotations_column(summary: Callable[[], Mapping[int, ClaimAnnotations]]) -> ClaimColumn:
    """A column reading the current per-claim summary each time it is drawn."""

    def counts(claim: ClaimRow) -> ClaimAnnotations | None:
        return summary().get(claim.id)

    def display(claim: ClaimRow, _index: DocumentIndex) -> str:
        found = counts(claim)
        if found is None:
            return ""
        if not found.open:
            return fill(Annotations.tr("%1 resolved"), found.resolved)
        text = fill(Annotations.tr("%1 open"), found.open)
        if found.verdicts:
            text += ": " + ", ".join(verdict_short(v) for v in found.verdicts)
        return text

    def sort_key(claim: ClaimRow, _index: DocumentIndex) -> tuple[int, int]:
        found = counts(claim)
        return (found.open, found.resolved) if found is not None else (0, 0)

    def tooltip(claim: ClaimRow, _index: DocumentIndex) -> str:
        found = counts(claim)
        if found is None:
            return Annotations.tr("No annotations")
        lines = [
            fill(Annotations.tr("%1 open, %2 resolved annotations"), found.open, found.resolved)
        ]
        lines += [verdict_label(v) for v in found.verdicts]
        return "\n".join(lines)

    return ClaimColumn(COLUMN_KEY, Annotations.tr("Annotations"), display, sort_key, tooltip)
