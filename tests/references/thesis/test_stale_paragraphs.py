"""A paragraph edit made on text that changed elsewhere (a renumber in another process) is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import app.cli
from app.stale_dialog import DIFFERENCE, StaleEditDialog
from models import Block, Citation, CitationTarget, Reference
from models.db import Library
from references.thesis import editing
from references.thesis.paragraph_version import StaleParagraphError, stored_paragraph_version
from tests.app.authoring.test_gui_authoring_support import authoring, click_in_reader, ready_window, sql, text_state
from tests.app.test_gui_support import close_window

def renumber_in_another_process(library: Library) -> None:
    """`silteme renumber` run by a user in a terminal while the window is open (its own
    engine and connections, as another process has), on the same library file or server."""
    location = str(library.path) if library.path is not None else library.url
    assert app.cli.main(["--db", location, "renumber"]) == 0


def marked(dialog: StaleEditDialog) -> list[str]:
    """The texts marked as differing in both panes of the dialog: yours, then the saved one."""
    found = []
    for pane in (dialog.yours_text, dialog.saved_text):
        block = pane.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.charFormat().background().color() == DIFFERENCE:
                    found.append(fragment.text())
                fragments += 1
            block = block.next()
    return found


def block_citing(library: Library, marker: str) -> tuple[int, str]:
    return sql(library, "SELECT b.id, b.text FROM blocks b JOIN citations c ON c.block_id = b.id "
               "WHERE c.marker = :m ORDER BY b.position LIMIT 1", m=marker)[0]


def cited_keys(library: Library, block_id: int) -> list[str]:
    with library.session() as session:
        return list(session.scalars(
            select(Reference.key).join(CitationTarget, CitationTarget.reference_id == Reference.id)
            .join(Citation, Citation.id == CitationTarget.citation_id)
            .where(Citation.block_id == block_id).order_by(Citation.start, CitationTarget.position)
        ))


def test_a_paragraph_edit_from_before_a_renumber_is_refused_then_reapplied_on_request(
    sample_library: Library
) -> None:
    block_id, text = block_citing(sample_library, "[57]")
    with sample_library.session() as session:
        seen = stored_paragraph_version(session, session.get(Block, block_id))
    renumber_in_another_process(sample_library)
    after_renumber = text_state(sample_library)
    edited = text.replace("[57]", "[57] ", 1)  # the person typed a space after the marker
    with pytest.raises(StaleParagraphError) as refused, sample_library.session() as session:
        editing.set_paragraph_text(session, block_id, edited, seen=seen)
    assert "changed in another window or program" in str(refused.value)
    assert text_state(sample_library) == after_renumber
    # Citation edits on that paragraph are refused the same way.
    ((citation_id,),) = sql(sample_library, "SELECT id FROM citations WHERE block_id = :b LIMIT 1", b=block_id)
    with pytest.raises(StaleParagraphError), sample_library.session() as session:
        editing.remove_citation(session, citation_id, seen=seen)
    # Re-applying (seen=None) is the person's explicit choice: it goes onto the stored text.
    with sample_library.session() as session:
        editing.set_paragraph_text(session, block_id, edited, seen=None)
    assert sql(sample_library, "SELECT text FROM blocks WHERE id = :b", b=block_id)[0][0] == edited


def test_the_window_refuses_a_stale_paragraph_edit_and_offers_reload_or_apply_again(
    qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> None:
    block_id, text = block_citing(sample_library, "[57]")
    keys_before = cited_keys(sample_library, block_id)
    window = ready_window(qtbot, sample_library, tmp_path)
    try:
        controller = authoring(window)
        editor = controller.editor_dock
        click_in_reader(qtbot, window, block_id, text.index("[57]") + 4)
        qtbot.waitUntil(lambda: editor.block is not None and editor.block.id == block_id)
        qtbot.keyClicks(editor.editor, " ")
        assert editor.is_dirty()
        renumber_in_another_process(sample_library)
        stored = text_state(sample_library)
        keys_stored = cited_keys(sample_library, block_id)
        assert keys_stored == keys_before  # the renumber kept every citation's source
        editor.apply_button.click()
        dialog = controller.stale_dialog
        assert isinstance(dialog, StaleEditDialog) and "changed in another window" in dialog.message.text()
        assert dialog.message.textFormat() == Qt.TextFormat.PlainText
        assert text_state(sample_library) == stored and cited_keys(sample_library, block_id) == keys_before
        # Both versions side by side: the person's (with the typed space) and the saved one
        # (renumbered markers), each marking what the other does not have.
        (saved_now,) = sql(sample_library, "SELECT text FROM blocks WHERE id = :b", b=block_id)[0]
        assert dialog.yours_text.toPlainText() == editor.text() and dialog.saved_text.toPlainText() == saved_now
        assert saved_now != text and marked(dialog)
        marked_saved = marked(dialog)
        assert any(m.startswith("[") for m in marked_saved)  # a renumbered marker is marked
        assert dialog.again_button is not None and dialog.again_button.text() == "Apply Again"
        dialog.again_button.click()
        qtbot.waitUntil(lambda: controller.stale_dialog is None)
        (saved,) = sql(sample_library, "SELECT text FROM blocks WHERE id = :b", b=block_id)[0]
        assert saved.startswith(text[: text.index("[57]")]) and saved != text
    finally:
        close_window(window)
