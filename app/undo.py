"""The window's one undo command: a domain ``Undoable`` on the undo history.

Every undoable step (an annotation, an author's edit, a library edit, an
import) is made by a domain function, which returns an ``Undoable``
(``references.storage.undoable``). A ``DomainUndoCommand`` holding it
``push()``es itself on ``window.undo_stack``, already applied, and announces
it; undo and redo then apply ``undoable.undo(session)``, keep what it returns for the next
step, and announce that through ``window.changed`` with what changed.

One policy for every step:
- pushed already applied: the stack's first ``redo`` does nothing;
- a step made on another library never runs on the one now open;
- a long step runs in a worker (``run_in_worker``, e.g. the authoring
  controller's ``run_step``, which holds the history and shows it busy);
- a refusal (``LibraryError``, a database error) rolls the transaction back,
  the step leaves the history (obsolete) and the person is told in one
  message. A worker's refusal comes after the history moved, so the history,
  which no longer says what the library holds, is cleared instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app import ops
from app.i18n import Translations, fill, sentence
from models.errors import LibraryError
from references.storage.undoable import Undoable

if TYPE_CHECKING:
    from app.host import WindowHost

STATUS_MS = 8000

# Where a step's refusal is told: (title, message).
Tell = Callable[[str, str], None]
# Runs a job in a worker: (label, job, on_done, on_error).
InWorker = Callable[[str, Callable[[Session], Undoable], Callable[[Undoable], None], Callable[[str], None]], None]


UndoHistory = Translations("UndoHistory")  # QUndoCommand is no QObject: its words are translated here


class DomainUndoCommand(QUndoCommand):
    """One step of the undo history: an ``Undoable`` already applied."""

    def __init__(
        self,
        window: WindowHost,
        text: str,
        undoable: Undoable,
        *,
        done: Callable[[Undoable], None] | None = None,
        tell: Tell | None = None,
        run_in_worker: InWorker | None = None,
    ) -> None:
        super().__init__(text)
        self.window = window
        self.library = window.library  # a step belongs to the library it changed
        self.undoable = undoable  # what the next undo or redo applies
        self._done = done
        self._tell = tell
        self._run_in_worker = run_in_worker
        self._already_applied = True  # push() calls redo() on a step that is made

    def redo(self) -> None:
        if self._already_applied:
            self._already_applied = False
            return
        self._flip()

    def undo(self) -> None:
        self._flip()

    def push(self) -> bool:
        """Put this step, which is made, on the history and announce it (False: it changed nothing)."""
        if not self.undoable.changed:
            return False  # nothing to undo: the history stays as it was
        self.window.undo_stack.push(self)  # already applied: this push does not apply it again
        self.announce()
        return True

    def announce(self) -> None:
        """Tell the feature and every view what the step (as it stands now) changed."""
        if self._done is not None:
            self._done(self.undoable)
        self.window.changed.emit(ops.Changes.of(self.undoable.changed))  # the same names, ids and all

    def _flip(self) -> None:
        if self.window.library is not self.library:
            self._refuse(UndoHistory.tr("This step was made in another library, which is no longer open."))
            return
        undoable = self.undoable
        if self._run_in_worker is not None:
            self._run_in_worker(self.text(), undoable.undo, self._flipped, self._worker_refused)
            return
        try:
            with self.library.session() as session:
                flipped = undoable.undo(session)
        except (LibraryError, SQLAlchemyError) as exc:
            self._refuse(sentence(exc) or type(exc).__name__)  # rolled back: the library is as it was
            return
        self._flipped(flipped)

    def _flipped(self, undoable: Undoable) -> None:
        self.undoable = undoable
        self.announce()

    def _refuse(self, message: str) -> None:
        self.setObsolete(True)  # the stack drops it once this undo or redo returns
        self._say(fill(UndoHistory.tr("%1\n\nNothing was changed, and this step was taken out of the undo history."), message))

    def _worker_refused(self, message: str) -> None:
        # The transaction was rolled back, but the history already moved: it no
        # longer says what the library holds, so it goes.
        self.window.undo_stack.clear()
        self._say(fill(UndoHistory.tr("%1\n\nThe library is as it was before; the undo history was cleared."), message))

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message.split("\n", 1)[0], STATUS_MS)
        if self._tell is not None:
            self._tell(self.text(), message)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.text(), message, QMessageBox.StandardButton.Ok,
                          self.window)  # type: ignore[arg-type]  # the window is a QWidget
        box.setObjectName("undo_refused_message")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


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
