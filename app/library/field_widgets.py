"""Editors for one BibTeX field: a line, or a few lines for notes and abstracts.

Both say ``committed(text)`` once the person is done with a field (Enter
or leaving it) and the text differs from what was loaded, which is when the
entry editor saves it as one undo step. While a field has no typing of its
own to undo, Ctrl+Z and Ctrl+Shift+Z go to the window's undo stack instead
of being swallowed by the text widget, so undoing a saved field works from
inside the field too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

# Fields whose values run to sentences or paragraphs.
LONG_FIELDS = frozenset({"abstract", "note", "annotation", "annote", "addendum", "comment", "silteme-provenance"})


def _leaves_undo_to_window(event: QEvent, can_undo: bool, can_redo: bool) -> bool:
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    if event.matches(QKeySequence.StandardKey.Undo):
        return not can_undo
    if event.matches(QKeySequence.StandardKey.Redo):
        return not can_redo
    return False


class FieldLineEdit(QLineEdit):
    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded = ""
        self.editingFinished.connect(self._finish)

    def set_loaded(self, text: str) -> None:
        """Show a stored value (this also clears the widget's own undo history)."""
        self._loaded = text
        self.setText(text)  # always: this also ends the undo history of the typing just saved
        self.setCursorPosition(0)

    def loaded(self) -> str:
        return self._loaded

    def _finish(self) -> None:
        if self.text() != self._loaded:
            self.committed.emit(self.text())

    def event(self, event: QEvent) -> bool:
        if _leaves_undo_to_window(event, self.isUndoAvailable(), self.isRedoAvailable()):
            event.ignore()
            return False
        return super().event(event)


class FieldTextEdit(QPlainTextEdit):
    committed = Signal(str)
    textEdited = Signal(str)  # the same name as QLineEdit's, so the editor treats both alike

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded = ""
        self._can_undo = False
        self._can_redo = False
        self.setTabChangesFocus(True)
        self.undoAvailable.connect(self._undo_available)
        self.redoAvailable.connect(self._redo_available)
        self.textChanged.connect(lambda: self.textEdited.emit(self.text()))
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(line * 4 + 12)

    def text(self) -> str:
        return self.toPlainText()

    def set_loaded(self, text: str) -> None:
        self._loaded = text
        self.blockSignals(True)
        self.setPlainText(text)  # always: this also ends the undo history of the typing just saved
        self.blockSignals(False)
        self._can_undo = self._can_redo = False

    def loaded(self) -> str:
        return self._loaded

    def _undo_available(self, available: bool) -> None:
        self._can_undo = available

    def _redo_available(self, available: bool) -> None:
        self._can_redo = available

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.text() != self._loaded:
            self.committed.emit(self.text())

    def event(self, event: QEvent) -> bool:
        if _leaves_undo_to_window(event, self._can_undo, self._can_redo):
            event.ignore()
            return False
        return super().event(event)
