"""The paragraph editor: the text of the paragraph at the reader's cursor, editable.

While its text is unchanged it follows the reader (click a paragraph to
edit it). Apply hands the whole new text to the controller, which saves it
as one undoable step (``set_paragraph_text``: markers, claims and notes
follow). Markers are tinted as the parser reads them while typing, and a
bracket the parser cannot read as a marker is underlined in red.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import fill
from app.window_geometry import scrolling
from references.thesis.document_view import BlockRow
from app.plain_text import plain_label
from references.text import find_citations

MARKER_TINT = QColor("#dbe8fb")
BAD_MARKER = QColor("#c62828")
# QTextDocument ends each paragraph with U+2029; the stored text has "\n".
PARAGRAPH_SEPARATOR = "\u2029"


class MarkerHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.marker_format = QTextCharFormat()
        self.marker_format.setBackground(MARKER_TINT)
        self.marker_format.setFontWeight(QFont.Weight.DemiBold)
        self.bad_format = QTextCharFormat()
        self.bad_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.bad_format.setUnderlineColor(BAD_MARKER)

    def highlightBlock(self, text: str) -> None:
        found, rejected = find_citations(text)
        for marker in found:
            self.setFormat(marker.start, marker.end - marker.start, self.marker_format)
        for bad in rejected:
            self.setFormat(bad.start, len(bad.marker), self.bad_format)


class ParagraphEditorDock(QDockWidget):
    apply_requested = Signal(int, str)  # block id, its new text
    insert_citation_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Paragraph"), parent)
        self.setObjectName("paragraph_editor_dock")
        self.block: BlockRow | None = None
        self.version: str | None = None  # the paragraph version the edits were made on
        self.stored_version: str | None = None  # the version of ``block`` (newer after a reload)
        self._where = ""

        self.heading = QLabel()
        self.heading.setObjectName("paragraph_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("paragraph_editor")
        self.editor.setTabChangesFocus(True)
        self.highlighter = MarkerHighlighter(self.editor.document())
        self.editor.textChanged.connect(self._update_state)
        self.status = plain_label(QLabel())
        self.status.setObjectName("paragraph_status")
        self.status.setWordWrap(True)

        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("paragraph_apply")
        self.apply_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.apply_button.setToolTip(self.tr("Save the paragraph as one step you can undo (Ctrl+Return)"))
        self.apply_button.clicked.connect(self.request_apply)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Forget the changes to this paragraph"))
        self.revert_button.clicked.connect(self.revert)
        self.cite_button = QPushButton(self.tr("Insert Citation…"))
        self.cite_button.setToolTip(self.tr("Cite references at the cursor"))
        self.cite_button.clicked.connect(self.insert_citation_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.cite_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setWidget(scrolling(body))  # a narrow window scrolls the dock, never grows past the screen
        self.clear()

    # --- what it shows -----------------------------------------------------------------

    def show_block(self, block: BlockRow, where: str, offset: int | None = None, version: str | None = None) -> bool:
        """Load a block to edit, the cursor at ``offset``; refused while edits are unsaved.

        ``version`` is the paragraph's version as shown (``paragraph_version``):
        an Apply is refused when the stored paragraph is no longer that one.
        """
        if self.is_dirty():
            return False
        same = self.block is not None and self.block.id == block.id and self.text() == block.text
        self.block = block
        self.version = self.stored_version = version
        self._where = where
        if not same:
            self.editor.setPlainText(block.text)
        if offset is not None:
            cursor = self.editor.textCursor()
            cursor.setPosition(max(0, min(offset, len(block.text))))
            self.editor.setTextCursor(cursor)
        self._update_state()
        return True

    def refresh(self, block: BlockRow | None, where: str = "", version: str | None = None) -> None:
        """The document was reloaded: take the stored text of the block shown.

        With unsaved edits, the version they were made on is kept, so that
        Apply asks before it replaces a paragraph changed in the meantime.
        """
        if block is None:
            if not self.is_dirty():
                self.clear()
            return
        if self.text() == block.text or not self.is_dirty():
            offset = self.cursor_offset()
            self.block = None  # not dirty against the old row any more
            self.show_block(block, where or self._where, offset, version)
            return
        self.block = block  # unsaved edits stay; Apply asks first when the paragraph changed
        self.stored_version = version
        self._update_state()

    def discard(self) -> None:
        """Drop the unsaved edits (the next reload shows the stored text)."""
        if self.block is not None:
            self.editor.setPlainText(self.block.text)
        self._update_state()

    def clear(self) -> None:
        self.block = None
        self.version = self.stored_version = None
        self._where = ""
        self.editor.setPlainText("")
        self._update_state()

    # --- what it holds -----------------------------------------------------------------

    def text(self) -> str:
        """The edited text exactly (no-break spaces kept, paragraphs joined by "\\n")."""
        return self.editor.document().toRawText().replace(PARAGRAPH_SEPARATOR, "\n")

    def is_dirty(self) -> bool:
        return self.block is not None and self.text() != self.block.text

    def cursor_offset(self) -> int:
        return self.editor.textCursor().position()

    def select_span(self, start: int, end: int) -> None:
        cursor = self.editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)

    # --- actions -----------------------------------------------------------------------

    def request_apply(self) -> None:
        if self.block is not None and self.is_dirty():
            self.apply_requested.emit(self.block.id, self.text())

    def revert(self) -> None:
        if self.block is not None:
            offset = self.cursor_offset()
            self.editor.setPlainText(self.block.text)
            self.show_block(self.block, self._where, offset, self.stored_version)

    def show_error(self, message: str) -> None:
        self.status.setText(message)

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        self.editor.setReadOnly(self.block is None)
        self.apply_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.cite_button.setEnabled(self.block is not None and not dirty)
        if self.block is None:
            self.heading.setText(self.tr("Click a paragraph in the reader to edit it here."))
            self.status.setText("")
            return
        self.heading.setText(self._where)
        if dirty:
            delta = len(self.text()) - len(self.block.text)
            self.status.setText(
                fill(self.tr("Unsaved changes (%1 characters). Apply saves them as one step; Revert forgets them."),
                     f"{delta:+d}")
            )
        else:
            self.status.setText(
                self.tr("%Ln character(s). Edit the text, or insert a citation at the cursor.", "", len(self.block.text))
            )
