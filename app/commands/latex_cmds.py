"""`silteme import-latex` and `silteme export-latex`: a thesis written in LaTeX."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.common import unit_of_work
from references.latex import import_latex
from references.latex.writeback import export_latex
from references.library.location import find_document
from app.i18n import Translations, fill


LatexCli = Translations("LatexCli")


def register(subcommands: argparse._SubParsersAction) -> None:
    imp = subcommands.add_parser(
        "import-latex", help=LatexCli.tr("import a LaTeX thesis (its main .tex file) with the .bib files it names")
    )
    imp.add_argument("file", type=Path, help=LatexCli.tr("the main .tex file (the one with \\documentclass)"))
    imp.add_argument("--title", help=LatexCli.tr("the document's title (default: the \\title, else the file name)"))
    imp.add_argument("--new", action="store_true",
                     help=LatexCli.tr("import as another document even if this project was imported before (default: a revision)"))
    imp.set_defaults(handler=run_import_latex)

    exp = subcommands.add_parser(
        "export-latex", help=LatexCli.tr("write a LaTeX thesis's project back into a folder, with Silteme's citation edits")
    )
    exp.add_argument("folder", type=Path, help=LatexCli.tr("the folder to write into (made if missing)"))
    exp.add_argument("--document", metavar=LatexCli.tr("DOC"), help=LatexCli.tr("the document (id or title)"))
    exp.set_defaults(handler=run_export_latex)


def run_import_latex(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        summary = import_latex(session, args.file, args.title, as_new=args.new)
    for problem in summary.bib_problems:
        print(problem, file=sys.stderr)
    for warning in summary.warnings:
        print(fill(LatexCli.tr("warning: %1"), warning), file=sys.stderr)
    if summary.revised:
        counts = summary.annotations
        print(f"{args.file} was imported before: document {summary.document_id} was revised; annotations "
              f"re-anchored: {counts.get('exact', 0)} exactly, {counts.get('fuzzy', 0)} fuzzily, "
              f"{counts.get('orphaned', 0)} orphaned (kept, shown in the orphans list).")
    print(
        f"Imported {summary.title!r} as document {summary.document_id} from {summary.files} .tex file(s): "
        f"{summary.sections} sections, {summary.blocks} blocks, {summary.claims} claims, "
        f"{summary.citations} citation markers; {summary.references_added} references added from the .bib "
        f"file(s), {summary.references_matched} already in the library."
    )
    print(fill(LatexCli.tr("Bibliography numbered by %1 (%2)."), _order_words(summary.order), summary.order_reason))
    if summary.dangling:
        print(fill(LatexCli.tr("Cited but in no bibliography entry (dangling): %1."), ", ".join(summary.dangling)))
    if summary.uncited:
        print(fill(LatexCli.tr("In the bibliography but never cited: %1."), ", ".join(summary.uncited)))
    return 0


def _order_words(order: str) -> str:
    return {
        "citation": LatexCli.tr("order of first citation"),
        "list": LatexCli.tr("the order of the thesis's own \\bibitem list"),
        "nty": LatexCli.tr("name, title, year"),
        "nyt": LatexCli.tr("name, year, title"),
        "ynt": LatexCli.tr("year, name, title"),
        "ydnt": LatexCli.tr("year (newest first), name, title"),
        "anyt": LatexCli.tr("label, name, year, title"),
        "anyvt": LatexCli.tr("label, name, year, volume, title"),
        "nyvt": LatexCli.tr("name, year, volume, title"),
    }.get(order, order)


def run_export_latex(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        document = find_document(session, args.document)
        result = export_latex(session, document.id, args.folder)
    for path in result.skipped:
        print(fill(LatexCli.tr("warning: %1 lies outside the project's folder and was not written."), path), file=sys.stderr)
    for path, notes in result.changed.items():
        for note in notes:
            print(f"{path}: {note}")
    unchanged = len(result.files) - len(result.changed) - len(result.skipped)
    print(f"Wrote {len(result.files) - len(result.skipped)} file(s) to {args.folder}: "
          f"{len(result.changed)} changed, {unchanged} as imported.")
    return 0
