"""`silteme import-bib` and `silteme export-bib`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.common import unit_of_work, write_output_bytes
from references.bibexport import ExportSelection, export_bib_file
from references.bibimport import apply_bib_import
from references.interchange.imports import plan_file
from references.interchange.readers import FileFormat
from references.interchange.keys import give_own_keys, key_conflicts, merge_same_works
from references.library import find_document


def register(subcommands: argparse._SubParsersAction) -> None:
    imp = subcommands.add_parser(
        "import-bib", help="import a .bib file (into the library, or a document's bibliography)"
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--document", metavar="DOC", help="number the entries into this document's bibliography")
    imp.add_argument("--strict", action="store_true", help="import nothing if the file has any problem")
    imp.add_argument("--dry-run", action="store_true", help="only say what would be imported")
    imp.set_defaults(handler=run_import_bib, expected=FileFormat.BIBTEX)

    for name, kind, what in (
        ("import-csl-json", FileFormat.CSL_JSON, "a CSL-JSON or CSL-YAML file (Zotero, pandoc)"),
        ("import-endnote-xml", FileFormat.ENDNOTE_XML, "an EndNote XML file"),
        ("import-pubmed", FileFormat.PUBMED, "a PubMed/MEDLINE file (.nbib)"),
        ("import-wos", FileFormat.WOS, "a Web of Science plain-text file (.ciw, .txt)"),
        ("import-zotero-rdf", FileFormat.ZOTERO_RDF, "a Zotero RDF file"),
        ("import", None, "a file of references in any format Silteme reads (it tells which)"),
    ):
        other = subcommands.add_parser(name, help=f"import {what}")
        other.add_argument("file", type=Path)
        other.add_argument("--document", metavar="DOC", help="number the entries into this document's bibliography")
        other.add_argument("--strict", action="store_true", help="import nothing if the file has any problem")
        other.add_argument("--dry-run", action="store_true", help="only say what would be imported")
        other.set_defaults(handler=run_import_bib, expected=kind)

    exp = subcommands.add_parser("export-bib", help="export references as BibTeX (default: the whole library)")
    exp.add_argument("out", help="the .bib file to write, or - for standard output")
    exp.add_argument("--document", metavar="DOC", help="only this document's bibliography, in its order")
    exp.add_argument("--group", metavar="NAME", help="only this source group (and its sub-groups)")
    exp.add_argument("--cited-only", action="store_true", help="only references cited in the text")
    exp.set_defaults(handler=run_export_bib)

    keys = subcommands.add_parser(
        "keys", help="entries whose file gave them a repeated or no key: list them, rename or merge them"
    )
    how = keys.add_mutually_exclusive_group()
    how.add_argument("--rename", action="store_true", help="write each with its own key (the repeated key plus a letter)")
    how.add_argument("--merge", action="store_true", help="merge each into the entry whose key it repeats, when both are one work")
    keys.set_defaults(handler=run_keys)


def run_import_bib(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        document_id = find_document(session, args.document).id if args.document else None
        plan = plan_file(session, args.file, args.expected)
        for problem in plan.problems:
            print(f"{args.file}:{problem.line}: {problem.kind}: {problem.message}", file=sys.stderr)
        for entry in plan.new:
            if entry.key_conflict:
                print(
                    f"{args.file}:{entry.line}: kept, though {entry.key_conflict}; "
                    "`silteme keys` lists such entries and can rename or merge them",
                    file=sys.stderr,
                )
        for entry in plan.matches:
            print(
                f"{args.file}:{entry.line}: {entry.key or '(no key)'} matches {entry.match_key} "
                f"({entry.match_reason}); kept the library's entry"
            )
        if args.dry_run:
            print(f"Would add {len(plan.new)} entries; {len(plan.matches)} match existing ones; "
                  f"{len(plan.problems)} problem(s).")
            session.rollback()
            return 0
        summary = apply_bib_import(session, plan, document_id=document_id, strict=args.strict)
    where = f"the bibliography of document {args.document}" if args.document else "the library"
    print(
        f"Added {summary.added} entries to {where} ({plan.format}); {summary.matched} matched existing entries; "
        f"{summary.problems} problem(s) reported above."
    )
    return 0


def run_export_bib(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        document_id = find_document(session, args.document).id if args.document else None
        export = export_bib_file(
            session, ExportSelection(document_id=document_id, group=args.group, cited_only=args.cited_only)
        )
        conflicts = key_conflicts(session)
    for note in export.notes:
        print(f"silteme: {note}", file=sys.stderr)
    if conflicts:
        print(
            f"silteme: {len(conflicts)} entries are written with a key another entry has, or with none; "
            "`silteme keys` lists them.",
            file=sys.stderr,
        )
    text = export.text
    if write_output_bytes(args.out, export.encoded()):
        print(
            f"Wrote {text.count(chr(10) + '@') + text.startswith('@')} blocks to {args.out} ({export.encoding}).",
            file=sys.stderr,
        )
    return 0


def run_keys(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        if args.rename:
            given = give_own_keys(session)
            print(f"{len(given.reference_ids)} entries are written with their own key from now on.")
            return 0
        if args.merge:
            merged = merge_same_works(session)
            left = len(key_conflicts(session))
            print(f"Merged {len(merged)} entries into the entry whose key they repeat; {left} still conflict.")
            return 0
        conflicts = key_conflicts(session)
    for conflict in conflicts:
        print(f"{conflict.library_key}\t{conflict.written_key or '(no key)'}\t{conflict.title}")
    print(f"{len(conflicts)} entries are written with a key another entry has, or with none.", file=sys.stderr)
    return 0
