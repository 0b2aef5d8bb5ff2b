"""Libraries written by every released schema open with today's code, losing nothing.

``tests/data/schemas/<revision>-sample.sqlite.gz`` is a library as the
schema ``<revision>`` stored it (see the README there). Opening one upgrades
it to the newest schema, after a backup of it as it was; every row of every
table is still there, column for column (columns a migration added are not
compared; a migration that transforms values must say so here).
"""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

import models.migrations
import models.migrations.head
from models.backup import backup_folder, backups_of
from models.db import open_library
from models.errors import LibraryError, NewerDatabaseError
from models.migrations import head_revision
from tests.library_snapshot import integrity
from tests.conftest import DATA

SCHEMAS = DATA / "schemas"
FIXTURES = sorted(SCHEMAS.glob("*-sample.sqlite.gz"))

PRETEND_NEXT_MIGRATION = '''"""a pretend next schema, written by a test

Revision ID: 9001
Revises: {head}
"""

import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("annotations") as batch:
        batch.add_column(sa.Column("pretend_flag", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("annotations") as batch:
        batch.drop_column("pretend_flag")
'''


def unpack(fixture: Path, folder: Path) -> Path:
    path = folder / "library.sqlite"
    path.write_bytes(gzip.decompress(fixture.read_bytes()))
    return path


def revision_of(path: Path) -> str:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def contents(path: Path) -> dict[str, tuple[list[str], list[tuple[object, ...]]]]:
    """Table -> (column names, rows sorted), for the data tables (not Alembic's, not FTS internals)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        names = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'search_index%' AND name != 'alembic_version'"
            )
        ]
        result = {}
        for name in names:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')]
            rows = connection.execute(f'SELECT * FROM "{name}"').fetchall()
            result[name] = (columns, sorted(rows, key=repr))
        return result


def project(table: tuple[list[str], list[tuple[object, ...]]], columns: list[str]) -> list[tuple[object, ...]]:
    names, rows = table
    positions = [names.index(c) for c in columns]
    return sorted((tuple(row[p] for p in positions) for row in rows), key=repr)


def transformed(before: dict, old_revision: str) -> dict:  # noqa: ANN001 - contents() maps
    """The values migrations change on purpose, changed as they say.

    0003: the bundled thesis's source groups take the Kazakh names its
    introduction gives them (their English names move to a new column).
    0005: a bundled reference's ``note = {Тезисте: «…»}`` (the thesis's
    excerpt) is renamed ``silteme-provenance``, value unchanged, in its
    fields and in its stored text.
    """
    if old_revision < "0003" and "source_groups" in before:
        renamed = _migration_0003().SAMPLE_GROUPS
        columns, rows = before["source_groups"]
        name, local = columns.index("name"), columns.index("name_local")
        rows = [
            (*row[:name], renamed.get(row[name], row[name]) if row[local] else row[name], *row[name + 1 :])
            for row in rows
        ]
        before = {**before, "source_groups": (columns, sorted(rows, key=repr))}
    if old_revision < "0005" and "references" in before:
        columns, rows = before["references"]
        fields, raw = columns.index("fields"), columns.index("raw")
        rows = [_excerpt_renamed(row, fields, raw) for row in rows]
        before = {**before, "references": (columns, sorted(rows, key=repr))}
    return before


def _excerpt_renamed(row: tuple[object, ...], fields_at: int, raw_at: int) -> tuple[object, ...]:
    """The row with its one excerpt note renamed, written out independently of the migration."""
    pairs = json.loads(row[fields_at])
    notes = [p for p in pairs if p[0] == "note" and p[1].startswith("{Тезисте: «")]
    if len(notes) != 1 or any(p[0] == "silteme-provenance" for p in pairs):
        return row
    notes[0][0] = "silteme-provenance"
    raw = row[raw_at]
    if raw is not None and raw.count("\n  note = {Тезисте: «") == 1:
        raw = raw.replace("\n  note = {Тезисте: «", "\n  silteme-provenance = {Тезисте: «")
    out = list(row)
    out[fields_at] = json.dumps(pairs)
    out[raw_at] = raw
    return tuple(out)


def _migration_0003():  # noqa: ANN202 - a module
    import importlib.util

    path = Path(models.migrations.__file__).parent / "versions" / "0003_group_names_in_document_language.py"
    spec = importlib.util.spec_from_file_location("migration_0003", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def assert_nothing_lost(before: dict, after: dict) -> None:  # noqa: ANN001 - contents() maps
    assert set(before) <= set(after), f"tables gone: {set(before) - set(after)}"
    for table, (columns, rows) in before.items():
        common = [c for c in columns if c in after[table][0]]
        assert common == columns, f"{table} lost columns {set(columns) - set(common)}"
        assert project(after[table], common) == project((columns, rows), common), f"rows of {table} changed"


def fts_hits(path: Path, word: str) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT count(*) FROM search_index WHERE search_index MATCH ?", (f'"{word}"',)
        ).fetchone()[0]


def test_there_is_a_fixture_of_the_current_schema() -> None:
    # The fixture of a schema must exist before a migration replaces it.
    assert f"{head_revision()}-sample.sqlite.gz" in [f.name for f in FIXTURES]


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.name.split("-")[0])
def test_opening_a_released_schema_upgrades_it_and_loses_nothing(fixture: Path, tmp_path: Path) -> None:
    path = unpack(fixture, tmp_path)
    old_revision = revision_of(path)
    before = contents(path)
    assert len(before["annotations"][1]) >= 3 and len(before["references"][1]) >= 200  # a real library
    open_library(path).close()
    assert revision_of(path) == head_revision()
    assert integrity(path) == "ok"
    assert_nothing_lost(transformed(before, old_revision), contents(path))
    assert fts_hits(path, "қазақстан") > 100  # the search index still answers (Cyrillic, folded)
    backups = backups_of(path)
    if old_revision == head_revision():
        assert backups == []  # nothing to upgrade, nothing copied
    else:
        assert [b.reason for b in backups] == [f"before-upgrade-from-{old_revision}"]
        assert contents(backups[0].path) == before


def test_a_fixture_stamped_by_a_newer_silteme_is_refused_untouched(tmp_path: Path) -> None:
    path = unpack(SCHEMAS / f"{head_revision()}-sample.sqlite.gz", tmp_path)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version of Silteme"):
        open_library(path)
    assert path.read_bytes() == before
    assert not backup_folder(path).exists()


@pytest.fixture
def pretend_next_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Today's migrations plus one more, as the next release of Silteme would have them."""
    folder = tmp_path / "migrations"
    shutil.copytree(models.migrations.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision()
    (folder / "versions" / "9001_pretend.py").write_text(PRETEND_NEXT_MIGRATION.format(head=head), encoding="utf-8")
    monkeypatch.setattr(models.migrations, "MIGRATIONS_DIR", folder)
    # A release with a new migration also moves the head constant that lets
    # an up-to-date library open without loading Alembic.
    monkeypatch.setattr(models.migrations.head, "HEAD_REVISION", "9001")
    assert head_revision() == "9001"
    return head


def test_an_upgrade_is_preceded_by_a_backup_of_the_library_as_it_was(
    pretend_next_schema: str, tmp_path: Path
) -> None:
    path = unpack(SCHEMAS / f"{pretend_next_schema}-sample.sqlite.gz", tmp_path)
    before = contents(path)
    open_library(path).close()
    assert revision_of(path) == "9001"
    assert_nothing_lost(before, contents(path))
    (backup,) = backups_of(path)
    assert backup.reason == f"before-upgrade-from-{pretend_next_schema}"
    assert revision_of(backup.path) == pretend_next_schema
    assert contents(backup.path) == before
    assert integrity(backup.path) == "ok"


def test_no_upgrade_without_a_backup(pretend_next_schema: str, tmp_path: Path) -> None:
    path = unpack(SCHEMAS / f"{pretend_next_schema}-sample.sqlite.gz", tmp_path)
    backup_folder(path).write_text("a file where the backups folder should be", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="backs a library up before upgrading it"):
        open_library(path)
    assert path.read_bytes() == before
    assert revision_of(path) == pretend_next_schema


@pytest.mark.parametrize("fixture", [f for f in FIXTURES if f.name < "0005"], ids=lambda f: f.name.split("-")[0])
def test_an_old_library_keeps_its_thesis_excerpts_out_of_the_printed_note(fixture: Path, tmp_path: Path) -> None:
    path = unpack(fixture, tmp_path)
    with closing(sqlite3.connect(path)) as connection:
        old = [json.loads(f) for (f,) in connection.execute('SELECT fields FROM "references"')]
    excerpts = sorted(v for fields in old for n, v in fields if n == "note" and v.startswith("{Тезисте"))
    assert len(excerpts) >= 180  # the cited references of the bundled thesis
    open_library(path).close()
    with closing(sqlite3.connect(path)) as connection:
        new = [json.loads(f) for (f,) in connection.execute('SELECT fields FROM "references"')]
        raws = [r for (r,) in connection.execute('SELECT raw FROM "references" WHERE raw IS NOT NULL')]
    assert sorted(v for fields in new for n, v in fields if n == "silteme-provenance") == excerpts
    assert not [v for fields in new for n, v in fields if n == "note" and v.startswith("{Тезисте")]
    assert not [r for r in raws if "note = {Тезисте" in r]
