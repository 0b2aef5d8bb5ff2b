"""A busy dialog that appears only when work takes longer than half a second.

Work that cannot be stopped (loading, opening a library) shows a window-modal
dialog without buttons. A long job that can be (``begin(label, progress)``
with a ``JobProgress``: an export, a revision, an import, a renumbering, a
merge) shows a small non-modal dialog with its progress bar and a Cancel
button, so the window stays usable while it runs; Cancel asks the job to
stop and the job's own transaction is rolled back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.workers import JobProgress

SHOW_AFTER_MS = 500


def cancelled_sentence() -> str:
    """What the status bar says after a Cancel."""
    return QCoreApplication.translate("BusyIndicator", "Cancelled; nothing was changed.")


class BusyIndicator(QObject):
    # A job that can be cancelled began (its JobProgress), before it runs: scripts and
    # tests may follow its steps from here.
    job_started = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._dialog: QProgressDialog | None = None
        self._label = ""
        self._progress: tuple[int, int] | None = None  # (done, total) when the work reports it
        self._job: JobProgress | None = None  # the running job that can be cancelled
        self._running = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)

    def begin(self, label: str, progress: JobProgress | None = None) -> None:
        """Work started; with ``progress``, its steps fill the bar and Cancel stops it."""
        self._running += 1
        self._label = label
        self._progress = None
        if progress is not None:
            self._job = progress
            progress.stepped.connect(self.set_progress)
            progress.destroyed.connect(self._job_gone)
            self.job_started.emit(progress)
        if self._dialog is not None and (progress is not None) != self._cancellable_shown:
            self._close_dialog()  # the other kind of dialog is wanted now
        if self._dialog is not None:
            self._dialog.setLabelText(label)
        elif not self._timer.isActive():
            self._timer.start(SHOW_AFTER_MS)

    def end(self, progress: JobProgress | None = None) -> None:
        if progress is not None and progress is self._job:
            self._job = None
        self._running = max(0, self._running - 1)
        if self._running:
            return
        self._job = None
        self._timer.stop()
        self._close_dialog()

    @property
    def visible(self) -> bool:
        return self._dialog is not None

    @property
    def dialog(self) -> QProgressDialog | None:
        """The dialog shown now (for tests and screenshots)."""
        return self._dialog

    @property
    def _cancellable_shown(self) -> bool:
        return self._dialog is not None and self._dialog.property("cancellable") is True

    def _show(self) -> None:
        if not self._running:
            return
        job = self._job
        dialog = QProgressDialog(self._label, "" if job is None else self.tr("Cancel"), 0, 0, self._parent)
        dialog.setObjectName("busy_dialog")
        dialog.setWindowTitle(self._parent.windowTitle())
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        if job is None:
            dialog.setCancelButton(None)  # database work is all or nothing: wait for it
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
        else:
            dialog.setProperty("cancellable", True)
            dialog.setWindowModality(Qt.WindowModality.NonModal)
            dialog.canceled.connect(lambda: self._cancel(job))
        dialog.setMinimumDuration(0)
        dialog.show()
        self._dialog = dialog
        if self._progress is not None:
            self.set_progress(*self._progress)

    def _cancel(self, job: JobProgress) -> None:
        job.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Cancelling…"))
            self._dialog.show()  # QProgressDialog hides itself on Cancel; it stays until the job stops

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            if self._cancellable_shown:
                self._dialog.canceled.disconnect()  # closing it is not a Cancel
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def _job_gone(self) -> None:
        self._job = None

    def set_progress(self, done: int, total: int) -> None:
        """Turn the busy dialog into a progress bar (work that counts its steps reports them)."""
        self._progress = (done, total)
        if self._dialog is not None and total > 0:
            self._dialog.setRange(0, total)
            self._dialog.setValue(min(done, total))
