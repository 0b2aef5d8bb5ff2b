"""A team library as a portable SQLite file, and back (``backup`` and ``restore``).

A backup reads the server in one REPEATABLE READ, read-only transaction (a
consistent snapshot while the team goes on working) and writes every row
into a new SQLite library of the same schema, under a hidden name that is
renamed only when the copy is complete and checked: the file opens as a
personal library anywhere. A restore goes the other way, into an EMPTY
team library only (nothing there is ever overwritten), then moves the id
sequences past the restored rows. Rows keep their ids, authors and times.

Automatic backups of a team library (before renumbering, a revision, a
merge) go to the per-user data folder, ``team-backups/``, one stem per
server and database, pruned like a file library's.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import platformdirs
from sqlalchemy import Connection, Engine, Table, func, insert, select, text

from models import Base
from models.backup import AUTOMATIC_KEEP, BackupError, new_backup_path, prune
from models.db import Library, check_file, is_server, open_library, shown_url
from references.errors import InputError
from references.team.identity import server_identity
from references.team.roles import OWNER
from models.messages import Messages

TeamErrors = Messages("TeamErrors")

BATCH = 2000
APP_NAME = "Silteme"
_NOT_STEM = re.compile(r"[^A-Za-z0-9]+")


def team_backup_stem(url: str) -> Path:
    """A stand-in library path whose ``backups`` folder holds this team library's automatic backups."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    stem = _NOT_STEM.sub("-", f"{parsed.host or 'local'}-{parsed.port or 5432}-{parsed.database or ''}").strip("-")
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "team-backups"
    return folder / f"{stem}.sqlite"


def tables() -> list[Table]:
    """Every table of the schema, parents before children."""
    return list(Base.metadata.sorted_tables)


def _rows(connection: Connection, table: Table) -> Iterator[list[dict[str, object]]]:
    order = [c for c in table.primary_key.columns]
    result = connection.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
    for partition in result.mappings().partitions(BATCH):
        yield [dict(row) for row in partition]


def copy_rows(source: Connection, target: Connection) -> dict[str, int]:
    """Every row of ``source`` into the (empty) ``target``; returns the rows copied per table."""
    counts = {}
    for table in tables():
        counts[table.name] = 0
        for chunk in _rows(source, table):
            target.execute(insert(table), chunk)
            counts[table.name] += len(chunk)
    return counts


def export_to_sqlite(engine: Engine, out: Path) -> Path:
    """Write the library behind ``engine`` to the new SQLite file ``out`` (never overwritten)."""
    if out.exists():
        raise BackupError(TeamErrors.tr("%1 already exists; nothing was overwritten.", out))
    if not out.parent.is_dir():
        raise BackupError(TeamErrors.tr("Cannot write %1: the folder %2 does not exist.", out, out.parent))
    partial = out.with_name(f".{out.name}.partial")
    for leftover in (partial, partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm")):
        leftover.unlink(missing_ok=True)
    try:
        target = open_library(partial)
        try:
            with engine.connect() as source_connection:
                source = source_connection.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
                with source.begin(), target.engine.begin() as target_connection:
                    copy_rows(source, target_connection)
                    _copy_version(source, target_connection)
        finally:
            target.close()
        with closing(sqlite3.connect(partial)) as check:
            check.execute("PRAGMA journal_mode=DELETE")
            verdict = check.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise BackupError(TeamErrors.tr("The copy written to %1 failed its check (%2); nothing was kept.", out, verdict))
        os.replace(partial, out)
    except OSError as exc:
        raise BackupError(TeamErrors.tr("Could not write %1: %2.", out, exc.strerror or exc)) from exc
    finally:
        for leftover in (partial, partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm")):
            leftover.unlink(missing_ok=True)
    return out


def _copy_version(source: Connection, target: Connection) -> None:
    version = source.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    target.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": version})


def backup_team(library: Library, out: Path | None = None, reason: str = "manual") -> Path:
    """A portable copy of a team library: to ``out`` (a new file, or a folder), else to its backups folder."""
    stem = team_backup_stem(library.url)
    if out is None:
        target = new_backup_path(stem, reason)
        target.parent.mkdir(parents=True, exist_ok=True)
    elif out.is_dir():
        target = out / new_backup_path(stem, reason).name
    else:
        target = out
    return export_to_sqlite(library.engine, target)


def automatic_team_backup(engine: Engine, url: str, reason: str) -> Path:
    """Before a risky operation: a copy into the per-user team-backups folder, old ones pruned."""
    stem = team_backup_stem(url)
    target = new_backup_path(stem, reason)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(TeamErrors.tr("Cannot create the backup folder %1: %2.", target.parent, exc.strerror or exc)) from exc
    export_to_sqlite(engine, target)
    prune(stem, AUTOMATIC_KEEP)
    return target


def restore_into_team(library: Library, backup: Path) -> dict[str, int]:
    """Load the SQLite library ``backup`` into the empty team library ``library``."""
    if not is_server(library.url):
        raise InputError(TeamErrors.tr("restore_into_team needs a team library."))
    if not backup.is_file():
        raise InputError(TeamErrors.tr("There is no file %1.", backup))
    check_file(backup)  # not SQLite: refused before anything, in the backup's own name
    with library.session() as session:
        identity = server_identity(session)
        if identity is not None and identity.role != OWNER:
            raise identity.refusal(TeamErrors.tr("restore a library"))
    with tempfile.TemporaryDirectory(prefix="silteme-restore-") as folder:
        # A copy, opened (so upgraded to this Silteme's schema) without touching the user's file.
        staged = Path(folder) / "restore.sqlite"
        shutil.copyfile(backup, staged)
        source = open_library(staged)
        try:
            with source.engine.connect() as source_connection, library.engine.begin() as target:
                _require_empty(target, library.url)
                counts = copy_rows(source_connection, target)
                _move_sequences(target)
        finally:
            source.close()
    return counts


def _require_empty(connection: Connection, url: str) -> None:
    for table in tables():
        if connection.execute(select(func.count()).select_from(table)).scalar_one():
            raise InputError(
                TeamErrors.tr(
                    "%1 is not empty (%2 has rows); a backup is restored only into an empty team library, so "
                    "nothing is overwritten. Create a new database for it.",
                    shown_url(url), table.name,
                )
            )


def _move_sequences(connection: Connection) -> None:
    for table in tables():
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        name = table.name.replace('"', '""')
        connection.execute(text(
            f"SELECT setval(pg_get_serial_sequence('\"{name}\"', 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) "
            f'FROM "{name}"'
        ))

