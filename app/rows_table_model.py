"""A read-only table over a list of plain rows: the part every such model shares.

Subclasses set ``self._rows`` and ``self._headers`` and write ``data``;
row count, column count, headers and flags come from here. A model whose
rows or titles live elsewhere says so through ``row_count`` (rows shown a
page at a time) and ``headers`` (titles of its column objects);
``NUMBERED_ROWS`` numbers the rows in the vertical header, and
``EXTRA_FLAGS`` adds to what every row can do (dragging, checking).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex

READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class RowsTableModel(QAbstractTableModel):
    _rows: Sequence
    _headers: Sequence[str]
    NUMBERED_ROWS = False
    EXTRA_FLAGS = Qt.ItemFlag.NoItemFlags

    def row_count(self) -> int:
        """How many rows the view has (all of ``_rows`` unless shown a page at a time)."""
        return len(self._rows)

    def headers(self) -> Sequence[str]:
        """The column titles, in column order."""
        return self._headers

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return section + 1 if self.NUMBERED_ROWS else None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return READ_ONLY | self.EXTRA_FLAGS
