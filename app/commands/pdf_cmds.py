"""`silteme import-pdf` and `silteme export-pdf-annotations`: a thesis as a PDF, and reviewers' notes in it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.common import unit_of_work
from references.library.location import find_document
from references.pdf import import_pdf
from references.pdf.writing import export_pdf_annotations


def register(subcommands: argparse._SubParsersAction) -> None:
    imp = subcommands.add_parser(
        "import-pdf", help="import a thesis from a PDF (text with pages, and the reviewers' notes in it)"
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--title", help="the document's title (default: the file name)")
    imp.set_defaults(handler=run_import_pdf)

    exp = subcommands.add_parser(
        "export-pdf-annotations", help="write the annotations into a copy of the document's PDF, as highlights"
    )
    exp.add_argument("out", type=Path, metavar="OUT.pdf")
    exp.add_argument("--document", metavar="DOC", help="the document (id or title)")
    exp.set_defaults(handler=run_export_pdf_annotations)


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


def run_export_pdf_annotations(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        document = find_document(session, args.document)
        report = export_pdf_annotations(session, document.id, args.out)
    print(f"Wrote {args.out}: {report.written} highlight(s) with their comments, {report.replies} repl(ies); "
          f"{report.from_this_pdf} note(s) were in the PDF already.")
    for quote in report.not_placed:
        print(f"warning: not placed on a page (orphaned or no longer found): {quote!r}", file=sys.stderr)
    return 0
