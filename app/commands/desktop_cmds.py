"""`silteme install-desktop-entry`: Silteme in a Linux desktop's menus."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.i18n import Translations, fill
from models.errors import LibraryError

DesktopCommands = Translations("DesktopCommands")


def register(subcommands: argparse._SubParsersAction) -> None:
    parser = subcommands.add_parser(
        "install-desktop-entry",
        help=DesktopCommands.tr(
            "add Silteme to the desktop's application menu (Linux: desktop entry, icons, AppStream metainfo)"
        ),
    )
    parser.add_argument(
        "--data-home",
        metavar=DesktopCommands.tr("DIR"),
        help=DesktopCommands.tr("install below DIR instead of the user's data folder ($XDG_DATA_HOME or ~/.local/share)"),
    )
    parser.set_defaults(handler=install)


def install(args: argparse.Namespace) -> int:
    from app.desktop_entry import install_desktop_entry

    if args.data_home is None and not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        raise LibraryError(
            DesktopCommands.tr("Desktop entries are for Linux desktops; on Windows and macOS start Silteme with the silteme command or from the bundle's folder.")
        )
    try:
        installed = install_desktop_entry(Path(args.data_home) if args.data_home else None)
    except OSError as exc:
        raise LibraryError(fill(DesktopCommands.tr("Cannot install the desktop entry: %1."), exc.strerror or exc)) from None
    print(fill(DesktopCommands.tr("Installed %1"), installed.desktop_file))
    print(fill(DesktopCommands.tr("Installed %1 and %2 icons"), installed.metainfo_file, len(installed.icon_files)))
    return 0
