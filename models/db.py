"""Engine and session setup, and opening a library (which migrates it).

A library is any SQLAlchemy URL; a bare path means a SQLite file. SQLite
gets foreign keys, WAL and a busy timeout on every connection of OUR engine
(not the global Engine class), so two processes wait for each other instead
of failing with "database is locked".
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from models.backup import BackupError, connect_read_only, make_backup, read_only_place
from models.errors import (
    ConcurrentEditError,
    ConnectionLostError,
    LibraryError,
    NotALibraryError,
    RoleError,
    shown_url,
)
from models.messages import Messages

StorageErrors = Messages("StorageErrors")

BUSY_TIMEOUT_MS = 15_000
CONNECT_TIMEOUT_S = 10
SQLITE_MAGIC = b"SQLite format 3\x00"


_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


def is_url(text: str) -> bool:
    """True when ``text`` names a database by URL (it starts with a scheme)."""
    return _URL_SCHEME.match(text) is not None


def to_url(target: str | Path) -> str:
    """A database URL for a path or URL given by a user.

    A value is a URL only when it starts with a scheme (``sqlite:///``,
    ``postgresql://``); anything else is a file path taken literally, so a
    ``?`` or ``%`` in a file name is part of the name (escaped in the URL).
    """
    text = str(target)
    if not isinstance(target, Path) and is_url(text):
        return text
    try:
        path = Path(text).expanduser().resolve()
    except (OSError, RuntimeError) as exc:  # a symlink loop
        raise LibraryError(StorageErrors.tr("Cannot open the library %1: its path cannot be followed (%2).", text, exc)) from None
    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL is switched on by open_library once the file has been accepted: a
    # refused file (newer, foreign) must keep every byte, its header included.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _use_wal(engine: Engine) -> None:
    """Readers never wait for the writer, and the writer never waits for readers."""
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA journal_mode=WAL")


def is_server(url: str) -> bool:
    """True for a PostgreSQL (team) library, False for a SQLite file."""
    return make_url(url).get_backend_name() == "postgresql"


def driver_url(url: str) -> URL:
    """``url`` with the driver Silteme uses: psycopg 3 for PostgreSQL.

    ``postgresql://`` alone would pick psycopg2, which Silteme does not ship.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() != "psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        if path is not None and read_only_place(path):  # read-only media: read, never write
            engine = create_engine(url, creator=lambda: connect_read_only(path))
        else:
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    # Passwords come from the URL, PGPASSWORD or ~/.pgpass (libpq reads both);
    # a lost connection is noticed before use, not in the middle of a save.
    return create_engine(
        driver_url(url), pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT_S}
    )


def check_file(path: Path) -> None:
    """Refuse, with a clear message, a file that cannot be a SQLite library."""
    if not path.exists():
        parent = path.parent
        if not parent.exists():
            raise LibraryError(StorageErrors.tr("Cannot create the library %1: the folder %2 does not exist.", path, parent))
        return
    if path.is_dir():
        raise NotALibraryError(StorageErrors.tr("%1 is a folder, not a library file.", path))
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    if head != SQLITE_MAGIC:
        raise NotALibraryError(
            StorageErrors.tr(
                "%1 is not a Silteme library: it is not an SQLite database file. Nothing was changed.",
                path,
            )
        )


@dataclass
class Library:
    """An open library: its engine and a session factory."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on error.

        A failure of the place the library lives (disk full, read-only, locked
        past the busy timeout, damaged) becomes a LibraryError that says so;
        the transaction was rolled back, so nothing of it was written.
        """
        try:
            with self.sessions.begin() as session:
                yield session
        except DatabaseError as exc:
            problem = _storage_problem(exc, self.url)
            if problem is None:
                raise
            raise problem from exc

    def close(self) -> None:
        self.engine.dispose()


# Every library file this process has opened: no output of ours may be written over
# one of them, their -wal/-shm files or their backups (references.storage.safe_write asks).
_OPENED_FILES: set[Path] = set()


def opened_library_files() -> frozenset[Path]:
    """The SQLite library files opened by this process so far (real paths)."""
    return frozenset(_OPENED_FILES)


def open_library(target: str | Path, *, upgrade: bool = True) -> Library:
    """Open (creating or upgrading as needed) the library at a path or URL."""
    url = to_url(target)
    path = sqlite_path(url)
    if path is not None:
        check_file(path)
        _OPENED_FILES.add(path.resolve())
    engine = make_engine(url)
    try:
        if upgrade and not _schema_is_current(engine):
            from models.migrations import (
                ensure_current,  # local: Alembic loads only when needed
            )

            ensure_current(engine, url, before_upgrade=_backup_hook(path))
        if upgrade and path is not None and not read_only_place(path):
            _use_wal(engine)
        else:
            inspect(engine).get_table_names()
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise _explain(exc, url) from exc
    except Exception:
        engine.dispose()
        raise
    return Library(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


def _schema_is_current(engine: Engine) -> bool:
    """True when the library is stamped with exactly the newest revision."""
    from models.migrations.head import HEAD_REVISION

    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except (DatabaseError, OperationalError):
        return False  # no such table, or not a database: the full check says which
    return [row[0] for row in rows] == [HEAD_REVISION]


def _backup_hook(path: Path | None) -> Callable[[str], None] | None:
    """Before a schema upgrade, a copy of the library as it was (refuses to upgrade without one)."""
    if path is None:
        return None

    def backup_before_upgrade(revision: str) -> None:
        try:
            make_backup(path, f"before-upgrade-from-{revision}")
        except BackupError as exc:
            raise BackupError(
                StorageErrors.tr(
                    "%1 needs a schema upgrade (from %2), and Silteme backs a library up before upgrading "
                    "it, but the backup failed: %3 The library was not changed.",
                    path, revision, exc,
                )
            ) from exc

    return backup_before_upgrade


# Words of SQLite errors that come from where the library lives, not from our SQL.
_STORAGE_WORDS = ("disk is full", "readonly", "read-only", "locked", "malformed", "not a database", "disk I/O")
# Words of libpq errors that say the server went away (a network loss, a restart).
_CONNECTION_LOST = (
    "server closed the connection", "terminating connection", "Connection refused", "connection is closed",
    "could not receive data", "could not send data", "connection timed out", "consuming input failed",
    "the connection is lost", "SSL SYSCALL error",
)


def _server_problem(text: str, where: object) -> LibraryError | None:
    """A PostgreSQL connection failure in one sentence (libpq's own words kept)."""
    first = text.splitlines()[0] if text else ""
    if "password authentication failed" in text or "no password supplied" in text:
        return LibraryError(
            StorageErrors.tr(
                       "The server of %1 refused the login: %2. Give the password in PGPASSWORD or ~/.pgpass "
                       "(or in the window when it asks).",
                       where, first,
                   )
        )
    if "Connection refused" in text or "could not translate host name" in text or "timeout expired" in text:
        return LibraryError(StorageErrors.tr("Cannot reach the server of %1: %2.", where, first))
    if 'database "' in first and "does not exist" in first:
        return LibraryError(StorageErrors.tr("Cannot open %1: %2.", where, first))
    if any(word in text for word in _CONNECTION_LOST):
        return ConnectionLostError(
            StorageErrors.tr(
                       "The connection to the server of %1 was lost (%2); nothing of the last change was saved. "
                       "Try again when the server is reachable.",
                       where, first,
                   )
        )
    return None


def _storage_problem(exc: DatabaseError, url: str) -> LibraryError | None:
    if isinstance(exc, IntegrityError):
        return None  # a rule of the schema, for the caller to handle
    refused = role_refusal(exc)
    if refused is not None:
        return refused
    if getattr(getattr(exc, "orig", None), "sqlstate", None) in _CONFLICT_STATES:
        return ConcurrentEditError(
            StorageErrors.tr(
                       "Someone else changed the same rows at the same moment; nothing of this change was "
                       "saved. Try it again."
                   )
        )
    text = str(getattr(exc, "orig", exc))
    words = _STORAGE_WORDS + _CONNECTION_LOST if is_server(url) else _STORAGE_WORDS
    return _explain(exc, url) if any(word in text for word in words) else None


# SQLSTATEs of a serialization failure and a deadlock: two writers met; one is rolled back.
_CONFLICT_STATES = ("40001", "40P01")
# SQLSTATE of "permission denied" and of a row-level security refusal.
INSUFFICIENT_PRIVILEGE = "42501"
_TABLE = re.compile(r'(?:for table|for relation|policy for table) "?([\w.]+)"?')


def role_refusal(exc: BaseException) -> RoleError | None:
    """A refusal of the server's role rules (GRANTs, row-level security) as a RoleError."""
    orig = getattr(exc, "orig", exc)
    if getattr(orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
        return None
    found = _TABLE.search(str(orig))
    return RoleError(StorageErrors.tr("The server refused the change (%1).", str(orig).splitlines()[0]), table=found[1] if found else "")


def _disk_full(where: Path | str) -> bool:
    """Whether the disk holding a library file has (next to) no room left: SQLite
    then often says only "disk I/O error", even for reading (the -shm it maps)."""
    if not isinstance(where, Path):
        return False
    try:
        return shutil.disk_usage(where.parent).free < 64 * 1024
    except OSError:
        return False


def _explain(exc: Exception, url: str) -> LibraryError:
    text = str(getattr(exc, "orig", exc)).strip()
    where = sqlite_path(url) or shown_url(url)
    server = _server_problem(text, where)
    if server is not None:
        return server
    if "file is not a database" in text or "malformed" in text:
        return NotALibraryError(StorageErrors.tr(
                       "%1 is damaged or not a Silteme library (%2). Nothing was changed.",
                       where, text,
                   ))
    if "readonly" in text or "read-only" in text:
        return LibraryError(StorageErrors.tr("%1 is read-only: Silteme needs to write to its library (%2).", where, text))
    if "disk is full" in text or "database or disk is full" in text or _disk_full(where):
        return LibraryError(StorageErrors.tr("The disk holding %1 is full; nothing was written (%2).", where, text))
    if "locked" in text:
        return LibraryError(StorageErrors.tr(
                       "%1 is locked by another program; try again when it is done (%2).",
                       where, text,
                   ))
    if "unable to open" in text:
        return LibraryError(StorageErrors.tr("Cannot open %1 (%2).", where, text))
    return LibraryError(StorageErrors.tr("Cannot use the library %1: %2", where, text))
