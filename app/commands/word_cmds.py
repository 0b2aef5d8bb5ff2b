"""`silteme import-docx` and `silteme import-review`: theses and reviews from Word."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import print_json, unit_of_work
from references.word.importer import DocxImportSummary, import_docx
from app.i18n import Translations, fill


WordCli = Translations("WordCli")


def register(subcommands: argparse._SubParsersAction) -> None:
    imp = subcommands.add_parser(
        "import-docx", help=WordCli.tr("import a thesis from a Word document (.docx, or .odt with LibreOffice)")
    )
    imp.add_argument("file", type=Path, metavar=WordCli.tr("FILE"))
    imp.add_argument("--title", help=WordCli.tr("the document's title (default: the file name)"))
    imp.add_argument("--json", action="store_true", help=WordCli.tr("print the summary as one JSON object"))
    imp.set_defaults(handler=run_import_docx)


def run_import_docx(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        summary = import_docx(session, args.file, args.title)
    if args.json:
        print_json(summary.__dict__)
        return 0
    print(import_message(summary))
    for warning in summary.warnings:
        print("  " + fill(WordCli.tr("note: %1"), warning))
    return 0


def import_message(summary: DocxImportSummary) -> str:
    template = WordCli.tr(
        "Imported «%1» as document %2: sections: %3, blocks: %4 (tables: %5, footnotes: %6), claims: %7, "
        "citation markers: %8, references: %9 (read into fields, all to be checked: %10), comments: %11, replies: %12."
    )
    return fill(
        template, summary.title, summary.document_id, summary.sections, summary.blocks, summary.tables,
        summary.footnotes, summary.claims, summary.citations, summary.references, summary.references_parsed,
        summary.comments, summary.replies,
    )
