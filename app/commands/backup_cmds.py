"""`silteme backup`, `silteme backups` and `silteme restore`."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import print_json
from models.db import open_library
from references.storage.backups import backup_now, library_file, list_backups, restore
from references.errors import InputError
from references.library.location import default_library_path


def register(subcommands: argparse._SubParsersAction) -> None:
    backup = subcommands.add_parser(
        "backup", help="copy the library (safe while the window is open)"
    )
    backup.add_argument(
        "out", nargs="?", type=Path,
        help="a new file or a folder (default: the backups folder beside the library)",
    )
    backup.set_defaults(handler=run_backup)

    backups = subcommands.add_parser("backups", help="list the library's backups, newest first")
    backups.add_argument("--json", action="store_true", help="print one JSON list")
    backups.set_defaults(handler=run_backups)

    restore_cmd = subcommands.add_parser(
        "restore", help="replace the library with a backup (the current library is backed up first)"
    )
    restore_cmd.add_argument("file", type=Path, help="the backup to restore")
    restore_cmd.set_defaults(handler=run_restore)


def library_path(args: argparse.Namespace) -> Path:
    """The library file named by --db (or the per-user one); backups need a file."""
    path = library_file(args.db) if args.db is not None else default_library_path()
    if path is None:
        raise InputError(
            f"{args.db} is not a library file; back up a server database with the server's own tools."
        )
    return path


def run_backup(args: argparse.Namespace) -> int:
    written = backup_now(library_path(args), args.out)
    print(f"Backed up the library to {written} ({_megabytes(written.stat().st_size)}).")
    return 0


def run_backups(args: argparse.Namespace) -> int:
    found = list_backups(library_path(args))
    if args.json:
        print_json([
            {
                "path": str(b.path),
                "created": b.created.isoformat(),
                "reason": b.reason,
                "automatic": b.automatic,
                "bytes": b.size,
            }
            for b in found
        ])
        return 0
    if not found:
        print("No backups yet.")
    for b in found:
        when = b.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        kind = "automatic" if b.automatic else "kept"
        print(f"{when}  {b.reason:<32} {kind:<9} {_megabytes(b.size):>9}  {b.path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    path = library_path(args)
    result = restore(path, args.file)
    open_library(path).close()  # upgrades an older schema now, not at the next start
    print(f"Restored {result.restored_from} (schema {result.revision}) into {path}.")
    if result.previous is not None:
        print(f"The library as it was before is kept in {result.previous}.")
    return 0


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
