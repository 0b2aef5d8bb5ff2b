"""File ▸ Import From ▸ LaTeX Project… and PDF…, run in the worker and shown when done."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.main_window import MainWindow
from models import Annotation, Document
from models.db import Library
from tests.app.test_gui_support import close_window, open_window
from tests.conftest import DATA



@pytest.fixture
def window(qtbot: QtBot, sample_library: Library, tmp_path: Path) -> Iterator[MainWindow]:
    main = open_window(qtbot, sample_library, tmp_path)
    yield main
    close_window(main)


def test_the_import_menu_offers_latex_and_pdf(window: MainWindow) -> None:
    entries = [a.text() for a in window.import_menu.actions()]
    assert entries[-2:] == ["&LaTeX Project…", "&PDF…"]
    assert window.source_imports.latex_action in window.import_menu.actions()
    file_menu = window.menuBar().actions()[0].menu()
    assert window.import_menu.menuAction() in file_menu.actions()


def test_a_latex_project_is_imported_and_shown(window: MainWindow, sample_library: Library, qtbot: QtBot) -> None:
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    with qtbot.waitSignal(window.document_loaded, timeout=60_000):
        window.source_imports.import_latex(DATA / "latex" / "natbib" / "thesis.tex")
    assert window.index is not None
    assert window.index.view.document.title.startswith("Water Governance in Central Asia")
    assert any("17 marker" in m and "missingkey2020" in m for m in messages), messages
    with sample_library.session() as session:
        assert session.scalar(select(Document.title).order_by(Document.id.desc()).limit(1)) == window.index.view.document.title


def test_a_reviewed_pdf_is_imported_with_its_notes(window: MainWindow, sample_library: Library, qtbot: QtBot,
                                                   tmp_path: Path) -> None:
    from tests.pdf_notes import Note, annotate

    reviewed = tmp_path / "reviewed.pdf"
    reviewed.write_bytes(annotate((DATA / "pdf" / "thesis.pdf").read_bytes(),
                                  [Note(1, "/Highlight", "a landlocked state", "Which one?")]))
    with qtbot.waitSignal(window.document_loaded, timeout=120_000):
        window.source_imports.import_pdf(reviewed)
    assert window.index is not None and window.index.view.document.title == "reviewed"
    with sample_library.session() as session:
        assert session.scalar(select(Annotation.comment).where(Annotation.document_id == window.index.view.document.id)) == "Which one?"


def test_a_bad_file_shows_one_sentence(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, message: shown.append(message))
    broken = tmp_path / "broken.pdf"
    broken.write_text("not a pdf", encoding="utf-8")
    window.source_imports.import_pdf(broken)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert shown == ["broken.pdf is not a PDF file (it does not start with %PDF); nothing was imported."]
    assert not window.busy.visible
