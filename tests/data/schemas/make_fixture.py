"""Write ``<revision>-sample.sqlite.gz``: a library as this version of Silteme stores it.

The library holds the bundled sample (thesis, bibliography, source groups)
and a few reviewer notes with tags and replies, anchored to real sentences of
the thesis. Run it with the code of a released schema, BEFORE writing the
migration that replaces that schema:

    .venv/bin/python -m tests.data.schemas.make_fixture

``tests/models/test_migration_fixtures.py`` then opens every fixture with the
current code and checks that the upgrade kept every row.
"""

from __future__ import annotations

import gzip
import sqlite3
import sys
import tempfile
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select

from models import Annotation, AnnotationReply, AnnotationTag, Block
from models.migrations import head_revision
from references.library.location import open_or_create

HERE = Path(__file__).resolve().parent
# Fixed times, so that two runs of the same code write the same rows.
NOTED = datetime(2026, 1, 15, 9, 30, tzinfo=timezone.utc)
ANSWERED = datetime(2026, 1, 16, 14, 0, tzinfo=timezone.utc)


def add_reviewer_notes(library_path: Path) -> int:
    """Notes on the first sentence of the first three paragraphs that cite something."""
    library = open_or_create(library_path, seed=True)
    try:
        with library.session() as session:
            blocks = session.scalars(
                select(Block)
                .where(Block.kind == "paragraph", Block.text.contains("["))
                .order_by(Block.position)
                .limit(3)
            ).all()
            for i, block in enumerate(blocks, start=1):
                end = block.text.find(".") + 1 or len(block.text)
                note = Annotation(
                    uri=f"urn:x-silteme-fixture:note-{i}",
                    document_id=block.document_id,
                    exact=block.text[:end],
                    suffix=block.text[end : end + 32],
                    start=block.doc_start,
                    end=block.doc_start + end,
                    comment=f"Fixture note {i}: which of the cited sources supports this sentence?",
                    verdict="needs_source" if i % 2 else "partly_supported",
                    author="Fixture reviewer",
                    created=NOTED,
                    modified=NOTED,
                )
                note.tags = [AnnotationTag(tag="fixture"), AnnotationTag(tag=f"paragraph-{i}")]
                note.replies = [
                    AnnotationReply(
                        uri=f"urn:x-silteme-fixture:note-{i}/reply-1",
                        author="Fixture author",
                        body="The sentence paraphrases the first source cited in it.",
                        created=ANSWERED,
                        modified=ANSWERED,
                    )
                ]
                session.add(note)
            return len(blocks)
    finally:
        library.close()


def write_fixture(out_folder: Path = HERE) -> Path:
    revision = head_revision()
    target = out_folder / f"{revision}-sample.sqlite.gz"
    with tempfile.TemporaryDirectory() as tmp:
        library_path = Path(tmp) / "library.sqlite"
        add_reviewer_notes(library_path)
        with closing(sqlite3.connect(library_path)) as connection:
            connection.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            connection.execute("VACUUM")
        # mtime=0: the same library gives the same bytes
        target.write_bytes(gzip.compress(library_path.read_bytes(), compresslevel=9, mtime=0))
    return target


if __name__ == "__main__":
    written = write_fixture()
    print(f"Wrote {written} ({written.stat().st_size / 1e6:.1f} MB)")
    sys.exit(0)
