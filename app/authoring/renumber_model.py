"""Tables of a renumbering plan: each reference's old and new number, and the markers it rewrites."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from app.rows_table_model import RowsTableModel
from references.thesis.renumbering import MarkerRewrite, NumberChange, RenumberPlan
from app.plain_text import plain_tooltip

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
UNCITED_COLOR = QColor("#8a5a00")


class NumberChangesModel(RowsTableModel):
    OLD, NEW, KEY, TITLE, CITED = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[NumberChange] = []
        self._headers = [self.tr("Old"), self.tr("New"), self.tr("Key"), self.tr("Title"), self.tr("Cited")]

    def set_plan(self, plan: RenumberPlan | None) -> None:
        self.beginResetModel()
        self._rows = list(plan.numbers) if plan else []
        self.endResetModel()

    def change(self, row: int) -> NumberChange:
        return self._rows[row]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        change = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.OLD:
                return str(change.old_number)
            if column == self.NEW:
                return f"→ {change.new_number}" if change.changed else str(change.new_number)
            if column == self.KEY:
                return change.key
            if column == self.TITLE:
                return " ".join(change.title.split())
            return self.tr("yes") if change.cited else self.tr("not cited")
        if role == SORT_ROLE:
            values: tuple[object, ...] = (change.old_number, change.new_number, change.key, change.title, change.cited)
            return values[column]
        if role == Qt.ItemDataRole.FontRole and change.changed and column == self.NEW:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not change.cited:
            return UNCITED_COLOR
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return plain_tooltip(" ".join(change.title.split())) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.OLD, self.NEW):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ChangedOnlyProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE; hides unchanged numbers when asked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._changed_only = False

    def set_changed_only(self, changed_only: bool) -> None:
        self.beginFilterChange()
        self._changed_only = changed_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        source = self.sourceModel()
        if not self._changed_only or not isinstance(source, NumberChangesModel):
            return True
        return source.change(source_row).changed


class MarkerRewritesModel(RowsTableModel):
    SECTION, OLD, NEW = range(3)

    def __init__(self, where: Callable[[int], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._where = where  # block id -> section label
        self._rows: list[MarkerRewrite] = []
        self._headers = [self.tr("Section"), self.tr("Marker now"), self.tr("Will be")]

    def set_plan(self, plan: RenumberPlan | None) -> None:
        self.beginResetModel()
        self._rows = list(plan.markers) if plan else []
        self.endResetModel()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        rewrite = self._rows[index.row()]
        if index.column() == self.SECTION:
            where = self._where(rewrite.block_id)
            return plain_tooltip(where) if role == Qt.ItemDataRole.ToolTipRole else where
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        return rewrite.old_marker if index.column() == self.OLD else rewrite.new_marker
