"""The File menu's review files, run from the window on the bundled thesis."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.main_window import MainWindow
from models.db import Library
from references.review.annotations import add_reply, create_annotation
from tests.app.annotations.test_gui_annotations_support import (
    COOLEY_END,
    controller,
    open_annotating_window,
    set_identity,
    sql,
    unique_span,
    wait_refresh,
)
from tests.app.test_gui_support import close_window

COMMENT = "Бет нөмірі керек <b>not bold</b>"


@pytest.fixture
def uri(sample_library: Library) -> str:
    start, end = unique_span(sample_library, COOLEY_END)
    with sample_library.session() as session:
        ann = create_annotation(
            session, 1, start, end, comment=COMMENT, author="Рецензент", verdict="needs_source", tags=["page"]
        )
        add_reply(session, ann.id, "Қосылды: 45-бет.", author="Автор", author_role="author")
        return ann.uri


@pytest.fixture
def window(qtbot: QtBot, sample_library: Library, tmp_path: Path, uri: str) -> Iterator[MainWindow]:
    set_identity(tmp_path)
    main = open_annotating_window(qtbot, sample_library, tmp_path)
    yield main
    close_window(main)


def run(qtbot: QtBot, window: MainWindow, start) -> object:  # noqa: ANN001 - a callable starting a file job
    with qtbot.waitSignal(controller(window).files.finished, timeout=60_000) as done:
        start()
    return done.args[0]


def test_export_then_import_w3c_annotations_is_one_undoable_step(
    window: MainWindow, sample_library: Library, uri: str, tmp_path: Path, qtbot: QtBot
) -> None:
    c = controller(window)
    out = tmp_path / "review.jsonld"
    assert run(qtbot, window, lambda: c.files.export_w3c(out)) == 2  # the annotation and its reply
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "AnnotationCollection"
    assert uri in out.read_text(encoding="utf-8") and "Қосылды: 45-бет." in out.read_text(encoding="utf-8")

    # Importing what is already there changes nothing.
    run(qtbot, window, lambda: c.files.import_w3c(out))
    assert window.undo_stack.count() == 0
    assert "were already in the library" in window.statusBar().currentMessage()

    c.dock.select(uri)
    with wait_refresh(qtbot, window):
        c.delete(uri)
    assert sql(sample_library, "SELECT count(*) FROM annotations") == [(0,)]
    with wait_refresh(qtbot, window):
        run(qtbot, window, lambda: c.files.import_w3c(out))
    [(same_uri, exact, anchor)] = sql(sample_library, "SELECT uri, exact, anchor FROM annotations")
    assert (same_uri, exact, anchor) == (uri, COOLEY_END, "exact")
    assert sql(sample_library, "SELECT body FROM annotation_replies") == [("Қосылды: 45-бет.",)]
    assert window.undo_stack.undoText() == "Import annotations from review.jsonld"
    with wait_refresh(qtbot, window):
        window.undo_action.trigger()
    assert sql(sample_library, "SELECT count(*) FROM annotations") == [(0,)]
    with wait_refresh(qtbot, window):
        window.redo_action.trigger()
    assert sql(sample_library, "SELECT uri FROM annotations") == [(uri,)]
    assert sql(sample_library, "SELECT count(*) FROM annotation_replies") == [(1,)]


def test_word_export_carries_the_annotation_as_a_comment(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    out = tmp_path / "thesis.docx"
    report = run(qtbot, window, lambda: controller(window).files.export_docx(out))
    assert report.comments == 1 and report.orphaned == 0
    with zipfile.ZipFile(out) as docx:
        comments = docx.read("word/comments.xml").decode("utf-8")
    assert "Бет нөмірі керек &lt;b&gt;not bold&lt;/b&gt;" in comments
    assert "Қосылды: 45-бет." in comments
    assert "thesis.docx" in window.statusBar().currentMessage()


@pytest.mark.parametrize("name", ["review.md", "review.html"])
def test_review_report_in_markdown_or_html(window: MainWindow, tmp_path: Path, qtbot: QtBot, name: str) -> None:
    out = tmp_path / name
    run(qtbot, window, lambda: controller(window).files.write_review_report(out))
    written = out.read_text(encoding="utf-8")
    assert "деп атайды" in written and "Қосылды: 45-бет." in written
    if name.endswith(".html"):
        assert "<b>not bold</b>" not in written and "&lt;b&gt;not bold&lt;/b&gt;" in written
    else:
        assert written.startswith("# Review report")


def test_a_file_that_is_not_w3c_is_reported_and_changes_nothing(
    window: MainWindow, sample_library: Library, tmp_path: Path, qtbot: QtBot
) -> None:
    bad = tmp_path / "notes.jsonld"
    bad.write_text("{not json", encoding="utf-8")
    assert run(qtbot, window, lambda: controller(window).files.import_w3c(bad)) is None
    message = controller(window).files.last_message
    assert message is not None and "not JSON" in message.text()
    assert sql(sample_library, "SELECT count(*) FROM annotations") == [(1,)]
    assert window.undo_stack.count() == 0
