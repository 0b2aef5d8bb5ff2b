"""One undo command per user action, its steps done by the domain layer.

The first ``redo`` (QUndoStack.push calls it) runs the action; the result
it returns knows how to undo and redo itself (``references.library.entry_edits``).
Every step runs in one ``library.session()`` transaction, so it is saved at
once or not at all. A step that fails (refused input, a change made in
another window in the meantime) marks the command obsolete: Qt then drops
it from the stack, and the person is told why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from models.db import Library
from models.errors import LibraryError


class Undoable(Protocol):
    @property
    def changed(self) -> bool: ...

    def undo(self, session: Session) -> None: ...

    def redo(self, session: Session) -> None: ...


Action = Callable[[Session], Undoable]


class DomainCommand(QUndoCommand):
    """``action`` done on the first redo; or, with ``done_already``, an action a worker has done."""

    def __init__(
        self,
        library: Library,
        current_library: Callable[[], Library],
        action: Action | None,
        describe: Callable[[Undoable], str],
        done: Callable[[Undoable], None],
        failed: Callable[[Exception], None],
        *,
        done_already: Undoable | None = None,
    ) -> None:
        super().__init__()
        self._library = library
        self._current_library = current_library
        self._action = action
        self._describe = describe
        self._done = done
        self._failed = failed
        self.result: Undoable | None = done_already
        self._skip_first_redo = done_already is not None
        if done_already is not None:
            self.setText(describe(done_already))

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            self._done(self.result)  # type: ignore[arg-type]  # set with done_already
        elif self.result is None:
            self._run(self._first)
        else:
            self._run(self.result.redo)

    def undo(self) -> None:
        if self.result is not None:
            self._run(self.result.undo)

    def _first(self, session: Session) -> None:
        assert self._action is not None
        self.result = self._action(session)

    def _run(self, step: Callable[[Session], object]) -> None:
        if self._current_library() is not self._library:
            self._give_up(LibraryError(self.tr("This step was made in another library, which is no longer open.")))
            return
        try:
            with self._library.session() as session:
                step(session)
        except Exception as exc:  # noqa: BLE001 - the stack must stay consistent; the person is told
            self._give_up(exc)
            return
        assert self.result is not None
        if not self.result.changed:
            self.setObsolete(True)  # nothing to undo: Qt leaves it off the stack
            return
        if not self.text():
            self.setText(self._describe(self.result))
        self._done(self.result)

    def _give_up(self, error: Exception) -> None:
        self.setObsolete(True)
        self._failed(error)

    @staticmethod
    def tr(text: str) -> str:  # QUndoCommand is no QObject: translate by hand
        return QCoreApplication.translate("DomainCommand", text)
