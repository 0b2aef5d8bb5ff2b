"""Search dock (Ctrl+F): hits in the text, claims and references, with context.

The dock never queries the database: it asks for a search with
``query_changed`` (debounced) and the window answers with ``set_result``
from a worker. Enter steps to the next hit in the reader, Shift+Enter back.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from references.thesis.search import SearchHit, SearchResult
from app.i18n import fill
from app.rows_table_model import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
MATCH_BACKGROUND = QColor("#ffe082")
DEBOUNCE_MS = 180


class SearchResultsModel(RowsTableModel):
    WHERE, CONTEXT = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: tuple[SearchHit, ...] = ()

    def set_hits(self, hits: tuple[SearchHit, ...]) -> None:
        self.beginResetModel()
        self._hits = hits
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def row_count(self) -> int:
        return len(self._hits)

    def headers(self) -> tuple[str, str]:
        return (self.tr("Where"), self.tr("Context"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.WHERE:
                return self.where(hit)
            return hit.before + hit.match + hit.after
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.before + hit.match + hit.after
        if role == HIT_ROLE:
            return hit
        return None

    def where(self, hit: SearchHit) -> str:
        if hit.kind == "reference":
            return fill(self.tr("Reference %1"), hit.where)
        label = hit.where.split(" ", 1)[0] if hit.where else ""
        return fill(self.tr("%1, claim"), label) if hit.claim_id is not None else label


class HitDelegate(QStyledItemDelegate):
    """Two lines per hit: where it is (small), then the words around it with
    the match marked; the text before the match gives way first when the
    dock is narrow, so the match always shows."""

    PADDING = 6

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        model = index.model()
        if not isinstance(model, SearchResultsModel) or not index.isValid():
            super().paint(painter, option, index)
            return
        hit = model.hit(index.row())
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect = option.rect.adjusted(self.PADDING, 2, -self.PADDING, -2)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.85)
        small_metrics = QFontMetrics(small)
        metrics = QFontMetrics(option.font)
        bold = QFont(option.font)
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        painter.save()
        painter.setClipRect(option.rect)
        painter.setFont(small)
        muted = QColor(text_color)
        muted.setAlphaF(0.7)
        painter.setPen(muted)
        painter.drawText(QPointF(rect.left(), rect.top() + small_metrics.ascent()), model.where(hit))
        baseline = rect.top() + small_metrics.height() + 2 + metrics.ascent()
        width = rect.width()
        match = bold_metrics.elidedText(hit.match, Qt.TextElideMode.ElideRight, int(width * 0.7))
        match_width = bold_metrics.horizontalAdvance(match)
        before = metrics.elidedText(hit.before, Qt.TextElideMode.ElideLeft, int(max(0, min(width * 0.35, width - match_width))))
        x = rect.left()
        painter.setFont(option.font)
        painter.setPen(text_color)
        painter.drawText(QPointF(x, baseline), before)
        x += metrics.horizontalAdvance(before)
        painter.fillRect(QRectF(x - 1, baseline - metrics.ascent(), match_width + 2, metrics.height()), MATCH_BACKGROUND)
        painter.setFont(bold)
        painter.setPen(QColor("black"))
        painter.drawText(QPointF(x, baseline), match)
        x += match_width
        painter.setFont(option.font)
        painter.setPen(text_color)
        after = metrics.elidedText(hit.after, Qt.TextElideMode.ElideRight, int(max(0, rect.right() - x)))
        painter.drawText(QPointF(x, baseline), after)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.85)
        height = QFontMetrics(small).height() + QFontMetrics(option.font).height() + 8
        return QSize(200, height)


class _QueryEdit(QLineEdit):
    step = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.step.emit(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            return
        super().keyPressEvent(event)


class SearchDock(QDockWidget):
    query_changed = Signal(str)  # the window runs the search
    hit_activated = Signal(object)  # a SearchHit to show
    results_ready = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Search"), parent)
        self.setObjectName("search_dock")
        self.model = SearchResultsModel(self)
        self.edit = _QueryEdit()
        self.edit.setObjectName("search_edit")
        self.edit.setPlaceholderText(self.tr("Search the text, claims and references…"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.step.connect(self.step)
        self.status = QLabel()
        self.status.setObjectName("search_status")
        self.results_view = QListView()
        self.results_view.setObjectName("search_results")
        self.results_view.setModel(self.model)
        self.results_view.setModelColumn(SearchResultsModel.CONTEXT)
        self.results_view.setItemDelegate(HitDelegate(self.results_view))
        self.results_view.setUniformItemSizes(True)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_view.clicked.connect(self._row_chosen)
        self.results_view.activated.connect(self._row_chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._request)
        self._pending_step = 0
        self.result: SearchResult | None = None

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.results_view)
        self.setWidget(body)

    def focus_query(self) -> None:
        self.show()
        self.raise_()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def search_now(self, text: str) -> None:
        """Set the query and ask for it at once (menus, tests)."""
        self.edit.blockSignals(True)
        self.edit.setText(text)
        self.edit.blockSignals(False)
        self._timer.stop()
        self._request()

    def set_result(self, result: SearchResult) -> None:
        if result.query != self.edit.text():
            return  # an answer to a query the user has since changed
        self.result = result
        self.model.set_hits(result.hits)
        count = len(result.hits)
        if not result.query.strip():
            self.status.setText("")
        elif count == 0:
            self.status.setText(self.tr("No hits."))
        elif result.truncated:
            self.status.setText(self.tr("The first %Ln hit(s).", "", count))
        else:
            self.status.setText(self.tr("%Ln hit(s).", "", count))
        self.results_ready.emit()
        if self._pending_step:
            step, self._pending_step = self._pending_step, 0
            self.step(step)

    def step(self, delta: int) -> SearchHit | None:
        """Select and show the next (1) or previous (-1) hit."""
        if self._timer.isActive() or self.result is None or self.result.query != self.edit.text():
            self._pending_step = delta  # answered when the results arrive
            if not self._timer.isActive():
                self._request()
            return None
        count = self.model.rowCount()
        if count == 0:
            return None
        current = self.results_view.currentIndex()
        row = (current.row() + delta) % count if current.isValid() else (0 if delta > 0 else count - 1)
        index = self.model.index(row, SearchResultsModel.CONTEXT)
        self.results_view.setCurrentIndex(index)
        self.results_view.scrollTo(index)
        hit = self.model.hit(row)
        self.hit_activated.emit(hit)
        return hit

    def _text_changed(self, _text: str) -> None:
        self._timer.start()

    def _request(self) -> None:
        self.query_changed.emit(self.edit.text())

    def _row_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hit_activated.emit(self.model.hit(index.row()))
