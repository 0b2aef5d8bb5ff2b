"""Citing in the real window: the reference picker, editing and removing a marker, undo.

Expected texts are built from the stored text and the document's own range
dash (read with SQL), never from what the program printed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.authoring.picker_model import ReferenceChoiceModel, ReferenceSearchProxy
from app.authoring.reference_picker import ReferencePickerDialog
from app.main_window import MainWindow
from models.db import Library
from references.thesis.editing import remove_citation
from references.normalize import fold
from tests.app.authoring.test_gui_authoring_support import (
    authoring,
    click_in_reader,
    context_menu_texts,
    marker_point,
    press_in_reader,
    ready_window,
    reloaded,
    sql,
    text_state,
)
from tests.app.test_gui_support import close_window


@pytest.fixture
def window(qtbot: QtBot, sample_library: Library, tmp_path: Path) -> Iterator[MainWindow]:
    main = ready_window(qtbot, sample_library, tmp_path)
    yield main
    close_window(main)


def reference_ids(library: Library, numbers: list[int]) -> list[int]:
    by_number = dict(sql(library, 'SELECT number, id FROM "references" WHERE number IS NOT NULL'))
    return [by_number[n] for n in numbers]


def test_inserting_a_citation_through_the_picker_then_undo(
    window: MainWindow, sample_library: Library, qtbot: QtBot
) -> None:
    controller = authoring(window)
    # The introduction's first paragraph cites nothing; its first sentence ends at the first stop.
    block_id, text = sql(
        sample_library,
        "SELECT b.id, b.text FROM blocks b WHERE b.kind = 'paragraph' "
        "AND NOT EXISTS (SELECT 1 FROM citations c WHERE c.block_id = b.id) ORDER BY b.position LIMIT 1",
    )[0]
    (dash,) = sql(sample_library, "SELECT range_dash FROM documents")[0]
    stop = text.index(". ")
    before = text_state(sample_library)

    click_in_reader(qtbot, window, block_id, stop)
    qtbot.waitUntil(lambda: controller.editor_place() == (block_id, stop))
    assert controller.editor_dock.text() == text
    controller.insert_action.trigger()
    picker = controller.picker
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker.search, "5, 3-4")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # checks the numbers the search lists
    assert picker.chosen_numbers() == [3, 4, 5]
    assert picker.marker_preview() == f"[3{dash}5]"
    with reloaded(qtbot, window):
        qtbot.mouseClick(picker.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    marker = f"[3{dash}5]"
    (new_text,) = sql(sample_library, "SELECT text FROM blocks WHERE id = :b", b=block_id)[0]
    assert new_text == text[:stop] + " " + marker + text[stop:]  # set off from the word by a space
    citation_id, start, end, claim_id = sql(
        sample_library, 'SELECT id, start, "end", claim_id FROM citations WHERE block_id = :b', b=block_id
    )[0]
    assert (start, end) == (stop + 1, stop + 1 + len(marker))
    targets = sql(
        sample_library, "SELECT reference_id FROM citation_targets WHERE citation_id = :c ORDER BY position",
        c=citation_id,
    )
    assert [t[0] for t in targets] == reference_ids(sample_library, [3, 4, 5])
    # The sentence is now a claim citing those three references, and the window shows it.
    claim_start, claim_end = sql(sample_library, 'SELECT start, "end" FROM claims WHERE id = :c', c=claim_id)[0]
    assert (claim_start, claim_end) == (0, end + 1)
    shown = window.index.claims[claim_id]
    assert list(shown.reference_ids) == reference_ids(sample_library, [3, 4, 5])
    assert window.claims_dock.model.rowCount() == len(window.index.view.claims)
    position = window.reader.layout_map.position(block_id, start)
    assert window.reader.highlighted_hit_span() == (position, position + len(marker))
    assert window.undo_action.text().endswith(marker)

    with reloaded(qtbot, window):
        press_in_reader(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert text_state(sample_library) == before
    assert claim_id not in window.index.claims

    with reloaded(qtbot, window):
        press_in_reader(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    (redone,) = sql(sample_library, "SELECT text FROM blocks WHERE id = :b", b=block_id)[0]
    assert redone == new_text


def test_right_click_a_marker_to_change_its_references_then_remove_it(
    window: MainWindow, sample_library: Library, qtbot: QtBot
) -> None:
    controller = authoring(window)
    (dash,) = sql(sample_library, "SELECT range_dash FROM documents")[0]
    citation_id, block_id, start, claim_id = sql(
        sample_library, "SELECT id, block_id, start, claim_id FROM citations WHERE marker = '[57]' LIMIT 1"
    )[0]
    (text,) = sql(sample_library, "SELECT text FROM blocks WHERE id = :b", b=block_id)[0]
    before = text_state(sample_library)

    # Over plain text the menu offers an insertion; over a marker, editing it.
    on_marker = marker_point(window, citation_id)  # scrolls the marker into view
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.layout_map.position(block_id, start - 12))
    seen = context_menu_texts(window, window.reader.cursorRect(cursor).center())
    assert "Insert Citation Here…" in seen and "Edit Citation…" not in seen
    controller.insert_here_action.trigger()  # the picker opens for the place right-clicked
    assert controller.picker is not None
    assert controller.picker.place_label.text().endswith(" ".join(text[start - 12 - 20 : start - 12].split()) + " ▮”")
    controller.picker.reject()
    seen = context_menu_texts(window, on_marker)
    assert "Edit Citation…" in seen and "Remove Citation" in seen and "Insert Citation Here…" not in seen
    controller.edit_here_action.trigger()
    picker = controller.picker
    assert picker is not None and picker.chosen_numbers() == [57]
    qtbot.keyClicks(picker.search, "51-53")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    picker.search.setText("57")
    picker.table.selectRow(0)
    qtbot.keyClick(picker.table, Qt.Key.Key_Space)  # all selected rows checked: Space unchecks
    assert picker.chosen_numbers() == [51, 52, 53]
    marker = f"[51{dash}53]"
    assert picker.marker_preview() == marker
    with reloaded(qtbot, window):
        picker.accept()

    rows = sql(sample_library, 'SELECT id, start, "end", marker, claim_id FROM citations WHERE block_id = :b '
               "AND start = :s", b=block_id, s=start)
    assert rows == [(citation_id, start, start + len(marker), marker, claim_id)]  # the same marker and claim
    (new_text,) = sql(sample_library, "SELECT text FROM blocks WHERE id = :b", b=block_id)[0]
    assert new_text == text[:start] + marker + text[start + len("[57]") :]
    targets = sql(sample_library, "SELECT reference_id FROM citation_targets WHERE citation_id = :c "
                  "ORDER BY position", c=citation_id)
    assert [t[0] for t in targets] == reference_ids(sample_library, [51, 52, 53])
    assert set(window.index.claims[claim_id].reference_ids) >= set(reference_ids(sample_library, [51, 52, 53]))

    # Remove it from the reader's menu: the space before it goes too.
    context_menu_texts(window, marker_point(window, citation_id))
    with reloaded(qtbot, window):
        controller.remove_here_action.trigger()
    (removed,) = sql(sample_library, "SELECT text FROM blocks WHERE id = :b", b=block_id)[0]
    gap = 1 if text[start - 1] == " " else 0
    assert removed == text[: start - gap] + text[start + len("[57]") :]
    assert not sql(sample_library, "SELECT id FROM citations WHERE block_id = :b AND start = :s", b=block_id, s=start)

    with reloaded(qtbot, window):
        window.undo_action.trigger()
    with reloaded(qtbot, window):
        window.undo_action.trigger()
    assert text_state(sample_library) == before
    assert not window.undo_stack.canUndo()


def test_the_picker_searches_numbers_keys_and_folded_text(qtmodeltester: ModelTester, window: MainWindow,
                                                           sample_library: Library) -> None:
    model = ReferenceChoiceModel(list(window.index.view.references))
    proxy = ReferenceSearchProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)

    def shown() -> list[int]:
        return [proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(proxy.rowCount())]

    proxy.set_query("12")
    assert shown() == [12]  # a number the bibliography has is that reference, not every "12" in a title
    proxy.set_query("3-5")
    assert sorted(shown()) == [3, 4, 5]
    proxy.set_query("REF158")
    assert shown() == [158]
    # No reference is numbered 2014: the search reads it as text. [4] is the 2014-2020 concept.
    proxy.set_query("2014")
    assert 4 in shown()
    titles = dict(sql(sample_library, 'SELECT number, title || \' \' || year || \' \' || authors FROM "references"'))
    assert all("2014" in titles[n] for n in shown())
    # Case and the two schwas do not matter.
    expected = sorted(n for n, t in titles.items() if "әдебиет" in fold(t))
    for query in ("ӘДЕБИЕТ", "əдебиет", "әдебиет"):
        proxy.set_query(query)
        assert sorted(shown()) == expected
    qtmodeltester.check(proxy)


def test_the_picker_keeps_checks_through_searches_and_writes_the_documents_style(qtbot: QtBot,
                                                                                 window: MainWindow) -> None:
    picker = ReferencePickerDialog(list(window.index.view.references), range_dash="–", place="test")
    qtbot.addWidget(picker)
    ok = picker.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    for query in ("9", "10", "11"):
        picker.search.setText(query)
        picker.check_shown_numbers()
    picker.search.setText("")
    assert picker.chosen_numbers() == [9, 10, 11]
    assert picker.marker_preview() == "[9–11]" and ok.isEnabled()
    # Editing a marker with a page locator keeps the locator with its number.
    editing = ReferencePickerDialog(list(window.index.view.references), range_dash="-", place="test",
                                    old_marker="[5, с. 12]", chosen=(5,))
    qtbot.addWidget(editing)
    editing.model.toggle([8], True)
    assert editing.marker_preview() == "[5, с. 12; 8]"


def test_an_undo_the_text_no_longer_allows_changes_nothing_and_leaves_the_history(
    window: MainWindow, sample_library: Library, qtbot: QtBot
) -> None:
    controller = authoring(window)
    block_id, text = sql(sample_library, "SELECT id, text FROM blocks WHERE kind = 'paragraph' ORDER BY position LIMIT 1")[0]
    stop = text.index(". ")
    click_in_reader(qtbot, window, block_id, stop)
    qtbot.waitUntil(lambda: controller.editor_place() == (block_id, stop))
    controller.insert_action.trigger()
    picker = controller.picker
    assert picker is not None
    picker.model.set_chosen({12})
    with reloaded(qtbot, window):
        picker.accept()
    assert window.undo_stack.count() == 1
    # Meanwhile another window (or `silteme`) removes that very marker.
    (citation_id,) = sql(sample_library, "SELECT id FROM citations WHERE block_id = :b", b=block_id)[0]
    with sample_library.session() as session:
        remove_citation(session, citation_id)
    after_other = text_state(sample_library)

    window.undo_action.trigger()

    box = controller.message_box
    assert box is not None and box.isVisible()
    assert "changed since this edit" in box.text() and "taken out of the undo history" in box.text()
    assert text_state(sample_library) == after_other  # the refused undo wrote nothing
    assert window.undo_stack.count() == 0
    box.accept()
