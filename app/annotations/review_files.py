"""The File menu's review files: a revised text, W3C annotations, Word, a report.

Each runs in a worker (``window.runner``) with the busy indicator; the
``choose_*`` slots ask for a file, and the methods they call take a path,
so tests and scripts skip the dialogs. Importing annotations is one undo
command. Importing a revised text rebuilds the document, which no command
can take back exactly; the library is backed up first and the undo history,
whose steps name places in the old text, is cleared.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox
from app.file_dialogs import open_file_name, save_file_name
from sqlalchemy.orm import Session

from app import ops
from app.annotations.steps import import_text
from app.i18n.catalog import fill
from app.progress import cancelled_sentence
from app.workers import JobProgress
from references.system.progress import Progress

# The domain's Word, revision, report and W3C modules load when a job runs
# (in its worker), never for the window's first paint.
if TYPE_CHECKING:
    from app.host import WindowHost
    from references.review.annotation_files import AnnotationImportReport
    from references.review.annotation_queries import AnnotationsAdded
    from references.storage.undoable import Undoable
    from references.review.revision import RevisionReport
    from references.review.word_export import DocxReport
    from references.word.review import ReviewImportReport


class FilesHost(Protocol):
    """What the file actions need of the annotations controller (which implements it)."""

    window: WindowHost

    def document_id(self) -> int | None: ...

    def push(self, text: str, made: Undoable) -> None: ...


@dataclass(frozen=True)
class RevisionDone:
    report: RevisionReport
    backup: Path | None


@dataclass(frozen=True)
class AnnotationsImported:
    report: AnnotationImportReport
    added: AnnotationsAdded  # the undoable step (no uris: nothing was added)


def revise_job(document_id: int, path: Path, progress: Progress | None = None) -> Callable[[Session], RevisionDone]:
    def job(session: Session) -> RevisionDone:
        from references.review.revision import revise_document
        from references.storage.backups import Reason, library_file, list_backups
        from references.thesis.text_file import read_text_file

        text = read_text_file(path)
        library = library_file(session)
        before = {b.path for b in list_backups(library)} if library is not None else set()
        report = revise_document(session, document_id, text, progress)  # backs the library up first
        made = [
            b.path
            for b in (list_backups(library) if library is not None else [])
            if b.reason == Reason.REVISION_IMPORT and b.path not in before
        ]
        return RevisionDone(report, made[0] if made else None)

    return job


def export_w3c_job(document_id: int, path: Path) -> Callable[[Session], int]:
    def job(session: Session) -> int:
        from references.review.annotation_files import export_annotations
        from references.storage.safe_write import write_text_atomically

        data = export_annotations(session, document_id)
        write_text_atomically(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return int(data["total"])  # type: ignore[call-overload]  # an int in the collection

    return job


def import_w3c_job(document_id: int, path: Path) -> Callable[[Session], AnnotationsImported]:
    def job(session: Session) -> AnnotationsImported:
        from references.review.annotation_files import import_annotations, read_annotation_file
        from references.review.annotation_queries import annotations_added

        records = read_annotation_file(path)
        report = import_annotations(session, records, str(document_id))
        skipped = set(report.skipped)
        uris = tuple(dict.fromkeys(r.id for r in records if r.id not in skipped))
        return AnnotationsImported(report, annotations_added(session, uris))

    return job


def docx_job(document_id: int, path: Path, progress: Progress | None = None) -> Callable[[Session], DocxReport]:
    def job(session: Session) -> DocxReport:
        from references.word.writeback import export_word_document

        return export_word_document(session, document_id, path, progress=progress)

    return job


def review_docx_job(document_id: int, path: Path) -> Callable[[Session], ReviewImportReport]:
    def job(session: Session) -> ReviewImportReport:
        from references.word.review import import_review

        return import_review(session, path, document_id)

    return job


def report_job(document_id: int, path: Path) -> Callable[[Session], Path]:
    html = path.suffix.lower() in (".html", ".htm")

    def job(session: Session) -> Path:
        from references.review.report import review_html, review_markdown
        from references.storage.safe_write import write_text_atomically

        text = review_html(session, document_id) if html else review_markdown(session, document_id)
        write_text_atomically(path, text)
        return path

    return job


class ReviewFiles(QObject):
    finished = Signal(object)  # the plain result of the last file job (for tests and scripts)

    def __init__(self, controller: FilesHost) -> None:
        super().__init__(controller)
        self.controller = controller
        self.window = controller.window
        self.last_message: QMessageBox | None = None

    # --- asking for files -----------------------------------------------------------

    def choose_revised_text(self) -> None:
        path, _ = open_file_name(
            self.window, self.window.settings, self.tr("Import a revised text"), self.tr("Text files (*.txt);;All files (*)")
        )
        if path:
            self.import_revised_text(Path(path))

    def choose_w3c_export(self) -> None:
        path, _ = save_file_name(
            self.window, self.window.settings, self.tr("Export annotations"), "annotations.jsonld",
            self.tr("W3C Web Annotations (*.jsonld *.json)"),
        )
        if path:
            self.export_w3c(Path(path))

    def choose_w3c_import(self) -> None:
        path, _ = open_file_name(
            self.window, self.window.settings, self.tr("Import annotations"), self.tr("W3C Web Annotations (*.jsonld *.json);;All files (*)")
        )
        if path:
            self.import_w3c(Path(path))

    def choose_docx_export(self) -> None:
        path, _ = save_file_name(
            self.window, self.window.settings, self.tr("Export to Word"), "thesis-with-comments.docx", self.tr("Word documents (*.docx)")
        )
        if path:
            self.export_docx(Path(path))

    def choose_reviewed_docx(self) -> None:
        path, _ = open_file_name(
            self.window, self.window.settings, self.tr("Import a reviewed Word file"), self.tr("Word documents (*.docx);;All files (*)")
        )
        if path:
            self.import_reviewed_docx(Path(path))

    def import_reviewed_docx(self, path: Path) -> None:
        document_id = self.controller.document_id()
        if document_id is None:
            return
        self._start(self.tr("Merging the reviewed Word file…"), review_docx_job(document_id, path), self._reviewed_docx)

    def _reviewed_docx(self, report: ReviewImportReport) -> None:
        self.window.changed.emit(ops.Changes(report.document_id, frozenset({"annotations"})))
        lines = [
            fill(
                self.tr("New comments: %1 (%2 could not be anchored on this version of the text and are listed under Orphaned)."),
                report.new_comments, report.unanchored,
            ),
            fill(self.tr("New replies: %1. Resolved: %2. Reopened: %3. Already known: %4."),
                 report.new_replies, report.resolved, report.reopened, report.known),
        ]
        if report.text_edits:
            lines.append(self.tr("The reviewer also changed the text. These edits were not applied; make those you agree with yourself:"))
            lines.append("\n".join(report.text_edits))
        self._message(QMessageBox.Icon.Information, self.tr("Reviewed Word file merged"), "\n\n".join(lines))

    def choose_review_report(self) -> None:
        markdown, web = self.tr("Markdown (*.md)"), self.tr("Web page (*.html)")
        path, chosen = save_file_name(
            self.window, self.window.settings, self.tr("Save a review report"), "review-report.md", f"{markdown};;{web}"
        )
        if path:
            target = Path(path)
            if chosen == web and target.suffix.lower() not in (".html", ".htm"):
                target = target.with_suffix(".html")
            self.write_review_report(target)

    # --- doing it ------------------------------------------------------------------

    def import_revised_text(self, path: Path) -> None:
        document_id = self.controller.document_id()
        if document_id is None:
            return
        progress = JobProgress(self)
        self._start(
            self.tr("Importing the revised text…"), revise_job(document_id, path, progress), self._revised, progress
        )

    def export_w3c(self, path: Path) -> None:
        document_id = self.controller.document_id()
        if document_id is None:
            return
        self._start(
            self.tr("Exporting annotations…"),
            export_w3c_job(document_id, path),
            lambda total: self._status(
                fill(self.tr("Wrote %Ln annotation(s) and replies to %1.", "", total), path.name)
            ),
        )

    def import_w3c(self, path: Path) -> None:
        document_id = self.controller.document_id()
        if document_id is None:
            return
        self._start(
            self.tr("Importing annotations…"), import_w3c_job(document_id, path), lambda done: self._imported(done, path)
        )

    def export_docx(self, path: Path) -> None:
        document_id = self.controller.document_id()
        if document_id is None:
            return

        def done(report: DocxReport) -> None:
            self._status(
                fill(self.tr("Wrote %1 with %2 comments (%3 on orphaned annotations)."), path.name, report.comments, report.orphaned)
            )

        progress = JobProgress(self)
        self._start(self.tr("Writing the Word document…"), docx_job(document_id, path, progress), done, progress)

    def write_review_report(self, path: Path) -> None:
        document_id = self.controller.document_id()
        if document_id is None:
            return
        self._start(
            self.tr("Writing the review report…"),
            report_job(document_id, path),
            lambda written: self._status(fill(self.tr("Wrote the review report to %1."), written.name)),
        )

    # --- results ------------------------------------------------------------------

    def _start(
        self, label: str, job: Callable[[Session], object], on_done: Callable[[object], None],
        progress: JobProgress | None = None,
    ) -> None:
        """Run a file job; with ``progress`` it shows its steps and can be cancelled."""
        self.window.busy.begin(label, progress)

        def over() -> None:
            self.window.busy.end(progress)
            if progress is not None:
                progress.deleteLater()

        def done(result: object) -> None:
            over()
            on_done(result)
            self.finished.emit(result)

        def failed(message: str) -> None:
            over()
            self._report_failure(message)

        def cancelled() -> None:
            over()
            self._status(cancelled_sentence())
            self.finished.emit(None)

        self.window.runner.start(job, done, failed, cancelled)

    def _report_failure(self, message: str) -> None:
        self._message(QMessageBox.Icon.Warning, self.tr("Silteme"), message)
        self.finished.emit(None)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10_000)

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        if self.last_message is not None:
            self.last_message.deleteLater()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("review_message")
        self.last_message = box
        box.open()  # window-modal, no nested event loop

    def _revised(self, done: RevisionDone) -> None:
        report = done.report
        # Every step in the undo history names places in the old text.
        self.window.undo_stack.clear()
        self.window.changed.emit(ops.Changes(report.document_id, frozenset({"document", "annotations"})))
        lines = [
            fill(self.tr("The revised text is in place: %1 paragraphs, %2 claims, %3 markers."), report.blocks, report.claims, report.citations),
            fill(self.tr("Annotations: %1 placed exactly, %2 placed fuzzily (worth a look), %3 orphaned."), report.exact, report.fuzzy, report.orphaned),
        ]
        if report.orphaned:
            lines.append(
                self.tr("The text of the orphaned ones is gone; they are listed under Orphaned in the Annotations "
                        "dock, where you can re-attach each to a new place.")
            )
        if done.backup is not None:
            lines.append(fill(self.tr("The library as it was is saved in %1."), done.backup))
        lines.append(self.tr("Undo cannot take a revision back, so the undo history was cleared."))
        self._message(QMessageBox.Icon.Information, self.tr("Revised text imported"), "\n\n".join(lines))

    def _imported(self, done: AnnotationsImported, path: Path) -> None:
        report = done.report
        if done.added.uris:
            self.controller.push(import_text(path.name), done.added)
        text = (
            fill(self.tr("Imported %1 annotations: %2 placed exactly, %3 fuzzily, %4 orphaned."), report.added, report.exact, report.fuzzy, report.orphaned)
        )
        if report.skipped:
            text += " " + fill(self.tr("%1 were already in the library and were kept as they are."), len(report.skipped))
        if report.clashes:  # the domain's sentences, one per item not imported for its id
            text += " " + " ".join(report.clashes)
        self._status(text)
