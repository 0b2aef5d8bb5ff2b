"""Extracting and compiling the catalogues with Qt Linguist's tools.

    python -m app.i18n.build update    # pyside6-lupdate: app/, references/, models/ -> silteme_kk.ts, silteme_ru.ts, silteme_en.ts
    python -m app.i18n.build release   # pyside6-lrelease: .ts -> .qm (the set-up runs this)

English is the source language; its catalogue holds only the plural
messages ("%n claim(s)" -> "1 claim", "2 claims"), as Qt Linguist does it.

Qt-free itself: it runs the tools that PySide6 installs beside Python.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from app.i18n.catalog import CATALOGUE_DIR, LANGUAGES, SOURCE_LANGUAGE, catalogue_path

APP_DIR = CATALOGUE_DIR.parent
# The domain's sentences (models.messages: ``XErrors.tr("... %1", value)``) are
# extracted with the app's: the app translates them when it shows an error.
SOURCE_DIRS = (APP_DIR, APP_DIR.parent / "references", APP_DIR.parent / "models")
TRANSLATED = tuple(language for language in LANGUAGES if language != SOURCE_LANGUAGE)


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` of the running Python's environment."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} is not installed (it comes with PySide6)")
    return found


def _lupdate(obsolete: bool) -> list[str]:
    command = [tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none"]
    if not obsolete:
        command.append("-no-obsolete")
    return [*command, *(str(folder) for folder in SOURCE_DIRS)]


def update(obsolete: bool = False) -> str:
    """Extract every translatable string of app/, references/ and models/ into the .ts files; lupdate's report."""
    command = _lupdate(obsolete)
    translated = [*command, "-ts", *(str(catalogue_path(language)) for language in TRANSLATED)]
    source = [*command, "-pluralonly", "-source-language", "en", "-target-language", "en"]
    source += ["-ts", str(catalogue_path(SOURCE_LANGUAGE))]
    return "".join(subprocess.run(c, check=True, capture_output=True, text=True).stdout for c in (translated, source))


def extract(target: Path) -> str:
    """What ``update`` extracts, written into a new catalogue ``target`` (for checking it)."""
    done = subprocess.run([*_lupdate(False), "-ts", str(target)], check=True, capture_output=True, text=True)
    return done.stdout


def release(languages: tuple[str, ...] = LANGUAGES) -> str:
    """Compile the .ts files into the .qm files the window loads; lrelease's report."""
    reports = []
    for language in languages:
        source, target = catalogue_path(language), catalogue_path(language, ".qm")
        done = subprocess.run(
            [tool("pyside6-lrelease"), str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
            text=True,
        )
        reports.append(done.stdout)
    return "".join(reports)


def stale(language: str) -> bool:
    source, target = catalogue_path(language), catalogue_path(language, ".qm")
    return source.is_file() and (
        not target.is_file() or target.stat().st_mtime < source.stat().st_mtime
    )


def ensure_released() -> None:
    """Compile the catalogues that changed since they were last compiled (a
    checkout that has not run the set-up since a .ts changed)."""
    wanted = tuple(language for language in LANGUAGES if stale(language))
    if wanted:
        try:
            release(wanted)
        except (OSError, subprocess.CalledProcessError):
            pass  # a read-only install keeps the .qm files it was built with


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        print(update(obsolete="--keep-obsolete" in argv), end="")
        return 0
    if argv[:1] == ["release"]:
        print(release(), end="")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
