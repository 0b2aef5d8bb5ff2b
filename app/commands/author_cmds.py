"""`silteme audit` and `silteme renumber`: the author's citation tools for scripts and CI."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from app.commands.common import print_json, unit_of_work
from references.audit.citation_audit import DEFAULT_LONG_RANGE, AuditOptions, Finding, audit_to_json, run_audit, severity_counts
from references.library.location import find_document
from references.thesis.renumbering import RenumberPlan, apply_renumbering, plan_renumbering

EXIT_OK = 0
EXIT_FINDINGS = 1  # --strict and the audit found errors or warnings
SECTION_CHARS = 40  # of a section's label in a human-readable finding
DOCUMENT_HELP = "the document (id or title); may be left out if there is only one"


def register(subcommands: argparse._SubParsersAction) -> None:
    audit = subcommands.add_parser(
        "audit", help="check a document's citations: uncited and dangling numbers, order, long ranges, ..."
    )
    audit.add_argument("--document", metavar="DOC", help=DOCUMENT_HELP)
    audit.add_argument("--json", action="store_true", help="print the findings as JSON (docs/audit-format.md)")
    audit.add_argument(
        "--long-range", type=int, default=DEFAULT_LONG_RANGE, metavar="N",
        help="report markers citing more than N sources at once (default: %(default)s)",
    )
    audit.add_argument(
        "--primary-in", nargs="+", default=[], metavar="SECTION",
        help="sections (number like 1.2, or title) whose claims need a primary source",
    )
    audit.add_argument("--strict", action="store_true", help="exit with 1 when there are errors or warnings")
    audit.set_defaults(handler=run_audit_command)

    renumber = subcommands.add_parser(
        "renumber", help="number the bibliography in order of first citation and rewrite every marker"
    )
    renumber.add_argument("--document", metavar="DOC", help=DOCUMENT_HELP)
    renumber.add_argument("--dry-run", action="store_true", help="only show what would change")
    renumber.add_argument("--json", action="store_true", help="print the plan as JSON")
    renumber.add_argument(
        "--uncited", choices=("after", "keep"), default="after",
        help="uncited references go after the cited ones, or keep their numbers (default: %(default)s)",
    )
    renumber.set_defaults(handler=run_renumber_command)


def run_audit_command(args: argparse.Namespace) -> int:
    options = AuditOptions(long_range=args.long_range, primary_in=tuple(args.primary_in))
    with unit_of_work(args) as session:
        document = find_document(session, args.document)
        findings = run_audit(session, document.id, options)
        report = audit_to_json(document, options, findings)
        title = document.title
    if args.json:
        print_json(report)
    else:
        for finding in findings:
            print(finding_line(finding))
        counts = severity_counts(findings)
        print(
            f"Audit of {title!r}: {counts['error']} error(s), {counts['warning']} warning(s), "
            f"{counts['info']} note(s)."
        )
    counts = severity_counts(findings)
    return EXIT_FINDINGS if args.strict and (counts["error"] or counts["warning"]) else EXIT_OK


def finding_line(finding: Finding) -> str:
    """One line: severity, where (section and the text up to the place), what."""
    where = ""
    if finding.location is not None:
        section = finding.location.section or "(before the first section)"
        if len(section) > SECTION_CHARS:
            section = section[:SECTION_CHARS].rstrip() + "…"
        where = f"{section}: «{finding.location.excerpt}»: "
    return f"{finding.severity}: {where}{finding.message} [{finding.kind}]"


def run_renumber_command(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        document = find_document(session, args.document)
        plan = plan_renumbering(session, document.id, args.uncited)
        applied = not args.dry_run and not plan.problems
        if applied:
            apply_renumbering(session, plan)
    if args.json:
        print_json(_plan_json(plan, applied=applied))
    else:
        for change in plan.changed:
            flag = "" if change.cited else "  (not cited)"
            print(f"  [{change.old_number}] -> [{change.new_number}]  {change.key}{flag}")
        for rewrite in plan.markers:
            print(f"  marker {rewrite.old_marker} -> {rewrite.new_marker}")
        done = "Renumbered" if applied else "Would renumber"
        print(
            f"{done} {len(plan.changed)} of {len(plan.numbers)} references; "
            f"{len(plan.markers)} of {plan.markers_total} markers {'changed' if applied else 'would change'}."
        )
    for problem in plan.problems:
        print(f"silteme: {problem} Nothing was renumbered.", file=sys.stderr)
    return EXIT_FINDINGS if plan.problems else EXIT_OK


def _plan_json(plan: RenumberPlan, *, applied: bool) -> dict[str, object]:
    return {
        "format": 1,
        "document_id": plan.document_id,
        "applied": applied,
        "references_changed": len(plan.changed),
        "markers_changed": len(plan.markers),
        "markers_total": plan.markers_total,
        "numbers": [asdict(n) for n in plan.numbers],
        "markers": [asdict(m) for m in plan.markers],
        "problems": list(plan.problems),
    }
