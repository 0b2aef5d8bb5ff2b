"""What verdicts, statuses, roles and anchors are called, and how they are drawn."""

from __future__ import annotations

from PySide6.QtGui import QColor

from references.review.annotations import AnnotationView
from app.i18n import Translations


Annotations = Translations("Annotations")


def verdict_label(verdict: str | None) -> str:
    labels = {
        "supported": Annotations.tr("Supported"),
        "partly_supported": Annotations.tr("Partly supported"),
        "not_supported": Annotations.tr("Not supported by the cited source"),
        "needs_source": Annotations.tr("Needs a source"),
        "other": Annotations.tr("Other"),
    }
    return labels.get(verdict, verdict) if verdict is not None else Annotations.tr("No verdict")


def verdict_short(verdict: str) -> str:
    """A word or two for a crowded table cell."""
    short = {
        "supported": Annotations.tr("supported"),
        "partly_supported": Annotations.tr("partly"),
        "not_supported": Annotations.tr("not supported"),
        "needs_source": Annotations.tr("needs source"),
        "other": Annotations.tr("other"),
    }
    return short.get(verdict, verdict)


def status_label(status: str) -> str:
    return {"open": Annotations.tr("Open"), "resolved": Annotations.tr("Resolved")}.get(status, status)


def role_label(role: str) -> str:
    return {"author": Annotations.tr("Author"), "reviewer": Annotations.tr("Reviewer")}.get(role, role)


def anchor_label(anchor: str) -> str:
    return {"exact": Annotations.tr("Exact"), "fuzzy": Annotations.tr("Moved (fuzzy)"), "orphaned": Annotations.tr("Orphaned")}.get(anchor, anchor)


# Light enough to read dark text through; one per verdict, so a page of
# highlights reads as a summary of the review.
VERDICT_COLORS: dict[str | None, str] = {
    None: "#ffe066",
    "supported": "#8ce99a",
    "partly_supported": "#ffc078",
    "not_supported": "#ff8787",
    "needs_source": "#b197fc",
    "other": "#74c0fc",
}


def preset_colors() -> list[tuple[str, str]]:
    """Colours a reviewer can choose instead of the verdict's: (colour, name)."""
    return [
        ("#ffe066", Annotations.tr("Yellow")),
        ("#8ce99a", Annotations.tr("Green")),
        ("#74c0fc", Annotations.tr("Blue")),
        ("#faa2c1", Annotations.tr("Pink")),
        ("#ffc078", Annotations.tr("Orange")),
        ("#ced4da", Annotations.tr("Grey")),
    ]


def annotation_color(item: AnnotationView) -> QColor:
    """The colour of an annotation: its own, else its verdict's."""
    color = QColor(item.color) if item.color else QColor()
    return color if color.isValid() else QColor(VERDICT_COLORS.get(item.verdict, VERDICT_COLORS[None]))
