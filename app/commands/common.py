"""What every subcommand shares: opening the library named by --db."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session

from app.i18n import Translations
from models.db import Library
from references.storage.safe_write import refuse_library_target, write_bytes_atomically, write_text_atomically
from references.library.location import open_or_create


def library_from(args: argparse.Namespace, *, seed: bool | None = None) -> Library:
    """The library named by --db. The per-user library gets the bundled sample
    on its first start; a library file named with --db starts empty for
    scripting, unless ``seed`` says otherwise (the window always seeds)."""
    return open_or_create(args.db, seed=args.db is None if seed is None else seed)


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


@contextmanager
def unit_of_work(args: argparse.Namespace) -> Iterator[Session]:
    """One transaction on the library named by --db; the library is closed after.

    A command with an output file has it checked first: never the library,
    its journals or its backups (refused before any work is done).
    """
    library = library_from(args)
    try:
        out = getattr(args, "out", None)
        if out is not None and str(out) != "-":
            refuse_library_target(Path(out))
        with library.session() as session:
            yield session
    finally:
        library.close()


def write_output(out: str, text: str) -> bool:
    """Write to the file ``out`` (atomically), or to standard output for "-".

    Returns whether a file was written, so the caller can say so on stderr
    without mixing its message into piped output.
    """
    if out == "-":
        sys.stdout.write(text)
        return False
    write_text_atomically(Path(out), text)
    return True


def write_output_bytes(out: str, data: bytes) -> bool:
    """``write_output`` for text already encoded (a .bib file in its declared encoding)."""
    if out == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return False
    write_bytes_atomically(Path(out), data)
    return True


DocumentCounts = Translations("DocumentCounts")


def document_counts(sections: int, blocks: int, claims: int, citations: int) -> list[str]:
    """"3 sections", "8 blocks"... of an imported thesis, in the language, each with its plural."""
    return [
        DocumentCounts.tr("%Ln section(s)", "", sections),
        DocumentCounts.tr("%Ln block(s)", "", blocks),
        DocumentCounts.tr("%Ln claim(s)", "", claims),
        DocumentCounts.tr("%Ln citation marker(s)", "", citations),
    ]


def listed_references_line(count: int) -> str:
    return DocumentCounts.tr("%Ln reference(s) read from the thesis's own reference list.", "", count)
