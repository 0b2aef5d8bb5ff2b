"""File dialogs that start where the user last was.

Every open and save dialog of the window goes through here: it starts in
the folder of the last file chosen (kept in the settings across runs; the
home folder the first time), a save dialog proposes its file name there,
and filters are named ("BibTeX (*.bib)"), not bare patterns.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

SETTINGS_FOLDER = "dialogs/last_folder"


def last_folder(settings: QSettings) -> Path:
    saved = settings.value(SETTINGS_FOLDER)
    folder = Path(saved) if isinstance(saved, str) and saved else Path.home()
    return folder if folder.is_dir() else Path.home()


def _remember(settings: QSettings, chosen: str) -> None:
    if chosen:
        settings.setValue(SETTINGS_FOLDER, str(Path(chosen).parent))


def save_file_name(
    parent: QWidget, settings: QSettings, title: str, file_name: str, filters: str
) -> tuple[str, str]:
    """(path, chosen filter), the path empty when cancelled."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(last_folder(settings) / file_name), filters)
    _remember(settings, path)
    return path, chosen


def open_file_name(parent: QWidget, settings: QSettings, title: str, filters: str) -> tuple[str, str]:
    """(path, chosen filter), the path empty when cancelled."""
    path, chosen = QFileDialog.getOpenFileName(parent, title, str(last_folder(settings)), filters)
    _remember(settings, path)
    return path, chosen
