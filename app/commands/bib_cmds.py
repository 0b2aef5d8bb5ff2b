"""`silteme import-bib` and `silteme export-bib`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.common import unit_of_work, write_output_bytes
from references.library.bib_export import ExportSelection, export_bib_file
from references.library.bib_import import apply_bib_import
from references.library.file_import import plan_file
from references.interchange.readers import FileFormat
from references.library.repeated_keys import give_own_keys, key_conflicts, merge_same_works
from references.library.location import find_document
from app.i18n import Translations, fill


BibCli = Translations("BibCli")


def register(subcommands: argparse._SubParsersAction) -> None:
    imp = subcommands.add_parser(
        "import-bib", help=BibCli.tr("import a .bib file (into the library, or a document's bibliography)")
    )
    imp.add_argument("file", type=Path, metavar=BibCli.tr("FILE"))
    imp.add_argument(
        "--document", metavar=BibCli.tr("DOC"), help=BibCli.tr("number the entries into this document's bibliography")
    )
    imp.add_argument("--strict", action="store_true", help=BibCli.tr("import nothing if the file has any problem"))
    imp.add_argument("--dry-run", action="store_true", help=BibCli.tr("only say what would be imported"))
    imp.set_defaults(handler=run_import_bib, expected=FileFormat.BIBTEX)

    for name, kind, what in (
        ("import-csl-json", FileFormat.CSL_JSON, BibCli.tr("import a CSL-JSON or CSL-YAML file (Zotero, pandoc)")),
        ("import-endnote-xml", FileFormat.ENDNOTE_XML, BibCli.tr("import an EndNote XML file")),
        ("import-pubmed", FileFormat.PUBMED, BibCli.tr("import a PubMed/MEDLINE file (.nbib)")),
        ("import-wos", FileFormat.WOS, BibCli.tr("import a Web of Science plain-text file (.ciw, .txt)")),
        ("import-zotero-rdf", FileFormat.ZOTERO_RDF, BibCli.tr("import a Zotero RDF file")),
        ("import", None, BibCli.tr("import a file of references in any format Silteme reads (it tells which)")),
    ):
        other = subcommands.add_parser(name, help=what)
        other.add_argument("file", type=Path, metavar=BibCli.tr("FILE"))
        other.add_argument(
            "--document", metavar=BibCli.tr("DOC"), help=BibCli.tr("number the entries into this document's bibliography")
        )
        other.add_argument("--strict", action="store_true", help=BibCli.tr("import nothing if the file has any problem"))
        other.add_argument("--dry-run", action="store_true", help=BibCli.tr("only say what would be imported"))
        other.set_defaults(handler=run_import_bib, expected=kind)

    exp = subcommands.add_parser("export-bib", help=BibCli.tr("export references as BibTeX (default: the whole library)"))
    exp.add_argument("out", metavar=BibCli.tr("OUT"), help=BibCli.tr("the .bib file to write, or - for standard output"))
    selection_arguments(exp)
    exp.add_argument(
        "--for-latex",
        action="store_true",
        help=BibCli.tr(
            "leave out Silteme's own fields (groups, silteme-number, silteme-complete, silteme-provenance) "
            "and give every dated entry a year: a file for BibTeX and biber only"
        ),
    )
    exp.set_defaults(handler=run_export_bib)

    keys = subcommands.add_parser(
        "keys", help=BibCli.tr("entries whose file gave them a repeated or no key: list them, rename or merge them")
    )
    how = keys.add_mutually_exclusive_group()
    how.add_argument(
        "--rename", action="store_true", help=BibCli.tr("write each with its own key (the repeated key plus a letter)")
    )
    how.add_argument(
        "--merge", action="store_true",
        help=BibCli.tr("merge each into the entry whose key it repeats, when both are one work"),
    )
    keys.set_defaults(handler=run_keys)


def selection_arguments(parser: argparse.ArgumentParser) -> None:
    """Which references an export writes (shared by every export command)."""
    parser.add_argument(
        "--document", metavar=BibCli.tr("DOC"), help=BibCli.tr("only this document's bibliography, in its order")
    )
    parser.add_argument(
        "--group", metavar=BibCli.tr("NAME"), help=BibCli.tr("only this source group (and its sub-groups)")
    )
    parser.add_argument("--cited-only", action="store_true", help=BibCli.tr("only references cited in the text"))


def run_import_bib(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        document_id = find_document(session, args.document).id if args.document else None
        plan = plan_file(session, args.file, args.expected)
        for problem in plan.problems:
            print(f"{args.file}:{problem.line}: {problem.kind}: {problem.message}", file=sys.stderr)
        for entry in plan.new:
            if entry.key_conflict:
                template = BibCli.tr("kept, though %1; `silteme keys` lists such entries and can rename or merge them")
                print(f"{args.file}:{entry.line}: " + fill(template, entry.key_conflict), file=sys.stderr)
        for entry in plan.matches:
            template = BibCli.tr("%1 matches %2 (%3); kept the library's entry")
            match = fill(template, entry.key or BibCli.tr("(no key)"), entry.match_key, entry.match_reason)
            print(f"{args.file}:{entry.line}: {match}")
        if args.dry_run:
            would = (
                BibCli.tr("Would add %Ln entry(ies)", "", len(plan.new)),
                BibCli.tr("%Ln match(es) existing ones", "", len(plan.matches)),
                BibCli.tr("%Ln problem(s)", "", len(plan.problems)),
            )
            print("; ".join(would) + ".")
            session.rollback()
            return 0
        summary = apply_bib_import(session, plan, document_id=document_id, strict=args.strict)
    if args.document:
        added = fill(BibCli.tr("Added %Ln entry(ies) to the bibliography of document %1", "", summary.added), args.document)
    else:
        added = BibCli.tr("Added %Ln entry(ies) to the library", "", summary.added)
    rest = (
        BibCli.tr("%Ln matched existing entry(ies)", "", summary.matched),
        BibCli.tr("%Ln problem(s) reported above", "", summary.problems),
    )
    if plan.format != FileFormat.BIBTEX:
        added += f" ({plan.format})"  # the format's name is the same in every language
    print("; ".join((added, *rest)) + ".")
    return 0


def run_export_bib(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        document_id = find_document(session, args.document).id if args.document else None
        export = export_bib_file(
            session,
            ExportSelection(
                document_id=document_id,
                group=args.group,
                cited_only=args.cited_only,
                without_own_fields=args.for_latex,
            ),
        )
        conflicts = key_conflicts(session)
    for note in export.notes:
        print(f"silteme: {note}", file=sys.stderr)
    if conflicts:
        print("silteme: " + conflicting_keys(len(conflicts)) + " " + BibCli.tr("`silteme keys` lists them."), file=sys.stderr)
    text = export.text
    if write_output_bytes(args.out, export.encoded()):
        blocks = text.count(chr(10) + "@") + text.startswith("@")
        print(fill(BibCli.tr("Wrote %Ln block(s) to %1 (%2).", "", blocks), args.out, export.encoding), file=sys.stderr)
    return 0


def conflicting_keys(count: int) -> str:
    return BibCli.tr("%Ln entry(ies) (is/are) written with a key another entry has, or with none.", "", count)


def run_keys(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        if args.rename:
            given = give_own_keys(session)
            print(BibCli.tr("%Ln entry(ies) (is/are) written with (its/their) own key from now on.", "", len(given.reference_ids)))
            return 0
        if args.merge:
            merged = merge_same_works(session)
            left = len(key_conflicts(session))
            template = BibCli.tr("Merged %Ln entry(ies) into the entry whose key they repeat; %1 still conflict.", "", len(merged))
            print(fill(template, left))
            return 0
        conflicts = key_conflicts(session)
    for conflict in conflicts:
        print(f"{conflict.library_key}\t{conflict.written_key or BibCli.tr('(no key)')}\t{conflict.title}")
    print(conflicting_keys(len(conflicts)), file=sys.stderr)
    return 0
