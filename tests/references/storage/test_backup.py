"""Backups: online copies while the library is in use, automatic ones before risky
operations (pruned to the newest five), and restore with its safety checks."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

import app.cli
from models import Annotation, Document, Reference
from models.backup import AUTOMATIC_KEEP, backup_folder
from models.db import open_library
from references.storage.backups import Reason, backup_before, backup_now, list_backups, restore
from tests.library_snapshot import counts, digests, integrity


def silteme(argv: Sequence[str]) -> int:
    """The command line, as a user runs it."""
    return app.cli.main(list(argv))


def _title_of(path: Path, number: int) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute('SELECT title FROM "references" WHERE number = ?', (number,)).fetchone()[0]


def _retitle(path: Path, number: int, title: str) -> None:
    library = open_library(path)
    try:
        with library.session() as session:
            session.scalars(select(Reference).where(Reference.number == number)).one().title = title
    finally:
        library.close()


def test_backup_command_copies_committed_state_while_a_reader_and_a_writer_are_open(
    sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    committed = digests(sample_path)
    reader = sqlite3.connect(sample_path, isolation_level=None)
    writer = sqlite3.connect(sample_path, isolation_level=None, timeout=15)
    try:
        reader.execute("BEGIN")
        reader.execute('SELECT count(*) FROM "references"').fetchone()  # holds a read snapshot
        writer.execute("BEGIN IMMEDIATE")  # holds the write lock, with an uncommitted change
        writer.execute("UPDATE \"references\" SET title = 'uncommitted' WHERE number = 1")
        out = tmp_path / "copy.sqlite"
        assert silteme(["--db", str(sample_path), "backup", str(out)]) == 0
        writer.execute("COMMIT")
        reader.execute("COMMIT")
    finally:
        reader.close()
        writer.close()
    assert "Backed up the library to" in capsys.readouterr().out
    assert integrity(out) == "ok"
    assert digests(out) == committed
    assert _title_of(sample_path, 1) == "uncommitted"
    # A standalone file: rollback journal, nothing beside it.
    with closing(sqlite3.connect(out)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == ["copy.sqlite"]


def test_backup_is_one_consistent_snapshot_while_a_writer_keeps_committing(sample_path: Path) -> None:
    # The writer keeps references 1 and 2 equal in every transaction; a copy
    # mixing pages from before and after some commit would see them differ.
    stop = threading.Event()
    started = threading.Event()
    commits = 0

    def keep_writing() -> None:
        nonlocal commits
        with closing(sqlite3.connect(sample_path, timeout=15)) as connection:
            while not stop.is_set():
                with connection:
                    connection.execute(
                        'UPDATE "references" SET year = ? WHERE number IN (1, 2)', (str(commits),)
                    )
                commits += 1
                started.set()

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        assert started.wait(10)
        before = commits
        copies = [backup_now(sample_path) for _ in range(3)]
        during = commits - before
    finally:
        stop.set()
        thread.join()
    assert during > 0  # the writer kept committing while the copies were made
    for copy in copies:
        with closing(sqlite3.connect(copy)) as connection:
            years = connection.execute('SELECT year FROM "references" WHERE number IN (1, 2)').fetchall()
        assert years[0] == years[1]
        assert integrity(copy) == "ok"


def test_backup_before_keeps_the_state_before_the_operation_and_the_newest_five(sample_path: Path) -> None:
    library = open_library(sample_path)
    made = []
    try:
        for step in range(AUTOMATIC_KEEP + 2):
            with library.session() as session:
                reference = session.scalars(select(Reference).where(Reference.number == 7)).one()
                reference.title = f"renumbered {step}"
                session.flush()  # the operation has started, and holds the write lock
                made.append(backup_before(session, Reason.RENUMBERING))
        manual = backup_now(sample_path)
    finally:
        library.close()
    # Each copy holds what was committed before its operation, not the operation's own change.
    kept = [b.path for b in list_backups(sample_path) if b.automatic]
    assert kept == list(reversed(made[-AUTOMATIC_KEEP:]))
    assert [_title_of(p, 7) for p in reversed(kept)] == [f"renumbered {s}" for s in range(1, AUTOMATIC_KEEP + 1)]
    assert not made[0].exists() and not made[1].exists()
    assert _title_of(manual, 7) == f"renumbered {AUTOMATIC_KEEP + 1}"
    assert manual in [b.path for b in list_backups(sample_path) if not b.automatic]


def test_backup_before_a_library_that_is_no_file_is_none() -> None:
    library = open_library("sqlite://")
    try:
        with library.session() as session:
            assert backup_before(session, Reason.MERGE) is None
    finally:
        library.close()


def test_backup_command_refuses_to_overwrite(
    sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "notes.txt"
    out.write_text("mine", encoding="utf-8")
    assert silteme(["--db", str(sample_path), "backup", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "mine"
    assert silteme(["--db", str(sample_path), "backup", str(sample_path)]) == 1


def test_restore_brings_back_a_backup_an_open_window_then_sees(
    sample_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = backup_now(sample_path)
    saved_state = digests(saved)
    window = open_library(sample_path)  # stays open through the restore
    try:
        with window.session() as session:
            session.add(Annotation(uri="urn:x-test:a1", document_id=1, exact="x", comment="after the backup", author="R"))
        before_restore = digests(sample_path)
        assert silteme(["--db", str(sample_path), "restore", str(saved)]) == 0
        with window.session() as session:
            assert session.scalar(select(Annotation.id)) is None
            assert session.scalar(select(Document.title)) is not None
    finally:
        window.close()
    output = capsys.readouterr().out
    assert "Restored" in output and "kept in" in output
    assert integrity(sample_path) == "ok"
    assert digests(sample_path) == saved_state
    previous = [b for b in list_backups(sample_path) if b.reason == Reason.RESTORE]
    assert len(previous) == 1
    assert digests(previous[0].path) == before_restore


def test_restore_refuses_a_newer_library_and_changes_nothing(
    sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(sample_path, newer)
    with closing(sqlite3.connect(newer)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    library_bytes, newer_bytes = sample_path.read_bytes(), newer.read_bytes()
    assert silteme(["--db", str(sample_path), "restore", str(newer)]) == 1
    err = capsys.readouterr().err
    assert "newer version of Silteme" in err and "Traceback" not in err
    assert sample_path.read_bytes() == library_bytes
    assert newer.read_bytes() == newer_bytes
    assert list_backups(sample_path) == []  # refused before anything was done


@pytest.mark.parametrize("kind", ["text", "foreign", "truncated", "empty-sqlite"])
def test_restore_refuses_what_is_not_a_library(
    kind: str, sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    candidate = tmp_path / f"{kind}.sqlite"
    if kind == "text":
        candidate.write_text("@article{a, title={not a database}}\n", encoding="utf-8")
    elif kind == "foreign":
        with closing(sqlite3.connect(candidate)) as connection:
            connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    elif kind == "truncated":
        data = sample_path.read_bytes()
        candidate.write_bytes(data[: len(data) // 2])
    else:
        with closing(sqlite3.connect(candidate)) as connection:
            connection.execute("PRAGMA user_version = 1")  # a valid SQLite file with no tables
    library_bytes = sample_path.read_bytes()
    assert silteme(["--db", str(sample_path), "restore", str(candidate)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"silteme: {candidate}") and "Traceback" not in err
    assert sample_path.read_bytes() == library_bytes


def test_restore_over_a_damaged_library_keeps_the_damaged_bytes(sample_path: Path, tmp_path: Path) -> None:
    good = backup_now(sample_path, tmp_path / "good.sqlite")
    data = sample_path.read_bytes()
    damaged = data[: len(data) // 2]
    sample_path.write_bytes(damaged)
    result = restore(sample_path, good)
    assert result.previous is not None and result.previous.read_bytes() == damaged
    assert "damaged" in result.previous.name
    assert integrity(sample_path) == "ok"
    assert counts(sample_path) == counts(good)


def test_backups_command_lists_newest_first(
    sample_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert silteme(["--db", str(sample_path), "backups"]) == 0
    assert capsys.readouterr().out.strip() == "No backups yet."
    first = backup_before(sample_path, Reason.REVISION_IMPORT)
    second = backup_now(sample_path)
    assert silteme(["--db", str(sample_path), "backups"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split()[-1] for line in lines] == [str(second), str(first)]
    assert "before-revision-import" in lines[1] and "automatic" in lines[1]
    assert backup_folder(sample_path) == sample_path.parent / "backups"


def test_no_restore_when_the_current_library_cannot_be_saved_first(
    sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = backup_now(sample_path, tmp_path / "saved.sqlite")
    _retitle(sample_path, 3, "changed after the backup")
    backup_folder(sample_path).write_text("a file where the backups folder should be", encoding="utf-8")
    before = digests(sample_path)
    assert silteme(["--db", str(sample_path), "restore", str(saved)]) == 1
    err = capsys.readouterr().err
    assert "Cannot create the backup folder" in err and "Traceback" not in err
    assert digests(sample_path) == before
