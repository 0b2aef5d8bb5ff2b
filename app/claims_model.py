"""Claims as a table model, and the proxy that filters and sorts them.

Columns are ``ClaimColumn`` specs, so a later column (open annotations,
verdicts) is one ``add_column`` call away. Filtering reads only roles of the
source model; when claims move to SQL paging, the proxy's three filters
become the WHERE clause of the same query.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app.document_index import DocumentIndex
from app.row_sync import redraw_rows, sync_rows
from references.normalize import fold_compact
from references.numbers import compress_numbers
from references.thesis.document_view import ClaimRow
from app.i18n import Translations
from app.plain_text import plain_tooltip
from app.rows_table_model import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex

CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_GROUPS_ROLE = Qt.ItemDataRole.UserRole + 3
SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 4
FOLDED_TEXT_ROLE = Qt.ItemDataRole.UserRole + 5
REFERENCE_IDS_ROLE = Qt.ItemDataRole.UserRole + 6

MAX_FILTER_CHARS = 200


ClaimsTable = Translations("ClaimsTable")


@dataclass(frozen=True)
class ClaimColumn:
    """One column: its header, what it shows and what it sorts by."""

    key: str
    title: str
    display: Callable[[ClaimRow, DocumentIndex], str]
    sort_key: Callable[[ClaimRow, DocumentIndex], object]
    tooltip: Callable[[ClaimRow, DocumentIndex], str] | None = None


def _section(claim: ClaimRow, index: DocumentIndex) -> str:
    section = index.sections.get(claim.section_id) if claim.section_id is not None else None
    return (section.number or section.title) if section else ""


def _groups(claim: ClaimRow, index: DocumentIndex) -> list[int]:
    return sorted(
        {index.reference_group(r) for r in claim.reference_ids}, key=lambda g: index.group_order.get(g, 0)
    )


def default_columns() -> list[ClaimColumn]:
    return [
        ClaimColumn(
            "section",
            ClaimsTable.tr("Section"),
            _section,
            lambda c, i: (i.blocks[c.block_id].position, c.start),
            lambda c, i: i.section_label(c.section_id),
        ),
        ClaimColumn(
            "sentence",
            ClaimsTable.tr("Sentence"),
            lambda c, i: " ".join(c.text.split()),
            lambda c, i: fold_compact(c.text),
            lambda c, i: " ".join(c.text.split()),
        ),
        ClaimColumn("markers", ClaimsTable.tr("Markers"), lambda c, i: " ".join(c.markers), lambda c, i: c.numbers),
        ClaimColumn(
            "references",
            ClaimsTable.tr("References"),
            lambda c, i: compress_numbers(list(c.numbers), "–"),
            lambda c, i: (len(c.numbers), c.numbers),
        ),
        ClaimColumn(
            "groups",
            ClaimsTable.tr("Groups"),
            lambda c, i: ", ".join(i.group_name(g) for g in _groups(c, i)),
            lambda c, i: [i.group_order.get(g, 0) for g in _groups(c, i)],
            lambda c, i: "\n".join(i.group_name(g) for g in _groups(c, i)),  # the whole names, one a line
        ),
    ]


class ClaimsModel(RowsTableModel):
    NUMBERED_ROWS = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: list[ClaimColumn] = default_columns()
        self._index: DocumentIndex | None = None
        self._rows: list[ClaimRow] = []
        self._filter_groups: list[frozenset[int]] = []
        self._folded: list[str] = []
        self._icons: dict[tuple[int, ...], QIcon] = {}

    def set_document(self, index: DocumentIndex | None) -> None:
        self.beginResetModel()
        self._index = index
        self._rows = list(index.view.claims) if index else []
        self._filter_groups = [index.claim_groups(c) for c in self._rows] if index else []
        self._folded = [fold_compact(c.text) for c in self._rows]
        self._icons = {}
        self.endResetModel()

    def update_document(self, index: DocumentIndex) -> None:
        """Show a newer view of the same document: rows that went or came are removed or
        inserted, rows whose values changed are redrawn, the rest stay as they are
        (the view keeps its selection, sort and scroll). Everything is redrawn when the
        groups or sections themselves changed, since every row shows their names."""
        old = self._index
        if old is None or old.view.document.id != index.view.document.id:
            self.set_document(index)
            return
        rows = list(index.view.claims)
        groups = [index.claim_groups(c) for c in rows]
        folded_before = {claim.text: folded for claim, folded in zip(self._rows, self._folded, strict=True)}
        folded = [folded_before.get(c.text) or fold_compact(c.text) for c in rows]

        def remove(i: int, j: int) -> None:
            del self._rows[i:j], self._filter_groups[i:j], self._folded[i:j]

        def insert(at: int, j1: int, j2: int) -> None:
            self._rows[at:at] = rows[j1:j2]
            self._filter_groups[at:at] = groups[j1:j2]
            self._folded[at:at] = folded[j1:j2]

        kept = sync_rows(self, [c.id for c in self._rows], [c.id for c in rows], remove, insert)
        if kept is None:
            self.set_document(index)
            return
        everything = old.view.groups != index.view.groups or old.view.sections != index.view.sections
        before = list(zip(self._rows, self._filter_groups, strict=True))
        self._index = index
        self._rows, self._filter_groups, self._folded = rows, groups, folded
        if everything:
            self._icons = {}
        changed = [
            row for _old_row, row in kept
            if everything or before[row] != (rows[row], groups[row]) or self._shown_differently(old, index, rows[row])
        ]
        redraw_rows(self, changed, len(self.columns))

    def _shown_differently(self, old: DocumentIndex, new: DocumentIndex, claim: ClaimRow) -> bool:
        """A claim row is drawn from its references' groups too (their colours and names)."""
        return any(old.reference_group(r) != new.reference_group(r) for r in claim.reference_ids)

    def add_column(self, column: ClaimColumn) -> None:
        """Append a column (e.g. open annotations), for features added later."""
        position = len(self.columns)
        self.beginInsertColumns(QModelIndex(), position, position)
        self.columns.append(column)
        self.endInsertColumns()

    def column_changed(self, key: str) -> None:
        """The values of a column added later changed (e.g. open annotations): redraw it."""
        if self._rows:
            column = self.column_of(key)
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def headers(self) -> list[str]:
        return [column.title for column in self.columns]

    def claim(self, row: int) -> ClaimRow:
        return self._rows[row]

    def row_of(self, claim_id: int) -> int | None:
        for row, claim in enumerate(self._rows):
            if claim.id == claim_id:
                return row
        return None

    def filter_groups(self, row: int) -> frozenset[int]:
        return self._filter_groups[row]

    def folded_text(self, row: int) -> str:
        return self._folded[row]

    def folded_texts(self) -> list[str]:
        """Every row's folded text (for reading only)."""
        return self._folded

    def sort_value(self, row: int, column: int) -> object:
        assert self._index is not None
        return self.columns[column].sort_key(self._rows[row], self._index)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._index is None:
            return None
        claim = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(claim, self._index)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            tip = column.tooltip(claim, self._index)
            return plain_tooltip(tip) if isinstance(tip, str) else tip
        if role == Qt.ItemDataRole.DecorationRole and column.key == "groups":
            return self._icon(tuple(_groups(claim, self._index)))
        if role == SORT_ROLE:
            return column.sort_key(claim, self._index)
        if role == CLAIM_ID_ROLE:
            return claim.id
        if role == FILTER_GROUPS_ROLE:
            return self._filter_groups[index.row()]
        if role == SECTION_ID_ROLE:
            return claim.section_id
        if role == FOLDED_TEXT_ROLE:
            return self._folded[index.row()]
        if role == REFERENCE_IDS_ROLE:
            return claim.reference_ids
        return None

    def _icon(self, groups: tuple[int, ...]) -> QIcon:
        """Colour bands of a claim's groups, like the chips in the reader."""
        icon = self._icons.get(groups)
        if icon is None and self._index is not None:
            pixmap = QPixmap(14, 14)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            width = 14 / max(1, len(groups))
            for i, group in enumerate(groups):
                painter.fillRect(round(i * width), 1, round((i + 1) * width) - round(i * width), 12, QColor(self._index.group_color(group)))
            painter.end()
            icon = self._icons[groups] = QIcon(pixmap)
        return icon or QIcon()


class ClaimsFilterProxy(QSortFilterProxyModel):
    """Filter by groups, by section and by text (folded: case, ə/ә); sort by any column."""

    _model: ClaimsModel  # set with the source model

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._groups: frozenset[int] | None = None
        self._sections: frozenset[int] | None = None
        self._text = ""

    def set_groups(self, group_ids: frozenset[int] | None) -> None:
        """Keep claims citing a reference directly in one of ``group_ids`` (None: all)."""
        self.beginFilterChange()
        self._groups = group_ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_sections(self, section_ids: frozenset[int] | None) -> None:
        self.beginFilterChange()
        self._sections = section_ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        # The text is folded and searched for as plain text, never as a
        # pattern, and capped so a huge paste cannot stall the GUI.
        folded = fold_compact(text[:MAX_FILTER_CHARS])
        if folded == self._text:
            return
        if self._same_claims(self._text, folded):
            # Most keys typed into a word keep the same claims: the proxy (which filters
            # again whenever rows change) already shows exactly what the new text keeps,
            # so Qt is spared asking about every claim once more, a Python call each.
            self._text = folded
            return
        self.beginFilterChange()
        self._text = folded
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _same_claims(self, old: str, new: str) -> bool:
        """Whether the two texts keep the same claims (the other filters aside)."""
        if not hasattr(self, "_model"):
            return False
        texts = self._model.folded_texts()
        return [old in t for t in texts] == [new in t for t in texts]

    # Filtering and sorting read the source model's Python methods, not
    # index.data(): it is faster, and PySide6 6.12.0 loses a reference to
    # None each time index.data() returns an empty value from Python, which
    # ends in a crash after enough calls.
    def setSourceModel(self, model: QAbstractItemModel) -> None:
        assert isinstance(model, ClaimsModel)
        self._model = model
        super().setSourceModel(model)

    def _claims(self) -> ClaimsModel:
        return self._model

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        # Called for every claim on every keystroke in the filter box: the text test
        # alone (the usual case) is one substring test of the claim's folded text.
        model = self._model
        if self._groups is not None and not (model.filter_groups(source_row) & self._groups):
            return False
        if self._sections is not None and model.claim(source_row).section_id not in self._sections:
            return False
        return not self._text or self._text in model.folded_text(source_row)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        model = self._claims()
        a, b = model.sort_value(left.row(), left.column()), model.sort_value(right.row(), right.column())
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
