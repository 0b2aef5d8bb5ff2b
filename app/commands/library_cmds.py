"""`silteme stats` and `silteme import-text`."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import print_json, unit_of_work
from references.thesis.text_import import import_text_file
from references.library.location import find_document
from references.library.stats import library_stats


def register(subcommands: argparse._SubParsersAction) -> None:
    stats = subcommands.add_parser("stats", help="counts of documents, claims, markers, references and groups")
    stats.add_argument("--json", action="store_true", help="print one JSON object")
    stats.add_argument("--document", metavar="DOC", help="only this document (id or title)")
    stats.set_defaults(handler=run_stats)

    imp = subcommands.add_parser("import-text", help="import a plain-text (UTF-8) thesis")
    imp.add_argument("file", type=Path)
    imp.add_argument("--title", help="the document's title (default: the file name)")
    imp.set_defaults(handler=run_import_text)


def run_stats(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        document_id = find_document(session, args.document).id if args.document else None
        stats = library_stats(session, document_id)
    if args.json:
        print_json(stats)
    else:
        for key, value in stats.items():
            if isinstance(value, dict):
                print(f"{key}:")
                for name, count in value.items():
                    print(f"  {name}: {count}")
            else:
                print(f"{key}: {value}")
    return 0


def run_import_text(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        summary = import_text_file(session, args.file, args.title)
    print(
        f"Imported {summary.title!r} as document {summary.document_id}: {summary.sections} sections, "
        f"{summary.blocks} blocks, {summary.claims} claims, {summary.citations} citation markers, "
        f"{summary.references_created} new references to complete."
    )
    return 0
