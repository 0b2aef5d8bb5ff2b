"""The numbered bibliography as a table model, and a reference's citation places.

The references model hands its rows to the view in pages (canFetchMore /
fetchMore): with a 228-entry thesis the first page is everything, and when
a library holds 100,000 references the page source becomes a SQL query
(``references.thesis.document_view.references(offset=, limit=)``) with nothing else to
change here.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.document_index import DocumentIndex
from app.group_filter import swatch
from app.row_sync import redraw_rows, sync_rows
from references.thesis.document_view import NO_GROUP, CitationPlace, ReferenceRow
from app.plain_text import plain_tooltip
from app.rows_table_model import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex

REFERENCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CITATION_ID_ROLE = Qt.ItemDataRole.UserRole + 3

PAGE_SIZE = 500
# Text colours meet WCAG AA (4.5:1) on a white row.
INCOMPLETE_COLOR = QColor("#9a5b00")
MISSING_COLOR = QColor("#666666")


class ReferencesModel(RowsTableModel):
    NUMBER, AUTHORS, TITLE, YEAR, GROUP, COMPLETE, CITED = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index: DocumentIndex | None = None
        self._source: list[ReferenceRow] = []
        self._shown = 0
        self._row_of: dict[int, int] = {}
        self._headers = [
            self.tr("No."),
            self.tr("Authors"),
            self.tr("Title"),
            self.tr("Year"),
            self.tr("Group"),
            self.tr("Complete"),
            self.tr("Cited"),
        ]

    def set_document(self, index: DocumentIndex | None) -> None:
        self.beginResetModel()
        self._index = index
        self._source = list(index.view.references) if index else []
        self._row_of = {r.id: i for i, r in enumerate(self._source)}
        self._shown = min(PAGE_SIZE, len(self._source))
        self.endResetModel()

    def update_document(self, index: DocumentIndex) -> None:
        """Show a newer view of the same document, redrawing only the rows that changed
        (``ClaimsModel.update_document``); while pages are still to fetch, a reset."""
        old = self._index
        rows = list(index.view.references)
        paged = self._shown < len(self._source) or len(rows) > PAGE_SIZE
        if old is None or old.view.document.id != index.view.document.id or paged:
            self.set_document(index)
            return

        def remove(i: int, j: int) -> None:
            del self._source[i:j]
            self._shown -= j - i

        def insert(at: int, j1: int, j2: int) -> None:
            self._source[at:at] = rows[j1:j2]
            self._shown += j2 - j1

        kept = sync_rows(self, [r.id for r in self._source], [r.id for r in rows], remove, insert)
        if kept is None:
            self.set_document(index)
            return
        everything = old.view.groups != index.view.groups
        before = self._source
        self._index = index
        self._source = rows
        self._row_of = {r.id: i for i, r in enumerate(rows)}
        changed = [
            row for _old_row, row in kept
            if everything or before[row] != rows[row] or old.reference_group(rows[row].id) != index.reference_group(rows[row].id)
        ]
        redraw_rows(self, changed, len(self._headers))

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and self._shown < len(self._source)

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid():
            return
        more = min(PAGE_SIZE, len(self._source) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def row_of(self, reference_id: int) -> int | None:
        """The row of a reference, fetching pages until it is shown."""
        row = self._row_of.get(reference_id)
        if row is None:
            return None
        while row >= self._shown:
            self.fetchMore(QModelIndex())
        return row

    def reference(self, row: int) -> ReferenceRow:
        return self._source[row]

    def row_count(self) -> int:
        return self._shown  # a page at a time (fetchMore)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._index is None:
            return None
        ref = self._source[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(ref, column)
        if role == SORT_ROLE:
            return self._sort_value(ref, column)
        if role == REFERENCE_ID_ROLE:
            return ref.id
        if role == Qt.ItemDataRole.DecorationRole and column == self.GROUP:
            return swatch(self._index.group_color(self._index.reference_group(ref.id)))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COMPLETE and not ref.complete:
            return INCOMPLETE_COLOR
        if role == Qt.ItemDataRole.ForegroundRole and column == self.TITLE and not ref.title:
            return MISSING_COLOR  # the key stands in for a title nobody entered yet
        if role == Qt.ItemDataRole.FontRole and column == self.NUMBER:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.YEAR, self.CITED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.AUTHORS, self.TITLE):
            shown = self._display(ref, column)
            return plain_tooltip(shown) if isinstance(shown, str) else shown
        return None

    def _display(self, ref: ReferenceRow, column: int) -> object:
        assert self._index is not None
        if column == self.NUMBER:
            return "" if ref.number is None else str(ref.number)
        if column == self.AUTHORS:
            return ref.authors
        if column == self.TITLE:
            return ref.title or ref.key
        if column == self.YEAR:
            return ref.year
        if column == self.GROUP:
            return ", ".join(self._index.group_name(g) for g in ref.group_ids) or self._index.group_name(NO_GROUP)
        if column == self.COMPLETE:
            return self.tr("complete") if ref.complete else self.tr("incomplete")
        if column == self.CITED:
            return str(ref.times_cited)
        return None

    def _sort_value(self, ref: ReferenceRow, column: int) -> object:
        if column == self.NUMBER:
            return ref.number if ref.number is not None else 1 << 30
        if column == self.CITED:
            return ref.times_cited
        if column == self.COMPLETE:
            return int(ref.complete)
        return str(self._display(ref, column)).casefold()


class CitationPlacesModel(QAbstractListModel):
    """Where one reference is cited: section, marker and the words around it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._places: list[CitationPlace] = []

    def set_places(self, places: list[CitationPlace]) -> None:
        self.beginResetModel()
        self._places = list(places)
        self.endResetModel()

    def place(self, row: int) -> CitationPlace:
        return self._places[row]

    def row_of(self, citation_id: int) -> int | None:
        return next((i for i, p in enumerate(self._places) if p.citation_id == citation_id), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._places)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        place = self._places[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{place.section_label.split(' ', 1)[0] if place.section_label else ''}  {place.marker}  {place.context}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{place.section_label}\n{place.context}")
        if role == CITATION_ID_ROLE:
            return place.citation_id
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
