"""Editing a paragraph of the bundled thesis in the window's editor pane, then undo and redo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from app.authoring.paragraph_editor import ParagraphEditorDock
from models.db import Library
from references.review.annotations import create_annotation
from references.thesis.document_view import BlockRow
from tests.app.authoring.test_gui_authoring_support import (
    authoring,
    click_in_reader,
    press_in_reader,
    ready_window,
    reloaded,
    sql,
    text_state,
)
from tests.app.test_gui_support import close_window


def annotation_state(library: Library) -> list:
    return sql(library, 'SELECT id, start, "end", anchor, claim_id, exact FROM annotations ORDER BY id')


def test_editing_a_paragraph_keeps_markers_claims_and_notes_in_step_and_undo_restores_it(
    qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> None:
    # The paragraph holding the first "[57]": delete a word of the sentence before its marker.
    block_id, doc_start, text = sql(
        sample_library,
        "SELECT b.id, b.doc_start, b.text FROM blocks b JOIN citations c ON c.block_id = b.id "
        "WHERE c.marker = '[57]' ORDER BY b.position LIMIT 1",
    )[0]
    marker_start = text.index("[57]")
    word_end = text.rindex(" ", 0, marker_start - 1)
    word_start = text.rindex(" ", 0, word_end) + 1
    word = text[word_start:word_end]
    assert word.strip() and " " not in word
    # A reviewer's note on the words around the deleted one, and one on the next paragraph.
    ((document_id,),) = sql(sample_library, "SELECT id FROM documents")
    with sample_library.session() as session:
        around = create_annotation(session, document_id, doc_start + word_start - 60, doc_start + word_end + 7,
                                   author="Reviewer", comment="check this")
        later = create_annotation(session, document_id, doc_start + len(text) + 2, doc_start + len(text) + 30,
                                  author="Reviewer", comment="and this")
        around_id, later_id = around.id, later.id
    citations_before = sql(sample_library, 'SELECT id, start, "end", marker FROM citations WHERE block_id = :b '
                           "ORDER BY start", b=block_id)
    before, notes_before = text_state(sample_library), annotation_state(sample_library)

    window = ready_window(qtbot, sample_library, tmp_path)
    try:
        controller = authoring(window)
        editor = controller.editor_dock
        click_in_reader(qtbot, window, block_id, word_start)
        qtbot.waitUntil(lambda: editor.block is not None and editor.block.id == block_id)
        assert editor.text() == text and not editor.apply_button.isEnabled()
        # Select the word with the space after it, as a user would, and delete it.
        editor.select_span(word_start, word_end + 1)
        qtbot.keyClick(editor.editor, Qt.Key.Key_Delete)
        expected = text[:word_start] + text[word_end + 1 :]
        assert editor.text() == expected and editor.is_dirty() and editor.apply_button.isEnabled()
        with reloaded(qtbot, window):
            qtbot.keyClick(editor.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Apply

        shift = len(word) + 1
        (stored,) = sql(sample_library, "SELECT text FROM blocks WHERE id = :b", b=block_id)[0]
        assert stored == expected
        # Every marker is the same row; those after the cut moved back by the word.
        after_edit = sql(sample_library, 'SELECT id, start, "end", marker FROM citations WHERE block_id = :b '
                         "ORDER BY start", b=block_id)
        assert after_edit == [
            (cid, s - shift if s > word_start else s, e - shift if s > word_start else e, m)
            for cid, s, e, m in citations_before
        ]
        for cid, s, e, m in after_edit:
            assert stored[s:e] == m
        # Claims still name their sentences; the note on the next paragraph moved with the text.
        for start, end, claim_text in sql(sample_library, 'SELECT start, "end", text FROM claims WHERE block_id = :b',
                                          b=block_id):
            assert stored[start:end] == claim_text
        notes = {row[0]: row for row in annotation_state(sample_library)}
        old_later = next(r for r in notes_before if r[0] == later_id)
        assert notes[later_id][1:3] == (old_later[1] - shift, old_later[2] - shift)
        # The note the edit cut through was placed again by its quote.
        document_text = "\n\n".join(r[0] for r in sql(sample_library, "SELECT text FROM blocks ORDER BY position"))
        _, start, end, anchor, _, exact = notes[around_id]
        assert exact == text[word_start - 60 : word_end + 7]  # the quote stays what the reviewer marked
        assert anchor == "fuzzy"
        assert document_text[start:end] == text[word_start - 60 : word_start] + text[word_end + 1 : word_end + 7]
        assert editor.text() == stored and not editor.is_dirty()  # the editor holds the saved text

        with reloaded(qtbot, window):
            press_in_reader(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert text_state(sample_library) == before
        assert annotation_state(sample_library) == notes_before
        assert sql(sample_library, 'SELECT id, start, "end", marker FROM citations WHERE block_id = :b '
                   "ORDER BY start", b=block_id) == citations_before
        assert editor.text() == text

        with reloaded(qtbot, window):
            window.redo_action.trigger()
        (redone,) = sql(sample_library, "SELECT text FROM blocks WHERE id = :b", b=block_id)[0]
        assert redone == expected
        assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "Edit paragraph"
    finally:
        close_window(window)


def test_a_blank_line_is_refused_and_nothing_changes(qtbot: QtBot, sample_library: Library, tmp_path: Path) -> None:
    window = ready_window(qtbot, sample_library, tmp_path)
    try:
        controller = authoring(window)
        editor = controller.editor_dock
        block_id, text = sql(sample_library, "SELECT id, text FROM blocks WHERE kind = 'paragraph' "
                             "ORDER BY position LIMIT 1")[0]
        click_in_reader(qtbot, window, block_id, 5)
        qtbot.waitUntil(lambda: editor.block is not None and editor.block.id == block_id)
        before = text_state(sample_library)
        cursor = editor.editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        editor.editor.setTextCursor(cursor)
        qtbot.keyClick(editor.editor, Qt.Key.Key_Return)
        qtbot.keyClick(editor.editor, Qt.Key.Key_Return)
        assert editor.text() == text + "\n\n"
        editor.apply_button.click()
        assert "blank line" in editor.status.text()
        assert text_state(sample_library) == before and window.undo_stack.count() == 0
        editor.revert_button.click()
        assert editor.text() == text and not editor.is_dirty()
    finally:
        close_window(window)


def test_the_editor_gives_back_every_stored_text_exactly(qtbot: QtBot, sample_library: Library) -> None:
    dock = ParagraphEditorDock()
    qtbot.addWidget(dock)
    rows = sql(sample_library, "SELECT id, section_id, position, kind, text, caption, doc_start FROM blocks")
    assert any("\n" in row[4] for row in rows)  # tables keep their line breaks
    for row in rows:
        block = BlockRow(*row)
        assert dock.show_block(block, "")
        assert dock.text() == block.text and not dock.is_dirty()
    # A no-break space stays one (QPlainTextEdit.toPlainText would make it a plain space).
    nbsp = BlockRow(0, None, 0, "paragraph", "1991\u00a0жылы [5].", None, 0)
    dock.show_block(nbsp, "")
    assert dock.text() == nbsp.text
