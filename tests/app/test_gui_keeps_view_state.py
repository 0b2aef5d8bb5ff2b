"""An edit or an undo keeps what the user set: the claims' group filter, the
selected reference, sorting, the reader's section in the status bar and the
outline's highlight."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.main_window import MainWindow
from app.references_model import ReferencesModel
from models.db import Library
from tests.app.library.test_gui_library_support import reference_id
from tests.app.test_gui_support import close_window, open_window


def reload_after(qtbot: QtBot, window: MainWindow, act) -> None:  # noqa: ANN001 - a callable
    with qtbot.waitSignal(window.document_loaded, timeout=30_000):
        act()


def outline_highlight(window: MainWindow) -> int | None:
    index = window.outline_dock.tree.currentIndex()
    node = window.outline_dock.model.node(index) if index.isValid() else None
    return getattr(node, "section_id", None) if node is not None else None


def test_an_edit_and_its_undo_keep_filters_selection_sort_and_the_current_section(
    qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> None:
    window = open_window(qtbot, sample_library, tmp_path)
    assert window.index is not None
    claims = window.claims_dock
    legal = next(g.id for g in window.index.view.groups if g.name_en == "Legal acts")
    claims.group_filter.set_checked({legal})
    shown_claims = claims.visible_claim_ids()
    count_text = claims.count_label.text()
    assert 0 < len(shown_claims) < claims.model.rowCount()

    references = window.references_dock
    references.table.sortByColumn(ReferencesModel.TITLE, Qt.SortOrder.DescendingOrder)
    chosen = reference_id(sample_library, 150)
    references.select_references([chosen])

    section = next(s for s in window.index.view.sections if s.label.startswith("2.2"))
    node = window.outline_dock.model.node(window.outline_dock.model.index_of_section(section.id))
    assert node is not None and node.block_id is not None
    window.reader.scroll_to_block(node.block_id)  # lands once Qt has laid the text out that far
    bar = window.reader.verticalScrollBar()
    qtbot.waitUntil(lambda: window.reader.top_block() in (node.block_id, node.block_id - 1), timeout=20_000)
    bar.setValue(bar.value() + 60)  # into the section's first paragraph
    qtbot.waitUntil(lambda: window.reader.current_section == section.id)
    assert window.section_label.text() == window.index.section_label(section.id)

    library = window.reference_library
    reload_after(qtbot, window, lambda: library.edit_field(chosen, "year", "2015", None))
    reload_after(qtbot, window, window.undo_stack.undo)
    reload_after(qtbot, window, window.undo_stack.redo)

    for undo_again in (True, False):
        assert claims.group_filter.checked() == frozenset({legal})
        assert claims.visible_claim_ids() == shown_claims
        assert claims.count_label.text() == count_text
        assert references.selected_reference_ids() == [chosen]
        header = references.table.horizontalHeader()
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
            ReferencesModel.TITLE,
            Qt.SortOrder.DescendingOrder,
        )
        # The reader lands on its place as soon as Qt has laid the text out that far.
        qtbot.waitUntil(lambda: window.reader.current_section == section.id, timeout=20_000)
        assert window.section_label.text() == window.index.section_label(section.id)
        assert outline_highlight(window) == section.id
        if undo_again:
            reload_after(qtbot, window, window.undo_stack.undo)
    close_window(window)
