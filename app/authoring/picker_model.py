"""The bibliography as a checklist for the reference picker, and its search.

The checked numbers live in the model, not in the view's selection, so
they survive every change of the search: look up "3-5", check them, look up
an author, check one more. The search folds case and ə/ә
(``references.normalize``) and reads a number list ("12", "3-5, 9") as
numbers when the bibliography has any of them.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from app.rows_table_model import RowsTableModel
from app.plain_text import plain_tooltip
from references.normalize import fold_compact
from references.numbers import parse_number_list
from references.thesis.document_view import ReferenceRow

ModelIndex = QModelIndex | QPersistentModelIndex

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class ReferenceChoiceModel(RowsTableModel):
    NUMBER, KEY, AUTHORS, TITLE, YEAR, CITED = range(6)
    chosen_changed = Signal()

    def __init__(self, references: list[ReferenceRow], parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Only numbered references can be cited by a numeric marker.
        self._rows = sorted((r for r in references if r.number is not None), key=lambda r: r.number or 0)
        self._row_of = {r.number: i for i, r in enumerate(self._rows)}
        self._chosen: set[int] = set()
        self._headers = [
            self.tr("No."),
            self.tr("Key"),
            self.tr("Authors"),
            self.tr("Title"),
            self.tr("Year"),
            self.tr("Cited"),
        ]
        # Built once: what the search looks in, folded.
        self.haystacks = [
            fold_compact(" ".join((str(r.number), r.key, r.authors, r.title, r.year))) for r in self._rows
        ]

    # --- what is chosen --------------------------------------------------------------

    @property
    def numbers(self) -> frozenset[int]:
        return frozenset(r.number for r in self._rows if r.number is not None)

    def chosen(self) -> list[int]:
        return sorted(self._chosen)

    def set_chosen(self, numbers: set[int] | list[int] | tuple[int, ...]) -> None:
        wanted = {n for n in numbers if n in self._row_of}
        if wanted == self._chosen:
            return
        self._chosen = wanted
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0), [Qt.ItemDataRole.CheckStateRole])
        self.chosen_changed.emit()

    def toggle(self, numbers: list[int], checked: bool) -> None:
        chosen = set(self._chosen)
        chosen.update(numbers) if checked else chosen.difference_update(numbers)
        self.set_chosen(chosen)

    def reference(self, row: int) -> ReferenceRow:
        return self._rows[row]

    def row_of(self, number: int) -> int | None:
        return self._row_of.get(number)

    # --- the model -----------------------------------------------------------------

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == self.NUMBER:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        ref = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(ref, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NUMBER:
            return Qt.CheckState.Checked if ref.number in self._chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.AUTHORS, self.TITLE):
            return plain_tooltip(str(self._display(ref, column) or "")) or None
        if role == Qt.ItemDataRole.FontRole and ref.number in self._chosen:
            font = QFont()
            font.setBold(True)
            return font
        if role == NUMBER_ROLE:
            return ref.number
        if role == SORT_ROLE:
            if column in (self.NUMBER, self.CITED):
                return ref.number if column == self.NUMBER else ref.times_cited
            return fold_compact(self._display(ref, column))
        return None

    def setData(self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != self.NUMBER:
            return False
        number = self._rows[index.row()].number
        assert number is not None
        self.toggle([number], value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value))
        return True

    def _display(self, ref: ReferenceRow, column: int) -> str:
        if column == self.NUMBER:
            return str(ref.number)
        if column == self.KEY:
            return ref.key
        if column == self.AUTHORS:
            return ref.authors
        if column == self.TITLE:
            return " ".join(ref.title.split())
        if column == self.YEAR:
            return ref.year
        return str(ref.times_cited)


class ReferenceSearchProxy(QSortFilterProxyModel):
    """Rows matching the search: every word of it, folded, or the numbers it lists."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []
        self._numbers: frozenset[int] | None = None

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._numbers = self.listed_numbers(text)
        self._words = fold_compact(text).split() if self._numbers is None else []
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def listed_numbers(self, text: str) -> frozenset[int] | None:
        """The numbers a query like "12" or "3-5, 9" lists, if any reference has one of them."""
        source = self.sourceModel()
        if not text.strip() or not isinstance(source, ReferenceChoiceModel):
            return None
        try:
            listed = frozenset(parse_number_list(text))
        except ValueError:
            return None
        return listed if listed & source.numbers else None

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        source = self.sourceModel()
        assert isinstance(source, ReferenceChoiceModel)
        if self._numbers is not None:
            return source.reference(source_row).number in self._numbers
        haystack = source.haystacks[source_row]
        return all(word in haystack for word in self._words)
