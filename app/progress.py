"""A busy dialog that appears only when work takes longer than half a second."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 500


class BusyIndicator(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._dialog: QProgressDialog | None = None
        self._label = ""
        self._progress: tuple[int, int] | None = None  # (done, total) when the work reports it
        self._running = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)

    def begin(self, label: str) -> None:
        self._running += 1
        self._label = label
        self._progress = None
        if self._dialog is not None:
            self._dialog.setLabelText(label)
        elif not self._timer.isActive():
            self._timer.start(SHOW_AFTER_MS)

    def end(self) -> None:
        self._running = max(0, self._running - 1)
        if self._running:
            return
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    @property
    def visible(self) -> bool:
        return self._dialog is not None

    def _show(self) -> None:
        if not self._running:
            return
        dialog = QProgressDialog(self._label, "", 0, 0, self._parent)
        dialog.setWindowTitle(self._parent.windowTitle())
        dialog.setCancelButton(None)  # database work is all or nothing: wait for it
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        self._dialog = dialog
        if self._progress is not None:
            self.set_progress(*self._progress)

    def set_progress(self, done: int, total: int) -> None:
        """Turn the busy dialog into a progress bar (work that counts its steps reports them)."""
        self._progress = (done, total)
        if self._dialog is not None and total > 0:
            self._dialog.setRange(0, total)
            self._dialog.setValue(min(done, total))
