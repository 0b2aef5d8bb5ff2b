"""Installing Silteme into a Linux desktop's menus: the desktop entry, the
icons in the hicolor theme and the AppStream metainfo, all in the user's
own data folder (no root needed), as `silteme install-desktop-entry` does.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

from references.storage.safe_write import write_bytes_atomically, write_text_atomically
from resources.desktop import APP_ID, desktop_entry_file, metainfo_file
from resources.icons import SIZES, png_file, svg_file


@dataclass(frozen=True)
class InstalledEntry:
    desktop_file: Path
    metainfo_file: Path
    icon_files: tuple[Path, ...]


def launcher_command() -> list[str]:
    """How the desktop should start this very installation of Silteme."""
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name.startswith("silteme") and script.suffix in ("", ".exe"):
        return [str(script.resolve())]
    # `python -m app.cli` or an embedding: run the same interpreter on the CLI module.
    return [str(Path(sys.executable).absolute()), "-m", "app.cli"]


def _exec_value(argv: list[str]) -> str:
    """An Exec= value: arguments with spaces or quotes are double-quoted as
    the Desktop Entry Specification asks (\\, ", ` and $ escaped inside)."""

    def quote(arg: str) -> str:
        if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
            return arg
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        return f'"{escaped}"'

    return " ".join(quote(arg) for arg in argv)


def desktop_entry_text(argv: list[str]) -> str:
    lines = []
    for line in desktop_entry_file().read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + _exec_value([*argv, "gui"])
        lines.append(line)
    return "\n".join(lines) + "\n"


def install_desktop_entry(data_home: Path | None = None) -> InstalledEntry:
    """Write the entry, icons and metainfo below ``data_home`` (default: the
    user's data folder, ``$XDG_DATA_HOME`` or ``~/.local/share``)."""
    base = data_home if data_home is not None else user_data_path()
    desktop = base / "applications" / f"{APP_ID}.desktop"
    desktop.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomically(desktop, desktop_entry_text(launcher_command()))
    metainfo = base / "metainfo" / f"{APP_ID}.metainfo.xml"
    metainfo.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomically(metainfo, metainfo_file().read_text(encoding="utf-8"))
    icons: list[Path] = []
    for size in SIZES:
        icons.append(_copy(png_file(size), base / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    icons.append(_copy(svg_file(), base / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"))
    return InstalledEntry(desktop, metainfo, tuple(icons))


def _copy(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomically(target, source.read_bytes())
    return target
