"""The entry editor: typing, checking as one types, saving as an undo step, Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.library.controller import LibraryController
from app.library.field_widgets import FieldLineEdit
from app.library.library_window import LibraryWindow
from app.main_window import MainWindow
from models.db import Library
from tests.app.library.test_gui_library_support import (  # noqa: F401 - fixtures
    controller,
    field_value,
    library_window,
    reference_id,
    sql,
    type_text,
    window,
)

# resources/bibliography.bib, entry ref62: the title as the thesis gives it, with a Latin ə.
STORED_TITLE = "{Халықаралық саясаттың əлеуметтік теориясы}"


def open_entry(controller: LibraryController, library: Library, number: int) -> LibraryWindow:
    shown = controller.open_window(reference_id(library, number))
    assert shown.editor.details is not None and shown.editor.details.number == number
    return shown


def replace_text(qtbot: QtBot, field: FieldLineEdit, typed: str) -> None:
    field.setFocus()
    field.selectAll()
    type_text(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_field_edited_in_the_editor_is_saved_and_ctrl_z_restores_it(
    window: MainWindow, controller: LibraryController, sample_library: Library, qtbot: QtBot
) -> None:
    shown = open_entry(controller, sample_library, 62)
    qtbot.waitActive(shown)
    title = shown.editor.field_editor("title")
    assert isinstance(title, FieldLineEdit)
    assert title.text() == "Халықаралық саясаттың əлеуметтік теориясы"
    assert field_value(sample_library, 62, "title") == STORED_TITLE

    replace_text(qtbot, title, "Халықаралық саясаттың әлеуметтік теориясы (аударма)")
    # Saved at once, Kazakh letters as typed (Cyrillic ә now), as one undo step.
    assert field_value(sample_library, 62, "title") == "{Халықаралық саясаттың әлеуметтік теориясы (аударма)}"
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Edit title of [62] ref62"
    assert shown.editor.details.text_of("title") == "Халықаралық саясаттың әлеуметтік теориясы (аударма)"

    # Ctrl+Z from inside the field: the field has nothing of its own left to undo.
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field_value(sample_library, 62, "title") == STORED_TITLE
    (modified,) = sql(sample_library, 'SELECT modified FROM "references" WHERE number = 62')[0]
    assert modified == 0  # it reads as its imported text again
    assert shown.editor.field_editor("title").text() == "Халықаралық саясаттың əлеуметтік теориясы"

    window.redo_action.trigger()
    assert field_value(sample_library, 62, "title") == "{Халықаралық саясаттың әлеуметтік теориясы (аударма)}"


def test_problems_are_shown_beside_the_field_while_typing(
    controller: LibraryController, sample_library: Library, qtbot: QtBot
) -> None:
    shown = open_entry(controller, sample_library, 2)  # an @article: author, title, journal, year/date
    editor = shown.editor
    year = editor.field_editor("year")
    assert isinstance(year, FieldLineEdit)
    assert editor.problem_text("year") == ""
    year.setFocus()
    year.selectAll()
    type_text(year, "1992–1990")
    assert editor.problem_text("year") == "The year range '1992–1990' goes backwards."
    assert editor.problem_text("date") == ""  # [2] has a date too (1992-05), and it is fine
    journal = editor.field_editor("journal")
    journal.setFocus()
    journal.selectAll()
    qtbot.keyClick(journal, Qt.Key.Key_Delete)
    assert "needs 'journaltitle' or 'journal'" in editor.problem_text("journal")
    # Nothing was saved while typing.
    assert field_value(sample_library, 2, "journal") == "{Правда}"


def test_a_duplicate_key_is_refused_beside_the_key_and_nothing_is_saved(
    window: MainWindow, controller: LibraryController, sample_library: Library, qtbot: QtBot
) -> None:
    shown = open_entry(controller, sample_library, 4)
    replace_text(qtbot, shown.editor.key_edit, "REF3")
    assert "already used by reference [3]" in shown.editor.problem_text("key")
    assert sql(sample_library, 'SELECT key FROM "references" WHERE number = 4') == [("ref4",)]
    assert window.undo_stack.count() == 0
    shown.editor.generate_button.click()
    assert sql(sample_library, 'SELECT key FROM "references" WHERE number = 4') != [("ref4",)]
    window.undo_action.trigger()
    assert sql(sample_library, 'SELECT key FROM "references" WHERE number = 4') == [("ref4",)]


def test_completeness_type_and_a_new_field(
    window: MainWindow, controller: LibraryController, sample_library: Library, qtbot: QtBot
) -> None:
    shown = open_entry(controller, sample_library, 5)
    editor = shown.editor
    editor.complete_box.click()
    assert sql(sample_library, 'SELECT complete FROM "references" WHERE number = 5') == [(1,)]
    doi = editor.add_field("doi")
    assert isinstance(doi, FieldLineEdit)
    type_text(doi, "https://doi.org/10.1000/xyz")
    assert editor.problem_text("doi") == (
        "Write the DOI without its link prefix: '10.1000/xyz' instead of 'https://doi.org/10.1000/xyz'."
    )
    qtbot.keyClick(doi, Qt.Key.Key_Return)
    assert field_value(sample_library, 5, "doi") == "{https://doi.org/10.1000/xyz}"
    editor.type_box.setCurrentText("report")
    editor.type_box.lineEdit().editingFinished.emit()
    assert sql(sample_library, 'SELECT entry_type FROM "references" WHERE number = 5') == [("report",)]
    for _ in range(3):
        window.undo_action.trigger()
    assert sql(sample_library, 'SELECT entry_type, complete FROM "references" WHERE number = 5') == [("misc", 0)]
    assert field_value(sample_library, 5, "doi") is None


def test_an_entry_saved_elsewhere_meanwhile_shows_both_versions_and_can_be_overwritten(
    window: MainWindow, controller: LibraryController, sample_library: Library, qtbot: QtBot
) -> None:
    from sqlalchemy import select

    from app.stale_dialog import StaleEditDialog
    from models import Reference
    from models.db import open_library
    from references.library.entry_edits import set_reference_field

    shown = open_entry(controller, sample_library, 62)
    qtbot.waitActive(shown)
    title = shown.editor.field_editor("title")
    assert isinstance(title, FieldLineEdit)
    # Another window (its own engine, as another program has) saves a title and a year first.
    other = open_library(sample_library.path if sample_library.path is not None else sample_library.url)
    try:
        with other.session() as session:
            ref_id = session.scalars(select(Reference.id).where(Reference.number == 62)).one()
            set_reference_field(session, ref_id, "title", "Теория (их нұсқасы)")
        with other.session() as session:
            set_reference_field(session, ref_id, "year", "2011")
    finally:
        other.close()

    replace_text(qtbot, title, "Теория (менің нұсқам)")

    qtbot.waitUntil(lambda: controller.stale_dialog is not None)
    dialog = controller.stale_dialog
    assert isinstance(dialog, StaleEditDialog) and "changed in another window" in dialog.message.text()
    table = dialog.fields_table
    assert table is not None
    rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    # Mine beside theirs for the field both changed, and what else they changed.
    assert rows["title"] == ("Теория (менің нұсқам)", "Теория (их нұсқасы)")
    assert rows["year"] == ("(empty)", "2011")
    assert field_value(sample_library, 62, "title") == "{Теория (их нұсқасы)}"  # nothing of mine saved yet
    assert dialog.again_button is not None
    dialog.again_button.click()

    qtbot.waitUntil(lambda: field_value(sample_library, 62, "title") == "{Теория (менің нұсқам)}")
    assert field_value(sample_library, 62, "year") == "{2011}"  # their other change stays
    assert controller.stale_dialog is None
