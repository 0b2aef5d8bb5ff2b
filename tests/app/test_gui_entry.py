"""The entry point the command line calls, the busy dialog, and the worker jobs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QThread, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.gui import run_gui
from app.main_window import MainWindow
from app.progress import SHOW_AFTER_MS, BusyIndicator
from app.workers import JobRunner
from models.db import Library


def test_run_gui_shows_the_thesis_and_returns_when_closed(
    qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> None:
    # run_gui uses the default QSettings: point it at the test's folder.
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "settings"))
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "settings"))
    seen: dict[str, object] = {}

    def close_when_loaded() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].index is not None:
            window = windows[0]
            seen["title"] = window.windowTitle()
            seen["claims"] = window.claims_dock.model.rowCount()
            seen["font"] = QApplication.font().family()
            window.close()
        else:
            QTimer.singleShot(50, close_when_loaded)

    QTimer.singleShot(0, close_when_loaded)
    QTimer.singleShot(30_000, QApplication.quit)  # never hang the suite
    assert run_gui(sample_library, ["silteme"]) == 0
    with sample_library.engine.connect() as conn:
        title = conn.execute(text("SELECT title FROM documents")).scalar_one()
        claims = conn.execute(text("SELECT count(*) FROM claims")).scalar_one()
    assert seen["title"] == f"{title} — Silteme"
    assert seen["claims"] == claims
    assert seen["font"] == "DejaVu Sans"  # the set-up installs it; it has every Kazakh letter
    assert QCoreApplication.organizationName() == "Silteme"
    assert list((tmp_path / "settings").rglob("*.conf")) or list((tmp_path / "settings").rglob("*.ini"))


def test_busy_dialog_waits_half_a_second(qtbot: QtBot) -> None:
    parent = QMainWindow()
    qtbot.addWidget(parent)
    busy = BusyIndicator(parent)
    busy.begin("Quick work")
    busy.end()
    qtbot.wait(SHOW_AFTER_MS + 100)
    assert not busy.visible and not parent.findChildren(QProgressDialog)
    busy.begin("Slow work")
    qtbot.waitUntil(lambda: busy.visible, timeout=SHOW_AFTER_MS * 4)
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None and dialog.labelText() == "Slow work"
    busy.end()
    assert not busy.visible


def test_jobs_run_in_their_own_session_off_the_gui_thread(qtbot: QtBot, sample_library: Library) -> None:
    runner = JobRunner(sample_library)
    gui_thread = QCoreApplication.instance().thread()
    threads = []

    def job(session: Session) -> int:
        threads.append(QThread.currentThread())
        return session.execute(text("SELECT count(*) FROM blocks")).scalar_one()

    results: list[object] = []
    runner.start(job, results.append, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert isinstance(results[0], int) and results[0] > 0
    assert threads and threads[0] is not gui_thread

    def broken(session: Session) -> None:
        session.execute(text("SELECT * FROM no_such_table"))

    errors: list[str] = []
    runner.start(broken, lambda _: errors.append("finished?"), errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "no_such_table" in errors[0]
