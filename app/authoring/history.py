"""Author edits on the window's undo stack.

An ``AppliedCommand`` is pushed after its edit was made (so a refused edit
never reaches the history). It keeps the domain's frozen result as its
state; undo and redo both call ``flip(session, state)``, which applies the
inverse and returns the result that flips it back (``app.authoring.jobs``).
Small edits flip on the GUI thread in one ``library.session()``;
renumberings and merges flip in a worker, while ``HistoryLock`` keeps the
user from undoing anything else until the worker reports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from models.db import Library
from models.errors import LibraryError
from app.i18n import Translations, sentence

S = TypeVar("S")


UndoHistory = Translations("UndoHistory")


@dataclass(frozen=True, slots=True)
class Focus:
    """Where to bring the reader once the view is reloaded: a span of a block
    (``start == end``: the block itself)."""

    block_id: int
    start: int = 0
    end: int = 0


class CommandHost(Protocol):
    """What a command needs of the controller that made it."""

    @property
    def library(self) -> Library: ...

    def flip_in_worker(self, command: AppliedCommand[S]) -> None: ...

    def command_flipped(self, document_id: int | None, focus: Focus | None) -> None: ...

    def command_failed(self, title: str, message: str) -> None: ...


class AppliedCommand(QUndoCommand, Generic[S]):
    def __init__(
        self,
        host: CommandHost,
        text: str,
        state: S,
        flip: Callable[[Session, S], S],
        *,
        document_id: Callable[[S], int | None],
        focus: Callable[[S], Focus | None] = lambda _state: None,
        in_worker: bool = False,
    ) -> None:
        super().__init__(text)
        self.host = host
        self.library = host.library  # a command belongs to the library it changed
        self.state = state
        self.flip = flip
        self.document_id = document_id
        self.focus = focus
        self.in_worker = in_worker
        self._already_applied = True  # push() calls redo() for an edit that is made

    def redo(self) -> None:
        if self._already_applied:
            self._already_applied = False
            return
        self._flip()

    def undo(self) -> None:
        self._flip()

    def _flip(self) -> None:
        if self.library is not self.host.library:
            self.setObsolete(True)
            self.host.command_failed(self.text(), UndoHistory.tr("This step was made in another library."))
            return
        if self.in_worker:
            self.host.flip_in_worker(self)
            return
        try:
            with self.library.session() as session:
                self.state = self.flip(session, self.state)
        except LibraryError as exc:
            # Rolled back: the library is as it was, and the step leaves the history.
            self.setObsolete(True)
            self.host.command_failed(self.text(), sentence(exc))
            return
        self.host.command_flipped(self.document_id(self.state), self.focus(self.state))

    def flipped_in_worker(self, state: S) -> None:
        self.state = state
        self.host.command_flipped(self.document_id(state), self.focus(state))


class HistoryLock:
    """Keeps undo, redo and the history view disabled while a step runs in a worker.

    The stack re-enables its undo and redo actions whenever its index moves;
    the lock listens after it and disables them again.
    """

    def __init__(self, stack: QUndoStack, undo: QAction, redo: QAction, views: list[QWidget]) -> None:
        self.stack = stack
        self.undo = undo
        self.redo = redo
        self.views = views
        self.engaged = False
        stack.canUndoChanged.connect(self._hold)
        stack.canRedoChanged.connect(self._hold)

    def engage(self) -> None:
        self.engaged = True
        self._hold()

    def release(self) -> None:
        self.engaged = False
        self.undo.setEnabled(self.stack.canUndo())
        self.redo.setEnabled(self.stack.canRedo())
        for view in self.views:
            view.setEnabled(True)

    def _hold(self, *_changed: object) -> None:
        if not self.engaged:
            return
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        for view in self.views:
            view.setEnabled(False)
