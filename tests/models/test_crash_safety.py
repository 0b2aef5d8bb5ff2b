"""A process killed in the middle of an operation leaves a whole library.

Each child process first commits a small change (which must survive), then
starts an operation on the sample library and stops inside its transaction,
at a fixed SQL statement, after SQLite has spilled some of the uncommitted
pages into the WAL file. The test then kills it with SIGKILL and reopens the
library: SQLite's integrity check and the FTS5 index's own check pass, and
every row is exactly as it was after the earlier commit (none of the
operation). A kill right after the commit keeps all of it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.child_process import Child, children
from tests.conftest import THESIS
from tests.library_snapshot import counts, digests, integrity

PRELUDE = """
import json, sys
from sqlalchemy import event, select
from models import Annotation, AnnotationReply, AnnotationTag, Block
from models.db import open_library

library = open_library(sys.argv[1])


@event.listens_for(library.engine, "connect")
def small_page_cache(dbapi_connection, _record):
    # 64 KiB of cache: SQLite must spill uncommitted pages into the WAL
    # file, so the kill finds them on disk, as after a big real operation.
    dbapi_connection.execute("PRAGMA cache_size = -64")


library.engine.dispose()  # later connections get the small cache


def pause_before(statement_start, occurrence=1):
    seen = 0

    @event.listens_for(library.engine, "before_cursor_execute")
    def pause(_conn, _cursor, statement, _parameters, _context, _executemany):
        nonlocal seen
        if statement.startswith(statement_start):
            seen += 1
            if seen == occurrence:
                print("in-transaction", flush=True)
                sys.stdin.readline()  # the parent kills us here


with library.session() as session:
    session.add(Annotation(uri="urn:x-crash:earlier", document_id=1, exact="Кіріспе",
                           comment="committed before the operation", author="Reviewer"))
print("committed", flush=True)
sys.stdin.readline()
"""

THESIS_IMPORT = PRELUDE + """
from references.thesis.text_import import import_text

pause_before(sys.argv[2])
with library.session() as session:
    summary = import_text(session, open(sys.argv[3], encoding="utf-8").read(), title="Crash test import")
print(json.dumps({"blocks": summary.blocks, "claims": summary.claims, "citations": summary.citations}), flush=True)
sys.stdin.readline()
"""

ANNOTATION_SAVE = PRELUDE + """
pause_before(sys.argv[2])
with library.session() as session:
    blocks = session.scalars(
        select(Block).where(Block.document_id == 1, Block.kind == "paragraph").order_by(Block.position).limit(300)
    ).all()
    for i, block in enumerate(blocks):
        quote = block.text[:80]
        note = Annotation(uri=f"urn:x-crash:{i}", document_id=1, exact=quote, start=block.doc_start,
                          end=block.doc_start + len(quote), comment=f"Which source says this? ({i})",
                          author="Reviewer", verdict="needs_source")
        note.tags = [AnnotationTag(tag="source"), AnnotationTag(tag="chapter-1")]
        note.replies = [AnnotationReply(uri=f"urn:x-crash:{i}/reply", author="Author", body="Added [12].")]
        session.add(note)
print(json.dumps({"annotations": len(blocks)}), flush=True)
sys.stdin.readline()
"""

RENUMBERING = PRELUDE + """
from references.thesis.renumbering import apply_renumbering, plan_renumbering

pause_before(sys.argv[2], occurrence=50)
with library.session() as session:
    result = apply_renumbering(session, plan_renumbering(session, 1))
print(json.dumps({"changed": len(result.applied.changed)}), flush=True)
sys.stdin.readline()
"""

# (child code, the statement to stop before, extra argument)
OPERATIONS = {
    # the blocks, claims and citations are stored; their numbers are not yet
    "thesis import": (THESIS_IMPORT, "INSERT INTO citation_targets", str(THESIS)),
    # the notes are stored; their tags and replies are not yet
    "annotation save": (ANNOTATION_SAVE, "INSERT INTO annotation_", ""),
    # every reference has its new number, 49 paragraphs their new markers
    "renumbering": (RENUMBERING, "UPDATE blocks", ""),
}


def wal_size(library: Path) -> int:
    wal = library.with_name(library.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def assert_whole(library: Path) -> None:
    assert integrity(library) == "ok"
    assert main(["--db", str(library), "stats"]) == 0  # and the program opens it


@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_a_kill_inside_the_transaction_keeps_none_of_it(
    operation: str, sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, statement, extra = OPERATIONS[operation]
    with children() as started:
        child = Child(code, str(sample_path), statement, extra)
        started.append(child)
        child.expect("committed")
        after_earlier_commit = digests(sample_path)
        wal_after_commit = wal_size(sample_path)
        child.send()
        child.expect("in-transaction")
        # The operation's uncommitted pages really are in the file being recovered.
        assert wal_size(sample_path) > wal_after_commit
        child.kill()
    assert_whole(sample_path)
    assert digests(sample_path) == after_earlier_commit
    assert counts(sample_path)["annotations"] == 1  # the earlier commit survived the kill
    capsys.readouterr()


def test_a_kill_right_after_the_commit_keeps_all_of_it(sample_path: Path) -> None:
    code, _, extra = OPERATIONS["thesis import"]
    before = counts(sample_path)
    with children() as started:
        child = Child(code, str(sample_path), "never matches", extra)
        started.append(child)
        child.expect("committed")
        child.send()
        summary = json.loads(child.read_line())  # printed after the commit
        child.kill()
    assert_whole(sample_path)
    after = counts(sample_path)
    assert after["documents"] == before["documents"] + 1
    assert after["blocks"] == before["blocks"] + summary["blocks"]
    assert after["claims"] == before["claims"] + summary["claims"]
    assert after["citations"] == before["citations"] + summary["citations"]
    assert after["annotations"] == 1
