"""Groups in the Library window: drag references onto a group, the context menu, delete and undo."""

from __future__ import annotations

import warnings

import pytest
from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.library.controller import LibraryController
from app.library.library_window import SCOPE_LIBRARY, LibraryWindow
from app.main_window import MainWindow
from models.db import Library
from tests.app.library.test_gui_library_support import (  # noqa: F401 - fixtures
    controller,
    group_id,
    library_window,
    members,
    reference_id,
    sql,
    window,
)
from tests.conftest import DATA, ROOT

DYNAMIC = DATA / "interchange" / "jabref5-dynamic-groups.bib"


def select_rows(shown: LibraryWindow, numbers: list[int], library: Library) -> None:
    """Click the first row, Ctrl+click the others."""
    shown.select_group(0)
    assert shown.select_reference(reference_id(library, numbers[0]))
    selection = shown.table.selectionModel()
    for number in numbers[1:]:
        row = shown.table_model.row_of(reference_id(library, number))
        selection.select(
            shown.table_model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        )


def drop_on(shown: LibraryWindow, index: QModelIndex) -> None:
    """What the platform delivers when the table's selection is dragged and dropped on ``index``."""
    rows = shown.table.selectionModel().selectedRows()
    data = shown.table_model.mimeData(rows)
    viewport = shown.tree.viewport()
    point = QPointF(shown.tree.visualRect(index).center())
    args = (Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with warnings.catch_warnings():
        # PySide6 6.12 builds drag events only from a QPoint, and marks those constructors deprecated.
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(point.toPoint(), *args)
        move = QDragMoveEvent(point.toPoint(), *args)
    # Qt delivers a drag move only to the widget that accepted the drag's entry.
    QApplication.sendEvent(viewport, enter)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(point, *args))


def test_dragging_references_onto_a_group_assigns_them_and_undo_takes_them_out(
    window: MainWindow, library_window: LibraryWindow, sample_library: Library
) -> None:
    select_rows(library_window, [9, 10], sample_library)
    legal = library_window.tree_model.index_of(group_id(sample_library, "Legal acts"))
    drop_on(library_window, legal)
    assert members(sample_library, "Legal acts") == [3, 4, 5, 6, 7, 8, 9, 10]
    assert window.undo_stack.undoText() == "Add 2 references to Құқықтық актілер"  # the stored name
    assert library_window.tree_model.index_of(group_id(sample_library, "Legal acts")).data() == "Legal acts (8)"
    window.undo_action.trigger()
    assert members(sample_library, "Legal acts") == [3, 4, 5, 6, 7, 8]


def test_the_context_menu_adds_to_and_removes_from_a_group(
    window: MainWindow, library_window: LibraryWindow, sample_library: Library
) -> None:
    select_rows(library_window, [62], sample_library)
    menu = library_window.table_context_menu()
    add_menu = next(a.menu() for a in menu.actions() if a.text() == "Add to Group")
    next(a for a in add_menu.actions() if a.text().strip() == "Russian").trigger()
    assert 62 in members(sample_library, "Russian")
    menu = library_window.table_context_menu()
    remove_menu = next(a.menu() for a in menu.actions() if a.text() == "Remove from Group")
    # resources/source-groups.json: 62 is in Scholarly literature and Western, now Russian too.
    assert [a.text().strip() for a in remove_menu.actions()] == ["Scholarly literature", "Western", "Russian"]
    next(a for a in remove_menu.actions() if a.text().strip() == "Western").trigger()
    assert 62 not in members(sample_library, "Western")
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert 62 in members(sample_library, "Western") and 62 not in members(sample_library, "Russian")


def test_the_window_asks_its_controller_by_signals_only(
    library_window: LibraryWindow, sample_library: Library, qtbot: QtBot
) -> None:
    # The window knows no controller: a menu choice is a signal, and the
    # controller's answer (the row now in the group) comes back to the window.
    assert not hasattr(library_window, "controller")
    source = (ROOT / "app" / "library" / "library_window.py").read_text(encoding="utf-8")
    assert "app.library.controller" not in source and "app.host" not in source
    select_rows(library_window, [62], sample_library)
    russian = group_id(sample_library, "Russian")
    menu = library_window.table_context_menu()
    add_menu = next(a.menu() for a in menu.actions() if a.text() == "Add to Group")
    with qtbot.waitSignal(library_window.add_to_group_requested, timeout=5_000) as asked:
        next(a for a in add_menu.actions() if a.text().strip() == "Russian").trigger()
    assert asked.args == [[reference_id(sample_library, 62)], russian]
    assert 62 in members(sample_library, "Russian")
    assert russian in library_window.table_model.group_ids_of([reference_id(sample_library, 62)])


def test_deleting_a_group_keeps_its_references_and_undo_restores_memberships(
    window: MainWindow, library_window: LibraryWindow, sample_library: Library, monkeypatch
) -> None:
    memberships = sql(sample_library, "SELECT reference_id, group_id FROM reference_groups ORDER BY 1, 2")
    (references,) = sql(sample_library, 'SELECT count(*) FROM "references"')[0]
    scholarly = library_window.tree_model.index_of(group_id(sample_library, "Scholarly literature"))
    library_window.tree.setCurrentIndex(scholarly)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    menu = library_window.tree_context_menu(scholarly)
    next(a for a in menu.actions() if a.text().startswith("Delete Group")).trigger()

    assert sql(sample_library, "SELECT count(*) FROM source_groups WHERE name_en IN ('Scholarly literature', 'Western')") == [(0,)]
    assert sql(sample_library, 'SELECT count(*) FROM "references"') == [(references,)]
    # The tree falls back to all references, and the 179 are in no group now.
    no_group = library_window.tree_model.index_of(-1)
    assert no_group.data() == "No group (179)"

    window.undo_action.trigger()
    assert sql(sample_library, "SELECT reference_id, group_id FROM reference_groups ORDER BY 1, 2") == memberships
    assert library_window.tree_model.index_of(group_id(sample_library, "Western")).data() == "Western (18)"


def test_renaming_in_the_tree_and_dragging_a_group_into_another(
    window: MainWindow, library_window: LibraryWindow, sample_library: Library, qtbot: QtBot
) -> None:
    model = library_window.tree_model
    legal_id = group_id(sample_library, "Legal acts")
    # The tree edits the stored name (the thesis's Kazakh one); a new name has no English translation.
    assert model.index_of(legal_id).data(Qt.ItemDataRole.EditRole) == "Құқықтық актілер"
    model.setData(model.index_of(legal_id), "Заңнамалық актілер")
    qtbot.waitUntil(
        lambda: sql(sample_library, "SELECT name, name_en FROM source_groups WHERE id = :i", i=legal_id)
        == [("Заңнамалық актілер", "")]
    )
    assert model.index_of(legal_id).data().startswith("Заңнамалық актілер (")
    data = model.mimeData([model.index_of(legal_id)])
    scholarly = model.index_of(group_id(sample_library, "Scholarly literature"))
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, scholarly)
    assert sql(sample_library, "SELECT parent_id FROM source_groups WHERE id = :i", i=legal_id) == [
        (group_id(sample_library, "Scholarly literature"),)
    ]
    # A group cannot go into its own subgroup.
    western = model.index_of(group_id(sample_library, "Western"))
    assert not model.canDropMimeData(model.mimeData([scholarly]), Qt.DropAction.CopyAction, -1, 0, western)
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert sql(sample_library, "SELECT name, name_en, parent_id FROM source_groups WHERE id = :i", i=legal_id) == [
        ("Құқықтық актілер", "Legal acts", None)
    ]


@pytest.fixture
def jabref_groups_in_sample(sample_library: Library) -> Library:
    """The sample library with a JabRef 5 file's keyword, search and automatic groups imported."""
    from references.library.bib_import import apply_bib_import, plan_bib_file

    with sample_library.session() as session:
        apply_bib_import(session, plan_bib_file(session, DYNAMIC))
        session.commit()
    return sample_library


def test_renaming_a_keyword_group_in_the_tree_keeps_it_computed(
    jabref_groups_in_sample: Library, window: MainWindow, controller: LibraryController, library_window: LibraryWindow,
    qtbot: QtBot,
) -> None:
    library = jabref_groups_in_sample
    model = library_window.tree_model
    vision = group_id(library, "Computer Vision")
    library_window.scope_box.setCurrentIndex(SCOPE_LIBRARY)  # the file's entries are in no document
    controller.refresh()  # the tree's counts follow the scope on the next refresh
    qtbot.waitUntil(lambda: model.index_of(vision).data() == "Computer Vision (3)")
    model.setData(model.index_of(vision), "Компьютерлік көру")
    qtbot.waitUntil(lambda: sql(library, "SELECT name FROM source_groups WHERE id = :i", i=vision) == [("Компьютерлік көру",)])
    # still the keyword group: its three entries are counted and listed, none is a static member
    qtbot.waitUntil(lambda: model.index_of(vision).data() == "Компьютерлік көру (3)")
    assert members(library, "Компьютерлік көру") == []
    library_window.select_group(vision)
    qtbot.waitUntil(lambda: library_window.table_model.rowCount() == 3)  # the table lists what the group computes
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: model.index_of(vision).data() == "Computer Vision (3)")


def test_the_library_windows_menus_hold_the_main_windows_actions(
    window: MainWindow, controller: LibraryController, library_window: LibraryWindow
) -> None:
    # Given to the window when it is made, not fetched from its controller.
    menus = {top.text(): top.menu().actions() for top in library_window.menuBar().actions()}
    assert menus["&File"][0] is controller.import_action
    assert menus["&File"][1].menu() is controller.export_menu
    assert menus["&File"][-1].text() == "&Close"
    assert menus["&Edit"][:2] == [window.undo_action, window.redo_action]
