"""`silteme` with no subcommand (or `silteme gui`): open the window."""

from __future__ import annotations

import argparse
import sys

from app.commands.common import library_from
from app.i18n import Translations


Cli = Translations("Cli")


def register(subcommands: argparse._SubParsersAction) -> None:
    parser = subcommands.add_parser("gui", help=Cli.tr("open the window (the default)"))
    parser.set_defaults(handler=open_window)


def open_window(args: argparse.Namespace) -> int:
    library = library_from(args, seed=True)
    from app.gui import run_gui  # Qt is imported only when a window is wanted

    try:
        return run_gui(library, sys.argv[:1], getattr(args, "lang", None))
    finally:
        library.close()
