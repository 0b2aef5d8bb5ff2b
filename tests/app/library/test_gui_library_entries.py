"""The Library window's entry actions: New, Duplicate, Delete (undoable),
Copy Citation Key and Copy Formatted Reference, in its menu and the table's
context menu, with their shortcuts."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QKeySequence
from pytestqt.qtbot import QtBot

from app.library.library_window import LibraryWindow
from app.main_window import MainWindow
from models.db import Library
from tests.app.library.test_gui_library_support import controller, library_window, reference_id, sql, window

__all__ = ["controller", "library_window", "window"]  # pytest fixtures used here


def action(library_window: LibraryWindow, name: str):  # noqa: ANN201 - a QAction
    return next(a for a in library_window.entry_actions() if a.objectName() == name)


def keys(library: Library) -> set[str]:
    return {k for (k,) in sql(library, 'SELECT key FROM "references"')}


def test_the_entry_menu_and_the_context_menu_offer_the_same_actions_with_shortcuts(
    library_window: LibraryWindow,
) -> None:
    menu = next(top.menu() for top in library_window.menuBar().actions() if top.text() == "E&ntry")
    names = [a.objectName() for a in menu.actions()]
    assert names == ["new_entry", "duplicate_entry", "delete_entry", "copy_key", "copy_formatted"]
    context = [a.objectName() for a in library_window.table_context_menu().actions()][:5]
    assert context == names
    shortcuts = {a.objectName(): a.shortcut() for a in menu.actions()}
    assert shortcuts["new_entry"] == QKeySequence(QKeySequence.StandardKey.New)
    assert shortcuts["copy_key"] == QKeySequence(QKeySequence.StandardKey.Copy)
    assert all(not s.isEmpty() for s in shortcuts.values())


def test_new_duplicate_and_delete_are_undoable(
    window: MainWindow, library_window: LibraryWindow, sample_library: Library, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(window.document_loaded, timeout=30_000):
        action(library_window, "new_entry").trigger()
    assert "new" in keys(sample_library)
    qtbot.waitUntil(lambda: library_window.editor.details is not None and library_window.editor.details.key == "new")

    library_window.select_reference(reference_id(sample_library, 50))
    with qtbot.waitSignal(window.document_loaded, timeout=30_000):
        action(library_window, "duplicate_entry").trigger()
    assert "ref50-copy" in keys(sample_library)

    library_window.select_reference(reference_id(sample_library, 50))
    with qtbot.waitSignal(window.document_loaded, timeout=30_000):
        action(library_window, "delete_entry").trigger()
    assert "ref50" not in keys(sample_library)
    for _ in range(3):
        with qtbot.waitSignal(window.document_loaded, timeout=30_000):
            window.undo_action.trigger()
    assert "ref50" in keys(sample_library) and not {"new", "ref50-copy"} & keys(sample_library)


def test_copy_key_and_formatted_reference(library_window: LibraryWindow, sample_library: Library) -> None:
    library_window.select_reference(reference_id(sample_library, 2))
    action(library_window, "copy_key").trigger()
    assert QGuiApplication.clipboard().text() == "ref2"
    action(library_window, "copy_formatted").trigger()
    formatted = QGuiApplication.clipboard().text()
    assert "Назарбаев" in formatted and "Правда" in formatted and "1992" in formatted
    QGuiApplication.clipboard().clear()
