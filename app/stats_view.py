"""Statistics dock: which source groups each chapter leans on, and claims per group.

The numbers are ``references.thesis.document_view.GroupStatistics`` (computed without
Qt); this module only turns them into chart bars and legends.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDockWidget, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.charts import Bar, LegendEntry, Segment, ShareBars, StackedBarChart
from app.document_index import DocumentIndex
from references.thesis.document_view import NO_GROUP, NOT_IN_BIBLIOGRAPHY, GroupStatistics


def chart_bars(index: DocumentIndex, statistics: GroupStatistics) -> tuple[tuple[Bar, ...], tuple[LegendEntry, ...]]:
    """One bar per chapter, segments in group-tree order; the legend lists the groups used."""
    used = {g for chapter in statistics.chapters for g, n in chapter.by_group.items() if n}
    order = [g.id for g in index.view.groups] + [NO_GROUP, NOT_IN_BIBLIOGRAPHY]
    keys = [g for g in order if g in used]
    legend = tuple(LegendEntry(g, index.group_name(g), index.group_color(g)) for g in keys)
    bars = tuple(
        Bar(
            chapter.label,
            tuple(
                Segment(g, index.group_name(g), index.group_color(g), chapter.by_group[g])
                for g in keys
                if chapter.by_group.get(g)
            ),
        )
        for chapter in statistics.chapters
    )
    return bars, legend


def claim_share_rows(index: DocumentIndex, statistics: GroupStatistics) -> tuple[tuple[LegendEntry, int], ...]:
    rows = []
    shown: dict[int, str] = {}  # tree order: a parent's label is made before its children's
    for group in index.view.groups:
        here = index.group_name(group.id)
        # labels are right-aligned: indentation would not show, the parent's name does
        label = f"{shown[group.parent_id]} › {here}" if group.parent_id in shown else here
        shown[group.id] = label
        rows.append((LegendEntry(group.id, label, group.color), statistics.claims_by_group.get(group.id, 0)))
    for pseudo in (NO_GROUP,):
        if statistics.claims_by_group.get(pseudo):
            rows.append(
                (LegendEntry(pseudo, index.group_name(pseudo), index.group_color(pseudo)), statistics.claims_by_group[pseudo])
            )
    return tuple(rows)


class StatsDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Statistics"), parent)
        self.setObjectName("stats_dock")
        self.chart = StackedBarChart()
        self.chart.setObjectName("group_chart")
        self.shares = ShareBars()
        self.shares.setObjectName("claim_shares")
        self.shares_toggle = QCheckBox(self.tr("Show each chapter as 100 %"))
        self.shares_toggle.toggled.connect(self.chart.set_shares)

        chart_title = QLabel("<b>" + self.tr("Citations by source group in each chapter") + "</b>")
        claims_title = QLabel("<b>" + self.tr("Claims citing each source group") + "</b>")
        note = QLabel(
            self.tr(
                "A citation is one reference cited by one marker: [9–14] counts six. "
                "Each reference is counted in its most specific group. "
                "A claim citing several groups counts for each of them, so the shares add up to more than 100 %."
            )
        )
        note.setWordWrap(True)
        note.setEnabled(False)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(chart_title)
        layout.addWidget(self.shares_toggle)
        layout.addWidget(self.chart)
        layout.addSpacing(12)
        layout.addWidget(claims_title)
        layout.addWidget(self.shares)
        layout.addWidget(note)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)

    def set_document(self, index: DocumentIndex) -> None:
        statistics = index.view.statistics
        bars, legend = chart_bars(index, statistics)
        self.chart.set_data(bars, legend, self.tr("Citations (references cited by markers)"))
        self.shares.set_data(claim_share_rows(index, statistics), statistics.claims_total)
