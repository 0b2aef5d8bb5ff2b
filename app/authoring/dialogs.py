"""Opening dialogs and messages without blocking the window (and the tests driving it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


def open_dialog(dialog: QDialog, on_accept: Callable[[], None], on_closed: Callable[[], None]) -> None:
    """Show a window-modal dialog; act once if it is accepted; delete it once closed."""
    acted = False

    def accepted() -> None:
        nonlocal acted
        if not acted:  # a closed dialog can still be accepted (a second click): act once
            acted = True
            on_accept()

    def finished(_result: int) -> None:
        on_closed()
        dialog.deleteLater()

    dialog.accepted.connect(accepted)
    dialog.finished.connect(finished)
    dialog.open()


def warning(parent: QWidget, title: str, message: str, on_closed: Callable[[], None]) -> QMessageBox:
    """A window-modal warning that does not block; deleted once closed."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("authoring_message")

    def finished(_result: int) -> None:
        on_closed()
        box.deleteLater()

    box.finished.connect(finished)
    box.open()
    return box
