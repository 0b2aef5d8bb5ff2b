"""`silteme import-docx` and `silteme import-review`: theses and reviews from Word."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import print_json, unit_of_work
from references.word.importer import DocxImportSummary, import_docx


def register(subcommands: argparse._SubParsersAction) -> None:
    imp = subcommands.add_parser("import-docx", help="import a thesis from a Word document (.docx, or .odt with LibreOffice)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--title", help="the document's title (default: the file name)")
    imp.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    imp.set_defaults(handler=run_import_docx)


def run_import_docx(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        summary = import_docx(session, args.file, args.title)
    if args.json:
        print_json(summary.__dict__)
        return 0
    print(import_message(summary))
    for warning in summary.warnings:
        print(f"  note: {warning}")
    return 0


def import_message(summary: DocxImportSummary) -> str:
    return (
        f"Imported {summary.title!r} as document {summary.document_id}: {summary.sections} sections, "
        f"{summary.blocks} blocks ({summary.tables} tables, {summary.footnotes} footnotes), {summary.claims} claims, "
        f"{summary.citations} citation markers, {summary.references} references "
        f"({summary.references_parsed} read into fields, all to be checked), "
        f"{summary.comments} comments with {summary.replies} replies."
    )
