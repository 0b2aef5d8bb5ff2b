"""Tools ▸ Document Language sets the language the thesis is written in, as one undo step,
and the GOST-2008 list of its bibliography takes that language's terms (issue 17)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.main_window import MainWindow
from models import Document
from models.db import Library, open_library
from references.library.bib_export import ExportSelection
from references.library.exchange_records import formatted_bibliography
from tests.app.test_gui_support import close_window, open_window

SILTEME = Path(sys.executable).with_name("silteme")
THESIS = "КІРІСПЕ\n\nҚазақстанның сыртқы саясаты көпвекторлы [1], оны зерттеушілер талдаған [2].\n"
BIB = (
    "@book{a, author={Назарбаев, Нұрсұлтан}, title={Қазақстан жолы}, address={Астана}, publisher={Елорда},"
    " year={2006}, pagetotal={372}}\n"
    "@article{b, author={Лаумулин, Мурат}, title={Центральная Азия}, journal={Казахстан-Спектр}, year={2009},"
    " volume={3}, pages={5--20}}\n"
)


@pytest.fixture
def kazakh_thesis(tmp_path: Path) -> Iterator[Library]:
    """A Kazakh thesis and its two references, imported as a person does it."""
    db = tmp_path / "library.sqlite"
    (tmp_path / "thesis.txt").write_text(THESIS, encoding="utf-8")
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    for args in (["import-text", str(tmp_path / "thesis.txt")], ["import-bib", str(tmp_path / "refs.bib"), "--document", "1"]):
        done = subprocess.run([str(SILTEME), "--db", str(db), *args], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    library = open_library(str(db))
    yield library
    library.close()


def stored_language(library: Library) -> str:
    with library.session() as session:
        document = session.get(Document, 1)
        assert document is not None
        return document.language


def gost_list(library: Library) -> str:
    with library.session() as session:
        return "\n".join(formatted_bibliography(session, ExportSelection(document_id=1), "gost-2008", False))


def checked(window: MainWindow) -> list[str]:
    return [language for language, action in window.document_language.actions.items() if action.isChecked()]


def test_the_document_language_is_set_from_the_window_and_undone(
    qtbot: QtBot, kazakh_thesis: Library, tmp_path: Path
) -> None:
    window = open_window(qtbot, kazakh_thesis, tmp_path / "settings")
    try:
        menu = window.document_language.menu
        assert menu.menuAction() in window.menu("tools").actions()
        assert menu.isEnabled()
        assert checked(window) == ["kk"]  # detected from the text at import
        assert "2006. 372 б." in gost_list(kazakh_thesis)

        window.document_language.actions["en"].trigger()
        assert stored_language(kazakh_thesis) == "en"
        assert checked(window) == ["en"]
        english = gost_list(kazakh_thesis)
        assert "2006. 372 p." in english and "Vol. 3. P. 5–20" in english
        assert window.undo_stack.count() == 1
        assert window.undo_action.text().endswith("English")

        window.undo_action.trigger()
        assert stored_language(kazakh_thesis) == "kk"
        assert checked(window) == ["kk"]
        assert "2006. 372 б." in gost_list(kazakh_thesis)

        window.redo_action.trigger()
        assert stored_language(kazakh_thesis) == "en"
        window.document_language.actions["ru"].trigger()
        assert "Т. 3. С. 5–20" in gost_list(kazakh_thesis)
        assert window.undo_stack.count() == 2

        # Choosing the language it already has is no step.
        window.document_language.actions["ru"].trigger()
        assert window.undo_stack.count() == 2
    finally:
        close_window(window)
