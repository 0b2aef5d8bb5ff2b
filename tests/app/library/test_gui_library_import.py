"""File ▸ Import BibTeX: the dialog says what would happen before anything is written."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.library.bib_import_dialog import BibImportDialog
from app.library.controller import LibraryController
from app.main_window import MainWindow
from models.db import Library
from tests.conftest import SHARED_BIB
from tests.app.library.test_gui_library_support import controller, sql, window  # noqa: F401 - fixtures

TIMEOUT_MS = 20_000


def counts(library: Library) -> tuple[int, int, int]:
    return sql(
        library,
        'SELECT (SELECT count(*) FROM "references"), (SELECT count(*) FROM bib_sources), '
        "(SELECT count(*) FROM source_groups)",
    )[0]


def plan_dialog(controller: LibraryController, qtbot: QtBot, name: str) -> BibImportDialog:
    with qtbot.waitSignal(controller.import_planned, timeout=TIMEOUT_MS) as shown:
        controller.import_bib_file(SHARED_BIB / name)
    dialog = shown.args[0]
    assert isinstance(dialog, BibImportDialog)
    return dialog


def tab_titles(dialog: BibImportDialog) -> list[str]:
    return [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]


def test_the_dialog_lists_a_real_file_and_cancel_writes_nothing(
    window: MainWindow, controller: LibraryController, sample_library: Library, qtbot: QtBot
) -> None:
    before = counts(sample_library)
    dialog = plan_dialog(controller, qtbot, "biblatex-examples.bib")
    # SOURCES.md: 92 entries (100 @-blocks less 8 @string); none of them is in the thesis's bibliography.
    assert tab_titles(dialog) == ["New (92)", "Already in the library (0)", "Problems (0)"]
    assert dialog.new_list.topLevelItemCount() == 92
    assert dialog.summary.text().startswith("92 new entries will be added. None is in the library already.")
    assert counts(sample_library) == before  # planning wrote nothing
    dialog.cancel_button.click()
    qtbot.wait(50)
    assert counts(sample_library) == before
    assert window.undo_stack.count() == 0


def test_a_malformed_file_shows_its_problem_by_line_and_imports_undoably(
    window: MainWindow, controller: LibraryController, sample_library: Library, qtbot: QtBot
) -> None:
    before = counts(sample_library)
    dialog = plan_dialog(controller, qtbot, "jabref-bibWithMixedContent.bib")
    # SOURCES.md: one valid entry, then junk with three unbalanced closing braces (line 13 of the file).
    assert tab_titles(dialog) == ["New (1)", "Already in the library (0)", "Problems (1)"]
    problem = dialog.problem_list.topLevelItem(0)
    assert problem.text(0) == "13" and "sdjfdsbhfuwefwiuqhfer}}}" in problem.text(2)
    assert dialog.new_list.topLevelItem(0).text(1) == "Fen2010"
    with qtbot.waitSignal(controller.import_done, timeout=TIMEOUT_MS):
        dialog.import_button.click()
    assert counts(sample_library)[0] == before[0] + 1
    assert sql(sample_library, "SELECT title FROM \"references\" WHERE key = 'Fen2010'") == [
        ("From the Resource to the Business Process Risk Level",)
    ]
    assert window.undo_stack.undoText() == "Import jabref-bibWithMixedContent.bib (1 new entry)"
    window.undo_action.trigger()
    assert counts(sample_library) == before
    window.redo_action.trigger()
    assert counts(sample_library)[0] == before[0] + 1


def test_a_second_import_of_the_same_file_finds_every_entry_already_there(
    controller: LibraryController, sample_library: Library, qtbot: QtBot
) -> None:
    first = plan_dialog(controller, qtbot, "xampl.bib")
    added = first.new_list.topLevelItemCount()
    assert added > 0
    with qtbot.waitSignal(controller.import_done, timeout=TIMEOUT_MS):
        first.import_button.click()
    again = plan_dialog(controller, qtbot, "xampl.bib")
    assert tab_titles(again)[0] == "New (0)"
    matched = again.match_list.topLevelItemCount()
    assert matched == added
    # each entry is found again exactly as it was written, repeated keys included
    assert {again.match_list.topLevelItem(i).text(4) for i in range(matched)} == {"same entry"}
    again.cancel_button.click()
