"""The citation audit dock on the bundled thesis.

What it must list is worked out here from the stored markers and references
with SQL: 44 numbers the text never cites, and 17 numbers first cited after
a larger one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.authoring.audit_dock import AuditDock
from app.main_window import MainWindow
from models.db import Library
from tests.app.authoring.test_gui_authoring_support import authoring, click_in_reader, ready_window, reloaded, sql
from tests.app.test_gui_support import close_window


@pytest.fixture
def window(qtbot: QtBot, sample_library: Library, tmp_path: Path) -> Iterator[MainWindow]:
    main = ready_window(qtbot, sample_library, tmp_path)
    yield main
    close_window(main)


def shown_dock(qtbot: QtBot, window: MainWindow) -> AuditDock:
    controller = authoring(window)
    controller.audit_action.trigger()
    dock = controller.audit_dock
    assert dock.isVisible()
    qtbot.waitUntil(lambda: dock.model.rowCount() > 0 and not controller.audit.running, timeout=10_000)
    return dock


def show_kind(dock: AuditDock, kind: str | None) -> None:
    dock.kind_filter.setCurrentIndex(dock.kind_filter.findData(kind))


def uncited_numbers(library: Library) -> list[int]:
    return [
        n
        for (n,) in sql(
            library,
            'SELECT r.number FROM "references" r WHERE r.number IS NOT NULL AND NOT EXISTS '
            "(SELECT 1 FROM citation_targets t WHERE t.reference_id = r.id) ORDER BY r.number",
        )
    ]


def late_first_citations(library: Library) -> list[tuple[int, int]]:
    """(number, citation id) of every number first cited after a larger number was."""
    rows = sql(
        library,
        "SELECT t.number, c.id FROM citation_targets t JOIN citations c ON c.id = t.citation_id "
        "JOIN blocks b ON b.id = c.block_id ORDER BY b.position, c.start, t.position",
    )
    first: dict[int, int] = {}
    for number, citation_id in rows:
        first.setdefault(number, citation_id)
    order = list(first)
    return [(n, first[n]) for i, n in enumerate(order) if any(m > n for m in order[:i])]


def test_the_audit_lists_uncited_references_and_late_first_citations(
    window: MainWindow, sample_library: Library, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    dock = shown_dock(qtbot, window)
    uncited = uncited_numbers(sample_library)
    late = late_first_citations(sample_library)
    assert len(uncited) == 44 and len(late) == 17

    show_kind(dock, "uncited-reference")
    assert sorted(f.data["number"] for f in dock.visible_findings()) == uncited
    assert dock.kind_filter.currentText().endswith("(44)")
    show_kind(dock, "first-citation-order")
    assert sorted(f.data["number"] for f in dock.visible_findings()) == sorted(n for n, _ in late)
    assert dock.kind_filter.currentText().endswith("(17)")
    show_kind(dock, None)
    dock.severity_filter.setCurrentIndex(dock.severity_filter.findData("error"))
    dangling = sql(sample_library, "SELECT count(*) FROM citation_targets WHERE reference_id IS NULL")[0][0]
    assert dock.proxy.rowCount() == dangling == 0  # every cited number is in the bundled bibliography
    dock.severity_filter.setCurrentIndex(0)
    dock.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(dock.model)
    qtmodeltester.check(dock.proxy)


def test_activating_a_finding_shows_its_place_or_its_reference(
    window: MainWindow, sample_library: Library, qtbot: QtBot
) -> None:
    dock = shown_dock(qtbot, window)
    reader = window.reader
    show_kind(dock, "first-citation-order")
    dock.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # the last in reading order: far down the text
    finding = dock.visible_findings()[0]
    assert finding.location is not None
    assert reader.verticalScrollBar().value() == 0
    index = dock.proxy.index(0, 2)
    dock.table.scrollTo(index)
    point = dock.table.visualRect(index).center()
    qtbot.mouseClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert reader.verticalScrollBar().value() == 0  # a click selects; a double-click goes there
    qtbot.mouseDClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert reader.verticalScrollBar().value() > 0
    citation_id = dict(late_first_citations(sample_library))[finding.data["number"]]
    block_id, start, end, marker = sql(sample_library, 'SELECT block_id, start, "end", marker FROM citations '
                                       "WHERE id = :c", c=citation_id)[0]
    position = reader.layout_map.position(block_id, start)
    assert reader.highlighted_hit_span() == (position, position + end - start)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(position)
    cursor.setPosition(position + end - start, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == marker
    assert 0 <= reader.cursorRect(cursor).top() < reader.viewport().height()  # in view

    show_kind(dock, "uncited-reference")
    dock.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    first = dock.visible_findings()[0]
    dock.table.setCurrentIndex(dock.proxy.index(0, 0))
    qtbot.keyClick(dock.table, Qt.Key.Key_Return)  # Enter activates too
    assert window.references_dock.selected_reference_ids() == [first.data["reference_id"]]


def test_options_and_edits_run_the_audit_again(window: MainWindow, sample_library: Library, qtbot: QtBot) -> None:
    dock = shown_dock(qtbot, window)
    controller = authoring(window)
    long_markers = sql(sample_library, "SELECT count(*) FROM (SELECT citation_id FROM citation_targets "
                       "GROUP BY citation_id HAVING count(*) > 5)")[0][0]
    dock.long_range.setValue(5)
    qtbot.waitUntil(lambda: any(f.data.get("threshold") == 5 for f in dock.model.findings), timeout=10_000)
    qtbot.waitUntil(lambda: not controller.audit.running)
    show_kind(dock, "long-range")
    assert dock.proxy.rowCount() == long_markers > 2

    # Claims of 2.2 that cite no primary source (no reference in a group marked primary, or below one).
    (section_22,) = sql(sample_library, "SELECT id FROM sections WHERE number = '2.2'")[0]
    primary = {
        r for (r,) in sql(
            sample_library,
            "WITH RECURSIVE p(id) AS (SELECT id FROM source_groups WHERE \"primary\" "
            "UNION SELECT g.id FROM source_groups g JOIN p ON g.parent_id = p.id) "
            "SELECT reference_id FROM reference_groups WHERE group_id IN (SELECT id FROM p)",
        )
    }
    sections = {section_22} | {s for (s,) in sql(sample_library, "SELECT id FROM sections WHERE parent_id = :s",
                                                 s=section_22)}
    claims: dict[int, set[int | None]] = {}
    for claim_id, section_id, reference_id in sql(
        sample_library,
        "SELECT k.id, b.section_id, t.reference_id FROM claims k JOIN blocks b ON b.id = k.block_id "
        "LEFT JOIN citations c ON c.claim_id = k.id LEFT JOIN citation_targets t ON t.citation_id = c.id",
    ):
        if section_id in sections:
            claims.setdefault(claim_id, set()).add(reference_id)
    without_primary = sorted(k for k, refs in claims.items() if not refs & primary)
    dock.set_primary_sections({"2.2"})
    qtbot.waitUntil(lambda: "2.2" in dock.options().primary_in and any(
        f.kind == "claim-without-primary-source" for f in dock.model.findings), timeout=10_000)
    qtbot.waitUntil(lambda: not controller.audit.running)
    show_kind(dock, "claim-without-primary-source")
    assert sorted(f.data["claim_id"] for f in dock.visible_findings()) == without_primary
    assert "2.2" in dock.primary_button.text()

    # Citing an uncited reference in the text takes it off the list.
    show_kind(dock, "uncited-reference")
    number = dock.visible_findings()[0].data["number"]
    block_id, text = sql(sample_library, "SELECT id, text FROM blocks WHERE kind = 'paragraph' "
                         "ORDER BY position LIMIT 1")[0]
    click_in_reader(qtbot, window, block_id, text.index(". "))
    qtbot.waitUntil(lambda: controller.editor_place() is not None and controller.editor_place()[0] == block_id)
    controller.insert_action.trigger()
    picker = controller.picker
    assert picker is not None
    picker.model.set_chosen({number})
    with reloaded(qtbot, window):
        picker.accept()
    qtbot.waitUntil(lambda: not controller.audit.running and dock.proxy.rowCount() == 43, timeout=10_000)
    assert number not in {f.data["number"] for f in dock.visible_findings()}
