"""Shared fixtures: the bundled sample library, built once and copied per test."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.db import Library, open_library
from references.library.location import open_or_create

# The tests read the English interface whatever the machine's locale; the
# tests of other languages choose theirs explicitly.
os.environ["LANGUAGE"] = "en"
os.environ.pop("LC_ALL", None)

ROOT = Path(__file__).resolve().parents[1]
THESIS = ROOT / "resources" / "dissertation-kk.txt"
# The real-world .bib test corpus (shared/bib beside the checkout, with its
# SOURCES.md); another place can be named with SILTEME_SHARED_BIB.
SHARED_BIB = Path(os.environ.get("SILTEME_SHARED_BIB", ROOT.parent / "shared" / "bib"))


@pytest.fixture(scope="session")
def sample_library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library file holding the bundled sample, as a first start makes it."""
    path = tmp_path_factory.mktemp("sample") / "library.sqlite"
    library = open_or_create(path)
    library.close()
    # Fold the WAL into the main file so a plain copy holds everything.
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def sample_path(sample_library_file: Path, tmp_path: Path) -> Path:
    """A private copy of the sample library file for a test that writes."""
    target = tmp_path / "library.sqlite"
    shutil.copyfile(sample_library_file, target)
    return target


@pytest.fixture
def sample_library(sample_path: Path) -> Iterator[Library]:
    library = open_library(sample_path)
    yield library
    library.close()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Empty the clipboard before Qt tears down: the offscreen platform (the
    tests' platform, not a user's) crashes at interpreter exit while its
    clipboard still owns mime data, which would turn a green run red."""
    del session, exitstatus
    if "PySide6.QtGui" not in sys.modules:
        return
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        QGuiApplication.clipboard().clear()
