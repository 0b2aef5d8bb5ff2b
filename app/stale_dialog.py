"""The question asked when an edit meets a change saved elsewhere: both versions side by side.

Two people (or two windows) edited the same reference or paragraph; the
second save is refused by the domain (``StaleEditError``,
``StaleParagraphError``). Before choosing, the person sees what they wrote
and what is saved now, with what differs marked, then keeps the saved
version (their edit is dropped) or applies theirs again on top of it.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# The background of a differing span (a light amber that keeps black text at AA contrast).
DIFFERENCE = QColor("#ffe08a")


@dataclass(frozen=True, slots=True)
class FieldVersions:
    """One field of a reference as this edit has it and as it is saved now ("" when absent)."""

    name: str
    yours: str
    saved: str


def differing_fields(
    seen: dict[str, str], saved: dict[str, str], edited: dict[str, str]
) -> list[FieldVersions]:
    """The fields where this person's version and the saved one differ.

    ``seen`` is the entry as the person loaded it, ``edited`` what they changed
    in it, ``saved`` the entry as stored now (all: field name -> text).
    """
    yours = {**seen, **edited}
    names = list(dict.fromkeys([*yours, *saved]))
    return [
        FieldVersions(name, yours.get(name, ""), saved.get(name, ""))
        for name in names
        if yours.get(name, "") != saved.get(name, "")
    ]


def changed_spans(first: str, second: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of ``first`` and of ``second`` that the other does not have, by words."""
    a, b = _words(first), _words(second)
    matcher = difflib.SequenceMatcher(None, [w for w, _s, _e in a], [w for w, _s, _e in b], autojunk=False)
    left: list[tuple[int, int]] = []
    right: list[tuple[int, int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i2 > i1:
            left.append((a[i1][1], a[i2 - 1][2]))
        if j2 > j1:
            right.append((b[j1][1], b[j2 - 1][2]))
    return left, right


def _words(text: str) -> list[tuple[str, int, int]]:
    words = []
    start = None
    for i, ch in enumerate(text):
        if ch.isspace():
            if start is not None:
                words.append((text[start:i], start, i))
                start = None
        elif start is None:
            start = i
    if start is not None:
        words.append((text[start:], start, len(text)))
    return words


class StaleEditDialog(QDialog):
    """Reload (keep what is saved) or apply this edit again on top of it."""

    def __init__(
        self,
        title: str,
        message: str,
        again_label: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stale_edit_dialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        self.comparison = QWidget()
        self.comparison_layout = QGridLayout(self.comparison)
        self.comparison_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.comparison, 1)
        self.buttons = QDialogButtonBox()
        self.reload_button: QPushButton = self.buttons.addButton(
            self.tr("Reload (Drop My Edit)"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.again_button: QPushButton | None = None
        if again_label is not None:
            self.again_button = self.buttons.addButton(again_label, QDialogButtonBox.ButtonRole.AcceptRole)
        self.reload_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.fields_table: QTableWidget | None = None
        self.yours_text: QPlainTextEdit | None = None
        self.saved_text: QPlainTextEdit | None = None
        self.resize(760, 420)

    # --- what is compared ------------------------------------------------------------------

    def show_fields(self, fields: Sequence[FieldVersions]) -> None:
        """A reference: one row per field that differs, yours beside the saved one."""
        table = QTableWidget(len(fields), 3, self.comparison)
        table.setObjectName("stale_fields")
        table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Your version"), self.tr("Saved now")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        for row, field in enumerate(fields):
            for column, text in enumerate((field.name, field.yours, field.saved)):
                item = QTableWidgetItem(text if text or column == 0 else self.tr("(empty)"))
                item.setToolTip(text)
                if column and field.yours != field.saved:
                    item.setBackground(DIFFERENCE)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        if not fields:
            table.hide()
        self.comparison_layout.addWidget(table, 0, 0)
        self.fields_table = table

    def show_texts(self, yours: str, saved: str) -> None:
        """A paragraph: the two texts side by side, the words that differ marked in each."""
        left, right = changed_spans(yours, saved)
        self.yours_text = self._pane(self.tr("Your paragraph"), yours, left, 0)
        self.saved_text = self._pane(self.tr("Saved now"), saved, right, 1)

    def _pane(self, heading: str, text: str, spans: list[tuple[int, int]], column: int) -> QPlainTextEdit:
        label = QLabel(heading, self.comparison)
        pane = QPlainTextEdit(self.comparison)
        pane.setReadOnly(True)
        pane.setPlainText(text)
        marked = QTextCharFormat()
        marked.setBackground(DIFFERENCE)
        cursor = QTextCursor(pane.document())
        for start, end in spans:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(marked)
        self.comparison_layout.addWidget(label, 0, column)
        self.comparison_layout.addWidget(pane, 1, column)
        return pane
