"""The statistics view draws the database's numbers, and follows changes."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app import ops
from app.main_window import MainWindow
from models.db import Library
from tests.app.test_gui_support import close_window, open_window

# Every citation target with the top-level section it stands in, and the
# groups of its reference (one row per group; none when it has no group).
TARGETS_BY_CHAPTER = """
WITH RECURSIVE tree(top, id) AS (
    SELECT id, id FROM sections WHERE parent_id IS NULL
    UNION ALL SELECT tree.top, s.id FROM sections s JOIN tree ON s.parent_id = tree.id)
SELECT top_section.number, top_section.title, t.id, COALESCE(NULLIF(g.name_en, ''), g.name), g.parent_id
FROM tree
JOIN sections top_section ON top_section.id = tree.top
JOIN blocks b ON b.section_id = tree.id
JOIN citations c ON c.block_id = b.id
JOIN citation_targets t ON t.citation_id = c.id
LEFT JOIN reference_groups rg ON rg.reference_id = t.reference_id
LEFT JOIN source_groups g ON g.id = rg.group_id
"""


def chapter_counts_from_sql(library: Library) -> dict[str, Counter[str]]:
    """Per chapter label, citations per group, a subgroup beating its parent."""
    with library.engine.connect() as conn:
        rows = conn.execute(text(TARGETS_BY_CHAPTER)).all()
    groups_of_target: dict[tuple[str, int], list[tuple[str, int | None]]] = defaultdict(list)
    for number, title, target_id, group, parent_id in rows:
        label = f"{number} {' '.join(title.split())}" if number else " ".join(title.split())
        groups_of_target[(label, target_id)].append((group, parent_id))
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for (label, _), groups in groups_of_target.items():
        named = [g for g in groups if g[0] is not None]
        # In the bundled data a reference is in at most one subgroup.
        chosen = next((name for name, parent in named if parent is not None), None) or (
            named[0][0] if named else "No group"
        )
        counts[label][chosen] += 1
    return counts


@pytest.fixture
def window(qtbot: QtBot, sample_library: Library, tmp_path: Path) -> Iterator[MainWindow]:
    main = open_window(qtbot, sample_library, tmp_path)
    main.stats_dock.raise_()
    yield main
    close_window(main)


def drawn_counts(window: MainWindow) -> dict[str, Counter[str]]:
    return {bar.label: Counter({s.label: s.value for s in bar.segments}) for bar in window.stats_dock.chart.bars}


def test_chart_numbers_equal_the_database(window: MainWindow, sample_library: Library) -> None:
    expected = chapter_counts_from_sql(sample_library)
    assert drawn_counts(window) == expected
    assert [bar.label for bar in window.stats_dock.chart.bars][0] == "КІРІСПЕ"
    legend = [entry.label for entry in window.stats_dock.chart.legend]
    assert set(legend) == {group for counts in expected.values() for group in counts}


def test_claim_shares_equal_the_database(window: MainWindow, sample_library: Library) -> None:
    sql = """
    SELECT COALESCE(NULLIF(g.name_en, ''), g.name), count(DISTINCT c.claim_id) FROM source_groups g
    LEFT JOIN source_groups child ON child.parent_id = g.id
    JOIN reference_groups rg ON rg.group_id = g.id OR rg.group_id = child.id
    JOIN citation_targets t ON t.reference_id = rg.reference_id
    JOIN citations c ON c.id = t.citation_id AND c.claim_id IS NOT NULL
    GROUP BY g.id
    """
    with sample_library.engine.connect() as conn:
        expected = dict(conn.execute(text(sql)).all())
        total = conn.execute(text("SELECT count(*) FROM claims")).scalar_one()
    shares = window.stats_dock.shares
    assert shares.total == total
    assert {entry.label.split(" › ")[-1]: value for entry, value in shares.rows if value} == expected
    assert "Scholarly literature › Western" in [entry.label for entry, _ in shares.rows]


def test_hovering_a_segment_tells_its_numbers(window: MainWindow) -> None:
    chart = window.stats_dock.chart
    rect, bar_index, segment_index = max(chart.segment_rects(), key=lambda r: r[0].width())
    segment = chart.bars[bar_index].segments[segment_index]
    point = rect.center().toPoint()
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, point, chart.mapToGlobal(point)))
    shown = QToolTip.text()
    assert segment.label in shown and f"{segment.value} of {chart.bars[bar_index].total}" in shown
    QToolTip.hideText()
    assert chart.segment_at(QPoint(1, 1).toPointF()) is None


def test_chart_follows_a_change_of_the_data(window: MainWindow, sample_library: Library, qtbot: QtBot) -> None:
    before = drawn_counts(window)["КІРІСПЕ"]["Legal acts"]
    with sample_library.engine.begin() as conn:
        (reference_id,) = conn.execute(text('SELECT id FROM "references" WHERE number = 6')).one()
        conn.execute(
            text(
                "DELETE FROM reference_groups WHERE reference_id = :r "
                "AND group_id = (SELECT id FROM source_groups WHERE name_en = 'Legal acts')"
            ),
            {"r": reference_id},
        )
    with qtbot.waitSignal(window.document_loaded, timeout=10_000):
        window.changed.emit(ops.Changes(window.index.view.document.id, frozenset({"references"})))
    after = drawn_counts(window)
    assert after == chapter_counts_from_sql(sample_library)
    assert after["КІРІСПЕ"]["Legal acts"] < before
    assert after["КІРІСПЕ"]["No group"] > 0


def test_share_toggle_draws_every_chapter_as_100_percent(window: MainWindow) -> None:
    chart = window.stats_dock.chart
    window.stats_dock.shares_toggle.setChecked(True)
    widths = Counter()
    for rect, bar_index, _ in chart.segment_rects():
        widths[bar_index] += rect.width()
    assert max(widths.values()) - min(widths.values()) < 1
    window.stats_dock.chart.grab()  # paints without error in both modes
