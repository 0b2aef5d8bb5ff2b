"""The freedesktop desktop entry and AppStream metainfo of Silteme
(installed by `silteme install-desktop-entry`)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

APP_ID = "kz.silteme.Silteme"


def desktop_folder() -> Path:
    return Path(str(resources.files("resources.desktop")))


def desktop_entry_file() -> Path:
    return desktop_folder() / f"{APP_ID}.desktop"


def metainfo_file() -> Path:
    return desktop_folder() / f"{APP_ID}.metainfo.xml"
