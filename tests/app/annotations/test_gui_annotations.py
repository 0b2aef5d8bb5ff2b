"""Annotating the bundled thesis in the real window: select, annotate, undo, redo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from pytestqt.qtbot import QtBot

from app.annotations.claims_column import COLUMN_KEY
from app.annotations.vocabulary import VERDICT_COLORS
from app.main_window import MainWindow
from models.db import Library
from tests.app.annotations.test_gui_annotations_support import (
    COOLEY_END,
    REVIEWER,
    click_ok,
    controller,
    fill_editor,
    open_annotating_window,
    press,
    select_in_reader,
    sql,
    unique_span,
    wait_refresh,
    window,  # noqa: F401 - the fixture
)
from tests.app.test_gui_support import close_window, temporary_settings

ANNOTATION_ROW = 'SELECT uri, start, "end", exact, claim_id, verdict, author, author_role, comment FROM annotations'


def highlighted_texts(window: MainWindow) -> list[tuple[str, QColor]]:
    return [(s.cursor.selectedText(), s.format.background().color()) for s in window.reader.extraSelections()]


def test_annotate_a_selection_with_the_shortcut_then_undo_and_redo(
    window: MainWindow, sample_library: Library, qtbot: QtBot
) -> None:
    start, end = unique_span(sample_library, COOLEY_END)
    c = controller(window)
    select_in_reader(window, COOLEY_END)

    press(qtbot, window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert c.editor is not None and c.editor.isVisible()
    assert COOLEY_END in c.editor.quote_label.text()
    fill_editor(c.editor, comment="Қай бетте? Which page of Cooley?", verdict="needs_source", tags="page, Cooley")
    with wait_refresh(qtbot, window):
        click_ok(qtbot, c.editor.buttons)

    # The database: one annotation on exactly the selected text, on its claim.
    [(uri, a, b, exact, claim_id, verdict, author, role, comment)] = sql(sample_library, ANNOTATION_ROW)
    assert (a, b, exact) == (start, end, COOLEY_END)
    assert (verdict, author, role, comment) == ("needs_source", REVIEWER, "reviewer", "Қай бетте? Which page of Cooley?")
    [(claim_text,)] = sql(sample_library, "SELECT text FROM claims WHERE id = :c", c=claim_id)
    assert " ".join(COOLEY_END.split()) in " ".join(claim_text.split())
    tags = [t for (t,) in sql(sample_library, "SELECT tag FROM annotation_tags ORDER BY tag")]
    assert tags == ["Cooley", "page"]

    # The reader: the quote is highlighted in the verdict's colour, its marker left as a chip.
    texts = highlighted_texts(window)
    assert ("деп атайды ", QColor(VERDICT_COLORS["needs_source"]).rgb()) in [(t, col.rgb()) for t, col in texts]
    assert not any("[23]" in t for t, _ in texts)
    # The claims table counts it.
    model = window.claims_dock.model
    row = model.row_of(claim_id)
    assert row is not None
    assert model.index(row, model.column_of(COLUMN_KEY)).data() == "1 open: needs source"

    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not c.items, timeout=20_000)
    assert sql(sample_library, "SELECT count(*) FROM annotations")[0][0] == 0
    assert sql(sample_library, "SELECT count(*) FROM annotation_tags")[0][0] == 0
    assert not any(t.startswith("деп атайды") for t, _ in highlighted_texts(window))
    assert model.index(row, model.column_of(COLUMN_KEY)).data() == ""

    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(c.items) == 1, timeout=20_000)
    [again] = sql(sample_library, ANNOTATION_ROW)
    assert again == (uri, a, b, exact, claim_id, verdict, author, role, comment)  # the same W3C id
    assert [t for (t,) in sql(sample_library, "SELECT tag FROM annotation_tags ORDER BY tag")] == ["Cooley", "page"]
    assert any(t == "деп атайды " for t, _ in highlighted_texts(window))
    assert c.dock.current_uri() == uri


def test_an_annotation_across_a_citation_marker_keeps_the_chip_visible_and_has_a_margin_mark(
    window: MainWindow, sample_library: Library, qtbot: QtBot
) -> None:
    c = controller(window)
    select_in_reader(window, COOLEY_END)
    c.annotate_action.trigger()
    fill_editor(c.editor, comment="mark")
    with wait_refresh(qtbot, window):
        click_ok(qtbot, c.editor.buttons)
    uri = c.dock.current_uri()
    c.show_annotation(uri)
    # The hit marks the whole quote, marker included.
    hit = window.reader.highlighted_hit_span()
    assert hit is not None
    cursor = window.reader.textCursor()
    cursor.setPosition(hit[0])
    cursor.setPosition(hit[1], QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == COOLEY_END
    # A mark in the margin, level with the quote; clicking it chooses the annotation.
    marks = c.layer.visible_marks()
    assert [placed.uri for _, placed in marks] == [uri]
    rect, _ = marks[0]
    c.dock.select(None)
    with qtbot.waitSignal(c.layer.mark_clicked) as clicked:
        qtbot.mouseClick(c.layer.gutter, Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked.args == [uri]
    assert c.dock.current_uri() == uri


def test_the_first_annotation_asks_for_a_name_and_role_and_the_menu_changes_them(
    qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> None:
    main = open_annotating_window(qtbot, sample_library, tmp_path)  # no name saved yet
    c = controller(main)
    try:
        select_in_reader(main, COOLEY_END)
        c.annotate_action.trigger()
        dialog = c.identity_dialog
        assert dialog is not None and dialog.isVisible() and c.editor is None
        dialog.name_edit.setText("  ")
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.name_edit.setText("Айгүл Сейітқызы")
        dialog.role_box.setCurrentIndex(dialog.role_box.findData("author"))
        click_ok(qtbot, dialog.buttons)
        assert c.editor is not None and c.editor.isVisible()  # and on to the annotation
        fill_editor(c.editor, comment="Бет көрсетілді.")
        with wait_refresh(qtbot, main):
            click_ok(qtbot, c.editor.buttons)
        assert sql(sample_library, "SELECT author, author_role FROM annotations") == [("Айгүл Сейітқызы", "author")]
        saved = temporary_settings(tmp_path)
        assert (saved.value("annotations/user_name"), saved.value("annotations/user_role")) == ("Айгүл Сейітқызы", "author")

        assert c.identity_action in c.review_menu.actions()
        c.identity_action.trigger()
        dialog = c.identity_dialog
        assert dialog.name_edit.text() == "Айгүл Сейітқызы"
        dialog.name_edit.setText("Reviewer Two")
        dialog.role_box.setCurrentIndex(dialog.role_box.findData("reviewer"))
        click_ok(qtbot, dialog.buttons)
        c.dock.reply_edit.setPlainText("A reply under the new name.")
        with wait_refresh(qtbot, main):
            qtbot.mouseClick(c.dock.reply_button, Qt.MouseButton.LeftButton)
        assert sql(sample_library, "SELECT author, author_role FROM annotation_replies") == [("Reviewer Two", "reviewer")]
    finally:
        close_window(main)


def test_nothing_selected_means_nothing_to_annotate(window: MainWindow, sample_library: Library) -> None:
    c = controller(window)
    cursor = window.reader.textCursor()
    cursor.clearSelection()
    window.reader.setTextCursor(cursor)
    c.annotate_action.trigger()
    assert c.editor is None
    assert "Select some text" in window.statusBar().currentMessage()
    assert sql(sample_library, "SELECT count(*) FROM annotations")[0][0] == 0


def test_the_reader_context_menu_and_the_menus_offer_the_actions(window: MainWindow) -> None:
    c = controller(window)
    assert c.annotate_action in window.reader.actions()
    assert c.annotate_action.shortcut().toString() == "Ctrl+Alt+A"
    file_actions = next(a.menu() for a in window.menuBar().actions() if window.quit_action in a.menu().actions())
    for action in (c.revise_action, c.export_w3c_action, c.import_w3c_action, c.docx_action, c.report_action):
        assert action in file_actions.actions()
    assert c.dock.toggleViewAction() in c.review_menu.actions()
