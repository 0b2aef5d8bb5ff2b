"""Database work off the GUI thread.

A job is a plain function of a Session that returns plain data (dataclasses,
ids) and never touches Qt. It runs in Qt's global thread pool, in its OWN
session (one unit of work: committed on success, rolled back on error), and
its result comes back to the GUI thread through a queued signal.

A long job takes a ``JobProgress``: the domain reports its steps to it and
asks it, between steps, whether the person pressed Cancel; a cancelled job
raises ``references.system.progress.Cancelled``, its session is rolled back, and
``on_cancelled`` is called instead of ``on_error``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance
from shiboken6 import isValid
from sqlalchemy.orm import Session

from models.db import Library
from models.errors import LibraryError
from app.i18n import sentence
from references.system.progress import Cancelled

Job = Callable[[Session], Any]


class JobSignals(QObject):
    """Lives in the GUI thread, so its signals reach slots there (queued)."""

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class JobProgress(QObject):
    """A long job's progress and its Cancel (``references.system.progress.Progress``).

    Made in the GUI thread; the job calls ``step`` and ``cancelled`` from its
    worker thread, and ``stepped`` reaches the GUI thread queued. ``cancel``
    may be called from any thread.
    """

    stepped = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def step(self, done: int, total: int) -> None:
        self.stepped.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _JobRunnable(QRunnable):
    def __init__(self, library: Library | None, job: Callable[..., Any], signals: JobSignals) -> None:
        super().__init__()
        self._library = library
        self._job = job
        self._signals = signals

    def run(self) -> None:
        try:
            if self._library is None:
                result = self._job()
            else:
                with self._library.session() as session:
                    result = self._job(session)
        except Cancelled:  # the session was rolled back; nothing of the job is kept
            self._report(self._signals.cancelled)
        except LibraryError as exc:
            self._report(self._signals.failed, sentence(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the user, never lost in a thread
            self._report(self._signals.failed, f"{type(exc).__name__}: {exc}")
        else:
            self._report(self._signals.finished, result)

    def _report(self, signal: SignalInstance, *values: object) -> None:
        """Tell the GUI thread, unless the window that asked has closed meanwhile.

        The job's own transaction is already committed or rolled back; a
        window closed (and its runner deleted with it) has nobody left to
        tell, and emitting from a deleted object would raise in this thread.
        """
        if not isValid(self._signals):
            return
        try:
            signal.emit(*values)
        except RuntimeError:  # deleted between the check and the emit
            pass


class JobRunner(QObject):
    """Starts jobs and keeps their signal objects alive until they report.

    ``library`` is the library, or a way to get the one open now (the window
    can open another): a job always runs against the library of its start.
    """

    def __init__(self, library: Library | Callable[[], Library], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library: Callable[[], Library] = (lambda: library) if isinstance(library, Library) else library
        self._running: set[JobSignals] = set()
        self._pool = QThreadPool.globalInstance()

    def start(
        self,
        job: Job,
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
        on_cancelled: Callable[[], None] | None = None,
    ) -> JobSignals:
        """Run ``job(session)`` in a session of its own.

        A job that stops on a Cancel calls ``on_cancelled`` (by default
        ``on_error`` with the domain's sentence).
        """
        return self._start(self.library, job, on_done, on_error, on_cancelled)

    @property
    def library(self) -> Library:
        return self._library()

    def start_call(
        self, call: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[str], None]
    ) -> JobSignals:
        """Run ``call()`` without a session (e.g. opening another library)."""
        return self._start(None, call, on_done, on_error)

    def _start(
        self,
        library: Library | None,
        job: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
        on_cancelled: Callable[[], None] | None = None,
    ) -> JobSignals:
        signals = JobSignals(self)
        self._running.add(signals)

        def finished(result: object) -> None:
            self._running.discard(signals)
            on_done(result)

        def failed(message: str) -> None:
            self._running.discard(signals)
            on_error(message)

        def cancelled() -> None:
            self._running.discard(signals)
            if on_cancelled is not None:
                on_cancelled()
            else:
                on_error(sentence(Cancelled()))

        signals.finished.connect(finished)
        signals.failed.connect(failed)
        signals.cancelled.connect(cancelled)
        self._pool.start(_JobRunnable(library, job, signals))
        return signals

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (for closing the window and for tests)."""
        return self._pool.waitForDone(msecs)
