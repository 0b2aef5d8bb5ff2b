"""Annotations as a table model, and the proxy that filters and sorts them.

Rows are ``AnnotationItem``: an ``AnnotationView`` with where it stands
(block, section) and what its claim cites (groups), worked out once per
load. Filters read only the item, so when annotations move to SQL paging
they become the WHERE clause of the same query.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPixmap

from app.annotations.spans import DocumentOffsets
from app.annotations.vocabulary import Annotations, anchor_label, annotation_color, status_label, verdict_label
from app.document_index import DocumentIndex
from references.review.annotation_queries import AnnotationOverview
from references.review.annotations import VERDICTS, AnnotationView
from app.plain_text import plain_tooltip
from app.row_sync import redraw_rows, sync_rows
from app.rows_table_model import RowsTableModel
from references.normalize import fold_compact

ModelIndex = QModelIndex | QPersistentModelIndex

URI_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

NO_VERDICT = ""  # the verdict filter's value for "no verdict given"
MAX_FILTER_CHARS = 200
CELL_CHARS = 160  # of a comment or quote in a one-line cell

RESOLVED_COLOR = QColor("#666666")  # greyed, yet 5.7:1 on white (WCAG AA)


@dataclass(frozen=True, slots=True)
class AnnotationItem:
    view: AnnotationView
    block_id: int | None  # None when orphaned
    section_id: int | None
    section_label: str
    groups: frozenset[int]  # what the annotated claim cites (as the claims filter sees it)
    folded: str  # quote, comment, tags, authors and replies, folded for search

    @property
    def uri(self) -> str:
        return self.view.uri

    @property
    def orphaned(self) -> bool:
        return self.view.anchor == "orphaned" or self.view.start is None


def build_items(overview: AnnotationOverview, index: DocumentIndex, offsets: DocumentOffsets) -> list[AnnotationItem]:
    items = []
    for view in overview.annotations:
        block = None
        if view.anchor != "orphaned" and view.start is not None:
            block = offsets.block_at(view.start)
        section_id = block.section_id if block is not None else None
        claim = index.claims.get(view.claim_id) if view.claim_id is not None else None
        searchable = [view.exact, view.comment, view.author, *view.tags]
        searchable += [part for reply in view.replies for part in (reply.author, reply.body)]
        items.append(
            AnnotationItem(
                view=view,
                block_id=block.id if block is not None else None,
                section_id=section_id,
                section_label=index.section_label(section_id),
                groups=index.claim_groups(claim) if claim is not None else frozenset(),
                folded=fold_compact("\n".join(searchable)),
            )
        )
    return items


@dataclass(frozen=True)
class AnnotationFilter:
    """What the dock shows; None (or empty text) lets everything through."""

    author: str | None = None
    status: str | None = None
    verdict: str | None = None  # NO_VERDICT for annotations without one
    tag: str | None = None
    groups: frozenset[int] | None = None
    sections: frozenset[int] | None = None
    text: str = ""  # folded with fold_compact
    orphans_only: bool = False

    def accepts(self, item: AnnotationItem) -> bool:
        view = item.view
        if self.orphans_only and not item.orphaned:
            return False
        if self.author is not None and view.author != self.author:
            return False
        if self.status is not None and view.status != self.status:
            return False
        if self.verdict is not None and (view.verdict or NO_VERDICT) != self.verdict:
            return False
        if self.tag is not None and self.tag not in view.tags:
            return False
        if self.groups is not None and not (item.groups & self.groups):
            return False
        if self.sections is not None and item.section_id not in self.sections:
            return False
        return not self.text or self.text in item.folded


def one_line(text: str, limit: int = CELL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    display: Callable[[AnnotationItem], str]
    sort_key: Callable[[AnnotationItem], object]


def _place(item: AnnotationItem) -> tuple[int, int]:
    view = item.view
    return (1, 0) if item.orphaned or view.start is None else (0, view.start)


def columns() -> list[Column]:
    verdict_order = {v: i for i, v in enumerate(VERDICTS)}
    return [
        Column("quote", Annotations.tr("Quote"), lambda i: one_line(i.view.exact), _place),
        Column("comment", Annotations.tr("Comment"), lambda i: one_line(i.view.comment), lambda i: fold_compact(i.view.comment)),
        Column(
            "verdict",
            Annotations.tr("Verdict"),
            lambda i: verdict_label(i.view.verdict) if i.view.verdict else "",
            lambda i: verdict_order.get(i.view.verdict or "", len(verdict_order)),
        ),
        Column("status", Annotations.tr("Status"), lambda i: status_label(i.view.status), lambda i: i.view.status),
        Column("author", Annotations.tr("Author"), lambda i: i.view.author, lambda i: i.view.author.casefold()),
        Column("tags", Annotations.tr("Tags"), lambda i: ", ".join(i.view.tags), lambda i: tuple(t.casefold() for t in i.view.tags)),
        Column(
            "replies",
            Annotations.tr("Replies"),
            lambda i: str(len(i.view.replies)) if i.view.replies else "",
            lambda i: len(i.view.replies),
        ),
        Column("section", Annotations.tr("Section"), lambda i: i.section_label, _place),
        Column("anchor", Annotations.tr("Placed"), lambda i: anchor_label(i.view.anchor), lambda i: i.view.anchor),
    ]


class AnnotationsModel(RowsTableModel):
    NUMBERED_ROWS = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = columns()
        self._items: list[AnnotationItem] = []
        self._rows_by_uri: dict[str, int] = {}
        self._icons: dict[str, QIcon] = {}

    def set_items(self, items: list[AnnotationItem]) -> None:
        """Show ``items``: notes that went or came are removed or inserted, changed ones
        redrawn, the rest left as they are (the view keeps its selection, sort and scroll)."""
        new = list(items)

        def remove(i: int, j: int) -> None:
            del self._items[i:j]
            self._index_rows()

        def insert(at: int, j1: int, j2: int) -> None:
            self._items[at:at] = new[j1:j2]
            self._index_rows()

        kept = sync_rows(self, [i.uri for i in self._items], [i.uri for i in new], remove, insert) if self._items else None
        if kept is None:
            self.beginResetModel()
            self._items = new
            self._index_rows()
            self.endResetModel()
            return
        before, self._items = self._items, new
        self._index_rows()
        redraw_rows(self, [row for _old, row in kept if before[row] != new[row]], len(self.columns))

    def _index_rows(self) -> None:
        self._rows_by_uri = {item.uri: row for row, item in enumerate(self._items)}

    def items(self) -> list[AnnotationItem]:
        return list(self._items)

    def item(self, row: int) -> AnnotationItem:
        return self._items[row]

    def row_of(self, uri: str) -> int | None:
        return self._rows_by_uri.get(uri)

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def row_count(self) -> int:
        return len(self._items)

    def headers(self) -> list[str]:
        return [column.title for column in self.columns]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.key == "quote":
                return plain_tooltip(item.view.exact)
            if column.key == "comment" and item.view.comment:
                return plain_tooltip(item.view.comment)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column.key == "quote":
            return self._swatch(item)
        if role == Qt.ItemDataRole.ForegroundRole and item.view.status == "resolved":
            return RESOLVED_COLOR
        if role == SORT_ROLE:
            return column.sort_key(item)
        if role == URI_ROLE:
            return item.uri
        if role == ITEM_ROLE:
            return item
        return None

    def _swatch(self, item: AnnotationItem) -> QIcon:
        color = annotation_color(item.view).name()
        icon = self._icons.get(color)
        if icon is None:
            pixmap = QPixmap(12, 12)
            pixmap.fill(QColor(color))
            icon = self._icons[color] = QIcon(pixmap)
        return icon


class AnnotationsFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._filter = AnnotationFilter()

    @property
    def current_filter(self) -> AnnotationFilter:
        return self._filter

    def set_filter(self, wanted: AnnotationFilter) -> None:
        # The text is folded and searched for as plain text, never as a
        # pattern, and capped so a huge paste cannot stall the GUI.
        wanted = replace(wanted, text=fold_compact(wanted.text[:MAX_FILTER_CHARS]))
        if wanted == self._filter:
            return
        self.beginFilterChange()
        self._filter = wanted
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        item = self.sourceModel().index(source_row, 0, source_parent).data(ITEM_ROLE)
        return isinstance(item, AnnotationItem) and self._filter.accepts(item)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
