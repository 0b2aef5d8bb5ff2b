"""`silteme import-pdf` and `silteme export-pdf-annotations`: a thesis as a PDF, and reviewers' notes in it."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import unit_of_work
from references.pdf import import_pdf


def register(subcommands: argparse._SubParsersAction) -> None:
    imp = subcommands.add_parser(
        "import-pdf", help="import a thesis from a PDF (text with pages, and the reviewers' notes in it)"
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--title", help="the document's title (default: the file name)")
    imp.set_defaults(handler=run_import_pdf)


def run_import_pdf(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        summary = import_pdf(session, args.file, args.title)
    if summary.text is not None:
        text = summary.text
        print(
            f"Imported {summary.title!r} as document {summary.document_id} from {summary.pages} page(s): "
            f"{text.sections} sections, {text.blocks} blocks, {text.claims} claims, {text.citations} citation "
            f"markers; {summary.removed_lines} running head, footer and page-number lines taken out, "
            f"{summary.hyphens_joined} hyphenated words joined."
        )
    else:
        print(f"The text of {args.file.name} is already document {summary.document_id}; only its notes were read.")
    notes = summary.notes
    print(
        f"PDF notes: {notes.found} found, {notes.added} added ({notes.orphaned} could not be placed and are "
        f"orphans), {notes.replies} replies, {notes.already} already imported."
    )
    return 0
