"""Copies of a SQLite library made with SQLite's online backup API.

The backup API copies a consistent snapshot page by page while other
connections keep reading and writing (in WAL mode a writer never blocks it),
so a backup can be taken while the window is open. A copy is written under
a hidden temporary name and renamed only when complete and checked, so a
crash or a full disk never leaves a half backup that looks whole.

Automatic backups live in a ``backups`` folder beside the library, named
``<library file name>-<UTC time>-<reason>.sqlite`` so that they sort by age,
say why they were made, and belong to exactly one library (``lib.sqlite``
and ``lib.db`` in one folder share the folder, never a backup). Backups of
older versions, named by the stem alone, still count as the library's while
no other database in its folder has that stem. Only automatic ones are pruned; a backup the user
asked for is theirs to delete. This module knows files, not the domain: the
migration hook in ``models.db`` and ``references.storage.backups`` both use it.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

from models.errors import LibraryError
from models.messages import Messages

StorageErrors = Messages("StorageErrors")

BACKUP_FOLDER = "backups"
BACKUP_SUFFIX = ".sqlite"
AUTOMATIC_KEEP = 5
MANUAL_REASON = "manual"
LOCK_WAIT_S = 15.0

_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z0-9]+(?:-[a-z0-9]+)*)\.sqlite$")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
# A copy under way: ".<final name>.partial", with SQLite's journal beside it.
_PARTIAL = re.compile(r"^\.(?P<name>.+)\.partial(?:-journal|-wal|-shm)?$")
STALE_PARTIAL_S = 600.0


class BackupError(LibraryError):
    """A backup or restore could not be made; the message says why."""


@dataclass(frozen=True, slots=True)
class BackupFile:
    """One backup in a library's backup folder."""

    path: Path
    library_stem: str
    created: datetime  # UTC
    reason: str

    @property
    def automatic(self) -> bool:
        return self.reason != MANUAL_REASON

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def reason_slug(reason: str) -> str:
    """``reason`` as it appears in a file name: lower-case words joined by '-'."""
    slug = _NOT_SLUG.sub("-", reason.lower()).strip("-")[:48].strip("-")
    return slug or "backup"


def backup_folder(library: Path) -> Path:
    return library.parent / BACKUP_FOLDER


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can never change ``path`` (nor create it), also on read-only media."""
    return sqlite3.connect(read_only_uri(path), uri=True, timeout=LOCK_WAIT_S, check_same_thread=False)


def read_only_place(path: Path) -> bool:
    """``path`` exists where nothing can be written beside it (read-only media, a locked folder):
    SQLite cannot create the -shm a WAL library needs there, so it is opened as immutable."""
    try:
        return path.is_file() and not os.access(path.parent, os.W_OK)
    except OSError:
        return False


def read_only_uri(path: Path) -> str:
    """A SQLite URI that reads ``path`` and never writes, even on read-only media.

    On read-only media the file cannot change under us, so it is read as
    ``immutable`` (no -shm needed); a -wal left there holding transactions is
    copied with the file to a temporary folder, so that they are read too.
    """
    path = path.resolve()
    if not read_only_place(path):
        return f"file:{quote(str(path))}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        path = _copy_with_wal(path, wal)
        return f"file:{quote(str(path))}?mode=ro"
    return f"file:{quote(str(path))}?mode=ro&immutable=1"


_TEMPORARY_COPIES: list[Path] = []


def _copy_with_wal(path: Path, wal: Path) -> Path:
    import atexit
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="silteme-read-only-"))
    if not _TEMPORARY_COPIES:
        atexit.register(lambda: [shutil.rmtree(f, ignore_errors=True) for f in _TEMPORARY_COPIES])
    _TEMPORARY_COPIES.append(folder)
    shutil.copyfile(path, folder / path.name)
    shutil.copyfile(wal, folder / wal.name)
    return folder / path.name


def copy_database(source: Path, target: Path) -> Path:
    """Write a consistent copy of the database ``source`` to the new file ``target``.

    The copy is a standalone file (rollback journal, no -wal beside it),
    checked with ``PRAGMA quick_check`` before it takes its final name.
    An existing ``target`` is never overwritten.
    """
    if target.exists():
        raise BackupError(StorageErrors.tr("%1 already exists; nothing was overwritten.", target))
    partial = target.with_name(f".{target.name}.partial")
    _remove_quietly(partial, *sidecar_files(partial))  # left by a copy that was killed
    clean_stale_partials(target.parent)
    try:
        with closing(connect_read_only(source)) as src, closing(sqlite3.connect(partial)) as dst:
            # A partial copy is thrown away, never recovered: no journal, no
            # syncs while copying; the finished file is fsynced below.
            dst.execute("PRAGMA journal_mode=OFF")
            dst.execute("PRAGMA synchronous=OFF")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            verdict = dst.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise BackupError(StorageErrors.tr("The copy of %1 failed its check (%2); %1 may be damaged.", source, verdict))
        _fsync(partial)
        os.replace(partial, target)
        _fsync(target.parent)
    except sqlite3.Error as exc:
        raise BackupError(StorageErrors.tr("Could not copy %1 to %2: %3.", source, target, exc)) from exc
    except OSError as exc:
        raise BackupError(StorageErrors.tr("Could not write %1: %2.", target, exc.strerror or exc)) from exc
    finally:
        _remove_quietly(partial, *sidecar_files(partial))  # its journal too, after a failure
    return target


def clean_stale_partials(folder: Path, older_than_s: float = STALE_PARTIAL_S) -> list[Path]:
    """Remove the hidden ``.NAME.partial`` copies (and their journals) that killed
    backups left in ``folder``: only our naming, only database content, only
    when untouched for ``older_than_s`` (a copy being written is never stale)."""
    removed = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    limit = time.time() - older_than_s
    for path in entries:
        match = _PARTIAL.match(path.name)
        if match is None:
            continue
        main = path.with_name(f".{match['name']}.partial")
        try:
            if path.stat().st_mtime > limit or not _database_or_empty(main if main.exists() else path):
                continue
        except OSError:
            continue
        _remove_quietly(path)
        removed.append(path)
    return removed


def _database_or_empty(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    return head in (b"", b"SQLite format 3\x00")


def _remove_quietly(*paths: Path) -> None:
    """Remove what may be there; a place where nothing can be removed (read-only) is left as is."""
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


def copy_into(source: Path, target: Path) -> None:
    """Replace the content of the live database ``target`` with that of ``source``.

    Goes through the backup API into ``target`` rather than replacing the
    file, so a window that has ``target`` open sees the new content at its
    next transaction instead of writing on into a deleted file.
    """
    try:
        with closing(connect_read_only(source)) as src, closing(
            sqlite3.connect(target, timeout=LOCK_WAIT_S)
        ) as dst:
            src.backup(dst)
    except sqlite3.Error as exc:
        raise BackupError(StorageErrors.tr("Could not restore %1 into %2: %3.", source, target, exc)) from exc


def replace_file(source: Path, target: Path) -> None:
    """Make ``target`` a fresh copy of ``source`` by renaming a complete copy over it.

    For a ``target`` that is damaged beyond the backup API; its -wal and
    -shm files are removed, as they belong to the old content.
    """
    staged = target.with_name(f".{target.name}.restoring")
    staged.unlink(missing_ok=True)
    try:
        copy_database(source, staged)
        for leftover in sidecar_files(target):
            leftover.unlink(missing_ok=True)
        os.replace(staged, target)
        _fsync(target.parent)
    except OSError as exc:
        raise BackupError(StorageErrors.tr("Could not replace %1: %2.", target, exc.strerror or exc)) from exc
    finally:
        staged.unlink(missing_ok=True)


def copy_raw(source: Path, target: Path) -> Path:
    """Copy a (possibly damaged) database file byte for byte, with its -wal.

    Used when SQLite cannot read ``source`` any more: whatever it holds is
    kept for a specialist tool, rather than being lost to a restore.
    """
    if target.exists():
        raise BackupError(StorageErrors.tr("%1 already exists; nothing was overwritten.", target))
    try:
        shutil.copyfile(source, target)
        wal = source.with_name(source.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
        _fsync(target)
    except OSError as exc:
        raise BackupError(StorageErrors.tr("Could not copy %1 to %2: %3.", source, target, exc.strerror or exc)) from exc
    return target


def sidecar_files(library: Path) -> list[Path]:
    return [library.with_name(library.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def new_backup_path(library: Path, reason: str, when: datetime | None = None) -> Path:
    """A free name in the library's backup folder for a backup made ``when``."""
    when = (when or datetime.now(timezone.utc)).astimezone(timezone.utc)
    folder = backup_folder(library)
    slug = reason_slug(reason)
    while True:
        candidate = folder / f"{library.name}-{when.strftime(_STAMP_FORMAT)}-{slug}{BACKUP_SUFFIX}"
        if not candidate.exists():
            return candidate
        when = when.replace(microsecond=(when.microsecond + 1) % 1_000_000)


def backups_of(library: Path) -> list[BackupFile]:
    """The backups of ``library`` in its backup folder, newest first."""
    folder = backup_folder(library)
    if not folder.is_dir():
        return []
    found = []
    owners = {library.name} | ({library.stem} if _sole_database_of_stem(library) else set())
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or match["stem"] not in owners or not path.is_file():
            continue
        created = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=timezone.utc)
        found.append(BackupFile(path, match["stem"], created, match["reason"]))
    return sorted(found, key=lambda b: b.created, reverse=True)


def _sole_database_of_stem(library: Path) -> bool:
    """No other database file beside ``library`` has its stem (so old stem-named backups are its)."""
    try:
        siblings = list(library.parent.glob(f"{_glob_escape(library.stem)}.*"))
    except OSError:
        return False
    for other in siblings:
        if other.name == library.name or other.stem != library.stem or not other.is_file():
            continue
        try:
            with other.open("rb") as handle:
                if handle.read(16) == b"SQLite format 3\x00":
                    return False
        except OSError:
            continue
    return True


def _glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def prune(library: Path, keep: int = AUTOMATIC_KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups of ``library``."""
    automatic = [b for b in backups_of(library) if b.automatic]
    removed = []
    for old in automatic[keep:]:
        old.path.unlink(missing_ok=True)
        for sidecar in sidecar_files(old.path):  # the -wal of a byte-for-byte copy
            sidecar.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def make_backup(library: Path, reason: str, *, keep: int | None = AUTOMATIC_KEEP) -> Path:
    """Back ``library`` up into its backup folder, then keep only the newest
    ``keep`` automatic backups (None: prune nothing).

    Pruning comes after the new copy is complete, so there is never a moment
    with fewer backups than before.
    """
    target = new_backup_path(library, reason)
    try:
        target.parent.mkdir(exist_ok=True)
    except OSError as exc:
        raise BackupError(StorageErrors.tr("Cannot create the backup folder %1: %2.", target.parent, exc.strerror or exc)) from exc
    if not os.access(target.parent, os.W_OK):
        raise BackupError(
            StorageErrors.tr(
                "Cannot write a backup into %1: it is read-only. Name a place that can be written: "
                "silteme backup OUT.",
                target.parent,
            )
        )
    copy_database(library, target)
    if keep is not None and reason_slug(reason) != MANUAL_REASON:
        prune(library, keep)
    return target


def _fsync(path: Path) -> None:
    """Flush ``path`` (a file or a folder's entries) to the disk."""
    flags = (os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)) if path.is_dir() else os.O_RDONLY
    try:
        fd = os.open(path, flags)
    except OSError:
        return  # some platforms cannot open folders; the rename is still atomic
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
