"""The annotations dock on the bundled thesis: thread, reply, resolve, edit,
delete, filters, and comments that hold markup."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from app.annotations.annotations_model import NO_VERDICT, URI_ROLE
from app.main_window import MainWindow
from models.db import Library
from references.review.annotations import add_reply, create_annotation
from tests.app.annotations.test_gui_annotations_support import (
    COOLEY_END,
    REVIEWER,
    click_ok,
    controller,
    fill_editor,
    open_annotating_window,
    set_identity,
    sql,
    unique_span,
    wait_refresh,
)
from tests.app.test_gui_support import close_window

# Quotes the domain tests read from the thesis (tests/references/review/test_annotations.py).
HANKS = "Хэнкс “Multi-vector"
WALT = "Стивен Уолт, күш теңгерімі (күштер балансы)"
MARKUP = "<script>alert(1)</script> and <img src=x onerror=alert(2)>"


def add(library: Library, needle: str, **fields: object) -> str:
    start, end = unique_span(library, needle)
    with library.session() as session:
        fields.setdefault("author", "Рецензент Бір")
        return create_annotation(session, 1, start, end, **fields).uri  # type: ignore[arg-type]


@pytest.fixture
def three(sample_library: Library) -> dict[str, str]:
    """Three annotations of different verdicts, authors and tags, made before the window opens."""
    return {
        "cooley": add(sample_library, COOLEY_END, comment="Бет нөмірі керек", verdict="needs_source", tags=["page"]),
        "hanks": add(
            sample_library, HANKS, comment="Is this the 2009 article? Әдебиет тізімін қараңыз.",
            verdict="not_supported", author="Second Reviewer", tags=["page", "year"],
        ),
        "walt": add(sample_library, WALT, comment="Good summary."),
    }


@pytest.fixture
def window(qtbot: QtBot, sample_library: Library, tmp_path: Path, three: dict[str, str]) -> Iterator[MainWindow]:
    set_identity(tmp_path)
    main = open_annotating_window(qtbot, sample_library, tmp_path)
    yield main
    close_window(main)


def click_row(qtbot: QtBot, window: MainWindow, uri: str) -> None:
    dock = controller(window).dock
    dock.tabs.setCurrentIndex(0)
    proxy = dock.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(URI_ROLE) == uri)
    rect = dock.table.visualRect(proxy.index(row, 0))
    qtbot.mouseClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dock.current_uri() == uri


def test_the_dock_lists_every_annotation_and_its_models_are_sound(
    window: MainWindow, three: dict[str, str], qtmodeltester
) -> None:  # noqa: ANN001 - pytest-qt's fixture
    dock = controller(window).dock
    assert sorted(dock.visible_uris()) == sorted(three.values())
    assert dock.count_label.text() == "3 of 3"
    qtmodeltester.check(dock.model)
    qtmodeltester.check(dock.proxy)
    qtmodeltester.check(dock.orphans.proxy)
    qtmodeltester.check(window.claims_dock.model)  # with its Annotations column


def test_clicking_a_row_shows_its_text_in_the_reader(window: MainWindow, three: dict[str, str], qtbot: QtBot) -> None:
    click_row(qtbot, window, three["walt"])
    span = window.reader.highlighted_hit_span()
    assert span is not None
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == WALT
    assert window.reader.verticalScrollBar().value() > 0
    assert "Good summary." in controller(window).dock.thread_view.toPlainText()


def test_reply_then_resolve_from_the_dock_each_undoable(
    window: MainWindow, sample_library: Library, three: dict[str, str], qtbot: QtBot
) -> None:
    dock = controller(window).dock
    uri = three["hanks"]
    click_row(qtbot, window, uri)
    assert not dock.reply_button.isEnabled()  # nothing written yet
    dock.reply_edit.setPlainText("Иә, Central Asian Survey, 2009.")
    with wait_refresh(qtbot, window):
        qtbot.mouseClick(dock.reply_button, Qt.MouseButton.LeftButton)
    [(reply_uri, body, author, role)] = sql(sample_library, "SELECT uri, body, author, author_role FROM annotation_replies")
    assert (body, author, role) == ("Иә, Central Asian Survey, 2009.", REVIEWER, "reviewer")
    assert dock.reply_edit.toPlainText() == ""
    assert "Иә, Central Asian Survey, 2009." in dock.thread_view.toPlainText()

    with wait_refresh(qtbot, window):
        window.undo_action.trigger()
    assert sql(sample_library, "SELECT count(*) FROM annotation_replies")[0][0] == 0
    with wait_refresh(qtbot, window):
        window.redo_action.trigger()
    assert sql(sample_library, "SELECT uri, body FROM annotation_replies") == [(reply_uri, "Иә, Central Asian Survey, 2009.")]

    [(modified_before,)] = sql(sample_library, "SELECT modified FROM annotations WHERE uri = :u", u=uri)
    assert dock.status_button.text().replace("&", "") == "Resolve"
    with wait_refresh(qtbot, window):
        qtbot.mouseClick(dock.status_button, Qt.MouseButton.LeftButton)
    assert sql(sample_library, "SELECT status FROM annotations WHERE uri = :u", u=uri) == [("resolved",)]
    assert dock.status_button.text().replace("&", "") == "Reopen"
    row = dock.model.row_of(uri)
    assert dock.model.index(row, dock.model.column_of("status")).data() == "Resolved"
    with wait_refresh(qtbot, window):
        window.undo_action.trigger()
    assert sql(sample_library, "SELECT status, modified FROM annotations WHERE uri = :u", u=uri) == [("open", modified_before)]


def test_edit_changes_only_what_was_changed_and_undo_puts_it_back(
    window: MainWindow, sample_library: Library, three: dict[str, str], qtbot: QtBot
) -> None:
    c = controller(window)
    uri = three["cooley"]
    before = sql(sample_library, "SELECT comment, verdict, color, modified FROM annotations WHERE uri = :u", u=uri)
    click_row(qtbot, window, uri)
    qtbot.mouseClick(c.dock.edit_button, Qt.MouseButton.LeftButton)
    editor = c.editor
    assert editor is not None and editor.comment_edit.toPlainText() == "Бет нөмірі керек"
    assert editor.verdict_box.currentData() == "needs_source" and editor.tags_edit.text() == "page"
    fill_editor(editor, comment="Бет нөмірі: 45", verdict="supported", tags="page, checked")
    with wait_refresh(qtbot, window):
        click_ok(qtbot, editor.buttons)
    assert sql(sample_library, "SELECT comment, verdict FROM annotations WHERE uri = :u", u=uri) == [("Бет нөмірі: 45", "supported")]
    tags = sql(sample_library, "SELECT t.tag FROM annotation_tags t JOIN annotations a ON a.id = t.annotation_id "
                               "WHERE a.uri = :u ORDER BY t.tag", u=uri)
    assert tags == [("checked",), ("page",)]
    assert window.undo_stack.undoText().startswith("Edit the annotation on «деп атайды")
    with wait_refresh(qtbot, window):
        window.undo_action.trigger()
    assert sql(sample_library, "SELECT comment, verdict, color, modified FROM annotations WHERE uri = :u", u=uri) == before


def test_delete_then_undo_brings_back_the_annotation_and_its_thread(
    window: MainWindow, sample_library: Library, three: dict[str, str], qtbot: QtBot
) -> None:
    uri = three["walt"]
    with sample_library.session() as session:
        annotation_id = sql(sample_library, "SELECT id FROM annotations WHERE uri = :u", u=uri)[0][0]
        add_reply(session, annotation_id, "Келісемін.", author="Автор", author_role="author")
    with wait_refresh(qtbot, window):
        controller(window).reload()
    [reply] = sql(sample_library, "SELECT uri, body, author, created FROM annotation_replies")
    click_row(qtbot, window, uri)
    with wait_refresh(qtbot, window):
        qtbot.mouseClick(controller(window).dock.delete_button, Qt.MouseButton.LeftButton)
    assert sql(sample_library, "SELECT count(*) FROM annotations WHERE uri = :u", u=uri) == [(0,)]
    assert sql(sample_library, "SELECT count(*) FROM annotation_replies") == [(0,)]
    assert uri not in controller(window).dock.visible_uris()
    with wait_refresh(qtbot, window):
        window.undo_action.trigger()
    assert sql(sample_library, "SELECT count(*) FROM annotations WHERE uri = :u", u=uri) == [(1,)]
    assert sql(sample_library, "SELECT uri, body, author, created FROM annotation_replies") == [reply]
    assert uri in controller(window).dock.visible_uris()


def test_filters_by_verdict_author_tag_status_and_text(window: MainWindow, three: dict[str, str]) -> None:
    dock = controller(window).dock

    def choose(box, value) -> list[str]:  # noqa: ANN001 - a combo box and its item data
        box.setCurrentIndex(box.findData(value))
        return sorted(dock.visible_uris())

    assert choose(dock.verdict_filter, "not_supported") == [three["hanks"]]
    assert choose(dock.verdict_filter, NO_VERDICT) == [three["walt"]]
    assert dock.count_label.text() == "1 of 3"
    assert choose(dock.verdict_filter, None) == sorted(three.values())
    assert choose(dock.author_filter, "Second Reviewer") == [three["hanks"]]
    assert choose(dock.author_filter, None) == sorted(three.values())
    assert choose(dock.tag_filter, "page") == sorted([three["cooley"], three["hanks"]])
    assert choose(dock.status_filter, "resolved") == []
    choose(dock.status_filter, None)
    choose(dock.tag_filter, None)
    # Search folds case and the two schwas: Latin "Ə" finds Cyrillic "ә".
    dock.text_filter.setText("ƏДЕБИЕТ")
    assert sorted(dock.visible_uris()) == [three["hanks"]]
    dock.text_filter.setText("<script>" * 500)  # a huge paste is capped, not a pattern
    assert dock.visible_uris() == []


def test_filters_by_source_group_and_section_of_the_claim(
    window: MainWindow, sample_library: Library, three: dict[str, str]
) -> None:
    dock = controller(window).dock
    # What each annotation's claim cites, and where it stands, read from the library.
    groups = {
        uri: {g for (g,) in sql(
            sample_library,
            "SELECT DISTINCT rg.group_id FROM annotations a JOIN citations c ON c.claim_id = a.claim_id "
            "JOIN citation_targets t ON t.citation_id = c.id JOIN reference_groups rg ON rg.reference_id = t.reference_id "
            "WHERE a.uri = :u", u=uri)}
        for uri in three.values()
    }
    group = next(g for g in groups[three["cooley"]] if g not in groups[three["hanks"]] | groups[three["walt"]])
    dock.group_filter.setCurrentIndex(dock.group_filter.findData(group))
    assert three["cooley"] in dock.visible_uris()
    assert three["hanks"] not in dock.visible_uris() and three["walt"] not in dock.visible_uris()
    dock.group_filter.setCurrentIndex(0)

    [(section_id,)] = sql(
        sample_library,
        "SELECT b.section_id FROM annotations a JOIN blocks b ON b.document_id = a.document_id "
        "AND a.start >= b.doc_start AND a.start <= b.doc_start + length(b.text) WHERE a.uri = :u",
        u=three["walt"],
    )
    dock.section_filter.setCurrentIndex(dock.section_filter.findData(section_id))
    shown = dock.visible_uris()
    assert three["walt"] in shown
    for uri in shown:
        row = dock.model.row_of(uri)
        assert dock.model.item(row).section_id in window.index.section_subtree(section_id)


def test_comments_with_markup_are_shown_as_text(
    window: MainWindow, sample_library: Library, three: dict[str, str], qtbot: QtBot
) -> None:
    c = controller(window)
    uri = three["walt"]
    click_row(qtbot, window, uri)
    qtbot.mouseClick(c.dock.edit_button, Qt.MouseButton.LeftButton)
    fill_editor(c.editor, comment=MARKUP + "\n\n**bold** is fine", markdown=True)
    c.editor.tabs.setCurrentIndex(1)  # the preview
    assert MARKUP in c.editor.preview.toPlainText()
    with wait_refresh(qtbot, window):
        click_ok(qtbot, c.editor.buttons)
    c.dock.reply_edit.setPlainText(MARKUP)
    with wait_refresh(qtbot, window):
        qtbot.mouseClick(c.dock.reply_button, Qt.MouseButton.LeftButton)

    shown = c.dock.thread_view
    assert shown.toPlainText().count(MARKUP) == 2  # the comment and the reply, as typed
    assert "bold is fine" in shown.toPlainText()  # Markdown itself is rendered
    document_html = shown.toHtml()
    assert "<img" not in document_html and "<script" not in document_html
    row = c.dock.model.row_of(uri)
    tooltip = c.dock.model.index(row, c.dock.model.column_of("comment")).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;script&gt;" in tooltip and "<script" not in tooltip and "<img" not in tooltip
