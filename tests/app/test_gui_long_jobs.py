"""Long jobs in the window: off the GUI thread, with progress, and a Cancel that keeps nothing.

Each job (export to Word, a revised text, a BibTeX import, renumbering,
merging) runs from the window on the bundled thesis. The test cancels it
half-way (deterministically: from the job's own progress report, once it
reports half its steps done, so the domain has written rows by then) and
checks that every row of the library file is as it was and that no output
file appeared; then it runs the same job to its end.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from app.main_window import MainWindow
from app.progress import SHOW_AFTER_MS, BusyIndicator
from app.workers import JobProgress
from models.db import Library
from references.library.sample import SAMPLE_TEXT
from references.review.annotations import create_annotation
from references.thesis.text_map import document_text
from tests.app.authoring.test_gui_authoring_support import authoring, ready_window, reloaded, sql
from tests.app.test_gui_support import close_window
from tests.conftest import SHARED_BIB
from tests.library_snapshot import digests

TIMEOUT_MS = 60_000
CANCELLED = "Cancelled; nothing was changed."


@pytest.fixture
def window(qtbot: QtBot, sample_library: Library, tmp_path: Path) -> Iterator[MainWindow]:
    with sample_library.session() as session:  # a few annotations, so the jobs carry them too
        text = document_text(session, 1)
        for i, start in enumerate(range(1_000, 200_000, 40_000)):
            create_annotation(session, 1, start, start + 60, comment=f"note {i}", author="Рецензент", text=text)
    main = ready_window(qtbot, sample_library, tmp_path)
    yield main
    close_window(main)


class HalfWay:
    """Cancels the next cancellable job of the window once it reports half its steps done.

    The report is followed in the job's own thread (a direct connection), so
    the cancel lands at that step whatever the GUI thread is doing.
    """

    def __init__(self, window: MainWindow) -> None:
        self.steps: list[tuple[int, int]] = []
        self.threads: set[QThread] = set()
        self.job: JobProgress | None = None
        window.busy.job_started.connect(self._started)

    def _started(self, progress: JobProgress) -> None:
        if self.job is None:
            self.job = progress
            progress.stepped.connect(lambda done, total: self._step(progress, done, total),
                                     Qt.ConnectionType.DirectConnection)

    def _step(self, progress: JobProgress, done: int, total: int) -> None:
        self.steps.append((done, total))
        self.threads.add(QThread.currentThread())
        if 0 < done and 2 * done >= total:
            progress.cancel()

    def check(self) -> None:
        assert self.job is not None, "the job did not take a JobProgress"
        assert self.job.cancelled()
        done, total = self.steps[-1]
        assert 0 < done < total or done == total  # it stopped at the step where it was cancelled
        assert QCoreApplication.instance().thread() not in self.threads  # the work ran off the GUI thread


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


# --- export to Word ---------------------------------------------------------------------------


def test_export_to_word_cancelled_leaves_no_file_and_the_old_one_as_it_was(
    window: MainWindow, sample_library: Library, sample_path: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    files = window.annotations.files
    before = digests(sample_path)
    fresh = tmp_path / "out" / "thesis.docx"
    fresh.parent.mkdir()
    cancel = HalfWay(window)
    with qtbot.waitSignal(files.finished, timeout=TIMEOUT_MS) as done:
        files.export_docx(fresh)
    assert done.args == [None]
    cancel.check()
    assert list(fresh.parent.iterdir()) == []  # no file, and no half-written temporary one
    assert status(window) == CANCELLED

    # A file that is there keeps its content when the export over it is cancelled.
    old = tmp_path / "old.docx"
    old.write_bytes(b"the old content")
    cancel = HalfWay(window)
    with qtbot.waitSignal(files.finished, timeout=TIMEOUT_MS):
        files.export_docx(old)
    cancel.check()
    assert old.read_bytes() == b"the old content"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".docx" or "docx" in p.name) == ["old.docx"]
    assert digests(sample_path) == before

    with qtbot.waitSignal(files.finished, timeout=TIMEOUT_MS) as done:
        files.export_docx(fresh)
    assert done.args[0].comments == 5
    assert fresh.read_bytes()[:2] == b"PK"


# --- a revised text -------------------------------------------------------------------------


def test_a_cancelled_revision_leaves_every_row_as_it_was(
    window: MainWindow, sample_library: Library, sample_path: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    files = window.annotations.files
    source = SAMPLE_TEXT.read_text(encoding="utf-8")
    sentence = "Қазақстан"
    assert sentence in source
    revised = tmp_path / "revised.txt"
    revised.write_text(source.replace(sentence, "Қазақстан Республикасы", 3), encoding="utf-8")
    before = digests(sample_path)
    text_before = sql(sample_library, "SELECT group_concat(text, '') FROM (SELECT text FROM blocks ORDER BY position)")
    cancel = HalfWay(window)
    with qtbot.waitSignal(files.finished, timeout=TIMEOUT_MS) as done:
        files.import_revised_text(revised)
    assert done.args == [None]
    cancel.check()
    assert digests(sample_path) == before
    assert status(window) == CANCELLED

    with reloaded(qtbot, window), qtbot.waitSignal(files.finished, timeout=TIMEOUT_MS) as done:
        files.import_revised_text(revised)
    report = done.args[0].report
    assert report.exact + report.fuzzy + report.orphaned == 5
    after = sql(sample_library, "SELECT group_concat(text, '') FROM (SELECT text FROM blocks ORDER BY position)")
    assert after != text_before and "Қазақстан Республикасы" in after[0][0]


# --- a BibTeX import ------------------------------------------------------------------------


def test_a_cancelled_bibtex_import_writes_nothing(
    window: MainWindow, sample_library: Library, sample_path: Path, qtbot: QtBot
) -> None:
    controller = window.reference_library
    before = digests(sample_path)
    for finish in ("cancel", "complete"):
        with qtbot.waitSignal(controller.import_planned, timeout=TIMEOUT_MS) as shown:
            controller.import_bib_file(SHARED_BIB / "biblatex-examples.bib")
        dialog = shown.args[0]
        if finish == "cancel":
            cancel = HalfWay(window)
            with qtbot.waitSignal(controller.import_cancelled, timeout=TIMEOUT_MS):
                dialog.import_button.click()
            cancel.check()
            assert digests(sample_path) == before
            assert window.undo_stack.count() == 0
            assert status(window) == CANCELLED
        else:
            with qtbot.waitSignal(controller.import_done, timeout=TIMEOUT_MS):
                dialog.import_button.click()
    # SOURCES.md: 92 entries, none of them already in the thesis's bibliography.
    assert sql(sample_library, "SELECT count(*) FROM bib_sources WHERE name = 'biblatex-examples.bib'") == [(1,)]
    assert window.undo_stack.count() == 1


# --- renumbering and merging ----------------------------------------------------------------


def test_a_cancelled_renumbering_keeps_every_number_and_marker(
    window: MainWindow, sample_library: Library, sample_path: Path, qtbot: QtBot
) -> None:
    controller = authoring(window)
    before = digests(sample_path)
    numbers = sql(sample_library, 'SELECT id, number FROM "references" ORDER BY id')
    for finish in ("cancel", "complete"):
        controller.renumber_action.trigger()
        dialog = controller.bulk.renumber_dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=TIMEOUT_MS)
        if finish == "cancel":
            cancel = HalfWay(window)
            with qtbot.waitSignal(controller.step_over, timeout=TIMEOUT_MS):
                qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
            cancel.check()
            assert cancel.steps[-1][1] > 100  # one step a marker: it stopped among them
            assert digests(sample_path) == before
            assert window.undo_stack.count() == 0 and status(window) == CANCELLED
        else:
            with reloaded(qtbot, window), qtbot.waitSignal(controller.step_over, timeout=TIMEOUT_MS):
                qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert sql(sample_library, 'SELECT id, number FROM "references" ORDER BY id') != numbers
    assert window.undo_stack.count() == 1


def test_a_cancelled_merge_keeps_both_entries(
    window: MainWindow, sample_library: Library, sample_path: Path, qtbot: QtBot
) -> None:
    controller = authoring(window)
    numbers = dict(sql(sample_library, 'SELECT number, id FROM "references" WHERE number IS NOT NULL'))
    keep_id, drop_id = numbers[9], numbers[158]  # resources/DATA.md: one sentence cited as both
    before = digests(sample_path)
    for finish in ("cancel", "complete"):
        controller.duplicates_action.trigger()
        dialog = controller.bulk.duplicates_dialog
        assert dialog is not None
        dialog.keep_combo.setCurrentIndex(dialog.keep_combo.findData(keep_id))
        dialog.drop_combo.setCurrentIndex(dialog.drop_combo.findData(drop_id))
        qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=TIMEOUT_MS)
        dialog.renumber_box.setChecked(True)
        if finish == "cancel":
            cancel = HalfWay(window)
            with qtbot.waitSignal(controller.step_over, timeout=TIMEOUT_MS):
                qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
            cancel.check()
            assert digests(sample_path) == before
            assert window.undo_stack.count() == 0 and status(window) == CANCELLED
        else:
            with reloaded(qtbot, window), qtbot.waitSignal(controller.step_over, timeout=TIMEOUT_MS):
                qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert not sql(sample_library, 'SELECT id FROM "references" WHERE id = :d', d=drop_id)
    assert window.undo_stack.count() == 1


# --- the progress dialog ------------------------------------------------------------------


def test_a_long_job_shows_a_non_modal_progress_with_a_cancel_button(qtbot: QtBot) -> None:
    parent = QMainWindow()
    qtbot.addWidget(parent)
    busy = BusyIndicator(parent)
    progress = JobProgress(parent)
    busy.begin("Writing the Word document…", progress)
    qtbot.waitUntil(lambda: busy.visible, timeout=SHOW_AFTER_MS * 4)
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None and dialog.windowModality() == Qt.WindowModality.NonModal
    progress.step(3, 12)  # from the GUI thread here; a worker's arrives queued
    qtbot.waitUntil(lambda: dialog.value() == 3 and dialog.maximum() == 12)
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert progress.cancelled()
    assert busy.visible and dialog.labelText() == "Cancelling…"  # until the job stops
    busy.end(progress)
    assert not busy.visible

    # Work that cannot be stopped keeps the modal dialog without a button.
    busy.begin("Loading the document…")
    qtbot.waitUntil(lambda: busy.visible, timeout=SHOW_AFTER_MS * 4)
    dialog = busy.dialog
    assert dialog is not None and dialog.windowModality() == Qt.WindowModality.WindowModal
    assert not [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    busy.end()
