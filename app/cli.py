"""The `silteme` command: the window by default, subcommands for scripting.

Expected problems (a bad file, an unknown document, a newer database) end
with one sentence on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app.commands import register_all
from app.i18n import LANGUAGES, Translations
from app.i18n.cli_text import choose_language
from models.errors import LibraryError

Cli = Translations("Cli")

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


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
    except LibraryError as exc:
        print(f"silteme: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print("silteme: " + Cli.tr("interrupted; nothing half-done was kept."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
