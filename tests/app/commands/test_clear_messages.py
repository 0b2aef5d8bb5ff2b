"""Messages that say what is really wrong (item 11 of issue 10)."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.cli import main
from tests.library_snapshot import digests
from tests.app.commands.test_bad_library_files import tmpfs


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().err


def test_another_programs_alembic_database_is_not_called_a_newer_silteme(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "app.sqlite"
    with closing(sqlite3.connect(path)) as db:
        db.executescript("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);"
                         "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY);"
                         "INSERT INTO alembic_version VALUES ('3f2a9c1d7e5b');")
        db.commit()
    before = path.read_bytes()
    code, err = run(["--db", str(path), "stats"], capsys)
    assert code == 1 and "another program's database" in err and "newer" not in err
    assert path.read_bytes() == before


def test_an_empty_schema_version_is_named_not_table_documents_already_exists(
    sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with closing(sqlite3.connect(sample_path)) as db:
        db.execute("DELETE FROM alembic_version")
        db.commit()
    before = digests(sample_path)
    code, err = run(["--db", str(sample_path), "stats"], capsys)
    assert code == 1 and "no schema version" in err and "already exists" not in err
    assert err.count("\n") == 1 and digests(sample_path) == before


def test_reading_from_a_full_disk_says_the_disk_is_full(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mount_point = tmp_path / "full"
    with tmpfs(mount_point, sample_path.stat().st_size + 256 * 1024):
        library = mount_point / "library.sqlite"
        shutil.copyfile(sample_path, library)
        with (mount_point / "filler").open("wb") as filler:
            try:
                while True:
                    filler.write(b"\0" * 65536)
            except OSError:
                pass
        code, err = run(["--db", str(library), "stats"], capsys)
        assert code == 1 and "is full" in err and err.count("\n") == 1
