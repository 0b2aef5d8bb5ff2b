"""`silteme import-bib` and `silteme export-bib`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.common import unit_of_work, write_output
from app.i18n import Translations
from references.bibexport import ExportSelection, export_bib
from references.bibimport import apply_bib_import, plan_bib_file
from references.library import find_document

BibCommands = Translations("BibCommands")


def register(subcommands: argparse._SubParsersAction) -> None:
    imp = subcommands.add_parser(
        "import-bib", help="import a .bib file (into the library, or a document's bibliography)"
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--document", metavar="DOC", help="number the entries into this document's bibliography")
    imp.add_argument("--strict", action="store_true", help="import nothing if the file has any problem")
    imp.add_argument("--dry-run", action="store_true", help="only say what would be imported")
    imp.set_defaults(handler=run_import_bib)

    exp = subcommands.add_parser("export-bib", help="export references as BibTeX (default: the whole library)")
    exp.add_argument("out", help="the .bib file to write, or - for standard output")
    exp.add_argument("--document", metavar="DOC", help="only this document's bibliography, in its order")
    exp.add_argument("--group", metavar="NAME", help="only this source group (and its sub-groups)")
    exp.add_argument("--cited-only", action="store_true", help="only references cited in the text")
    exp.add_argument(
        "--for-latex",
        action="store_true",
        help=BibCommands.tr(
            "leave out Silteme's own fields (groups, silteme-number, silteme-complete, silteme-provenance) "
            "and give every dated entry a year: a file for BibTeX and biber only"
        ),
    )
    exp.set_defaults(handler=run_export_bib)


def run_import_bib(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        document_id = find_document(session, args.document).id if args.document else None
        plan = plan_bib_file(session, args.file)
        for problem in plan.problems:
            print(f"{args.file}:{problem.line}: {problem.kind}: {problem.message}", file=sys.stderr)
        for entry in plan.matches:
            print(
                f"{args.file}:{entry.line}: {entry.key or '(no key)'} matches {entry.match_key} "
                f"({entry.match_reason}); kept the library's entry"
            )
        if args.dry_run:
            print(f"Would add {len(plan.new)} entries; {len(plan.matches)} match existing ones; "
                  f"{len(plan.problems)} problem(s).")
            session.rollback()
            return 0
        summary = apply_bib_import(session, plan, document_id=document_id, strict=args.strict)
    where = f"the bibliography of document {args.document}" if args.document else "the library"
    print(
        f"Added {summary.added} entries to {where}; {summary.matched} matched existing entries; "
        f"{summary.problems} problem(s) reported above."
    )
    return 0


def run_export_bib(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        document_id = find_document(session, args.document).id if args.document else None
        text = export_bib(
            session,
            ExportSelection(
                document_id=document_id,
                group=args.group,
                cited_only=args.cited_only,
                without_own_fields=args.for_latex,
            ),
        )
    if write_output(args.out, text):
        print(f"Wrote {text.count(chr(10) + '@') + text.startswith('@')} blocks to {args.out}.", file=sys.stderr)
    return 0
