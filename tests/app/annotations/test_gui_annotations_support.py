"""Helpers for the annotation GUI tests (no tests here).

The window is the real one on the bundled thesis. Text is selected in the
reader the way a user finds it, by searching the reader's own document,
never through the feature's offset mapping; expected offsets come from the
library's document text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.annotations import AnnotationsController
from app.annotations.annotation_editor import AnnotationEditor
from app.main_window import MainWindow
from models.db import Library
from references.thesis.text_map import document_text
from tests.app.test_gui_support import close_window, temporary_settings

REVIEWER = "Ә. Рецензент"
REFRESH_MS = 20_000
# A claim's end that the domain tests read from the thesis: "... деп атайды [23]."
COOLEY_END = "деп атайды [23]"


def set_identity(folder: Path, name: str = REVIEWER, role: str = "reviewer") -> None:
    settings = temporary_settings(folder)
    settings.setValue("annotations/user_name", name)
    settings.setValue("annotations/user_role", role)
    settings.sync()


def open_annotating_window(qtbot: QtBot, library: Library, folder: Path) -> MainWindow:
    """The window, loaded, with the annotations it found shown."""
    window = MainWindow(library, temporary_settings(folder))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.annotations.refreshed, timeout=REFRESH_MS):
        window.load()
    return window


@pytest.fixture
def window(qtbot: QtBot, sample_library: Library, tmp_path: Path) -> Iterator[MainWindow]:
    set_identity(tmp_path)
    main = open_annotating_window(qtbot, sample_library, tmp_path)
    yield main
    close_window(main)


def controller(window: MainWindow) -> AnnotationsController:
    return window.annotations


def sql(library: Library, query: str, **params: object) -> list:
    with library.engine.connect() as conn:
        return list(conn.execute(text(query), params))


def doc_text(library: Library, document_id: int = 1) -> str:
    with library.session() as session:
        return document_text(session, document_id)


def unique_span(library: Library, needle: str) -> tuple[int, int]:
    """Where ``needle`` stands in the document text; it must stand there once."""
    whole = doc_text(library)
    assert whole.count(needle) == 1, f"{needle!r} must occur once in the thesis"
    start = whole.index(needle)
    return start, start + len(needle)


def select_in_reader(window: MainWindow, needle: str) -> QTextCursor:
    """Select the one occurrence of ``needle`` in the reader, as a user would."""
    document = window.reader.document()
    found = document.find(needle, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not found.isNull(), f"{needle!r} is not in the reader"
    again = document.find(needle, found.selectionEnd(), QTextDocument.FindFlag.FindCaseSensitively)
    assert again.isNull(), f"{needle!r} is in the reader more than once"
    window.reader.setTextCursor(found)
    return found


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A key pressed in the reader, with the window active (shortcuts need that)."""
    window.activateWindow()
    window.reader.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.reader, key, modifiers)


def fill_editor(
    editor: AnnotationEditor,
    *,
    comment: str = "",
    verdict: str | None = None,
    tags: str = "",
    markdown: bool = False,
) -> None:
    editor.comment_edit.setPlainText(comment)
    if verdict is not None:
        editor.verdict_box.setCurrentIndex(editor.verdict_box.findData(verdict))
    editor.tags_edit.setText(tags)
    editor.format_box.setCurrentIndex(editor.format_box.findData("text/markdown" if markdown else "text/plain"))


def click_ok(qtbot: QtBot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def annotate(
    qtbot: QtBot,
    window: MainWindow,
    needle: str,
    *,
    comment: str = "",
    verdict: str | None = None,
    tags: str = "",
) -> str:
    """Select ``needle``, annotate it through the action and its editor; the new W3C id."""
    select_in_reader(window, needle)
    c = controller(window)
    c.annotate_action.trigger()
    assert c.editor is not None and c.editor.isVisible()
    fill_editor(c.editor, comment=comment, verdict=verdict, tags=tags)
    with qtbot.waitSignal(c.refreshed, timeout=REFRESH_MS):
        click_ok(qtbot, c.editor.buttons)
    uri = c.dock.current_uri()
    assert uri is not None
    return uri


def wait_refresh(qtbot: QtBot, window: MainWindow):  # noqa: ANN201 - pytest-qt's blocker
    return qtbot.waitSignal(controller(window).refreshed, timeout=REFRESH_MS)
