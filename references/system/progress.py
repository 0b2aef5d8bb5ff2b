"""Long jobs report how far they are, and stop when asked (no Qt here).

A long domain operation (an export to Word, a revision, an import of a
.bib file, a renumbering, a merge) takes an optional ``Progress``: it calls
``step(done, total)`` as it goes and, between steps, asks ``cancelled()``.
When the answer is yes it raises ``Cancelled`` before writing anything it
cannot take back: the caller's transaction is rolled back and an output
file is never written, so the library (and the file's old content) stay as
they were. The window passes an object that carries the steps to its
progress bar and its Cancel button; the command line passes nothing.
"""

from __future__ import annotations

from typing import Protocol

from models.errors import LibraryError
from models.messages import Messages

SystemErrors = Messages("SystemErrors")


class Progress(Protocol):
    def step(self, done: int, total: int) -> None:
        """``done`` of ``total`` steps are done (called from the job's thread)."""

    def cancelled(self) -> bool:
        """Whether the person asked the job to stop."""


class Cancelled(LibraryError):
    """The job was cancelled; nothing of it was kept."""

    def __init__(self) -> None:
        super().__init__(SystemErrors.tr("Cancelled; nothing was changed."))


class Steps:
    """A job's ``total`` steps, reported to ``progress`` and checked for a cancel.

    ``advance()`` after each unit of work; ``check()`` before a step that
    cannot be taken back (the write of a file). With ``progress`` None both
    cost a comparison. ``every`` reports only each n-th unit (a job of 30,000
    small units need not tell the window 30,000 times).
    """

    __slots__ = ("_progress", "done", "total", "_every", "_next")

    def __init__(self, progress: Progress | None, total: int, every: int = 1) -> None:
        self._progress = progress
        self.done = 0
        self.total = max(total, 1)
        self._every = max(every, 1)
        self._next = 0
        if progress is not None:
            self._report()

    def advance(self, units: int = 1) -> None:
        self.done = min(self.done + units, self.total)
        if self._progress is not None and (self.done >= self._next or self.done == self.total):
            self._report()

    def check(self) -> None:
        if self._progress is not None and self._progress.cancelled():
            raise Cancelled()

    def _report(self) -> None:
        assert self._progress is not None
        self._progress.step(self.done, self.total)
        self._next = self.done + self._every
        self.check()


__all__ = ["Cancelled", "Progress", "Steps"]
