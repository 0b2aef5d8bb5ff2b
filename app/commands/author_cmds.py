"""`silteme audit` and `silteme renumber`: the author's citation tools for scripts and CI."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from app.commands.common import print_json, unit_of_work
from references.audit.citation_audit import DEFAULT_LONG_RANGE, AuditOptions, Finding, audit_to_json, run_audit, severity_counts
from references.library.location import find_document
from references.thesis.renumbering import RenumberPlan, apply_renumbering, plan_renumbering
from app.i18n import Translations, fill

EXIT_OK = 0
EXIT_FINDINGS = 1  # --strict and the audit found errors or warnings
SECTION_CHARS = 40  # of a section's label in a human-readable finding
AuthorCli = Translations("AuthorCli")


def register(subcommands: argparse._SubParsersAction) -> None:
    doc = AuthorCli.tr("DOC")
    document_help = AuthorCli.tr("the document (id or title); may be left out if there is only one")
    audit = subcommands.add_parser(
        "audit", help=AuthorCli.tr("check a document's citations: uncited and dangling numbers, order, long ranges, ...")
    )
    audit.add_argument("--document", metavar=doc, help=document_help)
    audit.add_argument("--json", action="store_true", help=AuthorCli.tr("print the findings as JSON (docs/audit-format.md)"))
    audit.add_argument(
        "--long-range", type=int, default=DEFAULT_LONG_RANGE, metavar="N",
        help=AuthorCli.tr("report markers citing more than N sources at once (default: %(default)s)"),
    )
    audit.add_argument(
        "--primary-in", nargs="+", default=[], metavar=AuthorCli.tr("SECTION"),
        help=AuthorCli.tr("sections (number like 1.2, or title) whose claims need a primary source"),
    )
    audit.add_argument(
        "--strict", action="store_true", help=AuthorCli.tr("exit with 1 when there are errors or warnings")
    )
    audit.set_defaults(handler=run_audit_command)

    renumber = subcommands.add_parser(
        "renumber", help=AuthorCli.tr("number the bibliography in order of first citation and rewrite every marker")
    )
    renumber.add_argument("--document", metavar=doc, help=document_help)
    renumber.add_argument("--dry-run", action="store_true", help=AuthorCli.tr("only show what would change"))
    renumber.add_argument("--json", action="store_true", help=AuthorCli.tr("print the plan as JSON"))
    renumber.add_argument(
        "--uncited", choices=("after", "keep"), default="after",
        help=AuthorCli.tr("uncited references go after the cited ones, or keep their numbers (default: %(default)s)"),
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
        totals = (
            AuthorCli.tr("%Ln error(s)", "", counts["error"]),
            AuthorCli.tr("%Ln warning(s)", "", counts["warning"]),
            AuthorCli.tr("%Ln note(s)", "", counts["info"]),
        )
        print(fill(AuthorCli.tr("Audit of «%1»: %2."), title, ", ".join(totals)))
    counts = severity_counts(findings)
    return EXIT_FINDINGS if args.strict and (counts["error"] or counts["warning"]) else EXIT_OK


def finding_line(finding: Finding) -> str:
    """One line: severity, where (section and the text up to the place), what."""
    where = ""
    if finding.location is not None:
        section = finding.location.section or AuthorCli.tr("(before the first section)")
        if len(section) > SECTION_CHARS:
            section = section[:SECTION_CHARS].rstrip() + "…"
        where = f"{section}: «{finding.location.excerpt}»: "
    return f"{severity_label(finding.severity)}: {where}{finding.message} [{finding.kind}]"


def severity_label(severity: str) -> str:
    labels = {"error": AuthorCli.tr("error"), "warning": AuthorCli.tr("warning"), "info": AuthorCli.tr("note")}
    return labels.get(severity, severity)


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
            flag = "" if change.cited else "  " + AuthorCli.tr("(not cited)")
            print(f"  [{change.old_number}] -> [{change.new_number}]  {change.key}{flag}")
        for rewrite in plan.markers:
            print("  " + fill(AuthorCli.tr("marker %1 -> %2"), rewrite.old_marker, rewrite.new_marker))
        if applied:
            references = AuthorCli.tr("Renumbered %1 of %Ln reference(s)", "", len(plan.numbers))
            markers = AuthorCli.tr("%1 of %Ln marker(s) changed", "", plan.markers_total)
        else:
            references = AuthorCli.tr("Would renumber %1 of %Ln reference(s)", "", len(plan.numbers))
            markers = AuthorCli.tr("%1 of %Ln marker(s) would change", "", plan.markers_total)
        print(fill(references, len(plan.changed)) + "; " + fill(markers, len(plan.markers)) + ".")
    for problem in plan.problems:
        print("silteme: " + fill(AuthorCli.tr("%1 Nothing was renumbered."), problem), file=sys.stderr)
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
