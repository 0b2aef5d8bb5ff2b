"""Finding one's way: counts say what they count, cut texts show in full in
a tooltip, titles that start alike are cut in the middle."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from pytestqt.qtbot import QtBot

from app.main_window import MainWindow
from app.row_table_view import MiddleElidingDelegate
from models.db import Library
from references.library.table_queries import SortColumn
from tests.app.test_gui_support import close_window, open_window


@pytest.fixture
def window(qtbot: QtBot, sample_library: Library, tmp_path: Path) -> Iterator[MainWindow]:
    main = open_window(qtbot, sample_library, tmp_path)
    yield main
    main.reference_library.library_window.close()
    close_window(main)


def test_group_counts_say_what_they_count(window: MainWindow) -> None:
    claims_groups = window.claims_dock.group_filter
    assert "claims" in claims_groups.headerItem().text(0).lower()
    legal = next(g for g in window.index.view.groups if g.name_en == "Legal acts")
    item = claims_groups.item_for(legal.id)
    assert item is not None and item.text(0).startswith(window.index.group_name(legal.id) + " (")
    assert "claim" in item.toolTip(0)
    shown = window.reference_library.open_window()
    assert not shown.tree.isHeaderHidden()
    assert "references" in shown.tree_model.headerData(0, Qt.Orientation.Horizontal).lower()


def test_cut_texts_show_in_full_in_tooltips(window: MainWindow) -> None:
    outline = window.outline_dock.model
    first = outline.index(1, 0)  # the first numbered chapter, a long title
    label = outline.node(first).label
    assert label in first.data(Qt.ItemDataRole.ToolTipRole)
    claims = window.claims_dock.model
    column = claims.column_of("groups")
    row = next(r for r in range(claims.rowCount()) if ", " in (claims.index(r, column).data() or ""))
    tip = claims.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    assert tip is not None
    # What the tooltip shows (user data goes into tooltips as escaped, plain text).
    shown = QTextDocumentFragment.fromHtml(tip).toPlainText()
    assert shown.split("\n") == claims.index(row, column).data().split(", ")
    assert window.claims_dock.table.columnWidth(column) >= 150


def test_library_titles_that_start_alike_are_cut_in_the_middle(window: MainWindow) -> None:
    shown = window.reference_library.open_window()
    model = shown.table_model
    title = model.column_of(SortColumn.TITLE)
    assert isinstance(shown.table.itemDelegateForColumn(title), MiddleElidingDelegate)
    assert shown.table.textElideMode() == Qt.TextElideMode.ElideRight  # other columns: their start matters
    index = model.index(0, title)
    assert index.data(Qt.ItemDataRole.ToolTipRole)
