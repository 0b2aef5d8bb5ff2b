"""Filtering and sorting the Library window's table, as a person would."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from app.library.controller import LibraryController
from app.library.library_window import LibraryWindow
from app.main_window import MainWindow
from models.db import Library
from references.library.table_queries import SortColumn
from references.normalize import fold
from tests.app.library.test_gui_library_support import (  # noqa: F401 - fixtures
    controller,
    group_id,
    library_window,
    reference_id,
    shown_numbers,
    sql,
    type_text,
    window,
)


def test_choosing_legal_acts_in_the_tree_shows_exactly_references_3_to_8(
    library_window: LibraryWindow, sample_library: Library
) -> None:
    # The thesis's introduction declares its legal acts as [3-5], [6], [7], [8] (resources/source-groups.json).
    library_window.select_group(group_id(sample_library, "Legal acts"))
    assert shown_numbers(library_window) == [3, 4, 5, 6, 7, 8]
    assert library_window.count_label.text() == "6 references"
    library_window.select_group(group_id(sample_library, "Scholarly literature"))
    assert shown_numbers(library_window) == list(range(50, 229))  # 50-228, subgroups included


def test_typed_filter_folds_the_two_schwas(library_window: LibraryWindow, qtbot: QtBot, sample_library: Library) -> None:
    # resources/bibliography.bib: [62] is "Халықаралық саясаттың əлеуметтік теориясы", with a Latin ə.
    type_text(library_window.filter_edit, "әлеуметтік")
    qtbot.waitUntil(lambda: library_window.table_model.query.text == "әлеуметтік", timeout=3000)
    titles = sql(sample_library, 'SELECT number, authors, title FROM "references"')
    expected = sorted(n for n, a, t in titles if "әлеуметтік" in fold(f"{a} {t}"))
    assert shown_numbers(library_window) == expected


def test_clicking_a_header_sorts_in_sql_and_keeps_the_filter(
    library_window: LibraryWindow, sample_library: Library, qtbot: QtBot
) -> None:
    library_window.select_group(group_id(sample_library, "Legal acts"))
    header = library_window.table.horizontalHeader()
    cited = library_window.table_model.column_of(SortColumn.CITED)
    on_cited = QPoint(header.sectionViewportPosition(cited) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=on_cited)
    model = library_window.table_model
    assert model.query.sort is SortColumn.CITED
    first_order = model.query.descending
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=on_cited)
    assert model.query.sort is SortColumn.CITED and model.query.descending != first_order
    counts = [model.row(i).times_cited for i in range(model.rowCount())]
    assert counts == sorted(counts, reverse=model.query.descending)
    assert sorted(shown_numbers(library_window)) == [3, 4, 5, 6, 7, 8]


def test_scope_completeness_and_the_whole_library(
    library_window: LibraryWindow, controller: LibraryController, sample_library: Library
) -> None:
    assert library_window.scope_box.currentText() == "This document"
    controller.set_complete([reference_id(sample_library, 5)], True)
    library_window.complete_box.setCurrentIndex(1)  # complete only
    assert shown_numbers(library_window) == [5]
    library_window.complete_box.setCurrentIndex(0)
    library_window.scope_box.setCurrentIndex(1)
    (total,) = sql(sample_library, 'SELECT count(*) FROM "references"')[0]
    assert len(shown_numbers(library_window)) == total


def test_double_click_in_the_references_dock_opens_the_entry(
    window: MainWindow, controller: LibraryController, sample_library: Library, qtbot: QtBot
) -> None:
    dock = window.references_dock
    row = dock.model.row_of(reference_id(sample_library, 12))
    index = dock.proxy.mapFromSource(dock.model.index(row, 0))
    dock.table.doubleClicked.emit(index)
    shown = controller.library_window
    qtbot.waitExposed(shown)
    assert shown.editor.details is not None and shown.editor.details.number == 12
    assert shown.table.currentIndex().data(Qt.ItemDataRole.DisplayRole) == "12"


def test_the_english_interface_names_groups_in_english_in_the_table_and_the_editor(
    library_window: LibraryWindow, controller: LibraryController, sample_library: Library
) -> None:
    # Stored in the thesis's language (Kazakh); the English interface shows their English names everywhere.
    library_window.select_group(group_id(sample_library, "Legal acts"))
    model = library_window.table_model
    column = model.column_of(SortColumn.GROUPS)
    assert model.index(0, column).data() == "Legal acts"
    controller.show_entry(model.row(0).id)
    assert library_window.editor.groups_label.text() == "Legal acts"
    (stored,) = sql(sample_library, "SELECT name FROM source_groups WHERE name_en = 'Legal acts'")[0]
    assert stored == "Құқықтық актілер"
