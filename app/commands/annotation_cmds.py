"""`silteme annotate`, `annotations`, `revise`, and W3C import/export."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from app.commands.common import print_json, unit_of_work, write_output
from references.review.annotations import VERDICTS, anchored_text, annotate_quote, iso, list_annotations
from references.thesis.text_map import document_text
from references.library.location import find_document
from references.review.revision import revise_document
from references.thesis.text_file import read_text_file
from app.i18n import Translations, fill


def default_author() -> str:
    return os.environ.get("SILTEME_USER") or getpass.getuser()


ReviewCli = Translations("ReviewCli")


def register(subcommands: argparse._SubParsersAction) -> None:
    doc = ReviewCli.tr("DOC")
    document_help = ReviewCli.tr("the document (id or title); may be left out if there is only one")
    add = subcommands.add_parser("annotate", help=ReviewCli.tr("annotate the place where a quote stands in the text"))
    add.add_argument("--document", metavar=doc, help=document_help)
    add.add_argument("--quote", required=True, metavar=ReviewCli.tr("TEXT"), help=ReviewCli.tr("the exact text to annotate"))
    add.add_argument("--prefix", default="", metavar=ReviewCli.tr("TEXT"), help=ReviewCli.tr("text just before the quote (to tell repeats apart)"))
    add.add_argument("--suffix", default="", metavar=ReviewCli.tr("TEXT"), help=ReviewCli.tr("text just after the quote"))
    add.add_argument("--comment", required=True, metavar=ReviewCli.tr("TEXT"), help=ReviewCli.tr("the comment"))
    add.add_argument("--verdict", choices=VERDICTS, help=ReviewCli.tr("how the cited sources back the quote"))
    add.add_argument("--tag", action="append", default=[], metavar=ReviewCli.tr("TAG"), help=ReviewCli.tr("a tag (repeat for more)"))
    add.add_argument("--author", default=None, metavar=ReviewCli.tr("NAME"), help=ReviewCli.tr("who writes it (default: $SILTEME_USER or the login name)"))
    add.add_argument("--role", choices=("author", "reviewer"), default="reviewer", help=ReviewCli.tr("the writer's role (default: %(default)s)"))
    add.add_argument("--markdown", action="store_true", help=ReviewCli.tr("the comment is Markdown"))
    add.set_defaults(handler=run_annotate)

    lst = subcommands.add_parser("annotations", help=ReviewCli.tr("list annotations"))
    lst.add_argument("--document", metavar=doc, help=ReviewCli.tr("only this document (id or title)"))
    lst.add_argument("--json", action="store_true", help=ReviewCli.tr("print a JSON array"))
    lst.set_defaults(handler=run_list)

    exp = subcommands.add_parser("export-annotations", help=ReviewCli.tr("annotations as W3C Web Annotation JSON-LD"))
    exp.add_argument("out", metavar=ReviewCli.tr("OUT"), help=ReviewCli.tr("the .jsonld file to write, or - for standard output"))
    exp.add_argument("--document", metavar=doc, help=ReviewCli.tr("only this document (id or title)"))
    exp.set_defaults(handler=run_export_annotations)

    imp = subcommands.add_parser("import-annotations", help=ReviewCli.tr("import W3C annotations (one, an array or a collection)"))
    imp.add_argument("file", type=Path, metavar=ReviewCli.tr("FILE"))
    imp.add_argument("--document", metavar=doc, help=ReviewCli.tr("where annotations of unknown documents go"))
    imp.set_defaults(handler=run_import_annotations)

    docx = subcommands.add_parser("export-docx", help=ReviewCli.tr("the thesis as .docx, annotations as Word comments"))
    docx.add_argument("out", type=Path, metavar=ReviewCli.tr("OUT"), help=ReviewCli.tr("the .docx file to write"))
    docx.add_argument("--document", metavar=doc, help=document_help)
    docx.add_argument(
        "--style", choices=("gost-numeric", "apa"), default="gost-numeric",
        help=ReviewCli.tr("for a document imported from Word: the style of reference-list entries that were completed or added"),
    )
    docx.set_defaults(handler=run_export_docx)

    report = subcommands.add_parser("review-report", help=ReviewCli.tr("annotations by section and verdict (Markdown or HTML)"))
    report.add_argument("out", metavar=ReviewCli.tr("OUT"), help=ReviewCli.tr("the file to write, or - for standard output"))
    report.add_argument("--document", metavar=doc, help=document_help)
    report.add_argument("--format", choices=("md", "html"), help=ReviewCli.tr("default: from the file name, else md"))
    report.set_defaults(handler=run_review_report)

    rev = subcommands.add_parser("revise", help=ReviewCli.tr("replace a document's text with a revised version and re-anchor"))
    rev.add_argument("file", type=Path, metavar=ReviewCli.tr("FILE"), help=ReviewCli.tr("the revised text (UTF-8)"))
    rev.add_argument("--document", metavar=doc, help=document_help)
    rev.add_argument("--json", action="store_true", help=ReviewCli.tr("print the report as JSON"))
    rev.set_defaults(handler=run_revise)


def run_annotate(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        document = find_document(session, args.document)
        ann = annotate_quote(
            session,
            document.id,
            args.quote,
            args.prefix,
            args.suffix,
            comment=args.comment,
            verdict=args.verdict,
            tags=args.tag,
            author=args.author or default_author(),
            author_role=args.role,
            comment_format="text/markdown" if args.markdown else "text/plain",
        )
        uri, start, end = ann.uri, ann.start, ann.end
    print(fill(ReviewCli.tr("Annotated characters %1-%2: %3"), start, end, uri))
    return 0


def annotation_json(session, items) -> list[dict[str, object]]:  # noqa: ANN001 - Session, list[AnnotationView]
    from models import Document

    texts: dict[int, str] = {}
    titles: dict[int, str] = {}
    out = []
    for item in items:
        if item.document_id not in texts:
            texts[item.document_id] = document_text(session, item.document_id)
            titles[item.document_id] = session.get(Document, item.document_id).title
        out.append(
            {
                "id": item.uri,
                "anchor": item.anchor,
                "text": anchored_text(texts[item.document_id], item),
                "quote": item.exact,
                "prefix": item.prefix,
                "suffix": item.suffix,
                "start": item.start,
                "end": item.end,
                "comment": item.comment,
                "comment_format": item.comment_format,
                "verdict": item.verdict,
                "status": item.status,
                "tags": list(item.tags),
                "color": item.color,
                "author": item.author,
                "author_role": item.author_role,
                "created": iso(item.created),
                "modified": iso(item.modified),
                "claim": item.claim_id,
                "document": {"id": item.document_id, "title": titles[item.document_id]},
                "replies": [
                    {"id": r.uri, "author": r.author, "author_role": r.author_role, "body": r.body,
                     "created": iso(r.created)}
                    for r in item.replies
                ],
            }
        )
    return out


def run_list(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        document_id = find_document(session, args.document).id if args.document else None
        items = list_annotations(session, document_id)
        data = annotation_json(session, items)
    if args.json:
        print_json(data)
        return 0
    for row in data:
        where = f"{row['anchor']:8}" + (f" @{row['start']}" if row["start"] is not None else "")
        print(f"{where}  [{row['status']}] {row['verdict'] or '-'}  {row['author']}: {row['comment']}")
        print(f"          «{row['quote'][:100]}»")
    return 0


def run_revise(args: argparse.Namespace) -> int:
    text = read_text_file(args.file)
    with unit_of_work(args) as session:
        report = revise_document(session, args.document, text)
    if args.json:
        print_json(report.__dict__ | {"annotations": report.annotations})
    else:
        counts = (
            ReviewCli.tr("%Ln block(s)", "", report.blocks),
            ReviewCli.tr("%Ln claim(s)", "", report.claims),
            ReviewCli.tr("%Ln marker(s)", "", report.citations),
        )
        print(fill(ReviewCli.tr("Revised document %1: %2."), report.document_id, ", ".join(counts)), placed(report))
    return 0


def placed(report: object) -> str:
    """Where re-anchoring put the annotations: exactly, fuzzily, or nowhere."""
    return fill(
        ReviewCli.tr("Annotations: %1 placed exactly, %2 placed fuzzily, %3 orphaned."),
        report.exact,  # type: ignore[attr-defined]
        report.fuzzy,  # type: ignore[attr-defined]
        report.orphaned,  # type: ignore[attr-defined]
    )


def run_export_docx(args: argparse.Namespace) -> int:
    from references.review.word_export import export_docx
    from references.word.writeback import has_word_source, write_back

    with unit_of_work(args) as session:
        document_id = find_document(session, args.document).id
        if has_word_source(session, document_id):
            back = write_back(session, document_id, args.out, args.style)
            template = ReviewCli.tr(
                "Wrote %1: the author's own document; paragraphs changed: %2, added: %3, removed: %4; "
                "references: %5 (newly formatted: %6); comments: %7, replies: %8."
            )
            print(
                fill(
                    template, args.out, back.paragraphs_changed, back.paragraphs_added, back.paragraphs_removed,
                    back.references, back.references_formatted, back.comments, back.replies,
                )
            )
            return 0
        report = export_docx(session, document_id, args.out)
    paragraphs = ReviewCli.tr("%Ln paragraph(s)", "", report.paragraphs)
    comments = ReviewCli.tr("%Ln comment(s)", "", report.comments)
    orphaned = ReviewCli.tr("%Ln for orphaned annotations", "", report.orphaned)
    print(fill(ReviewCli.tr("Wrote %1: %2, %3 (%4)."), args.out, paragraphs, comments, orphaned))
    return 0


def run_review_report(args: argparse.Namespace) -> int:

    from references.review.report import review_html, review_markdown

    fmt = args.format or ("html" if str(args.out).lower().endswith((".html", ".htm")) else "md")
    with unit_of_work(args) as session:
        document_id = find_document(session, args.document).id
        text = review_html(session, document_id) if fmt == "html" else review_markdown(session, document_id)
    write_output(args.out, text)
    return 0


def run_export_annotations(args: argparse.Namespace) -> int:
    import json

    from references.review.annotation_files import export_annotations

    with unit_of_work(args) as session:
        document_id = find_document(session, args.document).id if args.document else None
        data = export_annotations(session, document_id)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if write_output(args.out, text):
        print(fill(ReviewCli.tr("Wrote %Ln annotation(s) and replies to %1.", "", data["total"]), args.out))
    return 0


def run_import_annotations(args: argparse.Namespace) -> int:
    from references.review.annotation_files import import_annotations, read_annotation_file

    records = read_annotation_file(args.file)
    with unit_of_work(args) as session:
        report = import_annotations(session, records, args.document)
    for skipped in report.skipped:
        print(fill(ReviewCli.tr("%1 is already in the library; kept as it is."), skipped))
    for clash in report.clashes:
        print(f"{args.file}: {clash}", file=sys.stderr)
    print(ReviewCli.tr("Imported %Ln annotation(s).", "", report.added), placed(report))
    return 0
