"""`silteme import-pdf` and `silteme export-pdf-annotations`: a thesis as a PDF, and reviewers' notes in it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.common import document_counts, listed_references_line, unit_of_work
from references.library.location import find_document
from references.pdf import import_pdf
from references.pdf.writing import export_pdf_annotations
from app.i18n import Translations, fill


PdfCli = Translations("PdfCli")


def register(subcommands: argparse._SubParsersAction) -> None:
    imp = subcommands.add_parser(
        "import-pdf", help=PdfCli.tr("import a thesis from a PDF (text with pages, and the reviewers' notes in it)")
    )
    imp.add_argument("file", type=Path, metavar=PdfCli.tr("FILE"))
    imp.add_argument("--title", help=PdfCli.tr("the document's title (default: the file name)"))
    imp.set_defaults(handler=run_import_pdf)

    exp = subcommands.add_parser(
        "export-pdf-annotations", help=PdfCli.tr("write the annotations into a copy of the document's PDF, as highlights")
    )
    exp.add_argument("out", type=Path, metavar="OUT.pdf")
    exp.add_argument("--document", metavar=PdfCli.tr("DOC"), help=PdfCli.tr("the document (id or title)"))
    exp.set_defaults(handler=run_export_pdf_annotations)


def run_import_pdf(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        summary = import_pdf(session, args.file, args.title)
    if summary.text is not None:
        text = summary.text
        counts = ", ".join(document_counts(text.sections, text.blocks, text.claims, text.citations))
        template = PdfCli.tr("Imported «%1» as document %2 from %Ln page(s): %3.", "", summary.pages)
        print(fill(template, summary.title, summary.document_id, counts))
        if text.references_listed:
            print(listed_references_line(text.references_listed))
        print(
            fill(
                PdfCli.tr("Taken out: %1; joined: %2."),
                PdfCli.tr("%Ln running head, footer or page-number line(s)", "", summary.removed_lines),
                PdfCli.tr("%Ln hyphenated word(s)", "", summary.hyphens_joined),
            )
        )
    else:
        template = PdfCli.tr("The text of %1 is already document %2; only its notes were read.")
        print(fill(template, args.file.name, summary.document_id))
    notes = summary.notes
    template = PdfCli.tr(
        "PDF notes: %1 found, %2 added (%3 could not be placed and are orphans), %4 replies, %5 already imported."
    )
    print(fill(template, notes.found, notes.added, notes.orphaned, notes.replies, notes.already))
    return 0


def run_export_pdf_annotations(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        document = find_document(session, args.document)
        report = export_pdf_annotations(session, document.id, args.out)
    print(
        fill(
            PdfCli.tr("Wrote %1: %2, %3; %4."),
            args.out,
            PdfCli.tr("%Ln highlight(s) with their comments", "", report.written),
            PdfCli.tr("%Ln reply(-ies)", "", report.replies),
            PdfCli.tr("%Ln note(s) were in the PDF already", "", report.from_this_pdf),
        )
    )
    for quote in report.not_placed:
        print(fill(PdfCli.tr("warning: not placed on a page (orphaned or no longer found): %1"), repr(quote)), file=sys.stderr)
    return 0
