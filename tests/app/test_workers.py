"""A job that ends after the window that started it has closed reports to nobody, without an error."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool
from pytestqt.qtbot import QtBot
from shiboken6 import delete, isValid

from app.workers import JobRunner
from models.db import open_library


def test_a_job_outliving_its_runner_reports_nothing_and_raises_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    library = open_library(tmp_path / "lib.sqlite")
    try:
        window = QObject()  # what a main window is to its runner: the parent that owns it
        runner = JobRunner(library, window)
        started, release = threading.Event(), threading.Event()
        done: list[object] = []
        errors: list[str] = []

        def job(_session: object) -> int:
            started.set()
            release.wait(10)
            return 1

        runner.start(job, done.append, errors.append)
        assert started.wait(10)
        delete(window)  # the window closes while the job still runs: its runner and signals go with it
        assert not isValid(runner)
        release.set()
        assert QThreadPool.globalInstance().waitForDone(10_000)
        qtbot.wait(50)  # any queued report would arrive now
        assert done == [] and errors == []
    finally:
        library.close()


def test_a_job_reports_to_a_live_runner(qtbot: QtBot, tmp_path: Path) -> None:
    library = open_library(tmp_path / "lib.sqlite")
    try:
        runner = JobRunner(library)
        done: list[object] = []
        runner.start(lambda _session: 42, done.append, lambda message: done.append(message))
        qtbot.waitUntil(lambda: done == [42])
        delete(runner)
    finally:
        library.close()
