"""File ▸ Import ▸ LaTeX Project… and PDF…: the other two ways a thesis reaches Silteme.

Both run in the window's worker (the reading and parsing can take a minute
for a long PDF) with the busy indicator shown, then announce the document
that changed; a problem with the file is shown as the one sentence the
domain wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox
from sqlalchemy.orm import Session

from app import ops
from app.i18n import fill

# The LaTeX and PDF readers (pdfminer, pypdf) load in the job's worker, when asked for.
if TYPE_CHECKING:
    from references.latex import LatexImportSummary
    from references.pdf import PdfImportSummary
    from app.host import WindowHost


def latex_job(path: Path) -> Callable[[Session], LatexImportSummary]:
    def job(session: Session) -> LatexImportSummary:
        from references.latex import import_latex

        return import_latex(session, path)

    return job


def pdf_job(path: Path) -> Callable[[Session], PdfImportSummary]:
    def job(session: Session) -> PdfImportSummary:
        from references.pdf import import_pdf

        return import_pdf(session, path)

    return job


class SourceImports(QObject):
    """The two entries of File ▸ Import, and what they start."""

    def __init__(self, window: WindowHost, import_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.menu = import_menu
        self.latex_action = self.menu.addAction(self.tr("&LaTeX Project…"))
        self.latex_action.triggered.connect(self.choose_latex)
        self.pdf_action = self.menu.addAction(self.tr("&PDF…"))
        self.pdf_action.triggered.connect(self.choose_pdf)

    def choose_latex(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a LaTeX thesis: choose its main file"), "",  # type: ignore[arg-type]
            self.tr("LaTeX files (*.tex);;All files (*)"),
        )
        if path:
            self.import_latex(Path(path))

    def choose_pdf(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a thesis or a reviewed copy from a PDF"), "",  # type: ignore[arg-type]
            self.tr("PDF files (*.pdf);;All files (*)"),
        )
        if path:
            self.import_pdf(Path(path))

    def import_latex(self, path: Path) -> None:
        self.window.busy.begin(fill(self.tr("Reading the LaTeX project %1…"), path.name))
        self.window.runner.start(latex_job(path), self._latex_done, self._failed)

    def import_pdf(self, path: Path) -> None:
        self.window.busy.begin(fill(self.tr("Reading %1 (a long PDF takes a minute)…"), path.name))
        self.window.runner.start(pdf_job(path), self._pdf_done, self._failed)

    def _latex_done(self, summary: LatexImportSummary) -> None:
        self.window.busy.end()
        markers = self.tr("%Ln marker(s)", "", summary.citations)
        references = self.tr("%Ln reference(s) from the .bib files", "", summary.references_added)
        if summary.revised:
            message = fill(self.tr("Revised %1 from its LaTeX project: %2, %3."), summary.title, markers, references)
        else:
            message = fill(self.tr("Imported %1 from LaTeX: %2, %3."), summary.title, markers, references)
        if summary.dangling:
            message += " " + fill(self.tr("Keys missing from the .bib files: %1."), ", ".join(summary.dangling))
        self.window.statusBar().showMessage(message, 12000)
        self.window.changed.emit(ops.Changes(summary.document_id, frozenset({"document", "references"})))

    def _pdf_done(self, summary: PdfImportSummary) -> None:
        self.window.busy.end()
        notes = self.tr("%Ln reviewer note(s) added", "", summary.notes.added)
        if summary.new_document:
            message = fill(self.tr("Imported %1 from %2 PDF pages; %3."), summary.title, summary.pages, notes)
        else:
            message = fill(self.tr("This PDF's text is already in the library; %1."), notes)
        self.window.statusBar().showMessage(message, 12000)
        self.window.changed.emit(ops.Changes(summary.document_id, frozenset({"document", "annotations"})))

    def _failed(self, message: str) -> None:
        self.window.busy.end()
        QMessageBox.warning(self.window, self.tr("Silteme"), message)  # type: ignore[arg-type]  # the host is the window
