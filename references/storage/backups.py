"""Backups a person can rely on: before every risky operation, on request, and back.

Call ``backup_before(session, Reason.RENUMBERING)`` at the start of an
operation that rewrites much of a library (renumbering, importing a revised
text, merging duplicates): a copy of the library as last committed goes into
the ``backups`` folder beside it, and only the newest few automatic copies
are kept. Schema upgrades are backed up by ``models.db`` itself.

A restore first checks that the file is a Silteme library this version can
open (not a newer one, not damaged), then saves the current library, and only
then copies the backup in, through SQLite so that an open window sees it.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, inspect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from models.backup import (
    MANUAL_REASON,
    BackupError,
    BackupFile,
    backups_of,
    connect_read_only,
    copy_database,
    copy_into,
    copy_raw,
    make_backup,
    new_backup_path,
    replace_file,
)
from models.db import SQLITE_MAGIC, Library, sqlite_path, to_url
from models.errors import NewerDatabaseError, NotALibraryError
from references.errors import InputError
from models.messages import Messages

StorageErrors = Messages("StorageErrors")

# Tables every Silteme schema has had; a file without them is not a library.
CORE_TABLES = frozenset({"documents", "blocks", "references", "annotations"})


class Reason(StrEnum):
    """Why an automatic backup was made; it becomes part of the file name."""

    RENUMBERING = "before-renumbering"
    REVISION_IMPORT = "before-revision-import"
    MERGE = "before-merge"
    RESTORE = "before-restore"


LibraryTarget = Library | Engine | Connection | Session | Path | str


@dataclass(frozen=True, slots=True)
class RestoreResult:
    library: Path
    restored_from: Path
    revision: str  # the schema of the restored copy; opening it upgrades it if older
    previous: Path | None  # where the library as it was before the restore is kept


def library_file(target: LibraryTarget) -> Path | None:
    """The SQLite file behind a library, engine, connection, session or path (None: no file)."""
    if isinstance(target, Library):
        return target.path
    if isinstance(target, Session):
        return library_file(target.get_bind())
    if isinstance(target, Connection):
        return library_file(target.engine)
    if isinstance(target, Engine):
        url = target.url
        if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
            return None
        return Path(url.database).resolve()
    return sqlite_path(to_url(target))


def backup_before(target: LibraryTarget, reason: str) -> Path | None:
    """Back up the library behind ``target`` as last committed; prune old automatic backups.

    May be called inside the caller's transaction: the copy is read through
    its own connection, so the operation's uncommitted changes are not in it.
    Returns None for a library that is not a file (in memory, or a server),
    which has nothing to copy here. Raises BackupError when a copy cannot be
    made: the caller should not go on with a risky operation then.
    """
    engine = _server_engine(target)
    if engine is not None:  # a team library: a portable copy in the per-user team-backups folder
        from references.team.portable import automatic_team_backup

        return automatic_team_backup(engine, engine.url.render_as_string(), reason)
    path = library_file(target)
    if path is None or not path.exists():
        return None
    return make_backup(path, reason)


def _server_engine(target: LibraryTarget) -> Engine | None:
    if isinstance(target, Library):
        target = target.engine
    elif isinstance(target, Session):
        bind = target.get_bind()
        target = bind.engine if isinstance(bind, Connection) else bind
    elif isinstance(target, Connection):
        target = target.engine
    if isinstance(target, Engine) and target.dialect.name == "postgresql":
        return target
    return None


def backup_now(library: Path, out: Path | None = None) -> Path:
    """A backup the user asked for: to ``out`` (a new file, or a folder), else to the backup folder.

    Kept until the user deletes it: pruning only removes automatic backups.
    """
    _require_library_file(library)
    if out is None:
        return make_backup(library, MANUAL_REASON)
    if out.is_dir():
        out = out / new_backup_path(library, MANUAL_REASON).name
    if out.resolve() == library.resolve():
        raise InputError(StorageErrors.tr("%1 is the library itself; name another file for the backup.", out))
    return copy_database(library, out)


def list_backups(library: Path) -> list[BackupFile]:
    """Backups of ``library`` in its backup folder, newest first."""
    return backups_of(library)


def check_backup(path: Path) -> str:
    """The schema revision of ``path`` after making sure this Silteme can restore it.

    Refuses (LibraryError) a file that is not SQLite, is damaged, is another
    program's database, or was written by a newer Silteme.
    """
    _require_library_file(path)
    try:
        with closing(connect_read_only(path)) as connection:
            verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.Error as exc:
        raise NotALibraryError(StorageErrors.tr("%1 cannot be read as a database (%2); nothing was restored.", path, exc)) from exc
    if verdict != "ok":
        raise NotALibraryError(StorageErrors.tr("%1 is damaged (%2); nothing was restored.", path, verdict))
    engine = create_engine(f"sqlite:///file:{quote(str(path.resolve()))}?mode=ro&uri=true")
    try:
        tables = set(inspect(engine).get_table_names())
        from models.migrations import check_version  # local: Alembic loads only to check a file

        revision = check_version(engine, str(path))
    except NewerDatabaseError as exc:
        raise NewerDatabaseError(
            StorageErrors.tr(
                "%1 was written by a newer version of Silteme; update Silteme to restore it. Nothing was "
                "restored.",
                path,
            )
        ) from exc
    except DBAPIError as exc:
        raise NotALibraryError(StorageErrors.tr("%1 cannot be read as a library (%2); nothing was restored.", path, exc.orig)) from exc
    finally:
        engine.dispose()
    if revision is None or not CORE_TABLES <= tables:
        raise NotALibraryError(StorageErrors.tr("%1 is not a Silteme library; nothing was restored.", path))
    return revision


def restore(library: Path, backup: Path) -> RestoreResult:
    """Replace the content of ``library`` with ``backup``, keeping the current content as a backup.

    Nothing is restored unless the current library could be saved first.
    """
    if library.exists() and backup.resolve() == library.resolve():
        raise InputError(StorageErrors.tr("%1 is the library itself; name a backup to restore.", backup))
    revision = check_backup(backup)
    healthy = _healthy(library)
    previous = _save_before_restore(library, healthy)
    if healthy:
        copy_into(backup, library)
    else:
        replace_file(backup, library)
    return RestoreResult(library=library, restored_from=backup, revision=revision, previous=previous)


def _save_before_restore(library: Path, healthy: bool) -> Path | None:
    """A copy of ``library`` before it is overwritten; byte for byte if SQLite cannot read it."""
    if not library.exists() or library.stat().st_size == 0:
        return None
    if healthy:
        # Not pruned: the backup being restored may be the oldest automatic one.
        return make_backup(library, Reason.RESTORE, keep=None)
    # Damaged (the usual reason to restore): keep its bytes for a specialist.
    target = new_backup_path(library, f"{Reason.RESTORE}-damaged")
    try:
        target.parent.mkdir(exist_ok=True)
    except OSError as exc:
        raise BackupError(StorageErrors.tr("Cannot create the backup folder %1: %2.", target.parent, exc.strerror or exc)) from exc
    return copy_raw(library, target)


def _healthy(library: Path) -> bool:
    if not library.exists() or library.stat().st_size == 0:
        return False
    try:
        with closing(connect_read_only(library)) as connection:
            return connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.Error:  # not a database, or damaged
        return False


def _require_library_file(path: Path) -> None:
    if not path.exists():
        raise InputError(StorageErrors.tr("There is no file %1.", path))
    if path.is_dir():
        raise InputError(StorageErrors.tr("%1 is a folder, not a library file.", path))
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise NotALibraryError(StorageErrors.tr("%1 is not a Silteme library: it is not an SQLite database file.", path))
