"""Fixtures for the Library window's GUI tests (no tests here).

The real main window on the bundled thesis (``tests.app.test_gui_support``),
with the Library window opened from it, and small helpers to read the
database the way a test checks it: with SQL, not through the window.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.library.controller import LibraryController
from app.library.library_window import LibraryWindow
from app.main_window import MainWindow
from models.db import Library
from tests.app.test_gui_support import close_window, open_window


@pytest.fixture
def window(qtbot: QtBot, sample_library: Library, tmp_path: Path) -> Iterator[MainWindow]:
    main = open_window(qtbot, sample_library, tmp_path)
    yield main
    main.reference_library.library_window.close()
    close_window(main)


@pytest.fixture
def controller(window: MainWindow) -> LibraryController:
    return window.reference_library


@pytest.fixture
def library_window(controller: LibraryController, qtbot: QtBot) -> LibraryWindow:
    shown = controller.open_window()
    qtbot.waitExposed(shown)
    return shown


def sql(library: Library, query: str, **params: object) -> list[tuple]:
    with library.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(query), params)]


def reference_id(library: Library, number: int) -> int:
    return sql(library, 'SELECT id FROM "references" WHERE number = :n', n=number)[0][0]


def group_id(library: Library, name: str) -> int:
    return sql(library, "SELECT id FROM source_groups WHERE :name IN (name, name_en)", name=name)[0][0]


def field_value(library: Library, number: int, name: str) -> str | None:
    (fields,) = sql(library, 'SELECT fields FROM "references" WHERE number = :n', n=number)[0]
    import json

    # SQLite hands back the JSON text, PostgreSQL the decoded list.
    pairs = json.loads(fields) if isinstance(fields, str) else fields
    return next((value for fname, value in pairs if fname.lower() == name), None)


def members(library: Library, name: str) -> list[int]:
    return [
        n
        for (n,) in sql(
            library,
            'SELECT r.number FROM "references" r JOIN reference_groups rg ON rg.reference_id = r.id '
            "JOIN source_groups g ON g.id = rg.group_id WHERE :name IN (g.name, g.name_en) ORDER BY r.number",
            name=name,
        )
    ]


def type_text(widget: QWidget, typed: str) -> None:
    """Key presses carrying ``typed`` one character at a time, as a Kazakh keyboard sends them.

    QTest's keyClicks only knows ASCII keys (it aborts on ``ә``), so the
    events are made here: a key press with the character as its text.
    """
    for char in typed:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def shown_numbers(library_window: LibraryWindow) -> list[int | None]:
    model = library_window.table_model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [model.row(i).number for i in range(model.rowCount())]
