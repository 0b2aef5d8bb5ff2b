"""Save dialogs start in the folder last used and name their filters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from app.library.export_actions import ExportFormat, ExportRequest
from app.main_window import MainWindow
from models.db import Library
from references.library.bib_export import ExportSelection
from tests.app.test_gui_support import close_window, open_window


@pytest.fixture
def window(qtbot: QtBot, sample_library: Library, tmp_path: Path) -> Iterator[MainWindow]:
    main = open_window(qtbot, sample_library, tmp_path / "settings")
    yield main
    close_window(main)


def answer_dialog(qtbot: QtBot, seen: list[tuple[str, list[str]]], choose: Path | None) -> None:
    """When the file dialog opens: note its folder and filters, then choose a file (or cancel)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, look)
            return
        seen.append((dialog.directory().absolutePath(), dialog.nameFilters()))
        if choose is None:
            dialog.reject()
        else:
            # Typed into the name box, as a person would: selectFile() can be
            # overridden while the dialog is still listing its folder.
            edit = dialog.findChild(QLineEdit, "fileNameEdit")
            if edit is not None:
                edit.setText(str(choose))
            else:
                dialog.selectFile(str(choose))
            dialog.accept()

    QTimer.singleShot(50, look)


def test_the_export_dialog_names_its_filter_and_starts_in_the_last_folder(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    controller = window.reference_library
    folder = tmp_path / "exports"
    folder.mkdir()
    seen: list[tuple[str, list[str]]] = []
    request = ExportRequest(ExportFormat.BIBTEX, ExportSelection())
    answer_dialog(qtbot, seen, folder / "mine.bib")
    with qtbot.waitSignal(controller.export_done, timeout=30_000):
        controller._export_chosen(request)
    assert (folder / "mine.bib").exists()
    assert seen[0][1][0] == "BibTeX (*.bib)"

    answer_dialog(qtbot, seen, None)
    controller._export_chosen(ExportRequest(ExportFormat.RIS, ExportSelection()))
    assert Path(seen[1][0]) == folder  # where the last file went
    assert seen[1][1][0] == "RIS (*.ris)"
