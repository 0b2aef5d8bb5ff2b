"""Finding the optional programs Silteme can use: LibreOffice (to convert
.odt and to check Word files) and biber (to check exported .bib files).

Neither is needed to run Silteme. Each is looked up on PATH first, then in
the places its installers use on Windows, macOS and Linux, so a user who
installed LibreOffice the usual way never has to edit PATH.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

# Names on PATH, per program.
_COMMANDS = {
    "libreoffice": ("soffice", "libreoffice"),
    "biber": ("biber",),
}


def _windows_places(program: str, environ: Mapping[str, str]) -> list[Path]:
    roots = [environ.get(name) for name in ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432")]
    folders = [Path(root) for root in roots if root] or [Path("C:/Program Files"), Path("C:/Program Files (x86)")]
    if program == "libreoffice":
        return [folder / "LibreOffice" / "program" / "soffice.exe" for folder in folders]
    places = []
    local = environ.get("LOCALAPPDATA")
    if local:
        places.append(Path(local) / "Programs" / "MiKTeX" / "miktex" / "bin" / "x64" / "biber.exe")
    places += [folder / "MiKTeX" / "miktex" / "bin" / "x64" / "biber.exe" for folder in folders]
    texlive = Path(environ.get("SystemDrive", "C:") + "/") / "texlive"
    if texlive.is_dir():
        # Newest TeX Live first: C:\texlive\2026\bin\windows\biber.exe
        for year in sorted((p for p in texlive.iterdir() if p.name.isdigit()), reverse=True):
            places += [year / "bin" / "windows" / "biber.exe", year / "bin" / "win64" / "biber.exe"]
    return places


def _macos_places(program: str, environ: Mapping[str, str]) -> list[Path]:
    home = Path(environ.get("HOME", "~")).expanduser()
    if program == "libreoffice":
        return [
            Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
            home / "Applications" / "LibreOffice.app" / "Contents" / "MacOS" / "soffice",
        ]
    return [Path("/Library/TeX/texbin/biber"), Path("/opt/homebrew/bin/biber"), Path("/usr/local/bin/biber")]


def _linux_places(program: str, environ: Mapping[str, str]) -> list[Path]:
    del environ
    if program == "libreoffice":
        places = [Path("/usr/lib/libreoffice/program/soffice"), Path("/snap/bin/libreoffice")]
        places += sorted(Path("/opt").glob("libreoffice*/program/soffice"), reverse=True)
        return places
    return [Path("/usr/bin/biber"), *sorted(Path("/usr/local/texlive").glob("*/bin/*/biber"), reverse=True)]


def find_program(
    program: str, *, platform: str | None = None, environ: Mapping[str, str] | None = None
) -> Path | None:
    """The path of ``program`` ("libreoffice" or "biber"), or None if it is not installed."""
    if program not in _COMMANDS:
        raise ValueError(f"unknown program {program!r}")
    platform = platform or sys.platform
    environ = os.environ if environ is None else environ
    for command in _COMMANDS[program]:
        found = shutil.which(command, path=environ.get("PATH"))
        if found:
            return Path(found)
    if platform.startswith("win"):
        places = _windows_places(program, environ)
    elif platform == "darwin":
        places = _macos_places(program, environ)
    else:
        places = _linux_places(program, environ)
    for place in places:
        if place.is_file() and (platform.startswith("win") or os.access(place, os.X_OK)):
            return place
    return None
