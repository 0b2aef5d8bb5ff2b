"""The library database: creation, migrations, refusal of foreign or newer files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from models import Block, Document, Reference
from models.db import open_library
from models.errors import LibraryError, NewerDatabaseError, NotALibraryError
from models.migrations import head_revision


def test_empty_database_is_migrated_to_head(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    lib = open_library(path)
    try:
        tables = set(inspect(lib.engine).get_table_names())
        assert {"documents", "blocks", "claims", "citations", "references", "source_groups", "annotations"} <= tables
        with lib.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    finally:
        lib.close()


def test_reopening_keeps_data_and_search_index_follows_rows(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    lib = open_library(path)
    with lib.session() as s:
        doc = Document(title="T")
        s.add(doc)
        s.add(Block(document=doc, position=0, kind="paragraph", text="Əдебиеттер ТІЗІМІ"))
    lib.close()
    lib = open_library(path)
    try:
        with lib.session() as s:
            hits = s.execute(text("SELECT kind FROM search_index WHERE search_index MATCH :q"), {"q": '"әдебиеттер"'}).all()
            assert [h.kind for h in hits] == ["block"]
            block = s.query(Block).one()
            block.text = "басқа мəтін"
        with lib.session() as s:
            assert s.execute(text("SELECT count(*) FROM search_index WHERE search_index MATCH 'әдебиеттер'")).scalar() == 0
            assert s.execute(text("SELECT count(*) FROM search_index WHERE search_index MATCH 'мәтін'")).scalar() == 1
            s.delete(s.query(Block).one())
        with lib.session() as s:
            assert s.execute(text("SELECT count(*) FROM search_index")).scalar() == 0
    finally:
        lib.close()


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    open_library(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version of Silteme"):
        open_library(path)
    assert path.read_bytes() == before


def test_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("just some notes\n", encoding="utf-8")
    with pytest.raises(NotALibraryError, match="not an SQLite database"):
        open_library(path)
    assert path.read_text(encoding="utf-8") == "just some notes\n"


def test_someone_elses_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    with pytest.raises(NotALibraryError, match="another program"):
        open_library(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("customers",)]


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="does not exist"):
        open_library(tmp_path / "nowhere" / "lib.sqlite")


def test_reference_version_detects_stale_edit(tmp_path: Path) -> None:
    from sqlalchemy.orm.exc import StaleDataError

    lib = open_library(tmp_path / "lib.sqlite")
    try:
        with lib.session() as s:
            s.add(Reference(key="a2020", fields=[["title", "{A}"]]))
        first = lib.sessions()
        second = lib.sessions()
        ref1 = first.query(Reference).one()
        ref2 = second.query(Reference).one()
        ref1.title = "changed here"
        first.commit()
        ref2.title = "changed there"
        with pytest.raises(StaleDataError):
            second.commit()
        first.close()
        second.close()
    finally:
        lib.close()


def test_migrations_build_exactly_the_models_schema(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from models import Base
    from models.migrations import include_object

    lib = open_library(tmp_path / "lib.sqlite")
    try:
        with lib.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_object": include_object, "compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        lib.close()


def test_head_constant_matches_the_migration_scripts() -> None:
    from models.migrations.head import HEAD_REVISION

    assert HEAD_REVISION == head_revision()
