"""`silteme` with no subcommand (or `silteme gui`): open the window."""

from __future__ import annotations

import argparse
import sys

from app.commands.common import library_from
from app.i18n import Translations


Cli = Translations("Cli")


def register(subcommands: argparse._SubParsersAction) -> None:
    parser = subcommands.add_parser("gui", help=Cli.tr("open the window (the default)"))
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help=Cli.tr("for scripts and benchmarks: once the thesis is drawn, print 'ready <milliseconds since the process started>' and exit"),
    )
    parser.set_defaults(handler=open_window)


def open_window(args: argparse.Namespace) -> int:
    # The window fills an empty library with the bundled thesis itself, in a
    # worker, so a first start shows the window (and its progress) at once.
    library = library_from(args, seed=False)
    from app.gui import run_gui  # Qt is imported only when a window is wanted

    try:
        return run_gui(
            library,
            sys.argv[:1],
            getattr(args, "lang", None),
            exit_when_ready=getattr(args, "exit_when_ready", False),
        )
    finally:
        library.close()
