"""The `silteme` command: the window by default, subcommands for scripting.

Expected problems (a bad file, an unknown document, a newer database) end
with one sentence on stderr and a non-zero exit code, never a traceback.
An unexpected error (a defect) ends the same way: one sentence naming a log
file in the per-user log folder that holds the traceback for a bug report.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from app.commands import register_all
from app.i18n import LANGUAGES, QT_TRANSLATE_NOOP, Translations, fill, sentence
from app.i18n.cli_text import choose_language
from models.errors import LibraryError, RoleError

Cli = Translations("Cli")

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
EXIT_DEFECT = 70  # EX_SOFTWARE: an internal error, reported with a log file


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; given the arguments, only the named command's module is loaded."""
    parser = argparse.ArgumentParser(
        prog="silteme",
        description=Cli.tr("Silteme: a thesis, its numbered references and reviewers' annotations in one library."),
    )
    parser.add_argument(
        "--db",
        metavar=Cli.tr("PATH|URL"),
        help=Cli.tr("the library: a SQLite file or any SQLAlchemy URL (default: the per-user library)"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=Cli.tr("the language of messages and of the window (default: LANGUAGE or LANG, else English)"),
    )
    subcommands = parser.add_subparsers(dest="command", metavar=Cli.tr("COMMAND"))
    register_all(subcommands, argv)
    return parser


# What each command does, for the sentence that says a role may not do it.
COMMAND_ACTIONS = {
    "renumber": QT_TRANSLATE_NOOP("Cli", "renumber references"),
    "revise": QT_TRANSLATE_NOOP("Cli", "replace the text"),
    "import-text": QT_TRANSLATE_NOOP("Cli", "import a text"),
    "import-bib": QT_TRANSLATE_NOOP("Cli", "import references"),
    "import-ris": QT_TRANSLATE_NOOP("Cli", "import references"),
    "annotate": QT_TRANSLATE_NOOP("Cli", "write annotations"),
    "import-annotations": QT_TRANSLATE_NOOP("Cli", "import annotations"),
    "restore": QT_TRANSLATE_NOOP("Cli", "restore a library"),
    "team": QT_TRANSLATE_NOOP("Cli", "manage the team's logins"),
}


def refusal_sentence(exc: RoleError, args: argparse.Namespace) -> str:
    """ "Your role (reviewer) cannot renumber references." with the server's word for the role."""
    role = exc.role
    if not role and args.db:
        from references.team.roles import role_of

        role = role_of(args.db) or ""
    action = COMMAND_ACTIONS.get(args.command or "")
    return sentence(exc.sentence(role=role, action=exc.action or (Cli.tr(action) if action else "")))


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    choose_language(arguments)
    parser = build_parser(arguments)
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from app.commands.gui import open_window

            return open_window(args)
        return int(handler(args) or EXIT_OK)
    except RoleError as exc:
        print(f"silteme: {refusal_sentence(exc, args)}", file=sys.stderr)
        return EXIT_PROBLEM
    except LibraryError as exc:
        print(f"silteme: {sentence(exc)}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print("silteme: " + Cli.tr("interrupted; nothing half-done was kept."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback reaches a user
        log = write_crash_log(argv, exc)
        command = getattr(args, "command", None) or "silteme"
        message = fill(
            Cli.tr("%1 stopped on an unexpected error (%2); nothing half-done was kept."),
            command, type(exc).__name__,
        )
        if log is not None:
            message += " " + fill(Cli.tr("The details are in %1."), log)
        print("silteme: " + message, file=sys.stderr)
        return EXIT_DEFECT


def log_folder() -> Path:
    """The per-user log folder (platformdirs), where crash logs go."""
    import platformdirs

    return Path(platformdirs.user_log_dir("Silteme", appauthor=False))


def write_crash_log(argv: Sequence[str] | None, exc: BaseException) -> Path | None:
    """A new file in the log folder with the command line and the traceback (None: none could be written)."""
    now = datetime.now(timezone.utc)
    text = (
        f"Silteme {_version()} at {now.isoformat()}\n"
        f"command: {list(sys.argv[1:] if argv is None else argv)!r}\n\n"
        + "".join(traceback.format_exception(exc))
    )
    name = f"silteme-{now:%Y%m%dT%H%M%S}-{os.getpid()}.log"
    for folder in (log_folder, _temporary_folder):
        try:
            target = folder()
            target.mkdir(parents=True, exist_ok=True)
            path = target / name
            path.write_text(text, encoding="utf-8", errors="backslashreplace")
            return path
        except OSError:
            continue
    return None


def _temporary_folder() -> Path:
    import tempfile

    return Path(tempfile.gettempdir())


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("silteme")
    except PackageNotFoundError:
        return "(not installed)"


if __name__ == "__main__":
    sys.exit(main())
