"""File ▸ Open Recent: libraries and documents opened before."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.main_window import MainWindow
from app.recent import RecentDocument, RecentPlaces, library_location
from models.db import Library, open_library
from tests.app.test_gui_support import LOAD_TIMEOUT_MS, close_window, open_window, temporary_settings


@pytest.fixture
def window(qtbot: QtBot, sample_library: Library, tmp_path: Path) -> Iterator[MainWindow]:
    window = open_window(qtbot, sample_library, tmp_path)
    yield window
    close_window(window)


def _menu_texts(window: MainWindow) -> list[str]:
    window.recent_menu.refill()
    return [action.text() for action in window.recent_menu.actions() if action.text()]


def test_the_shown_document_is_remembered_with_its_library(window: MainWindow, sample_library: Library) -> None:
    documents = window.recent.documents()
    assert documents[0].library == library_location(sample_library)
    assert documents[0].document_id == window.index.view.document.id
    assert window.recent.libraries() == [library_location(sample_library)]
    assert any(window.index.view.document.title in text for text in _menu_texts(window))


def test_opening_a_recent_library_shows_its_remembered_document(
    window: MainWindow, qtbot: QtBot, sample_path: Path, tmp_path: Path
) -> None:
    other_path = tmp_path / "other folder" / "Қазақ кітапхана.sqlite"
    other_path.parent.mkdir()
    shutil.copyfile(sample_path, other_path)
    other = open_library(other_path)
    try:
        with other.session() as session:
            from sqlalchemy import text

            document_id = session.execute(text("SELECT min(id) FROM documents")).scalar_one()
    finally:
        other.close()
    location = str(other_path.absolute())
    window.recent.add_document(RecentDocument(location, document_id, "Other thesis"))
    assert window.recent.libraries()[0] == location
    with qtbot.waitSignal(window.document_loaded, timeout=LOAD_TIMEOUT_MS):
        window.recent_menu.document_chosen.emit(location, document_id)
    assert window.library.path == other_path
    assert window.index.view.document.id == document_id


def test_a_library_that_is_gone_is_taken_off_the_list(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    gone = str(tmp_path / "gone.sqlite")
    window.recent.add_library(gone)
    window.open_recent_library(gone)
    assert gone not in window.recent.libraries()
    assert warnings and "gone.sqlite" in warnings[0]


def test_urls_are_remembered_without_their_password(tmp_path: Path) -> None:
    class Remote:
        url = "postgresql+psycopg://author:secret@db.example:5432/thesis"
        path = None

    assert library_location(Remote()) == "postgresql+psycopg://author@db.example:5432/thesis"  # type: ignore[arg-type]


def test_the_lists_are_newest_first_without_repeats_and_bounded(tmp_path: Path) -> None:
    places = RecentPlaces(temporary_settings(tmp_path))
    for number in range(12):
        places.add_library(f"/libraries/{number}.sqlite")
    places.add_library("/libraries/5.sqlite")
    libraries = places.libraries()
    assert libraries[0] == "/libraries/5.sqlite"
    assert len(libraries) == 8 and len(set(libraries)) == 8
    places.clear()
    assert places.libraries() == [] and places.documents() == []


def test_a_damaged_setting_gives_an_empty_list(tmp_path: Path) -> None:
    settings = temporary_settings(tmp_path)
    settings.setValue("recent/libraries", "{not json")
    settings.setValue("recent/documents", '[{"id": "x"}, 5]')
    places = RecentPlaces(settings)
    assert places.libraries() == [] and places.documents() == []
