"""`silteme import-docx` and `silteme import-review`: theses and reviews from Word."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import print_json, unit_of_work
from app.i18n.catalog import Translations, fill
from references.library.location import find_document
from references.word.importer import DocxImportSummary, import_docx
from references.word.review import ReviewImportReport, import_review


WordCli = Translations("WordCli")


def register(subcommands: argparse._SubParsersAction) -> None:
    imp = subcommands.add_parser(
        "import-docx", help=WordCli.tr("import a thesis from a Word document (.docx, or .odt with LibreOffice)")
    )
    imp.add_argument("file", type=Path, metavar=WordCli.tr("FILE"))
    imp.add_argument("--title", help=WordCli.tr("the document's title (default: the file name)"))
    imp.add_argument("--json", action="store_true", help=WordCli.tr("print the summary as one JSON object"))
    imp.set_defaults(handler=run_import_docx)

    review = subcommands.add_parser(
        "import-review", help=WordCli.tr("merge a reviewer's Word file: new comments, replies, resolved state")
    )
    review.add_argument("file", type=Path, metavar=WordCli.tr("FILE"))
    review.add_argument(
        "--document", metavar=WordCli.tr("DOC"), help=WordCli.tr("the document (id or title); may be left out if there is only one")
    )
    review.add_argument("--json", action="store_true", help=WordCli.tr("print the summary as one JSON object"))
    review.set_defaults(handler=run_import_review)


def run_import_docx(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        summary = import_docx(session, args.file, args.title)
    notes = [fill(WordCli.tr("  note: %1"), w) for w in summary.warnings]
    return _report(args, summary.__dict__, [import_message(summary), *notes])


def run_import_review(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        report = import_review(session, args.file, find_document(session, args.document).id)
    lines = [review_message(report)]
    if report.text_edits:
        lines.append(WordCli.tr("The reviewer also changed the text; these edits were NOT applied (make them yourself if you agree):"))
        lines.extend(f"  {edit}" for edit in report.text_edits)
    return _report(args, report.__dict__, lines)


def _report(args: argparse.Namespace, data: dict[str, object], lines: list[str]) -> int:
    if args.json:
        print_json(data)
    else:
        print("\n".join(lines))
    return 0


def import_message(summary: DocxImportSummary) -> str:
    structure = fill(
        WordCli.tr("Imported %1 as document %2: %3 sections, %4 blocks (%5 tables, %6 footnotes), %7 claims, %8 citation markers."),
        summary.title, summary.document_id, summary.sections, summary.blocks, summary.tables, summary.footnotes,
        summary.claims, summary.citations,
    )
    rest = fill(
        WordCli.tr("%1 references to check (%2 of them read into fields); Word comments: %3 threads, %4 replies."),
        summary.references, summary.references_parsed, summary.comments, summary.replies,
    )
    return f"{structure} {rest}"


def review_message(report: ReviewImportReport) -> str:
    return fill(
        WordCli.tr(
            "Merged the review into document %1: %2 new comments (%3 of them could not be anchored and are kept as "
            "orphaned), %4 new replies, %5 resolved, %6 reopened, %7 already known."
        ),
        report.document_id, report.new_comments, report.unanchored, report.new_replies, report.resolved,
        report.reopened, report.known,
    )
