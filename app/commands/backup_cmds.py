"""`silteme backup`, `silteme backups` and `silteme restore`."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import print_json
from app.i18n import Translations, fill, format_datetime, format_number
from models.db import Library, is_server, open_library, shown_url
from references.errors import InputError
from references.library.location import default_library_path
from references.storage.backups import backup_now, library_file, list_backups, restore
from references.team.portable import backup_team, restore_into_team, team_backup_stem

BackupCli = Translations("BackupCli")


def register(subcommands: argparse._SubParsersAction) -> None:
    backup = subcommands.add_parser(
        "backup", help=BackupCli.tr("copy the library (safe while the window is open)")
    )
    backup.add_argument(
        "out", nargs="?", type=Path, metavar=BackupCli.tr("OUT"),
        help=BackupCli.tr("a new file or a folder (default: the backups folder beside the library)"),
    )
    backup.set_defaults(handler=run_backup)

    backups = subcommands.add_parser("backups", help=BackupCli.tr("list the library's backups, newest first"))
    backups.add_argument("--json", action="store_true", help=BackupCli.tr("print one JSON list"))
    backups.set_defaults(handler=run_backups)

    restore_cmd = subcommands.add_parser(
        "restore", help=BackupCli.tr("replace the library with a backup (the current library is backed up first); "
                                     "a team library must be empty")
    )
    restore_cmd.add_argument("file", type=Path, metavar=BackupCli.tr("FILE"), help=BackupCli.tr("the backup to restore"))
    restore_cmd.set_defaults(handler=run_restore)


def library_path(args: argparse.Namespace) -> Path:
    """The library file named by --db (or the per-user one); backups need a file."""
    path = library_file(args.db) if args.db is not None else default_library_path()
    if path is None:
        raise InputError(
            fill(BackupCli.tr("%1 is not a library file; back up a server database with the server's own tools."), args.db)
        )
    return path


def _team_library(args: argparse.Namespace) -> Library | None:
    """The team library named by --db, open; None for a library file."""
    if args.db is None or "://" not in args.db or not is_server(args.db):
        return None
    return open_library(args.db)


def run_backup(args: argparse.Namespace) -> int:
    team = _team_library(args)
    if team is not None:
        try:
            written = backup_team(team, args.out)
        finally:
            team.close()
        print(fill(BackupCli.tr("Backed up the team library to %1, a library file that opens anywhere (%2)."),
                   written, _megabytes(written.stat().st_size)))
        return 0
    written = backup_now(library_path(args), args.out)
    print(fill(BackupCli.tr("Backed up the library to %1 (%2)."), written, _megabytes(written.stat().st_size)))
    return 0


def run_backups(args: argparse.Namespace) -> int:
    team = args.db is not None and "://" in args.db and is_server(args.db)
    found = list_backups(team_backup_stem(args.db) if team else library_path(args))
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
        print(BackupCli.tr("No backups yet."))
    for b in found:
        when = format_datetime(b.created.astimezone())
        kind = BackupCli.tr("automatic") if b.automatic else BackupCli.tr("kept")
        print(f"{when}  {b.reason:<32} {kind:<12} {_megabytes(b.size):>9}  {b.path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    team = _team_library(args)
    if team is not None:
        try:
            counts = restore_into_team(team, args.file)
        finally:
            team.close()
        print(fill(BackupCli.tr("Restored %1 into %2: %3 documents, %4 references, %5 annotations."), args.file,
                   shown_url(team.url), counts["documents"], counts["references"], counts["annotations"]))
        return 0
    path = library_path(args)
    result = restore(path, args.file)
    open_library(path).close()  # upgrades an older schema now, not at the next start
    print(fill(BackupCli.tr("Restored %1 (schema %2) into %3."), result.restored_from, result.revision, path))
    if result.previous is not None:
        print(fill(BackupCli.tr("The library as it was before is kept in %1."), result.previous))
    return 0


def _megabytes(size: int) -> str:
    return fill(BackupCli.tr("%1 MB"), format_number(size / 1_000_000, decimals=1))
