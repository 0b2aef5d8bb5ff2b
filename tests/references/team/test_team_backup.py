"""A team library backed up as a portable SQLite file, and a file restored into a team library.

The round trip personal library -> team library -> personal library must
give back every row of every table, ids, authors and times included.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.cli import main
from models import Base, Document
from models.db import open_library
from references.thesis.search import search
from tests.pg_server import PostgresServer


def _all_rows(url_or_path: str | Path) -> dict[str, list[tuple]]:
    library = open_library(url_or_path, upgrade=False)
    try:
        with library.engine.connect() as conn:
            found = {}
            for table in Base.metadata.sorted_tables:
                rows = conn.execute(select(table).order_by(*table.primary_key.columns)).all()
                found[table.name] = [tuple(_plain(v) for v in row) for row in rows]
            return found
    finally:
        library.close()


def _plain(value: object) -> object:
    """Times compare as UTC wall-clock (SQLite hands them back without a zone)."""
    if hasattr(value, "tzinfo") and getattr(value, "tzinfo", None) is not None:
        return value.replace(tzinfo=None)  # type: ignore[union-attr]
    return value


def test_a_personal_library_goes_to_the_team_and_comes_back_unchanged(
    sample_library_file: Path, pg_database, tmp_path: Path, capsys: pytest.CaptureFixture[str]  # noqa: ANN001
) -> None:
    personal = tmp_path / "personal.sqlite"
    assert main(["--db", str(sample_library_file), "backup", str(personal)]) == 0
    team_url = pg_database()
    open_library(team_url).close()  # an empty team library: the schema, no rows
    assert main(["--db", team_url, "restore", str(personal)]) == 0
    assert "228 references" in capsys.readouterr().out
    back = tmp_path / "back.sqlite"
    assert main(["--db", team_url, "backup", str(back)]) == 0
    assert "opens anywhere" in capsys.readouterr().out
    original, returned = _all_rows(personal), _all_rows(back)
    assert sum(len(rows) for rows in original.values()) > 2000
    for table, rows in original.items():
        assert returned[table] == rows, table
    # The file is a whole library: checked, one file, its search index filled.
    with sqlite3.connect(back) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    library = open_library(back)
    try:
        with library.session() as s:
            doc_id = s.scalar(select(Document.id))
            assert len(search(s, doc_id, "ƏДЕБИЕТ").hits) > 3
    finally:
        library.close()


def test_a_restored_team_library_takes_new_rows_and_refuses_a_second_restore(
    sample_library_file: Path, pg_server: PostgresServer, pg_database, capsys: pytest.CaptureFixture[str]  # noqa: ANN001
) -> None:
    team_url = pg_database()
    open_library(team_url).close()
    assert main(["--db", team_url, "restore", str(sample_library_file)]) == 0
    capsys.readouterr()
    # The id sequences were moved past the restored rows: a new annotation gets a new id.
    assert main(["--db", team_url, "annotate", "--quote", "сыртқы саясат", "--comment", "жаңа", "--author", "A"]) == 0
    assert main(["--db", team_url, "restore", str(sample_library_file)]) == 1
    err = capsys.readouterr().err
    assert "is not empty" in err and "nothing is overwritten" in err and pg_server.password not in err
    library = open_library(team_url)
    try:
        with library.engine.connect() as conn:
            assert conn.execute(text('SELECT count(*) FROM "references"')).scalar() == 228
            assert conn.execute(text("SELECT count(*) FROM annotations")).scalar() == 1
    finally:
        library.close()


def test_a_file_that_is_not_a_library_is_refused_before_anything(
    pg_database, tmp_path: Path, capsys: pytest.CaptureFixture[str]  # noqa: ANN001
) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_bytes(b"not a database at all" * 50)
    team_url = pg_database()
    assert main(["--db", team_url, "restore", str(bogus)]) == 1
    assert "notes.sqlite is not a Silteme library" in capsys.readouterr().err
    assert all(not rows for rows in _all_rows(team_url).values())


def test_renumbering_a_team_library_keeps_an_automatic_portable_backup(
    pg_sample_template: str, pg_database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    team_url = pg_database(pg_sample_template)
    library = open_library(team_url)
    with library.engine.begin() as conn:  # put two numbers out of citation order
        conn.execute(text('UPDATE "references" SET number = 1000 WHERE number = 1'))
        conn.execute(text('UPDATE "references" SET number = 1 WHERE number = 2'))
        conn.execute(text('UPDATE "references" SET number = 2 WHERE number = 1000'))
    library.close()
    assert main(["--db", team_url, "renumber"]) == 0
    capsys.readouterr()
    assert main(["--db", team_url, "backups", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["reason"] for b in listed] == ["before-renumbering"]
    kept = Path(listed[0]["path"])
    assert kept.is_relative_to(tmp_path) and "team-backups" in kept.parts
    assert _all_rows(kept)["references"] != _all_rows(team_url)["references"]  # the numbering before
