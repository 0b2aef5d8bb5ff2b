"""A revision that deletes an annotated sentence: the orphan is shown, and re-attached by hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from pytestqt.qtbot import QtBot

from app.main_window import MainWindow
from models.db import Library
from references.review.annotations import create_annotation
from references.storage.backups import list_backups
from tests.conftest import THESIS
from tests.app.annotations.test_gui_annotations_support import (
    COOLEY_END,
    controller,
    open_annotating_window,
    select_in_reader,
    set_identity,
    sql,
    unique_span,
    wait_refresh,
)
from tests.app.test_gui_support import close_window

# The sentence tests/references/review/test_annotations.py deletes from the thesis, as it
# stands in the source file (the PDF's double space and line break kept).
DOOMED_SOURCE = (
    "Идея ретінде,  алғаш рет 1992 жылы Қазақстанның егемен мемлекет ретінде \n"
    "қалыптасуы мен дамуы жөніндегі стратегия ретінде ресми жарияланған еді. "
)
DOOMED_QUOTE = "Идея ретінде,  алғаш рет 1992 жылы"
NEW_PLACE = "Зерттеу жұмысының өзектілігі."


@pytest.fixture
def revised_file(tmp_path: Path) -> Path:
    source = THESIS.read_text(encoding="utf-8")
    assert source.count(DOOMED_SOURCE) == 1
    path = tmp_path / "revised.txt"
    path.write_text(source.replace(DOOMED_SOURCE, "", 1), encoding="utf-8")
    return path


@pytest.fixture
def annotated(sample_library: Library) -> dict[str, str]:
    with sample_library.session() as session:
        made = {}
        for name, quote, comment in (("doomed", DOOMED_QUOTE, "Қай құжатта?"), ("kept", COOLEY_END, "Бет?")):
            start, end = unique_span(sample_library, quote)
            made[name] = create_annotation(session, 1, start, end, comment=comment, author="Рецензент").uri
    return made


@pytest.fixture
def window(qtbot: QtBot, sample_library: Library, tmp_path: Path, annotated: dict[str, str]) -> Iterator[MainWindow]:
    set_identity(tmp_path)
    main = open_annotating_window(qtbot, sample_library, tmp_path)
    yield main
    close_window(main)


def import_revision(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    """Import a revised text through the File menu's operation, and wait for the views."""
    c = controller(window)
    with qtbot.waitSignal(c.files.finished, timeout=60_000):
        c.files.import_revised_text(path)
    qtbot.waitUntil(lambda: c.overview is not None and bool(c.overview.orphans), timeout=20_000)


def test_a_revision_orphans_the_deleted_sentence_and_the_orphans_list_opens(
    window: MainWindow, sample_library: Library, annotated: dict[str, str], revised_file: Path, qtbot: QtBot
) -> None:
    c = controller(window)
    assert c.dock.tabs.currentIndex() == 0
    window.undo_stack.push(QUndoCommand("an earlier step"))
    import_revision(qtbot, window, revised_file)

    rows = dict(sql(sample_library, "SELECT uri, anchor FROM annotations"))
    assert rows == {annotated["doomed"]: "orphaned", annotated["kept"]: "exact"}
    message = c.files.last_message
    assert message is not None and "1 placed exactly, 0 placed fuzzily (worth a look), 1 orphaned" in message.text()
    [backup] = [b for b in list_backups(sample_library.path) if b.reason == "before-revision-import"]
    assert str(backup.path) in message.text()  # one backup, made first, and the user is told where
    assert window.undo_stack.count() == 0  # steps naming places in the old text are gone

    # The orphans list is open and shows the old quote; the main list keeps it too.
    assert c.dock.tabs.currentIndex() == 1
    assert c.dock.tabs.tabText(1) == "Orphaned (1)"
    assert c.dock.orphan_uris() == [annotated["doomed"]]
    quote_column = c.dock.model.column_of("quote")
    assert c.dock.orphans.proxy.index(0, quote_column).data() == " ".join(DOOMED_QUOTE.split())
    assert annotated["doomed"] in c.dock.visible_uris()
    # No highlight for it: its text is gone.
    assert c.layer.span_of(annotated["doomed"]) is None
    assert c.layer.span_of(annotated["kept"]) is not None


def test_reattaching_an_orphan_to_a_selection_is_undoable(
    window: MainWindow, sample_library: Library, annotated: dict[str, str], revised_file: Path, qtbot: QtBot
) -> None:
    c = controller(window)
    import_revision(qtbot, window, revised_file)
    uri = annotated["doomed"]
    orphan_before = sql(sample_library, 'SELECT anchor, start, "end", exact, claim_id, modified FROM annotations WHERE uri = :u', u=uri)
    table = c.dock.orphans.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(c.dock.orphans.proxy.index(0, 0)).center())
    assert c.dock.current_uri() == uri
    assert "Идея ретінде" in c.dock.thread_view.toPlainText()  # the old quote, kept

    start, end = unique_span(sample_library, NEW_PLACE)
    select_in_reader(window, NEW_PLACE)
    with wait_refresh(qtbot, window):
        qtbot.mouseClick(c.dock.reattach_button, Qt.MouseButton.LeftButton)
    [(anchor, a, b, exact, claim_id)] = sql(sample_library, 'SELECT anchor, start, "end", exact, claim_id FROM annotations WHERE uri = :u', u=uri)
    assert (anchor, a, b, exact) == ("exact", start, end, NEW_PLACE)
    if claim_id is not None:  # a claim it now lies in must hold the new place
        [(claim_text,)] = sql(sample_library, "SELECT text FROM claims WHERE id = :c", c=claim_id)
        assert NEW_PLACE in claim_text
    assert c.dock.orphan_uris() == [] and c.dock.tabs.tabText(1) == "Orphaned (0)"
    assert c.layer.span_of(uri) is not None

    with wait_refresh(qtbot, window):
        window.undo_action.trigger()
    assert sql(sample_library, 'SELECT anchor, start, "end", exact, claim_id, modified FROM annotations WHERE uri = :u', u=uri) == orphan_before
    assert c.dock.orphan_uris() == [uri]
    with wait_refresh(qtbot, window):
        window.redo_action.trigger()
    assert sql(sample_library, 'SELECT anchor, start, "end", exact FROM annotations WHERE uri = :u', u=uri) == [("exact", start, end, NEW_PLACE)]
