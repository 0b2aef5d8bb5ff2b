"""`silteme stats` and `silteme import-text`."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import document_counts, listed_references_line, print_json, unit_of_work
from references.library.location import find_document
from references.library.stats import library_stats
from app.i18n import Translations, fill, format_number


LibraryCli = Translations("LibraryCli")


def stat_labels() -> dict[str, str]:
    """How ``silteme stats`` names its counts for a person (JSON keeps the keys)."""
    return {
        "documents": LibraryCli.tr("documents"),
        "sections": LibraryCli.tr("sections"),
        "blocks": LibraryCli.tr("blocks"),
        "tables": LibraryCli.tr("tables"),
        "claims": LibraryCli.tr("claims"),
        "citation_markers": LibraryCli.tr("citation markers"),
        "references": LibraryCli.tr("references"),
        "cited_references": LibraryCli.tr("cited references"),
        "uncited_references": LibraryCli.tr("uncited references"),
        "groups": LibraryCli.tr("groups"),
    }


def register(subcommands: argparse._SubParsersAction) -> None:
    stats = subcommands.add_parser(
        "stats", help=LibraryCli.tr("counts of documents, claims, markers, references and groups")
    )
    stats.add_argument("--json", action="store_true", help=LibraryCli.tr("print one JSON object"))
    stats.add_argument("--document", metavar=LibraryCli.tr("DOC"), help=LibraryCli.tr("only this document (id or title)"))
    stats.set_defaults(handler=run_stats)

    imp = subcommands.add_parser("import-text", help=LibraryCli.tr("import a plain-text (UTF-8) thesis"))
    imp.add_argument("file", type=Path, metavar=LibraryCli.tr("FILE"))
    imp.add_argument("--title", help=LibraryCli.tr("the document's title (default: the file name)"))
    imp.set_defaults(handler=run_import_text)


def run_stats(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        document_id = find_document(session, args.document).id if args.document else None
        stats = library_stats(session, document_id)
    if args.json:
        print_json(stats)
    else:
        labels = stat_labels()
        for key, value in stats.items():
            if isinstance(value, dict):
                print(f"{labels.get(key, key)}:")
                for name, count in value.items():
                    print(f"  {name}: {format_number(count)}")
            else:
                print(f"{labels.get(key, key)}: {format_number(value) if isinstance(value, int) else value}")
    return 0


def run_import_text(args: argparse.Namespace) -> int:
    from references.thesis.text_import import import_text_file  # the text parser: import-text alone needs it

    with unit_of_work(args) as session:
        summary = import_text_file(session, args.file, args.title)
    counts = ", ".join(
        (
            *document_counts(summary.sections, summary.blocks, summary.claims, summary.citations),
            LibraryCli.tr("%Ln new reference(s) to complete", "", summary.references_created),
        )
    )
    print(fill(LibraryCli.tr("Imported «%1» as document %2: %3."), summary.title, summary.document_id, counts))
    if summary.references_listed:
        print(listed_references_line(summary.references_listed))
    return 0
