"""A document shown anew: its first screen first, the rest appended on the event loop.

The window draws the top of the thesis before it builds the other 440,000
characters; what a person can do while the rest comes (an outline click, a
search hit, a claim) still reaches any place, and once the rest is in the
reader holds exactly what a whole build holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from app.document_index import DocumentIndex
from app.main_window import FIRST_SCREEN_CHARACTERS, MainWindow
from app.reader_document import ReaderStyle, build_reader_document
from models.db import Library, open_library
from references.library.sample import SAMPLE_TITLE
from references.thesis.search import search
from tests.app.test_gui_support import LOAD_TIMEOUT_MS, close_window, open_window, temporary_settings


@pytest.fixture
def started(qtbot: QtBot, sample_library: Library, tmp_path: Path) -> Iterator[MainWindow]:
    """A shown window whose load has reached its first screen (the rest not yet in)."""
    window = open_window(qtbot, sample_library, tmp_path, first_screen=True)
    yield window
    close_window(window)


def whole_build(window: MainWindow) -> tuple[str, dict[int, int], list[tuple[int, int, int]]]:
    assert window.index is not None
    font = QFont(window.reader.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.1)
    layout = build_reader_document(DocumentIndex(window.index.view), ReaderStyle.from_palette(font, window.reader.palette()))
    return layout.document.toPlainText(), dict(layout.block_start), list(layout.marker_spans)


def test_the_first_screen_is_the_top_of_the_thesis_and_the_rest_follows(started: MainWindow, qtbot: QtBot) -> None:
    reader = started.reader
    assert not reader.complete
    first = reader.document().toPlainText()
    assert FIRST_SCREEN_CHARACTERS <= len(first) < 100_000  # a screen or two, not the 450,000 characters
    assert reader.verticalScrollBar().value() == 0
    assert reader.top_block() == started.index.view.blocks[0].id  # type: ignore[union-attr]
    assert started.section_label.text() in ("", "КІРІСПЕ")
    with qtbot.waitSignal(started.document_loaded, timeout=LOAD_TIMEOUT_MS):
        pass
    assert reader.complete
    text, starts, spans = whole_build(started)
    assert reader.document().toPlainText() == text
    assert text.startswith(first)
    assert reader.layout_map is not None
    assert reader.layout_map.block_start == starts
    assert reader.layout_map.marker_spans == spans  # every chip where a whole build puts it
    assert started.section_label.text() == "КІРІСПЕ"
    assert started.outline_dock.tree.model().rowCount() == len(started.index.view.outline)  # type: ignore[union-attr]
    assert started.claims_dock.model.rowCount() == len(started.index.view.claims)  # type: ignore[union-attr]


def test_an_outline_click_to_the_last_section_before_the_rest_is_in(started: MainWindow, qtbot: QtBot) -> None:
    assert started.index is not None
    last = started.index.view.blocks[-1]
    assert started.reader._layout is not None and last.id not in started.reader._layout.block_start
    assert started.reader.scroll_to_block(last.id)  # brings the rest in at once
    assert started.reader.complete
    assert started.reader.top_block() == last.id or started.reader.verticalScrollBar().value() > 0
    with qtbot.waitSignal(started.document_loaded, timeout=LOAD_TIMEOUT_MS):
        pass  # the chunks left over find nothing to do, and the load ends as usual
    position = started.reader.layout_map.position(last.id, 0)  # type: ignore[union-attr]
    assert position is not None and position > 400_000


def test_a_search_hit_and_a_claim_late_in_the_thesis_are_shown(
    started: MainWindow, qtbot: QtBot, sample_library: Library
) -> None:
    assert started.index is not None
    document_id = started.index.view.document.id
    last_claim = started.index.view.claims[-1]
    started.reader.select_claim(last_claim.id)  # while the rest is not in yet
    span = started.reader.highlighted_claim_span()
    assert span is not None
    cursor = started.reader.textCursor()
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], cursor.MoveMode.KeepAnchor)
    assert " ".join(cursor.selectedText().split()) == " ".join(last_claim.text.split())
    with qtbot.waitSignal(started.document_loaded, timeout=LOAD_TIMEOUT_MS):
        pass
    with sample_library.session() as session:
        hits = [h for h in search(session, document_id, "Қазақстан").hits if h.block_id is not None and h.end > h.start]
    late = hits[-1]
    started.show_hit(late)
    hit = started.reader.highlighted_hit_span()
    assert hit is not None and hit[1] - hit[0] == late.end - late.start


def test_a_reload_of_the_same_document_builds_it_whole_and_keeps_the_place(started: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(started.document_loaded, timeout=LOAD_TIMEOUT_MS):
        pass
    assert started.index is not None
    middle = started.index.view.blocks[len(started.index.view.blocks) // 2]
    started.reader.scroll_to_block(middle.id)
    with qtbot.waitSignal(started.document_loaded, timeout=LOAD_TIMEOUT_MS):
        started.load(started.index.view.document.id)
    assert started.reader.complete
    assert started.reader.top_block() == middle.id


def test_a_window_closed_before_the_rest_is_in_leaves_nothing_running(
    qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> None:
    window = MainWindow(sample_library, temporary_settings(tmp_path))  # not kept by qtbot: deleted below
    window.show()
    with qtbot.waitSignal(window.first_screen_shown, timeout=LOAD_TIMEOUT_MS):
        window.load()
    assert not window.reader.complete
    close_window(window)
    shiboken6.delete(window)  # at once, before the event loop runs the next step
    qtbot.wait(500)  # the steps left over would run here, on a deleted window


def test_a_first_start_shows_the_import_step_by_step_then_the_thesis(qtbot: QtBot, tmp_path: Path) -> None:
    library = open_library(tmp_path / "new.sqlite")  # created empty, as on a first start
    window = MainWindow(library, temporary_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    steps: list[tuple[int, int]] = []
    window.busy.job_started.connect(lambda progress: progress.stepped.connect(lambda d, t: steps.append((d, t))))
    with qtbot.waitSignal(window.first_screen_shown, timeout=LOAD_TIMEOUT_MS):
        window.load(seed_sample=True)
    assert steps[-1] == (5, 5) and [d for d, _ in steps] == sorted(d for d, _ in steps) and len(steps) >= 5
    assert window.index is not None and window.index.view.document.title == SAMPLE_TITLE
    assert not window.busy.visible
    with qtbot.waitSignal(window.document_loaded, timeout=LOAD_TIMEOUT_MS):
        pass
    assert window.reader.complete
    close_window(window)
    library.close()
