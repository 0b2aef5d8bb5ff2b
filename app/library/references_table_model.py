"""The library's references as a table model fed from SQL a page at a time.

Sorting and filtering never happen here: ``sort`` and ``set_query`` change
the ``ReferenceQuery`` and the rows are read again from the first page
(``references.library.table_queries``). The view asks for more rows as it
scrolls (``canFetchMore``/``fetchMore``), and each further page starts
after the last row's sort position (keyset), so scrolling far down a
100,000-row library costs what the first page cost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.group_filter import swatch
from app.i18n import current_language
from app.library import mime
from references.library.table_queries import PAGE_SIZE, LibraryRow, Page, ReferenceQuery, SortColumn
from references.thesis.document_view import GroupRow
from references.thesis.group_colours import GroupColours
from app.plain_text import plain_tooltip
from app.row_sync import redraw_rows, sync_rows
from app.rows_table_model import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
# (query, start after this sort position or from the top, how many) -> a page
PageSource = Callable[[ReferenceQuery, tuple[Any, int] | None, int], Page]

REFERENCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
INCOMPLETE_COLOR = QColor("#9a5b00")  # 5.5:1 on white (WCAG AA)
NO_GROUP_COLOR = "#9e9e9e"
COLUMNS: tuple[SortColumn, ...] = (
    SortColumn.NUMBER,
    SortColumn.KEY,
    SortColumn.TYPE,
    SortColumn.AUTHORS,
    SortColumn.YEAR,
    SortColumn.TITLE,
    SortColumn.GROUPS,
    SortColumn.COMPLETE,
    SortColumn.CITED,
)


class ReferencesTableModel(RowsTableModel):
    EXTRA_FLAGS = Qt.ItemFlag.ItemIsDragEnabled  # references are dragged onto a group

    def __init__(self, pages: PageSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pages = pages
        self._query = ReferenceQuery()
        self._rows: list[LibraryRow] = []
        self._more = False
        self._resetting = False
        self._groups: dict[int, GroupRow] = {}
        self._colours = GroupColours(())
        self._headers = {
            SortColumn.NUMBER: self.tr("No."),
            SortColumn.KEY: self.tr("Key"),
            SortColumn.TYPE: self.tr("Type"),
            SortColumn.AUTHORS: self.tr("Authors"),
            SortColumn.YEAR: self.tr("Year"),
            SortColumn.TITLE: self.tr("Title"),
            SortColumn.GROUPS: self.tr("Groups"),
            SortColumn.COMPLETE: self.tr("Complete"),
            SortColumn.CITED: self.tr("Cited"),
        }

    # --- what is shown ------------------------------------------------------------

    @property
    def query(self) -> ReferenceQuery:
        return self._query

    def set_query(self, query: ReferenceQuery) -> None:
        """Show ``query``'s rows from the first page."""
        self._query = query
        self._load(PAGE_SIZE)

    def reload(self) -> None:
        """Read the rows again (after a change), keeping as many loaded as before: rows
        that went or came are removed or inserted and changed ones redrawn, so the view
        keeps its selection and scroll (``app.row_sync``)."""
        if not self._rows:
            self._load(PAGE_SIZE)
            return
        page = self._pages(self._query, None, max(PAGE_SIZE, len(self._rows)))
        rows = list(page.rows)

        def remove(i: int, j: int) -> None:
            del self._rows[i:j]

        def insert(at: int, j1: int, j2: int) -> None:
            self._rows[at:at] = rows[j1:j2]

        self._resetting = True  # no page fetched while rows move
        kept = sync_rows(self, [r.id for r in self._rows], [r.id for r in rows], remove, insert)
        self._resetting = False
        if kept is None:
            self._load(max(PAGE_SIZE, len(self._rows)))
            return
        before, self._rows, self._more = self._rows, rows, page.more
        redraw_rows(self, [row for _old, row in kept if before[row] != rows[row]], len(COLUMNS))

    def set_groups(self, groups: Sequence[GroupRow]) -> None:
        self._groups = {g.id: g for g in groups}
        self._colours = GroupColours(groups)
        if self._rows:
            column = COLUMNS.index(SortColumn.GROUPS)
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def _load(self, wanted: int) -> None:
        page = self._pages(self._query, None, wanted)
        # A view answers the reset by asking for more rows at once; inserting
        # them inside the reset would nest one change in another.
        self._resetting = True
        self.beginResetModel()
        self._rows = list(page.rows)
        self._more = page.more
        self.endResetModel()
        self._resetting = False

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and self._more and not self._resetting

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid() or not self._more or not self._rows or self._resetting:
            return
        page = self._pages(self._query, self._rows[-1].position, PAGE_SIZE)
        self._more = page.more
        if not page.rows:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (COLUMNS[column], descending) == (self._query.sort, self._query.descending) and self._rows:
            return
        self.set_query(replace(self._query, sort=COLUMNS[column], descending=descending))

    # --- rows ---------------------------------------------------------------------

    def row(self, row: int) -> LibraryRow:
        return self._rows[row]

    def row_of(self, reference_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == reference_id), None)

    def group_ids_of(self, reference_ids: Sequence[int]) -> set[int]:
        """The groups the loaded rows of these references are directly in."""
        wanted = set(reference_ids)
        return {g for row in self._rows if row.id in wanted for g in row.group_ids}

    def column_of(self, column: SortColumn) -> int:
        return COLUMNS.index(column)

    def headers(self) -> list[str]:
        return [self._headers[column] for column in COLUMNS]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == REFERENCE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column in (SortColumn.AUTHORS, SortColumn.TITLE, SortColumn.GROUPS):
            return plain_tooltip(str(self._display(row, column) or "")) or None
        if role == Qt.ItemDataRole.DecorationRole and column is SortColumn.GROUPS:
            return swatch(self._colour_of(row))
        if role == Qt.ItemDataRole.ForegroundRole and column is SortColumn.COMPLETE and not row.complete:
            return INCOMPLETE_COLOR
        if role == Qt.ItemDataRole.FontRole and column is SortColumn.NUMBER:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SortColumn.NUMBER, SortColumn.YEAR, SortColumn.CITED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: LibraryRow, column: SortColumn) -> str:
        if column is SortColumn.NUMBER:
            return "" if row.number is None else str(row.number)
        if column is SortColumn.KEY:
            return row.key
        if column is SortColumn.TYPE:
            return row.entry_type
        if column is SortColumn.AUTHORS:
            return row.authors
        if column is SortColumn.YEAR:
            return row.year
        if column is SortColumn.TITLE:
            return " ".join(row.title.split())
        if column is SortColumn.GROUPS:
            language = current_language()
            return ", ".join(self._groups[g].shown_name(language) for g in row.group_ids if g in self._groups)
        if column is SortColumn.COMPLETE:
            return self.tr("complete") if row.complete else self.tr("incomplete")
        return str(row.times_cited)

    def _colour_of(self, row: LibraryRow) -> str:
        """The most specific group's colour, as the reader draws the reference."""
        return self._colours.colour_of(row.group_ids)

    # --- dragging references onto a group -------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [mime.REFERENCE_IDS]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({self._rows[i.row()].id for i in indexes if i.isValid()})
        return mime.reference_ids_data(ids)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction
