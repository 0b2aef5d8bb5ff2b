"""Where in the stored text the reader's cursor, or its context menu, is.

The reader is read-only, but a click puts its cursor between two letters;
``cursor_moved`` tells the controller so the paragraph editor can follow
(only for the user's clicks and keys: a reload, which also moves the
cursor, is not a choice of paragraph). The reader builds its context menu
from the actions features add to it; ``menu_opening`` fires just before,
with the point it opens at, so those actions can act on the marker under it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QMouseEvent

if TYPE_CHECKING:
    from app.host import WindowHost

Place = tuple[int, int]  # (block id, offset in its text)


class ReaderPlaces(QObject):
    cursor_moved = Signal()
    text_clicked = Signal()  # a left click in the reader, once its cursor has moved
    menu_opening = Signal()

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.window = window
        self.menu_point: QPoint | None = None  # viewport point the context menu last opened at
        window.reader.viewport().installEventFilter(self)
        window.reader.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        reader = self.window.reader
        if watched is reader.viewport():
            if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
                self.menu_point = event.pos()
                self.menu_opening.emit()
            elif (
                event.type() == QEvent.Type.MouseButtonRelease
                and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton
            ):
                QTimer.singleShot(0, self.cursor_moved.emit)  # once the reader has moved its cursor
                QTimer.singleShot(0, self.text_clicked.emit)
        elif watched is reader and event.type() == QEvent.Type.KeyRelease:
            QTimer.singleShot(0, self.cursor_moved.emit)
        return False  # only looking: the reader and other features still get every event

    def place_at(self, position: int) -> Place | None:
        """The stored place of a reader position, if it is in a block's text."""
        layout, index = self.window.reader.layout_map, self.window.index
        if layout is None or index is None:
            return None
        block_id = layout.block_at(position)
        block = index.blocks.get(block_id) if block_id is not None else None
        if block is None:
            return None
        offset = position - layout.block_start[block.id]
        return (block.id, offset) if 0 <= offset <= len(block.text) else None

    def cursor_place(self) -> Place | None:
        return self.place_at(self.window.reader.textCursor().position())

    def menu_place(self) -> Place | None:
        if self.menu_point is None:
            return None
        return self.place_at(self.window.reader.cursorForPosition(self.menu_point).position())

    def menu_citation(self) -> int | None:
        """The marker the context menu was opened on, if any."""
        return self.window.reader.citation_at(self.menu_point) if self.menu_point is not None else None
