"""The real main window on the bundled thesis, driven as a user would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QHelpEvent, QTextCursor, QUndoCommand
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.main_window import MainWindow
from models.db import Library
from references.normalize import fold
from tests.app.test_gui_support import close_window, open_window, temporary_settings
from tests.conftest import THESIS


@pytest.fixture
def window(qtbot: QtBot, sample_library: Library, tmp_path: Path) -> Iterator[MainWindow]:
    main = open_window(qtbot, sample_library, tmp_path)
    yield main
    close_window(main)


def sql(library: Library, query: str, **params: object) -> list:
    with library.engine.connect() as conn:
        return list(conn.execute(text(query), params))


def drag_and_drop(window: MainWindow, path: Path) -> QDropEvent:
    """A file dragged onto the window and dropped, as the platform delivers it."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPointF(window.width() / 2, window.height() / 2)
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(point.toPoint(), *args)  # Qt takes a QPoint here, a QPointF for the drop
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(point, *args)
    if enter.isAccepted():
        QApplication.sendEvent(window, drop)
    return drop


def reader_text(window: MainWindow, start: int, end: int) -> str:
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_title_status_bar_and_counts_name_the_document(window: MainWindow, sample_library: Library) -> None:
    (title,) = sql(sample_library, "SELECT title FROM documents")[0]
    assert title in window.windowTitle()
    assert window.document_label.text() == title
    (claims,) = sql(sample_library, "SELECT count(*) FROM claims")[0]
    (markers,) = sql(sample_library, "SELECT count(*) FROM citations")[0]
    assert f"{claims} claims" in window.counts_label.text()
    assert f"{markers} markers" in window.counts_label.text()
    assert window.section_label.text() == "КІРІСПЕ"  # the thesis opens with its introduction


def test_reader_shows_paragraphs_as_stored(window: MainWindow, sample_library: Library) -> None:
    layout = window.reader.layout_map
    assert layout is not None
    for block_id, block_text in sql(sample_library, "SELECT id, text FROM blocks WHERE kind = 'paragraph' LIMIT 40"):
        start = layout.block_start[block_id]
        assert reader_text(window, start, start + len(block_text)) == block_text.replace("\n", " ")
    # Markers are their own fragments with a chip background.
    citation_id, block_id, start, end, marker = sql(
        sample_library, "SELECT id, block_id, start, \"end\", marker FROM citations LIMIT 1"
    )[0]
    position = layout.position(block_id, start)
    assert reader_text(window, position, position + end - start) == marker
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(position + 1)
    assert cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush
    assert layout.citation_at(position) == citation_id


def test_outline_click_scrolls_the_reader_to_the_section(
    window: MainWindow, sample_library: Library, qtbot: QtBot
) -> None:
    section_id, label_number = sql(sample_library, "SELECT id, number FROM sections WHERE number = '2.1'")[0]
    (first_block,) = sql(
        sample_library, "SELECT id FROM blocks WHERE section_id = :s ORDER BY position LIMIT 1", s=section_id
    )[0]
    tree = window.outline_dock.tree
    index = window.outline_dock.model.index_of_section(section_id)
    tree.scrollTo(index)
    assert window.reader.verticalScrollBar().value() == 0
    with qtbot.waitSignal(window.reader.current_section_changed) as changed:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    assert changed.args == [section_id]
    assert window.reader.top_block() == first_block
    assert window.reader.verticalScrollBar().value() > 0
    assert window.section_label.text().startswith(label_number + " ")


def test_clicking_a_marker_selects_its_references_and_claim(
    window: MainWindow, sample_library: Library, qtbot: QtBot
) -> None:
    citation_id, claim_id = sql(sample_library, "SELECT id, claim_id FROM citations WHERE marker = '[9–14]'")[0]
    expected = sorted(
        r[0] for r in sql(sample_library, "SELECT reference_id FROM citation_targets WHERE citation_id = :c", c=citation_id)
    )
    assert len(expected) == 6
    rect = window.reader.marker_rect(citation_id)
    assert rect is not None
    with qtbot.waitSignal(window.reader.citation_clicked) as clicked:
        qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked.args == [citation_id]
    assert window.references_dock.selected_reference_ids() == expected
    assert window.claims_dock.selected_claim() == claim_id
    block_id, start, end, claim_text = sql(
        sample_library, "SELECT block_id, start, \"end\", text FROM claims WHERE id = :c", c=claim_id
    )[0]
    span = window.reader.highlighted_claim_span()
    assert span is not None
    assert reader_text(window, *span) == claim_text.replace("\n", " ")
    # The places list of the first reference now shows this very marker.
    place = window.references_dock.places_view.currentIndex()
    assert place.isValid() and "[9–14]" in place.data()


def test_hovering_a_marker_lists_its_references(window: MainWindow, sample_library: Library) -> None:
    citation_id, marker = sql(sample_library, "SELECT id, marker FROM citations WHERE marker = '[3-5]'")[0]
    rows = sql(
        sample_library,
        'SELECT r.number, r.title FROM citation_targets t JOIN "references" r ON r.id = t.reference_id '
        "WHERE t.citation_id = :c ORDER BY t.position",
        c=citation_id,
    )
    rect = window.reader.marker_rect(citation_id)
    assert rect is not None
    viewport = window.reader.viewport()
    point = rect.center()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point)))
    shown = QToolTip.text()
    assert marker in shown
    for number, title in rows:
        assert f"[{number}]" in shown
        assert title[:20].replace("&", "&amp;") in shown
    assert "Legal acts" in shown  # resources/source-groups.json: 3-8 are legal acts
    assert "incomplete" in shown  # every bundled entry holds only what the thesis says
    QToolTip.hideText()


def test_filtering_claims_by_legal_acts(window: MainWindow, sample_library: Library) -> None:
    (legal,) = sql(sample_library, "SELECT id FROM source_groups WHERE name_en = 'Legal acts'")[0]
    dock = window.claims_dock
    dock.group_filter.set_checked(())
    assert dock.proxy.rowCount() == 0
    dock.group_filter.item_for(legal).setCheckState(0, Qt.CheckState.Checked)  # as a click does
    citing = {
        r[0]
        for r in sql(
            sample_library,
            "SELECT DISTINCT c.claim_id FROM citations c JOIN citation_targets t ON t.citation_id = c.id "
            "JOIN reference_groups g ON g.reference_id = t.reference_id WHERE g.group_id = :g AND c.claim_id IS NOT NULL",
            g=legal,
        )
    }
    shown = dock.visible_claim_ids()
    assert len(shown) == len(citing) > 0
    assert set(shown) == citing
    legal_refs = {r[0] for r in sql(sample_library, "SELECT reference_id FROM reference_groups WHERE group_id = :g", g=legal)}
    for claim_id in shown:
        refs = {
            r[0]
            for r in sql(
                sample_library,
                "SELECT t.reference_id FROM citations c JOIN citation_targets t ON t.citation_id = c.id WHERE c.claim_id = :c",
                c=claim_id,
            )
        }
        assert refs & legal_refs
    assert f"({len(citing)})" in dock.group_filter.item_for(legal).text(0)
    assert dock.count_label.text().startswith(f"{len(citing)} of ")


def test_claims_filter_by_section_and_folded_text(window: MainWindow, sample_library: Library) -> None:
    dock = window.claims_dock
    (section_id,) = sql(sample_library, "SELECT id FROM sections WHERE number = '1'")[0]
    in_chapter = {
        r[0]
        for r in sql(
            sample_library,
            "SELECT c.id FROM claims c JOIN blocks b ON b.id = c.block_id JOIN sections s ON s.id = b.section_id "
            "WHERE s.id = :s OR s.parent_id = :s",
            s=section_id,
        )
    }
    dock.section_filter.setCurrentIndex(dock.section_filter.findData(section_id))
    assert set(dock.visible_claim_ids()) == in_chapter
    dock.section_filter.setCurrentIndex(0)
    # The thesis writes "əдебиет" with a Latin schwa; a Cyrillic filter finds it.
    dock.text_filter.setText("ӘДЕБИЕТ")
    expected = {r[0] for r in sql(sample_library, "SELECT id, text FROM claims") if "әдебиет" in fold(r[1])}
    assert expected and set(dock.visible_claim_ids()) == expected


def test_sorting_claims_by_any_column(window: MainWindow) -> None:
    dock = window.claims_dock
    column = dock.model.column_of("references")
    dock.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    counts = [len(dock.model.claim(dock.proxy.mapToSource(dock.proxy.index(r, 0)).row()).numbers) for r in range(dock.proxy.rowCount())]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]


def test_search_with_latin_and_cyrillic_schwa_gives_the_same_hits(
    window: MainWindow, sample_library: Library, qtbot: QtBot
) -> None:
    dock = window.search_dock
    found = {}
    for query in ("әдебиет", "əдебиет"):
        with qtbot.waitSignal(dock.results_ready, timeout=10_000):
            dock.search_now(query)
        found[query] = [(h.kind, h.block_id, h.start, h.end) for h in dock.result.hits]
    assert found["әдебиет"] and found["әдебиет"] == found["əдебиет"]
    assert dock.model.rowCount() == len(found["әдебиет"])
    # Enter steps through the hits in the reader.
    texts = dict(sql(sample_library, "SELECT id, text FROM blocks"))
    for expected in found["əдебиет"][:2]:
        with qtbot.waitSignal(dock.hit_activated):
            qtbot.keyClick(dock.edit, Qt.Key.Key_Return)
        _, block_id, start, end = expected
        position = window.reader.layout_map.position(block_id, start)
        assert window.reader.highlighted_hit_span() == (position, position + end - start)
        assert fold(reader_text(window, position, position + end - start)).startswith("әдебиет")
        assert texts[block_id][start:end].startswith("əдебиет")


def test_typing_in_the_search_box_searches(window: MainWindow, qtbot: QtBot) -> None:
    window.find_action.trigger()
    assert window.search_dock.edit.hasFocus() or window.search_dock.isVisible()
    # QTest types Latin-1 only; the thesis names "think tank" reports in English.
    with qtbot.waitSignal(window.search_dock.results_ready, timeout=10_000):
        qtbot.keyClicks(window.search_dock.edit, "think tank")
    assert window.search_dock.result is not None and window.search_dock.result.query == "think tank"
    assert window.search_dock.result.hits
    assert all(h.match.lower().startswith("think tank") for h in window.search_dock.result.hits)


def test_reference_places_step_with_next_and_previous(window: MainWindow, sample_library: Library) -> None:
    (reference_id,) = sql(
        sample_library,
        "SELECT reference_id FROM citation_targets GROUP BY reference_id HAVING count(DISTINCT citation_id) >= 3 LIMIT 1",
    )[0]
    places = [
        r[0]
        for r in sql(
            sample_library,
            "SELECT DISTINCT c.id FROM citations c JOIN citation_targets t ON t.citation_id = c.id "
            "JOIN blocks b ON b.id = c.block_id WHERE t.reference_id = :r ORDER BY b.position, c.start",
            r=reference_id,
        )
    ]
    dock = window.references_dock
    dock.select_references([reference_id])
    assert dock.places.rowCount() == len(places)
    stepped = [dock.step(1) for _ in places]
    assert stepped == places
    assert dock.step(1) == places[0]  # wraps around
    assert dock.step(-1) == places[-1]
    # The reader marks the marker of the place shown.
    citation = window.index.citations[places[-1]]
    position = window.reader.layout_map.position(citation.block_id, citation.start)
    assert window.reader.highlighted_hit_span() == (position, position + citation.end - citation.start)


def test_double_clicking_a_claim_shows_it_in_the_reader(window: MainWindow, qtbot: QtBot) -> None:
    dock = window.claims_dock
    last = dock.proxy.index(dock.proxy.rowCount() - 1, 1)
    claim = dock.model.claim(dock.proxy.mapToSource(last).row())
    dock.table.scrollTo(last)
    rect = dock.table.visualRect(last)
    qtbot.mouseClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.verticalScrollBar().value() == 0  # a single click only selects
    qtbot.mouseDClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    span = window.reader.highlighted_claim_span()
    assert span is not None
    assert reader_text(window, *span) == claim.text.replace("\n", " ")
    assert window.reader.verticalScrollBar().value() > 0


def test_docks_close_and_come_back_and_the_layout_is_remembered(
    qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> None:
    first = open_window(qtbot, sample_library, tmp_path)
    toggle = first.outline_dock.toggleViewAction()
    assert toggle in first.menuBar().actions()[2].menu().actions()  # the View menu
    toggle.trigger()
    assert not first.outline_dock.isVisible()
    first.resize(720, 520)  # the offscreen screen is 800 x 800; the docks need 707 px
    close_window(first)
    saved = temporary_settings(tmp_path)
    assert saved.value("main_window/geometry") is not None

    second = open_window(qtbot, sample_library, tmp_path)
    assert not second.outline_dock.isVisible()
    assert (second.width(), second.height()) == (720, 520)
    second.outline_dock.toggleViewAction().trigger()
    assert second.outline_dock.isVisible()
    close_window(second)


def test_menus_have_the_desktop_shortcuts(window: MainWindow) -> None:
    shortcuts = {a.shortcut().toString() for menu in window.menuBar().actions() for a in menu.menu().actions()}
    assert {"Ctrl+F", "Ctrl+O", "Ctrl+Q", "F1", "Ctrl+Z"} <= shortcuts


def test_undo_stack_is_there_for_commands(window: MainWindow) -> None:
    assert not window.undo_action.isEnabled()
    done: list[str] = []

    class Note(QUndoCommand):
        def redo(self) -> None:
            done.append("redo")

        def undo(self) -> None:
            done.append("undo")

    window.undo_stack.push(Note("Mark a claim"))
    assert window.undo_action.isEnabled() and "Mark a claim" in window.undo_action.text()
    window.undo_action.trigger()
    assert done == ["redo", "undo"] and window.redo_action.isEnabled()


def test_dropping_a_text_file_imports_it_as_a_document(
    window: MainWindow, sample_library: Library, qtbot: QtBot, tmp_path: Path
) -> None:
    thesis = THESIS
    lines = thesis.read_text(encoding="utf-8").splitlines(keepends=True)
    part = tmp_path / "кіріспе.txt"
    part.write_text("".join(lines[:200]), encoding="utf-8")  # the introduction's first pages
    with qtbot.waitSignal(window.document_loaded, timeout=30_000):
        drop = drag_and_drop(window, part)
    assert drop.isAccepted()
    assert len(sql(sample_library, "SELECT id FROM documents")) == 2
    assert "кіріспе" in window.windowTitle()
    assert [a.text() for a in window.documents_menu.actions()][1] == "кіріспе"
    (claims,) = sql(
        sample_library,
        "SELECT count(*) FROM claims c JOIN blocks b ON b.id = c.block_id WHERE b.document_id = :d",
        d=window.index.view.document.id,
    )[0]
    assert window.claims_dock.model.rowCount() == claims > 0


def test_a_non_text_drop_is_refused(window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "picture.png"
    other.write_bytes(b"\x89PNG")
    drop = drag_and_drop(window, other)
    assert not drop.isAccepted()
    assert not window.runner.busy
    assert len(window.documents) == 1


def test_a_reload_after_a_change_keeps_the_reading_position(window: MainWindow, qtbot: QtBot) -> None:
    from app import ops

    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    middle = bar.value()
    assert middle > 0
    with qtbot.waitSignal(window.document_loaded, timeout=30_000):
        window.changed.emit(ops.Changes(window.index.view.document.id, frozenset({"references"})))
    assert bar.value() == middle


def test_features_find_the_menus_by_name_and_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    import_menu = [a.text() for a in window.menu("import").actions()]
    assert import_menu[:2] == [window.import_action.text(), window.word_import_action.text()]
    file_menu = window.menu("file").actions()
    after_import = file_menu[file_menu.index(window.menu("import").menuAction()) + 1 :]
    assert after_import[0] is window.reference_library.import_action  # BibTeX, from the library feature
    assert after_import[1].menu() is window.reference_library.export_menu
    assert window.menu("view").actions()[0] is window.reference_library.open_action
    assert window.menu("tools").actions()[0] is window.authoring.renumber_action

    def every_action(menu):  # noqa: ANN001, ANN202 - a QMenu, its actions and its submenus' actions
        for action in menu.actions():
            yield action
            if action.menu() is not None:
                yield from every_action(action.menu())

    shortcuts: dict[str, str] = {}
    for top in window.menuBar().actions():
        for action in every_action(top.menu()):
            for key in action.shortcuts():
                name = key.toString()
                assert name not in shortcuts or shortcuts[name] == action.text(), (name, shortcuts.get(name), action.text())
                shortcuts[name] = action.text()
    assert len(shortcuts) > 10
