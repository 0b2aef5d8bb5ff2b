"""Annotations drawn in the reader: coloured highlights and marks in the margin.

Highlights are one layer of the reader's extra selections (never char
formats, so the 845,000-character document is not touched and a change
redraws only what is visible). Like the claim highlight, a highlight leaves
the citation chips it covers alone, so their group colours stay readable.
The margin mark is a thin strip in the document margin: it shows where
annotations are while scrolling, and a click on one selects it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from app.annotations.annotations_model import AnnotationItem, one_line, plain_tooltip
from app.annotations.spans import DocumentOffsets
from app.annotations.vocabulary import annotation_color
from app.reader import ReaderView

OVERLAY = "annotations"
GUTTER_LEFT = 6
GUTTER_WIDTH = 10
OPEN_ALPHA = 150
RESOLVED_ALPHA = 60


class PlacedAnnotation:
    """An annotation's span in the reader, with what drawing it needs."""

    __slots__ = ("start", "end", "uri", "color", "resolved", "tooltip")

    def __init__(self, start: int, end: int, item: AnnotationItem) -> None:
        self.start, self.end = start, end
        self.uri = item.uri
        self.color = annotation_color(item.view)
        self.resolved = item.view.status == "resolved"
        who = item.view.author or "?"
        self.tooltip = plain_tooltip(f"{who}: {one_line(item.view.comment or item.view.exact, 300)}")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PlacedAnnotation) and all(
            getattr(self, name) == getattr(other, name) for name in self.__slots__
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value


def pieces_between_markers(start: int, end: int, markers: Sequence[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """start..end without the marker spans in it (markers sorted by start)."""
    pieces = []
    done = start
    i = max(0, bisect_left(markers, (start, -1, -1)) - 1)
    while i < len(markers) and markers[i][0] < end:
        marker_start, marker_end, _ = markers[i]
        if marker_end > done:
            if marker_start > done:
                pieces.append((done, marker_start))
            done = max(done, marker_end)
        i += 1
    if done < end:
        pieces.append((done, end))
    return pieces


class AnnotationLayer(QObject):
    mark_clicked = Signal(str)  # uri of an annotation whose margin mark was clicked

    def __init__(self, reader: ReaderView) -> None:
        super().__init__(reader)
        self.reader = reader
        self.placed: list[PlacedAnnotation] = []  # sorted by start
        self._drawn_markers: list[tuple[int, int, int]] = []  # the reader's markers when last drawn
        self._drawn_revision = -1  # and the reader's text (ReaderView.revision)
        self.current: str | None = None
        self.gutter = AnnotationGutter(self)
        reader.verticalScrollBar().valueChanged.connect(self.gutter.update)

    def show(self, items: Sequence[AnnotationItem], offsets: DocumentOffsets) -> None:
        """Draw the placed annotations of the document the reader shows now."""
        layout = self.reader.layout_map
        placed = []
        if layout is not None:
            for item in items:
                if item.orphaned or item.view.start is None or item.view.end is None:
                    continue
                span = offsets.to_reader(layout, item.view.start, item.view.end)
                if span is not None and span[0] < span[1]:
                    placed.append(PlacedAnnotation(span[0], span[1], item))
        placed.sort(key=lambda p: (p.start, p.end))
        markers = list(layout.marker_spans) if layout is not None else []
        if placed == self.placed and markers == self._drawn_markers and self.reader.revision == self._drawn_revision:
            return  # drawn already, on the reader's text as it is now
        self.placed = placed
        self.redraw()

    def set_current(self, uri: str | None) -> None:
        if uri != self.current:
            self.current = uri
            self.redraw()

    def span_of(self, uri: str) -> tuple[int, int] | None:
        """Reader positions of an annotation's highlight."""
        for placed in self.placed:
            if placed.uri == uri:
                return placed.start, placed.end
        return None

    def uri_at(self, position: int) -> str | None:
        """The innermost annotation over a reader position."""
        over = [p for p in self.placed if p.start <= position < p.end]
        return min(over, key=lambda p: p.end - p.start).uri if over else None

    def redraw(self) -> None:
        layout = self.reader.layout_map
        markers = layout.marker_spans if layout is not None else []
        self._drawn_markers = list(markers)
        self._drawn_revision = self.reader.revision
        document = self.reader.document()
        selections = []
        for placed in self.placed:
            fmt = QTextCharFormat()
            color = QColor(placed.color)
            color.setAlpha(RESOLVED_ALPHA if placed.resolved else OPEN_ALPHA)
            fmt.setBackground(color)
            if placed.uri == self.current:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor(placed.color).darker(180))
            for a, b in pieces_between_markers(placed.start, placed.end, markers):
                cursor = QTextCursor(document)
                cursor.setPosition(a)
                cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
        self.reader.set_overlay(OVERLAY, selections)
        self.gutter.update()

    def visible_marks(self) -> list[tuple[QRect, PlacedAnnotation]]:
        """Margin marks of the annotations in view, in viewport coordinates."""
        viewport = self.reader.viewport()
        first = self.reader.cursorForPosition(QPoint(0, 0)).position()
        last = self.reader.cursorForPosition(QPoint(viewport.width() - 1, viewport.height() - 1)).position()
        marks = []
        for placed in self.placed:
            if placed.start > last:
                break
            if placed.end < first:
                continue
            top = self._rect_at(placed.start).top()
            bottom = self._rect_at(placed.end).bottom()
            marks.append((QRect(0, top, GUTTER_WIDTH, max(4, bottom - top)), placed))
        return marks

    def _rect_at(self, position: int) -> QRect:
        cursor = QTextCursor(self.reader.document())
        cursor.setPosition(position)
        return self.reader.cursorRect(cursor)


class AnnotationGutter(QWidget):
    """The strip in the reader's left margin with one mark per annotation in view.

    A child of the reader laid over its viewport, not of the viewport:
    scrolling moves the viewport's children, and the strip must stay put.
    Its top is the viewport's top, so viewport coordinates are its own.
    """

    def __init__(self, layer: AnnotationLayer) -> None:
        super().__init__(layer.reader)
        self.setObjectName("annotation_gutter")
        self.layer = layer
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        viewport = layer.reader.viewport()
        self._follow(viewport.geometry())
        viewport.installEventFilter(self)
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only ``watched`` here: while the reader is being destroyed its
        # viewport still sends events, and the reader's wrapper is gone.
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move) and isinstance(watched, QWidget):
            self._follow(watched.geometry())
        return False

    def _follow(self, area: QRect) -> None:
        self.setGeometry(area.left() + GUTTER_LEFT, area.top(), GUTTER_WIDTH, area.height())
        self.raise_()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for rect, placed in self.layer.visible_marks():
            current = placed.uri == self.layer.current
            width = GUTTER_WIDTH if current else GUTTER_WIDTH - 4
            color = QColor(placed.color)
            if placed.resolved:
                color.setAlpha(110)
            painter.setPen(color.darker(150))
            painter.setBrush(color)
            painter.drawRoundedRect(QRect(rect.left(), rect.top(), width - 1, rect.height()), 2, 2)
        painter.end()

    def mark_at(self, point: QPoint) -> PlacedAnnotation | None:
        hits = [placed for rect, placed in self.layer.visible_marks() if rect.top() <= point.y() <= rect.bottom()]
        return min(hits, key=lambda p: p.end - p.start) if hits else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        placed = self.mark_at(event.position().toPoint())
        if placed is None:
            event.ignore()
            return
        self.layer.mark_clicked.emit(placed.uri)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            placed = self.mark_at(event.pos())
            if placed is not None:
                QToolTip.showText(event.globalPos(), placed.tooltip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
