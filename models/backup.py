"""Copies of a SQLite library made with SQLite's online backup API.

The backup API copies a consistent snapshot page by page while other
connections keep reading and writing (in WAL mode a writer never blocks it),
so a backup can be taken while the window is open. A copy is written under
a hidden temporary name and renamed only when complete and checked, so a
crash or a full disk never leaves a half backup that looks whole.

Automatic backups live in a ``backups`` folder beside the library, named
``<library stem>-<UTC time>-<reason>.sqlite`` so that they sort by age and
say why they were made. Only automatic ones are pruned; a backup the user
asked for is theirs to delete. This module knows files, not the domain: the
migration hook in ``models.db`` and ``references.storage.backups`` both use it.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

from models.errors import LibraryError

BACKUP_FOLDER = "backups"
BACKUP_SUFFIX = ".sqlite"
AUTOMATIC_KEEP = 5
MANUAL_REASON = "manual"
LOCK_WAIT_S = 15.0

_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z0-9]+(?:-[a-z0-9]+)*)\.sqlite$")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


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
    """A connection that can never change ``path`` (nor create it)."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=LOCK_WAIT_S)


def copy_database(source: Path, target: Path) -> Path:
    """Write a consistent copy of the database ``source`` to the new file ``target``.

    The copy is a standalone file (rollback journal, no -wal beside it),
    checked with ``PRAGMA quick_check`` before it takes its final name.
    An existing ``target`` is never overwritten.
    """
    if target.exists():
        raise BackupError(f"{target} already exists; nothing was overwritten.")
    partial = target.with_name(f".{target.name}.partial")
    for leftover in (partial, *sidecar_files(partial)):  # left by a copy that was killed
        leftover.unlink(missing_ok=True)
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
            raise BackupError(f"The copy of {source} failed its check ({verdict}); {source} may be damaged.")
        _fsync(partial)
        os.replace(partial, target)
        _fsync(target.parent)
    except sqlite3.Error as exc:
        raise BackupError(f"Could not copy {source} to {target}: {exc}.") from exc
    except OSError as exc:
        raise BackupError(f"Could not write {target}: {exc.strerror or exc}.") from exc
    finally:
        for leftover in (partial, *sidecar_files(partial)):  # its journal too, after a failure
            leftover.unlink(missing_ok=True)
    return target


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
        raise BackupError(f"Could not restore {source} into {target}: {exc}.") from exc


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
        raise BackupError(f"Could not replace {target}: {exc.strerror or exc}.") from exc
    finally:
        staged.unlink(missing_ok=True)


def copy_raw(source: Path, target: Path) -> Path:
    """Copy a (possibly damaged) database file byte for byte, with its -wal.

    Used when SQLite cannot read ``source`` any more: whatever it holds is
    kept for a specialist tool, rather than being lost to a restore.
    """
    if target.exists():
        raise BackupError(f"{target} already exists; nothing was overwritten.")
    try:
        shutil.copyfile(source, target)
        wal = source.with_name(source.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
        _fsync(target)
    except OSError as exc:
        raise BackupError(f"Could not copy {source} to {target}: {exc.strerror or exc}.") from exc
    return target


def sidecar_files(library: Path) -> list[Path]:
    return [library.with_name(library.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def new_backup_path(library: Path, reason: str, when: datetime | None = None) -> Path:
    """A free name in the library's backup folder for a backup made ``when``."""
    when = (when or datetime.now(timezone.utc)).astimezone(timezone.utc)
    folder = backup_folder(library)
    slug = reason_slug(reason)
    while True:
        candidate = folder / f"{library.stem}-{when.strftime(_STAMP_FORMAT)}-{slug}{BACKUP_SUFFIX}"
        if not candidate.exists():
            return candidate
        when = when.replace(microsecond=(when.microsecond + 1) % 1_000_000)


def backups_of(library: Path) -> list[BackupFile]:
    """The backups of ``library`` in its backup folder, newest first."""
    folder = backup_folder(library)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or match["stem"] != library.stem or not path.is_file():
            continue
        created = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=timezone.utc)
        found.append(BackupFile(path, match["stem"], created, match["reason"]))
    return sorted(found, key=lambda b: b.created, reverse=True)


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
        raise BackupError(f"Cannot create the backup folder {target.parent}: {exc.strerror or exc}.") from exc
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
