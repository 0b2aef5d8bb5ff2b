"""What the citation audit reports: findings, their places, and its options."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]

KINDS = (
    "dangling-marker",
    "uncited-reference",
    "first-citation-order",
    "long-range",
    "incomplete-reference",
    "claim-without-primary-source",
)

SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

# A marker citing more sources than this at once is reported by default.
DEFAULT_LONG_RANGE = 10


@dataclass(frozen=True, slots=True)
class Location:
    """A place in the document text: a marker, or a claim's sentence."""

    block_id: int
    section: str  # the section's label ("1.2 Title"), "" outside any section
    start: int  # offsets in the block's text
    end: int
    document_start: int  # offsets in the document text (blocks joined by a blank line)
    document_end: int
    marker: str | None  # the marker as written; None when the place is a claim
    excerpt: str  # a short stretch of the text ending at the place, for people


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str
    severity: Severity
    location: Location | None  # None: the finding is about a reference or a group
    message: str
    data: dict[str, Any] = field(default_factory=dict)  # JSON-ready details, per kind


@dataclass(frozen=True, slots=True)
class AuditOptions:
    # A marker citing more sources than this at once is reported.
    long_range: int = DEFAULT_LONG_RANGE
    # Sections (number like "1.2", or title) whose claims need a primary source;
    # their subsections are included. Empty: that check does not run.
    primary_in: tuple[str, ...] = ()
    kinds: tuple[str, ...] = KINDS
