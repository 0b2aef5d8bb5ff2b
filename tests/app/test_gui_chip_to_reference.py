"""From a citation chip to its reference: double-click opens it in the
library's editor; the chip's context menu opens it or lists its places."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from app.main_window import MainWindow
from models.db import Library
from tests.app.library.test_gui_library_support import reference_id
from tests.app.test_gui_support import close_window, open_window


@pytest.fixture
def window(qtbot: QtBot, sample_library: Library, tmp_path: Path) -> Iterator[MainWindow]:
    main = open_window(qtbot, sample_library, tmp_path)
    yield main
    main.reference_library.library_window.close()
    close_window(main)


def marker_point(window: MainWindow, marker: str) -> tuple[int, QPoint]:
    assert window.index is not None
    citation = next(c for c in window.index.view.citations if c.marker == marker)
    rect = window.reader.marker_rect(citation.id)  # scrolls it into view
    assert rect is not None
    return citation.id, rect.center()


def test_double_clicking_a_chip_opens_its_reference_in_the_editor(
    window: MainWindow, qtbot: QtBot, sample_library: Library
) -> None:
    _cid, point = marker_point(window, "[23]")
    qtbot.mouseDClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    shown = window.reference_library.library_window
    qtbot.waitUntil(shown.isVisible)
    assert shown.editor.details is not None and shown.editor.details.id == reference_id(sample_library, 23)
    assert not window.reader.textCursor().hasSelection()


def test_the_chip_menu_opens_the_reference_and_lists_its_places(
    window: MainWindow, qtbot: QtBot, sample_library: Library
) -> None:
    _cid, point = marker_point(window, "[2]")
    menu = window.reader.context_menu_at(point)
    texts = [a.text() for a in menu.actions()]
    assert texts[:2] == ["Open Reference", "Show All Places Cited"]
    window.references_dock.hide()
    menu.actions()[1].trigger()
    assert window.references_dock.isVisible()
    assert window.references_dock.selected_reference_ids() == [reference_id(sample_library, 2)]
    assert window.references_dock.places.rowCount() == 4  # [2] stands in the introduction, 1.1, 2.1 and 3.3
    menu.actions()[0].trigger()
    editor = window.reference_library.library_window.editor
    assert editor.details is not None and editor.details.id == reference_id(sample_library, 2)
    # Elsewhere in the text the menu has no marker actions.
    corner = QPoint(2, 2)
    assert window.reader.citation_at(corner) is None
    assert "Open Reference" not in [a.text() for a in window.reader.context_menu_at(corner).actions()]


def test_a_click_in_a_paragraph_puts_a_caret_there_and_brings_the_paragraph_tab_forward(
    window: MainWindow, qtbot: QtBot
) -> None:
    from tests.app.authoring.test_gui_authoring_support import authoring

    assert window.index is not None
    dock = authoring(window).editor_dock
    window.references_dock.raise_()
    assert dock.visibleRegion().isEmpty()
    claim = window.index.view.claims[3]  # a sentence of the introduction
    reader = window.reader
    position = reader.layout_map.position(claim.block_id, claim.start + 3)
    cursor = reader.textCursor()
    cursor.setPosition(position)
    rect = reader.cursorRect(cursor)
    assert reader.citation_at(rect.center()) is None
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
    assert not reader.textCursor().hasSelection()
    assert reader.cursorWidth() >= 2
    assert reader.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    # A click on a marker keeps the References dock in front (it lists the marker's references).
    _cid, point = marker_point(window, "[23]")
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.wait(100)
    assert not dock.visibleRegion().isEmpty() or not window.references_dock.visibleRegion().isEmpty()
