"""`silteme export-ris`, `export-csl-json`, `bibliography` and `import-ris`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.commands.common import unit_of_work, write_output
from references.library.bib_export import ExportSelection
from references.library.location import find_document
from references.library.exchange_records import (
    export_csl_json,
    export_ris,
    formatted_bibliography,
    import_ris,
)
from references.library.document_language import set_document_language
from app.commands.bib_cmds import selection_arguments
from app.i18n import LANGUAGES, Translations, fill


FormatCli = Translations("FormatCli")


def _selection_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", metavar=FormatCli.tr("OUT"), help=FormatCli.tr("the file to write, or - for standard output"))
    selection_arguments(parser)


def register(subcommands: argparse._SubParsersAction) -> None:
    ris = subcommands.add_parser("export-ris", help=FormatCli.tr("export references as RIS (EndNote, Zotero, Mendeley)"))
    _selection_args(ris)
    ris.set_defaults(handler=lambda a: _export(a, lambda s, sel: export_ris(s, sel)))

    csl = subcommands.add_parser("export-csl-json", help=FormatCli.tr("export references as CSL-JSON (Zotero, pandoc)"))
    _selection_args(csl)
    csl.set_defaults(
        handler=lambda a: _export(a, lambda s, sel: json.dumps(export_csl_json(s, sel), ensure_ascii=False, indent=2) + "\n")
    )

    bib = subcommands.add_parser("bibliography", help=FormatCli.tr("a formatted bibliography (GOST numeric or APA)"))
    _selection_args(bib)
    bib.add_argument(
        "--style",
        choices=("gost-numeric", "gost-2018", "gost-2008", "apa"),
        default="gost-numeric",
        help=FormatCli.tr("gost-numeric: GOST R 7.0.100-2018 (default); gost-2018: the same with the content type area, ISBN and notes of the standard; gost-2008: the CSL style of GOST R 7.0.5-2008; apa: APA 7"),
    )
    bib.add_argument("--html", action="store_true", help=FormatCli.tr("HTML instead of plain text"))
    bib.add_argument(
        "--language", choices=LANGUAGES,
        help=FormatCli.tr("the language of GOST's terms (б./с./p., т./Т./Vol.); default: the document's language"),
    )
    bib.set_defaults(handler=run_bibliography)

    lang = subcommands.add_parser(
        "language", help=FormatCli.tr("show or set the language a document is written in (kk, ru, en)")
    )
    lang.add_argument("language", nargs="?", choices=LANGUAGES, help=FormatCli.tr("the new language; without it, show it"))
    lang.add_argument(
        "--document", metavar=FormatCli.tr("DOC"),
        help=FormatCli.tr("the document (id or title); may be left out if there is only one"),
    )
    lang.set_defaults(handler=run_language)

    imp = subcommands.add_parser("import-ris", help=FormatCli.tr("import a RIS file"))
    imp.add_argument("file", type=Path, metavar=FormatCli.tr("FILE"))
    imp.add_argument(
        "--document", metavar=FormatCli.tr("DOC"), help=FormatCli.tr("number the entries into this document's bibliography")
    )
    imp.add_argument("--strict", action="store_true", help=FormatCli.tr("import nothing if the file has any problem"))
    imp.set_defaults(handler=run_import_ris)


def _export(args: argparse.Namespace, make) -> int:  # noqa: ANN001 - (Session, ExportSelection) -> str
    with unit_of_work(args) as session:
        document_id = find_document(session, args.document).id if args.document else None
        text = make(session, ExportSelection(document_id=document_id, group=args.group, cited_only=args.cited_only))
    write_output(args.out, text)
    return 0


def run_language(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        document = find_document(session, args.document)
        if args.language is None:
            print(document.language)
            return 0
        change = set_document_language(session, document.id, args.language)
    print(fill(FormatCli.tr("«%1» is now in %2 (it was %3)."), document.title, args.language, change.old))
    return 0


def run_bibliography(args: argparse.Namespace) -> int:
    def make(session, selection) -> str:  # noqa: ANN001
        entries = formatted_bibliography(session, selection, args.style, args.html, args.language)
        if args.html:
            items = "\n".join(f"  <li>{e}</li>" for e in entries)
            return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n<ol style="list-style:none">\n{items}\n</ol>\n</body></html>\n'
        return "\n".join(entries) + "\n"

    return _export(args, make)


def run_import_ris(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        document_id = find_document(session, args.document).id if args.document else None
        summary = import_ris(session, args.file, document_id=document_id, strict=args.strict)
    for problem in summary.problems:
        print(f"{args.file}:{problem.line}: {problem.message}", file=sys.stderr)
    for line in summary.matched:
        print(line)
    added = FormatCli.tr("Added %Ln entry(ies)", "", summary.added)
    matched = FormatCli.tr("%Ln matched existing entry(ies)", "", len(summary.matched))
    print(fill("%1; %2.", added, matched))
    return 0
