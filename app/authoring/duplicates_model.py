"""Tables of the duplicates dialog: likely pairs, and the side-by-side field chooser."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from app.authoring.wording import reference_label
from app.rows_table_model import RowsTableModel
from references.library.duplicates import DuplicatePair, FieldConflict
from app.plain_text import plain_tooltip

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class DuplicatePairsModel(RowsTableModel):
    FIRST, SECOND, SCORE, REASONS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DuplicatePair] = []
        self._headers = [self.tr("Reference"), self.tr("Likely the same as"), self.tr("Score"), self.tr("Why")]

    def set_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.beginResetModel()
        self._rows = list(pairs)
        self.endResetModel()

    def pair(self, row: int) -> DuplicatePair:
        return self._rows[row]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return _SELECTABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        pair = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            shown = self.data(index, Qt.ItemDataRole.DisplayRole)
            return plain_tooltip(shown) if isinstance(shown, str) else shown
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.FIRST:
                return reference_label(pair.first_number, pair.first_key)
            if column == self.SECOND:
                return reference_label(pair.second_number, pair.second_key)
            if column == self.SCORE:
                return f"{pair.score:.0%}"
            return "; ".join(pair.reasons)
        if role == SORT_ROLE:
            values: tuple[object, ...] = (
                pair.first_number or 0, pair.second_number or 0, pair.score, "; ".join(pair.reasons)
            )
            return values[column]
        return None


class MergeChoicesModel(RowsTableModel):
    """Fields the two entries both have with different values: check the value to keep."""

    FIELD, KEEP, DROP = range(3)
    choices_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FieldConflict] = []
        self._choice: dict[str, str] = {}  # field -> "keep" | "drop"
        self._headers = [self.tr("Field"), self.tr("Kept entry"), self.tr("Merged-in entry")]

    def set_conflicts(self, conflicts: list[FieldConflict], keep_label: str = "", drop_label: str = "") -> None:
        self.beginResetModel()
        self._rows = list(conflicts)
        self._choice = {c.name: "keep" for c in conflicts}  # the kept entry's value unless told
        if keep_label:
            self._headers[self.KEEP] = keep_label
        if drop_label:
            self._headers[self.DROP] = drop_label
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.KEEP, self.DROP)
        self.choices_changed.emit()

    def choices(self) -> dict[str, str]:
        return dict(self._choice)

    def choose(self, field: str, side: str) -> None:
        row = next((i for i, c in enumerate(self._rows) if c.name == field), None)
        if row is None or side not in ("keep", "drop") or self._choice[field] == side:
            return
        self._choice[field] = side
        self.dataChanged.emit(self.index(row, self.KEEP), self.index(row, self.DROP), [Qt.ItemDataRole.CheckStateRole])
        self.choices_changed.emit()

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == self.FIELD:
            return _SELECTABLE
        return _SELECTABLE | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        conflict = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            shown = self.data(index, Qt.ItemDataRole.DisplayRole)
            return plain_tooltip(shown) if isinstance(shown, str) else shown
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.FIELD:
                return conflict.name
            return " ".join((conflict.keep_value if column == self.KEEP else conflict.drop_value).split())
        if role == Qt.ItemDataRole.CheckStateRole and column != self.FIELD:
            side = "keep" if column == self.KEEP else "drop"
            return Qt.CheckState.Checked if self._choice[conflict.name] == side else Qt.CheckState.Unchecked
        return None

    def setData(self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() == self.FIELD:
            return False
        if value not in (Qt.CheckState.Checked, Qt.CheckState.Checked.value):
            return False  # a choice is made by checking the other side, never by leaving both empty
        self.choose(self._rows[index.row()].name, "keep" if index.column() == self.KEEP else "drop")
        return True
