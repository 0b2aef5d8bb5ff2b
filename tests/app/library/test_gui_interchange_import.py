"""File ▸ Import References: every format gets the same problems-and-preview dialog as BibTeX."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.library.bib_import_dialog import BibImportDialog
from app.library.controller import LibraryController
from app.main_window import MainWindow
from models.db import Library
from tests.app.library.test_gui_library_support import controller, sql, window  # noqa: F401 - fixtures
from tests.conftest import DATA

FORMATS = DATA / "interchange" / "formats"
TIMEOUT_MS = 20_000


def _dialog(controller: LibraryController, qtbot: QtBot, path: Path) -> BibImportDialog:
    with qtbot.waitSignal(controller.import_planned, timeout=TIMEOUT_MS) as shown:
        controller.import_bib_file(path)
    dialog = shown.args[0]
    assert isinstance(dialog, BibImportDialog)
    return dialog


@pytest.mark.parametrize(
    ("name", "label", "new"),
    [("zotero-csl.json", "CSL-JSON", 5), ("wos-savedrecs.txt", "Web of Science", 2), ("zotero.rdf", "Zotero RDF", 2)],
)
def test_another_format_is_previewed_then_imported_undoably(
    window: MainWindow, controller: LibraryController, sample_library: Library, qtbot: QtBot, name: str, label: str, new: int
) -> None:
    before = sql(sample_library, 'SELECT count(*) FROM "references"')[0][0]
    dialog = _dialog(controller, qtbot, FORMATS / name)
    assert label in dialog.windowTitle() and name in dialog.windowTitle()
    assert dialog.tabs.tabText(0) == f"New ({new})"
    assert sql(sample_library, 'SELECT count(*) FROM "references"')[0][0] == before
    with qtbot.waitSignal(controller.import_done, timeout=TIMEOUT_MS):
        dialog.import_button.click()
    assert sql(sample_library, 'SELECT count(*) FROM "references"')[0][0] == before + new
    window.undo_action.trigger()
    assert sql(sample_library, 'SELECT count(*) FROM "references"')[0][0] == before


def test_a_ris_file_gets_the_dialog_too(controller: LibraryController, sample_library: Library, qtbot: QtBot, tmp_path: Path) -> None:
    ris = tmp_path / "export.ris"
    ris.write_text(
        "TY  - JOUR\nAU  - Olcott, Martha Brill\nTI  - Kazakhstan: Unfulfilled Promise?\nPY  - 2010\n"
        "UR  - https://example.org/a\nUR  - https://example.org/b\nER  - \n",
        encoding="utf-8",
    )
    dialog = _dialog(controller, qtbot, ris)
    assert "RIS" in dialog.windowTitle() and dialog.tabs.tabText(0) == "New (1)"
    dialog.cancel_button.click()


def test_repeated_keys_are_given_their_own_from_the_window_and_undone(
    window: MainWindow, controller: LibraryController, sample_library: Library, qtbot: QtBot
) -> None:
    from references.library.bib_import import apply_bib_import, plan_bib_file
    from references.library.repeated_keys import key_conflicts

    source = FORMATS.parent / "ru-thesis-duplicates.bib"
    with sample_library.session() as s:
        apply_bib_import(s, plan_bib_file(s, source))
    with sample_library.session() as s:
        ids = [c.reference_id for c in key_conflicts(s)]
    assert len(ids) == 5
    controller.give_own_keys(ids)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=TIMEOUT_MS)
    assert window.undo_stack.undoText() == "Give 5 entries a key of their own"
    with sample_library.session() as s:
        assert key_conflicts(s) == []
    window.undo_action.trigger()
    with sample_library.session() as s:
        assert len(key_conflicts(s)) == 5
