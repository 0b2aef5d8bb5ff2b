"""Under a filter, the selection, the detail pane and the actions agree:
an action acts only on a row the list shows and has selected."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.annotations.annotations_model import URI_ROLE
from app.library.library_window import INCOMPLETE, LibraryWindow
from app.main_window import MainWindow
from models.db import Library
from references.library.table_queries import SortColumn
from tests.app.annotations.test_gui_annotations_dock import HANKS, add, click_row
from tests.app.annotations.test_gui_annotations_support import (
    COOLEY_END,
    controller,
    open_annotating_window,
    set_identity,
    sql,
    wait_refresh,
)
from tests.app.library.test_gui_library_support import reference_id
from tests.app.test_gui_support import close_window


@pytest.fixture
def pair(sample_library: Library) -> dict[str, str]:
    return {
        "a": add(sample_library, COOLEY_END, comment="Бет нөмірі керек", verdict="needs_source"),
        "b": add(sample_library, HANKS, comment="Is this the 2009 article?", verdict="not_supported"),
    }


@pytest.fixture
def window(qtbot: QtBot, sample_library: Library, tmp_path: Path, pair: dict[str, str]) -> Iterator[MainWindow]:
    set_identity(tmp_path)
    main = open_annotating_window(qtbot, sample_library, tmp_path)
    yield main
    close_window(main)


def selected_uris(window: MainWindow) -> list[str]:
    dock = controller(window).dock
    return [index.data(URI_ROLE) for index in dock.table.selectionModel().selectedRows()]


def test_a_filter_that_hides_the_chosen_annotation_leaves_nothing_to_act_on(
    window: MainWindow, pair: dict[str, str], qtbot: QtBot, sample_library: Library
) -> None:
    dock = controller(window).dock
    click_row(qtbot, window, pair["b"])
    dock.table.setFocus()
    dock.verdict_filter.setCurrentIndex(dock.verdict_filter.findData("needs_source"))
    assert dock.visible_uris() == [pair["a"]]
    # The list, the thread and the buttons say the same: nothing is chosen.
    assert selected_uris(window) == []
    assert not dock.table.selectionModel().currentIndex().isValid()
    assert dock.current_uri() is None
    assert "Is this the 2009 article?" not in dock.thread_view.toPlainText()
    for button in (dock.edit_button, dock.status_button, dock.delete_button, dock.reattach_button):
        assert not button.isEnabled()
    # The Delete key on the list deletes nothing hidden.
    qtbot.keyClick(dock.table, Qt.Key.Key_Delete)
    qtbot.wait(50)
    assert len(sql(sample_library, "SELECT id FROM annotations")) == 2


def test_choosing_a_visible_row_under_a_filter_acts_on_that_row(
    window: MainWindow, pair: dict[str, str], qtbot: QtBot, sample_library: Library
) -> None:
    dock = controller(window).dock
    click_row(qtbot, window, pair["b"])
    dock.verdict_filter.setCurrentIndex(dock.verdict_filter.findData("needs_source"))
    click_row(qtbot, window, pair["a"])
    assert selected_uris(window) == [pair["a"]]
    assert "Бет нөмірі керек" in dock.thread_view.toPlainText()
    with wait_refresh(qtbot, window):
        qtbot.mouseClick(dock.delete_button, Qt.MouseButton.LeftButton)
    assert [r[0] for r in sql(sample_library, "SELECT uri FROM annotations")] == [pair["b"]]


def test_an_annotation_chosen_in_the_reader_but_filtered_out_cannot_be_acted_on(
    window: MainWindow, pair: dict[str, str]
) -> None:
    dock = controller(window).dock
    dock.verdict_filter.setCurrentIndex(dock.verdict_filter.findData("needs_source"))
    controller(window).choose(pair["b"])  # as a click on its highlight does
    assert selected_uris(window) == []
    assert "filters hide" in dock.thread_view.toPlainText()
    assert not dock.delete_button.isEnabled()
    assert dock.actionable_uri() is None


# --- the Library window: the table and the entry editor agree -------------------------------


@pytest.fixture
def library_window(window: MainWindow, qtbot: QtBot) -> Iterator[LibraryWindow]:
    shown = window.reference_library.open_window()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()


def selected_numbers(library_window: LibraryWindow) -> list[int | None]:
    model = library_window.table_model
    return [model.row(index.row()).number for index in library_window.table.selectionModel().selectedRows()]


def test_a_library_filter_that_hides_the_edited_entry_clears_the_editor(
    library_window: LibraryWindow, sample_library: Library
) -> None:
    library_window.select_reference(reference_id(sample_library, 9))
    assert library_window.editor.details is not None and library_window.editor.details.number == 9
    library_window.set_text_filter("no reference is called this")
    assert library_window.table_model.rowCount() == 0
    assert library_window.editor.details is None  # nothing shown that the list does not show
    library_window.set_text_filter("")
    library_window.select_reference(reference_id(sample_library, 9))
    library_window.complete_box.setCurrentIndex(INCOMPLETE)
    assert selected_numbers(library_window) == [9]
    assert library_window.editor.details is not None and library_window.editor.details.number == 9


def test_a_new_sort_keeps_the_edited_entry_selected(
    library_window: LibraryWindow, sample_library: Library, qtbot: QtBot
) -> None:
    library_window.select_reference(reference_id(sample_library, 150))
    library_window.sort_by(SortColumn.TITLE, descending=True)
    qtbot.waitUntil(lambda: selected_numbers(library_window) == [150], timeout=2000)
    assert library_window.editor.details is not None and library_window.editor.details.number == 150
