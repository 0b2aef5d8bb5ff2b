"""The citation audit: what in a thesis's citations needs the author's attention.

``run_audit`` returns plain ``Finding`` rows; each ties itself to a place in
the text (``Location``) or, for a finding about a reference or a source
group, carries the reference number and key in ``data``. Kinds, severities
and the JSON form are a stable contract, documented in
``docs/audit-format.md``; the checks live in ``references.audit.checks``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from typing import Any

from sqlalchemy.orm import Session

from models import Document
from references.audit.findings import DEFAULT_LONG_RANGE, KINDS, SEVERITIES, AuditOptions, Finding, Location, Severity
from references.errors import InputError, NotFoundError
from models.messages import Messages, listing

AuditErrors = Messages("AuditErrors")

__all__ = [
    "DEFAULT_LONG_RANGE",
    "FORMAT_VERSION",
    "KINDS",
    "AuditOptions",
    "Finding",
    "Location",
    "Severity",
    "audit_to_json",
    "run_audit",
    "severity_counts",
]

FORMAT_VERSION = 1


def run_audit(session: Session, document_id: int, options: AuditOptions | None = None) -> list[Finding]:
    """Every finding for one document: places in text order, then reference findings."""
    options = options or AuditOptions()
    unknown = [k for k in options.kinds if k not in KINDS]
    if unknown:
        raise InputError(AuditErrors.tr("Unknown audit kinds: %1; the kinds are %2.", listing(unknown), listing(KINDS)))
    if options.long_range < 1:
        raise InputError(AuditErrors.tr("The long-range threshold must be at least 1, not %1.", options.long_range))
    document = session.get(Document, document_id)
    if document is None:
        raise NotFoundError(AuditErrors.tr("No document %1 in this library.", document_id))
    # The checks (and the BibTeX field tables they read) load when an audit runs:
    # the window's first paint needs only the finding types.
    from references.audit.checks import run_checks

    return sorted(run_checks(session, document, options), key=_reading_order)


def _reading_order(finding: Finding) -> tuple[int, int, int, int]:
    kind = KINDS.index(finding.kind)
    if finding.location is not None:
        return (0, finding.location.document_start, kind, 0)
    return (1, kind, int(finding.data.get("number") or 0), 0)


def severity_counts(findings: list[Finding]) -> dict[str, int]:
    counts = Counter(f.severity for f in findings)
    return {severity: counts.get(severity, 0) for severity in SEVERITIES}


def audit_to_json(document: Document, options: AuditOptions, findings: list[Finding]) -> dict[str, Any]:
    """The versioned JSON form described in ``docs/audit-format.md``."""
    return {
        "format": FORMAT_VERSION,
        "document": {"id": document.id, "title": document.title},
        "options": {"long_range": options.long_range, "primary_in": list(options.primary_in)},
        "summary": severity_counts(findings),
        "findings": [asdict(f) for f in findings],
    }
