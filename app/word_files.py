"""File ▸ Import ▸ Word Document: a .docx (or .odt) thesis imported off the GUI thread.

The import runs in the window's job runner; it reports its progress through
a relay object that lives in the GUI thread (the worker only emits its
signal), and the busy dialog turns into a progress bar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox
from app.file_dialogs import open_file_name
from sqlalchemy.orm import Session

from app import ops
from app.i18n.catalog import fill

# The Word reader loads in the job's worker, when a file is imported.
if TYPE_CHECKING:
    from references.word.importer import DocxImportSummary
    from app.host import WindowHost

WORD_SUFFIXES = (".docx", ".odt")


class ProgressRelay(QObject):
    """Carries a worker's (done, total) to the GUI thread (queued)."""

    progress = Signal(int, int)


def import_docx_job(path: Path, relay: ProgressRelay) -> Callable[[Session], DocxImportSummary]:
    def job(session: Session) -> DocxImportSummary:
        from references.word.importer import import_docx

        return import_docx(session, path, None, lambda done, total: relay.progress.emit(done, total))

    return job


class WordImport(QObject):
    finished = Signal(object)  # the summary, or None after a failure (for tests and scripts)

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.window = window
        self.relay = ProgressRelay(self)
        self.relay.progress.connect(window.busy.set_progress)
        self.last_message: QMessageBox | None = None

    def choose(self) -> None:
        path, _ = open_file_name(
            self.window,
            self.window.settings,
            self.tr("Import a thesis from Word"),
            self.tr("Word documents (*.docx);;OpenDocument text (*.odt);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        self.window.busy.begin(fill(self.tr("Importing %1…"), path.name))
        self.window.runner.start(import_docx_job(path, self.relay), self._imported, self._failed)

    def _imported(self, summary: DocxImportSummary) -> None:
        self.window.busy.end()
        self.window.changed.emit(ops.Changes(summary.document_id, frozenset({"document", "references", "annotations"})))
        lines = [
            fill(
                self.tr("%1 is in the library: %2 sections, %3 paragraphs and tables, %4 markers in %5 claims."),
                summary.title, summary.sections, summary.blocks, summary.citations, summary.claims,
            ),
            fill(
                self.tr("Its reference list gave %1 references (%2 read into fields); each keeps its text as written and is marked incomplete until you check it."),
                summary.references, summary.references_parsed,
            ),
            fill(self.tr("Word comments: %1 threads with %2 replies."), summary.comments, summary.replies),
        ]
        lines.extend(summary.warnings)
        self._message(QMessageBox.Icon.Information, self.tr("Word document imported"), "\n\n".join(lines))
        self.finished.emit(summary)

    def _failed(self, message: str) -> None:
        self.window.busy.end()
        self._message(QMessageBox.Icon.Warning, self.tr("Silteme"), message)
        self.finished.emit(None)

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        if self.last_message is not None:
            self.last_message.deleteLater()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("word_import_message")
        self.last_message = box
        box.open()
