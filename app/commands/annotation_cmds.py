"""`silteme annotate`, `annotations`, `revise`, and W3C import/export."""

from __future__ import annotations

import argparse
import getpass
import sys
import os
from pathlib import Path

from app.commands.common import print_json, unit_of_work, write_output
from references.annotations import VERDICTS, anchored_text, annotate_quote, iso, list_annotations
from references.documents import document_text
from references.library import find_document
from references.revision import revise_document
from references.textfile import read_text_file


def default_author() -> str:
    return os.environ.get("SILTEME_USER") or getpass.getuser()


def register(subcommands: argparse._SubParsersAction) -> None:
    add = subcommands.add_parser("annotate", help="annotate the place where a quote stands in the text")
    add.add_argument("--document", metavar="DOC")
    add.add_argument("--quote", required=True, help="the exact text to annotate")
    add.add_argument("--prefix", default="", help="text just before the quote (to tell repeats apart)")
    add.add_argument("--suffix", default="", help="text just after the quote")
    add.add_argument("--comment", required=True)
    add.add_argument("--verdict", choices=VERDICTS)
    add.add_argument("--tag", action="append", default=[], help="a tag (repeat for more)")
    add.add_argument("--author", default=None, help="who writes it (default: $SILTEME_USER or the login name)")
    add.add_argument("--role", choices=("author", "reviewer"), default="reviewer")
    add.add_argument("--markdown", action="store_true", help="the comment is Markdown")
    add.set_defaults(handler=run_annotate)

    lst = subcommands.add_parser("annotations", help="list annotations")
    lst.add_argument("--document", metavar="DOC")
    lst.add_argument("--json", action="store_true", help="a JSON array")
    lst.set_defaults(handler=run_list)

    exp = subcommands.add_parser("export-annotations", help="annotations as W3C Web Annotation JSON-LD")
    exp.add_argument("out", help="the .jsonld file to write, or - for standard output")
    exp.add_argument("--document", metavar="DOC")
    exp.set_defaults(handler=run_export_annotations)

    imp = subcommands.add_parser("import-annotations", help="import W3C annotations (one, an array or a collection)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--document", metavar="DOC", help="where annotations of unknown documents go")
    imp.set_defaults(handler=run_import_annotations)

    docx = subcommands.add_parser("export-docx", help="the thesis as .docx, annotations as Word comments")
    docx.add_argument("out", type=Path)
    docx.add_argument("--document", metavar="DOC")
    docx.set_defaults(handler=run_export_docx)

    report = subcommands.add_parser("review-report", help="annotations by section and verdict (Markdown or HTML)")
    report.add_argument("out", help="the file to write, or - for standard output")
    report.add_argument("--document", metavar="DOC")
    report.add_argument("--format", choices=("md", "html"), help="default: from the file name, else md")
    report.set_defaults(handler=run_review_report)

    rev = subcommands.add_parser("revise", help="replace a document's text with a revised version and re-anchor")
    rev.add_argument("file", type=Path)
    rev.add_argument("--document", metavar="DOC")
    rev.add_argument("--json", action="store_true")
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
    print(f"Annotated characters {start}-{end}: {uri}")
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
        print(
            f"Revised document {report.document_id}: {report.blocks} blocks, {report.claims} claims, "
            f"{report.citations} markers. Annotations: {report.exact} placed exactly, "
            f"{report.fuzzy} placed fuzzily, {report.orphaned} orphaned."
        )
    return 0


def run_export_docx(args: argparse.Namespace) -> int:
    from references.docx_export import export_docx

    with unit_of_work(args) as session:
        report = export_docx(session, find_document(session, args.document).id, args.out)
    print(f"Wrote {args.out}: {report.paragraphs} paragraphs, {report.comments} comments "
          f"({report.orphaned} for orphaned annotations).")
    return 0


def run_review_report(args: argparse.Namespace) -> int:

    from references.review_report import review_html, review_markdown

    fmt = args.format or ("html" if str(args.out).lower().endswith((".html", ".htm")) else "md")
    with unit_of_work(args) as session:
        document_id = find_document(session, args.document).id
        text = review_html(session, document_id) if fmt == "html" else review_markdown(session, document_id)
    write_output(args.out, text)
    return 0


def run_export_annotations(args: argparse.Namespace) -> int:
    import json

    from references.annotation_io import export_annotations

    with unit_of_work(args) as session:
        document_id = find_document(session, args.document).id if args.document else None
        data = export_annotations(session, document_id)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if write_output(args.out, text):
        print(f"Wrote {data['total']} annotations and replies to {args.out}.")
    return 0


def run_import_annotations(args: argparse.Namespace) -> int:
    from references.annotation_io import import_annotations, read_annotation_file

    records = read_annotation_file(args.file)
    with unit_of_work(args) as session:
        report = import_annotations(session, records, args.document)
    for skipped in report.skipped:
        print(f"{skipped} is already in the library; kept as it is.")
    for clash in report.clashes:
        print(f"{args.file}: {clash}", file=sys.stderr)
    print(f"Imported {report.added} annotations: {report.exact} placed exactly, {report.fuzzy} fuzzily, "
          f"{report.orphaned} orphaned.")
    return 0
