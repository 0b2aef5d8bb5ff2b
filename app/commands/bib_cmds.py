"""`silteme import-bib` and `silteme export-bib`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.common import unit_of_work, write_output
from references.bibexport import ExportSelection, export_bib
from references.bibimport import apply_bib_import, plan_bib_file
from references.library import find_document
from app.i18n import Translations, fill


BibCli = Translations("BibCli")


def register(subcommands: argparse._SubParsersAction) -> None:
    imp = subcommands.add_parser(
        "import-bib", help=BibCli.tr("import a .bib file (into the library, or a document's bibliography)")
    )
    imp.add_argument("file", type=Path, metavar=BibCli.tr("FILE"))
    imp.add_argument(
        "--document", metavar=BibCli.tr("DOC"), help=BibCli.tr("number the entries into this document's bibliography")
    )
    imp.add_argument("--strict", action="store_true", help=BibCli.tr("import nothing if the file has any problem"))
    imp.add_argument("--dry-run", action="store_true", help=BibCli.tr("only say what would be imported"))
    imp.set_defaults(handler=run_import_bib)

    exp = subcommands.add_parser("export-bib", help=BibCli.tr("export references as BibTeX (default: the whole library)"))
    exp.add_argument("out", metavar=BibCli.tr("OUT"), help=BibCli.tr("the .bib file to write, or - for standard output"))
    selection_arguments(exp)
    exp.set_defaults(handler=run_export_bib)


def selection_arguments(parser: argparse.ArgumentParser) -> None:
    """Which references an export writes (shared by every export command)."""
    parser.add_argument(
        "--document", metavar=BibCli.tr("DOC"), help=BibCli.tr("only this document's bibliography, in its order")
    )
    parser.add_argument(
        "--group", metavar=BibCli.tr("NAME"), help=BibCli.tr("only this source group (and its sub-groups)")
    )
    parser.add_argument("--cited-only", action="store_true", help=BibCli.tr("only references cited in the text"))


def run_import_bib(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        document_id = find_document(session, args.document).id if args.document else None
        plan = plan_bib_file(session, args.file)
        for problem in plan.problems:
            print(f"{args.file}:{problem.line}: {problem.kind}: {problem.message}", file=sys.stderr)
        for entry in plan.matches:
            template = BibCli.tr("%1 matches %2 (%3); kept the library's entry")
            match = fill(template, entry.key or BibCli.tr("(no key)"), entry.match_key, entry.match_reason)
            print(f"{args.file}:{entry.line}: {match}")
        if args.dry_run:
            would = (
                BibCli.tr("Would add %Ln entry(ies)", "", len(plan.new)),
                BibCli.tr("%Ln match(es) existing ones", "", len(plan.matches)),
                BibCli.tr("%Ln problem(s)", "", len(plan.problems)),
            )
            print("; ".join(would) + ".")
            session.rollback()
            return 0
        summary = apply_bib_import(session, plan, document_id=document_id, strict=args.strict)
    if args.document:
        added = fill(BibCli.tr("Added %Ln entry(ies) to the bibliography of document %1", "", summary.added), args.document)
    else:
        added = BibCli.tr("Added %Ln entry(ies) to the library", "", summary.added)
    rest = (
        BibCli.tr("%Ln matched existing entry(ies)", "", summary.matched),
        BibCli.tr("%Ln problem(s) reported above", "", summary.problems),
    )
    print("; ".join((added, *rest)) + ".")
    return 0


def run_export_bib(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        document_id = find_document(session, args.document).id if args.document else None
        text = export_bib(
            session, ExportSelection(document_id=document_id, group=args.group, cited_only=args.cited_only)
        )
    if write_output(args.out, text):
        blocks = text.count(chr(10) + "@") + text.startswith("@")
        print(fill(BibCli.tr("Wrote %Ln block(s) to %1.", "", blocks), args.out), file=sys.stderr)
    return 0
