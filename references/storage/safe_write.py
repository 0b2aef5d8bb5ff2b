"""Writing an output file so that a failure never leaves half a file behind."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from models.backup import backup_folder, sidecar_files
from models.db import SQLITE_MAGIC, opened_library_files
from references.errors import InputError
from models.messages import Messages

StorageErrors = Messages("StorageErrors")

_SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to a temporary file beside ``path``, then rename it over."""
    write_bytes_atomically(path, text.encode("utf-8"))


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over."""
    refuse_library_target(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(StorageErrors.tr("Cannot write %1: the folder %2 does not exist.", path, folder))
    try:
        handle, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(StorageErrors.tr("Cannot write %1: %2.", path, exc.strerror)) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fchmod(out.fileno(), _mode_for(path))
            os.fsync(out.fileno())
        os.replace(tmp_name, path)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise InputError(StorageErrors.tr("Cannot write %1: %2. The old file, if any, is unchanged.", path, exc.strerror)) from None


def _mode_for(path: Path) -> int:
    """The permissions the written file gets: those of the file it replaces, else
    what the user's umask gives a new file (mkstemp's own 0600 would hide an
    export from the user's group and from a web server serving it)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process's umask, read without changing it where the system says it
    (Linux); elsewhere set and restored at once."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def refuse_library_target(path: Path) -> None:
    """Refuse (InputError) to write an output over a library, its -wal/-shm/-journal
    files or its backups: real paths are compared, after symlinks and hard links.

    A library is any file this process opened as one, and any existing SQLite
    database file (an export is never meant to replace a database).
    """
    try:
        real = path.resolve()
    except (OSError, RuntimeError) as exc:  # a symlink loop, an unreadable folder
        raise InputError(StorageErrors.tr("Cannot write %1: its path cannot be followed (%2).", path, exc)) from None
    for library in opened_library_files():
        protected = (library, *sidecar_files(library))
        if real in protected or _same_file(real, protected):
            raise InputError(
                StorageErrors.tr(
                    "%1 is the library %2 or one of its files; an export never overwrites the library. Name "
                    "another file.",
                    path, library,
                )
            )
        if real.is_relative_to(backup_folder(library).resolve()):
            raise InputError(
                StorageErrors.tr(
                    "%1 is inside the backups folder of the library %2; an export never writes there. Name "
                    "another file.",
                    path, library,
                )
            )
    for candidate in (real, *_sidecar_base(real)):
        if _is_database(candidate):
            raise InputError(
                StorageErrors.tr(
                    "%1 is a database file (a library, a backup or one of their journals); an export never "
                    "overwrites one. Name another file.",
                    path,
                )
            )


def _same_file(real: Path, protected: tuple[Path, ...]) -> bool:
    if not real.exists():
        return False
    try:
        return any(other.exists() and os.path.samefile(real, other) for other in protected)
    except OSError:
        return False


def _sidecar_base(real: Path) -> list[Path]:
    return [
        real.with_name(real.name[: -len(suffix)]) for suffix in _SIDECAR_SUFFIXES if real.name.endswith(suffix)
    ]


def _is_database(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:  # absent, a folder, unreadable: not a database we would overwrite
        return False
