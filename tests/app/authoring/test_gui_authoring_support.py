"""Helpers for the author-tools GUI tests (no tests here).

The window is the real one on the bundled thesis (``tests.app.test_gui_support``);
the database is read back with plain SQL, never through the code under test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.authoring.controller import AuthoringController
from app.main_window import MainWindow
from models.db import Library
from tests.app.test_gui_support import LOAD_TIMEOUT_MS, open_window

STEP_TIMEOUT_MS = 30_000


def sql(library: Library, query: str, **params: object) -> list:
    with library.engine.connect() as conn:
        return list(conn.execute(text(query), params))


def ready_window(qtbot: QtBot, library: Library, folder: Path) -> MainWindow:
    """The window on the library, loaded, its background look-ups done."""
    window = open_window(qtbot, library, folder)
    qtbot.waitUntil(lambda: not authoring(window).background.busy, timeout=LOAD_TIMEOUT_MS)
    return window


def authoring(window: MainWindow) -> AuthoringController:
    controller = window.authoring
    assert isinstance(controller, AuthoringController)
    return controller


@contextmanager
def reloaded(qtbot: QtBot, window: MainWindow) -> Iterator[None]:
    """Wait for the window to load the document again after what the block does."""
    with qtbot.waitSignal(window.document_loaded, timeout=STEP_TIMEOUT_MS):
        yield


def press_in_reader(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A key press in the reader of the active main window (how Ctrl+Z reaches the Edit menu)."""
    with qtbot.waitActive(window):
        window.activateWindow()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, key, modifiers)


def click_in_reader(qtbot: QtBot, window: MainWindow, block_id: int, offset: int) -> None:
    """Click the reader between two characters of a stored block, as a user does."""
    reader = window.reader
    assert reader.layout_map is not None
    position = reader.layout_map.position(block_id, offset)
    assert position is not None
    reader.show_span(block_id, offset, offset)  # scrolls it into view
    cursor = QTextCursor(reader.document())
    cursor.setPosition(position)
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=reader.cursorRect(cursor).center())


def marker_point(window: MainWindow, citation_id: int) -> QPoint:
    rect = window.reader.marker_rect(citation_id)
    assert rect is not None
    return rect.center()


def context_menu_texts(window: MainWindow, point: QPoint, then: Callable[[QMenu], None] | None = None) -> list[str]:
    """Open the reader's context menu at ``point``; the texts of its visible, enabled actions."""
    viewport = window.reader.viewport()
    seen: list[str] = []

    def look() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.extend(a.text() for a in menu.actions() if a.isVisible() and a.isEnabled() and not a.isSeparator())
        if then is not None:
            then(menu)
        menu.close()

    QTimer.singleShot(100, look)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    return seen


def text_state(library: Library) -> dict[str, object]:
    """What a text edit may change, read with SQL: blocks, markers and their targets, claims
    and which claim holds each marker (by content: rows an undo re-creates get new ids)."""
    return {
        "blocks": sql(library, "SELECT id, doc_start, text FROM blocks ORDER BY id"),
        "citations": sql(
            library,
            'SELECT c.block_id, c.start, c."end", c.marker, k.start, k."end" FROM citations c '
            "LEFT JOIN claims k ON k.id = c.claim_id ORDER BY c.block_id, c.start",
        ),
        "targets": sql(
            library,
            "SELECT c.block_id, c.start, t.position, t.number, t.reference_id FROM citation_targets t "
            "JOIN citations c ON c.id = t.citation_id ORDER BY c.block_id, c.start, t.position",
        ),
        "claims": sql(library, 'SELECT block_id, start, "end", text, origin FROM claims ORDER BY block_id, start'),
    }
