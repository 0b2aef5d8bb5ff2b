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
from models.errors import LibraryError, RoleError

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


# What each command does, for the sentence that says a role may not do it.
COMMAND_ACTIONS = {
    "renumber": "renumber references",
    "revise": "replace the text",
    "import-text": "import a text",
    "import-bib": "import references",
    "import-ris": "import references",
    "annotate": "write annotations",
    "import-annotations": "import annotations",
    "restore": "restore a library",
    "team": "manage the team's logins",
}


def refusal_sentence(exc: RoleError, args: argparse.Namespace) -> str:
    """ "Your role (reviewer) cannot renumber references." with the server's word for the role."""
    role = exc.role
    if not role and args.db:
        from references.team.roles import role_of

        role = role_of(args.db) or ""
    return exc.sentence(role=role, action=exc.action or COMMAND_ACTIONS.get(args.command or ""))


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
        print(f"silteme: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print("silteme: " + Cli.tr("interrupted; nothing half-done was kept."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
