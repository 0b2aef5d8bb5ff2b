"""`silteme import-latex` and `silteme export-latex`: a thesis written in LaTeX."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.common import document_counts, unit_of_work
from references.latex import import_latex
from references.latex.writeback import export_latex
from references.library.location import find_document
from app.i18n import Translations, fill, format_number


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
        template = LatexCli.tr(
            "%1 was imported before: document %2 was revised; annotations re-anchored: %3 exactly, %4 fuzzily, "
            "%5 orphaned (kept, shown in the orphans list)."
        )
        print(fill(template, args.file, summary.document_id, format_number(counts.get("exact", 0)),
                   format_number(counts.get("fuzzy", 0)), format_number(counts.get("orphaned", 0))))
    counts_text = ", ".join(document_counts(summary.sections, summary.blocks, summary.claims, summary.citations))
    template = LatexCli.tr("Imported «%1» as document %2 from %Ln .tex file(s): %3.", "", summary.files)
    print(fill(template, summary.title, summary.document_id, counts_text))
    print(
        fill(
            LatexCli.tr("From the .bib files: %1, %2."),
            LatexCli.tr("%Ln reference(s) added", "", summary.references_added),
            LatexCli.tr("%Ln already in the library", "", summary.references_matched),
        )
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
    written = len(result.files) - len(result.skipped)
    template = LatexCli.tr("Wrote %Ln file(s) to %1: %2 changed, %3 as imported.", "", written)
    print(fill(template, args.folder, format_number(len(result.changed)), format_number(unchanged)))
    return 0
