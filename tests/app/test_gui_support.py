"""Helpers for the GUI tests (no tests here): a real main window on the sample.

Settings always go to a file under the test's tmp folder, never to the
user's configuration.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.main_window import MainWindow
from models.db import Library

LOAD_TIMEOUT_MS = 30_000


def temporary_settings(folder: Path) -> QSettings:
    return QSettings(str(folder / "silteme-test.ini"), QSettings.Format.IniFormat)


def open_window(qtbot: QtBot, library: Library, settings_folder: Path, *, first_screen: bool = False) -> MainWindow:
    """A shown main window with the library's document loaded (or, with
    ``first_screen``, as soon as its first screen is in the reader)."""
    window = MainWindow(library, temporary_settings(settings_folder))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.first_screen_shown if first_screen else window.document_loaded, timeout=LOAD_TIMEOUT_MS):
        window.load()
    return window


def close_window(window: MainWindow) -> None:
    window.close()
    window.runner.wait()
