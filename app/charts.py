"""Two small charts drawn with QPainter (see docs/decisions/0002).

``StackedBarChart``: one horizontal bar per category, split into coloured
segments, with a legend, an x axis with ticks and a label, values inside
wide segments and a tooltip on every segment. ``ShareBars``: one bar per
item showing a share of a total. Neither knows anything about theses.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.i18n import fill, format_number
from app.chips import readable_text_color


@dataclass(frozen=True)
class Segment:
    key: int
    label: str
    color: str
    value: int


@dataclass(frozen=True)
class Bar:
    label: str
    segments: tuple[Segment, ...]

    @property
    def total(self) -> int:
        return sum(s.value for s in self.segments)


@dataclass(frozen=True)
class LegendEntry:
    key: int
    label: str
    color: str


def nice_step(maximum: float, ticks: int = 5) -> float:
    """A round tick step (1, 2, 5 × 10^n) giving about ``ticks`` ticks up to ``maximum``."""
    if maximum <= 0:
        return 1
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


class StackedBarChart(QWidget):
    MARGIN = 12
    BAR_HEIGHT = 26
    BAR_GAP = 12
    LABEL_WIDTH = 260

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.bars: tuple[Bar, ...] = ()
        self.legend: tuple[LegendEntry, ...] = ()
        self.axis_label = ""
        self.as_shares = False  # 100 % bars instead of counts
        self.value_unit = ""

    def set_data(self, bars: tuple[Bar, ...], legend: tuple[LegendEntry, ...], axis_label: str) -> None:
        self.bars = bars
        self.legend = legend
        self.axis_label = axis_label
        self.updateGeometry()
        self.update()

    def set_shares(self, on: bool) -> None:
        self.as_shares = on
        self.update()

    # --- geometry -----------------------------------------------------------

    def _legend_rows(self, width: int) -> list[list[tuple[LegendEntry, int]]]:
        metrics = QFontMetrics(self.font())
        rows: list[list[tuple[LegendEntry, int]]] = [[]]
        x = 0
        for entry in self.legend:
            w = 14 + 6 + metrics.horizontalAdvance(entry.label) + 18
            if rows[-1] and x + w > width:
                rows.append([])
                x = 0
            rows[-1].append((entry, w))
            x += w
        return rows

    def _legend_height(self) -> int:
        rows = self._legend_rows(self.width() - 2 * self.MARGIN)
        return len(rows) * (QFontMetrics(self.font()).height() + 6) + 6

    def _plot_rect(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        top = self.MARGIN + self._legend_height()
        label_width = min(self.LABEL_WIDTH, int(self.width() * 0.35))
        left = self.MARGIN + label_width + 8
        height = len(self.bars) * (self.BAR_HEIGHT + self.BAR_GAP)
        return QRectF(left, top, max(40, self.width() - left - self.MARGIN - metrics.horizontalAdvance("0000")), height)

    def _scale_max(self) -> float:
        if self.as_shares:
            return 100.0
        largest = max((bar.total for bar in self.bars), default=0)
        step = nice_step(largest)
        return max(step, math.ceil(largest / step) * step)

    def segment_rects(self) -> list[tuple[QRectF, int, int]]:
        """(rectangle, bar index, segment index) of every drawn segment."""
        plot = self._plot_rect()
        scale = self._scale_max()
        found = []
        for i, bar in enumerate(self.bars):
            y = plot.top() + i * (self.BAR_HEIGHT + self.BAR_GAP)
            x = plot.left()
            total = bar.total
            for j, segment in enumerate(bar.segments):
                value = (100 * segment.value / total if total else 0) if self.as_shares else segment.value
                width = plot.width() * value / scale
                if width > 0:
                    found.append((QRectF(x, y, width, self.BAR_HEIGHT), i, j))
                x += width
        return found

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        height = (
            2 * self.MARGIN
            + self._legend_height()
            + len(self.bars) * (self.BAR_HEIGHT + self.BAR_GAP)
            + 2 * metrics.height()
            + 16
        )
        return QSize(640, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, self.sizeHint().height())

    # --- painting -----------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._paint_legend(painter, text)
        if not self.bars:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No citations to chart."))
            return
        plot = self._plot_rect()
        scale = self._scale_max()
        step = 20.0 if self.as_shares else nice_step(scale)
        grid = QPen(palette.color(QPalette.ColorRole.Mid))
        grid.setStyle(Qt.PenStyle.DotLine)
        tick = 0.0
        while tick <= scale + 1e-9:
            x = plot.left() + plot.width() * tick / scale
            painter.setPen(grid)
            painter.drawLine(QPointF(x, plot.top() - 4), QPointF(x, plot.bottom()))
            painter.setPen(text)
            label = f"{tick:g}%" if self.as_shares else f"{tick:g}"
            w = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(x - w / 2, plot.bottom() + metrics.ascent() + 4), label)
            tick += step
        painter.setPen(text)
        axis = self.tr("Share of the chapter's citations (%)") if self.as_shares else self.axis_label
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + metrics.height() + 6, plot.width(), metrics.height() + 4),
            Qt.AlignmentFlag.AlignHCenter,
            axis,
        )
        label_width = plot.left() - self.MARGIN - 8
        for i, bar in enumerate(self.bars):
            y = plot.top() + i * (self.BAR_HEIGHT + self.BAR_GAP)
            painter.setPen(text)
            painter.drawText(
                QRectF(self.MARGIN, y, label_width, self.BAR_HEIGHT),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_width)),
            )
        for rect, i, j in self.segment_rects():
            segment = self.bars[i].segments[j]
            color = QColor(segment.color)
            painter.fillRect(rect, color)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1))
            painter.drawLine(rect.topRight(), rect.bottomRight())
            shown = self._value_text(self.bars[i], segment)
            if metrics.horizontalAdvance(shown) + 6 < rect.width():
                painter.setPen(readable_text_color(color))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)
        painter.setPen(text)
        for i, bar in enumerate(self.bars):
            if self.as_shares:
                continue
            y = plot.top() + i * (self.BAR_HEIGHT + self.BAR_GAP)
            x = plot.left() + plot.width() * bar.total / scale + 4
            painter.drawText(QRectF(x, y, 60, self.BAR_HEIGHT), Qt.AlignmentFlag.AlignVCenter, str(bar.total))

    def _value_text(self, bar: Bar, segment: Segment) -> str:
        if self.as_shares:
            return f"{100 * segment.value / bar.total:.0f}%" if bar.total else ""
        return str(segment.value)

    def _paint_legend(self, painter: QPainter, text: QColor) -> None:
        metrics = QFontMetrics(self.font())
        y = self.MARGIN
        for row in self._legend_rows(self.width() - 2 * self.MARGIN):
            x = self.MARGIN
            for entry, width in row:
                painter.fillRect(QRectF(x, y + (metrics.height() - 12) / 2, 14, 12), QColor(entry.color))
                painter.setPen(text)
                painter.drawText(QPointF(x + 20, y + metrics.ascent()), entry.label)
                x += width
            y += metrics.height() + 6

    # --- hover --------------------------------------------------------------

    def segment_at(self, point: QPointF) -> tuple[int, int] | None:
        for rect, i, j in self.segment_rects():
            if rect.contains(point):
                return i, j
        return None

    def tooltip_for(self, bar_index: int, segment_index: int) -> str:
        bar = self.bars[bar_index]
        segment = bar.segments[segment_index]
        share = 100 * segment.value / bar.total if bar.total else 0
        template = self.tr("%1\n%2: %3 of %Ln citation(s) (%4 %)", "", bar.total)
        return fill(template, bar.label, segment.label, format_number(segment.value), format_number(share, decimals=1))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.segment_at(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(*hit), self)
            return True
        return super().event(event)


class ShareBars(QWidget):
    """One row per item: its name, a bar of its share, and "n of N (x %)"."""

    ROW_HEIGHT = 24
    MARGIN = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[tuple[LegendEntry, int], ...] = ()
        self.total = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(self, rows: tuple[tuple[LegendEntry, int], ...], total: int) -> None:
        self.rows = rows
        self.total = total
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 2 * self.MARGIN + len(self.rows) * self.ROW_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, self.sizeHint().height())

    def row_text(self, value: int) -> str:
        share = 100 * value / self.total if self.total else 0
        template = self.tr("%1 of %Ln claim(s) (%2 %)", "", self.total)
        return fill(template, format_number(value), format_number(share, decimals=1))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = QFontMetrics(self.font())
        name_width = min(260, int(self.width() * 0.3))
        value_width = max((metrics.horizontalAdvance(self.row_text(v)) for _, v in self.rows), default=0) + 8
        bar_left = self.MARGIN + name_width + 8
        bar_width = max(20, self.width() - bar_left - value_width - self.MARGIN)
        for i, (entry, value) in enumerate(self.rows):
            y = self.MARGIN + i * self.ROW_HEIGHT
            painter.setPen(text)
            painter.drawText(
                QRectF(self.MARGIN, y, name_width, self.ROW_HEIGHT),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(entry.label, Qt.TextElideMode.ElideRight, name_width),
            )
            painter.fillRect(QRectF(bar_left, y + 5, bar_width, self.ROW_HEIGHT - 10), palette.color(QPalette.ColorRole.AlternateBase))
            share = value / self.total if self.total else 0
            painter.fillRect(QRectF(bar_left, y + 5, bar_width * share, self.ROW_HEIGHT - 10), QColor(entry.color))
            painter.drawText(
                QRectF(bar_left + bar_width + 8, y, value_width, self.ROW_HEIGHT),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.row_text(value),
            )
