"""File ▸ Import ▸ Word Document and Review ▸ Import Reviewed Word File, in the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.main_window import MainWindow
from models import Annotation, Document
from models.db import Library
from references.word.importer import import_docx
from references.word.writeback import write_back
from tests.app.test_gui_support import close_window, open_window
from tests.references.word.word_docs import build_thesis, review_as_word_would

IMPORT_MS = 120_000


def _menu_texts(window: MainWindow) -> list[str]:
    return [a.text() for a in window.import_menu.actions()]


def test_a_word_thesis_is_imported_with_progress_and_shown(
    qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> None:
    docx = build_thesis(tmp_path / "Менің тезисім.docx")
    window = open_window(qtbot, sample_library, tmp_path)
    try:
        assert window.word_import_action in window.import_menu.actions()
        assert _menu_texts(window) == ["&Import Text…", "&Word Document…", "&LaTeX Project…", "&PDF…"]
        steps: list[tuple[int, int]] = []
        window.word_import.relay.progress.connect(lambda done, total: steps.append((done, total)))
        with qtbot.waitSignal(window.word_import.finished, timeout=IMPORT_MS) as done:
            window.word_import.import_file(docx)
        summary = done.args[0]
        assert summary is not None and summary.references == 7 and summary.comments == 2
        qtbot.waitUntil(lambda: steps and steps[-1][0] == steps[-1][1], timeout=IMPORT_MS)
        box = window.word_import.last_message
        assert box is not None and "Менің тезисім" in box.text() and "7" in box.text()
        qtbot.waitUntil(lambda: window.index is not None and window.index.view.document.id == summary.document_id, timeout=IMPORT_MS)
        with sample_library.session() as s:
            assert s.scalar(select(func.count(Document.id))) == 2
    finally:
        close_window(window)


def test_a_bad_word_file_gets_its_sentence_in_a_message(qtbot: QtBot, sample_library: Library, tmp_path: Path) -> None:
    bad = tmp_path / "old.docx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    window = open_window(qtbot, sample_library, tmp_path)
    try:
        with qtbot.waitSignal(window.word_import.finished, timeout=IMPORT_MS) as done:
            window.word_import.import_file(bad)
        assert done.args[0] is None
        assert "Word 97-2003" in window.word_import.last_message.text()
    finally:
        close_window(window)


def test_review_menu_merges_a_reviewed_word_file(qtbot: QtBot, library_with_word: tuple[Library, Path], tmp_path: Path) -> None:
    library, reviewed = library_with_word
    window = open_window(qtbot, library, tmp_path)
    try:
        files = window.annotations.files
        assert window.annotations.review_docx_action in window.annotations.review_menu.actions()
        with qtbot.waitSignal(files.finished, timeout=IMPORT_MS) as done:
            files.import_reviewed_docx(reviewed)
        report = done.args[0]
        assert (report.new_comments, report.new_replies, report.resolved) == (1, 1, 1)
        text = files.last_message.text()
        assert "1" in text and "Сұхбат сұрақтары мен жауаптары" in text
        with library.session() as s:
            assert s.scalar(select(func.count(Annotation.id))) == 3
    finally:
        close_window(window)


@pytest.fixture
def library_with_word(tmp_path: Path) -> Iterator[tuple[Library, Path]]:
    from models.db import open_library

    library = open_library(tmp_path / "word.sqlite")
    with library.session() as s:
        summary = import_docx(s, build_thesis(tmp_path / "thesis.docx"))
    with library.session() as s:
        write_back(s, summary.document_id, tmp_path / "sent.docx")
    review_as_word_would(tmp_path / "sent.docx", tmp_path / "reviewed.docx")
    yield library, tmp_path / "reviewed.docx"
    library.close()
