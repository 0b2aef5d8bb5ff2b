"""The outline as a Qt tree model: sections, their tables, marker counts."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from references.thesis.document_view import OutlineNode
from app.i18n import fill

ModelIndex = QModelIndex | QPersistentModelIndex

BLOCK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(eq=False)
class _Item:
    node: OutlineNode | None
    parent: _Item | None
    row: int
    children: list[_Item] = field(default_factory=list)


def _grow(node: OutlineNode | None, parent: _Item | None, row: int, children: tuple[OutlineNode, ...]) -> _Item:
    item = _Item(node, parent, row)
    item.children = [_grow(child, item, i, child.children) for i, child in enumerate(children)]
    return item


class OutlineModel(QAbstractItemModel):
    COLUMNS = 2  # title, markers

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Item(None, None, 0)

    def set_outline(self, nodes: tuple[OutlineNode, ...] | list[OutlineNode]) -> None:
        self.beginResetModel()
        self._root = _grow(None, None, 0, tuple(nodes))
        self.endResetModel()

    def update_outline(self, nodes: tuple[OutlineNode, ...] | list[OutlineNode]) -> bool:
        """Take new labels and counts for the same tree of sections and tables, redrawing
        only the rows that changed; False (nothing done) when the tree itself changed."""
        pairs: list[tuple[_Item, OutlineNode]] = []
        stack: list[tuple[_Item, tuple[OutlineNode, ...]]] = [(self._root, tuple(nodes))]
        while stack:
            item, children = stack.pop()
            if len(item.children) != len(children):
                return False
            for child, node in zip(item.children, children, strict=True):
                was = child.node
                if was is None or (was.kind, was.section_id, was.block_id) != (node.kind, node.section_id, node.block_id):
                    return False
                pairs.append((child, node))
                stack.append((child, node.children))
        for item, node in pairs:
            if item.node != node:
                item.node = node
                self.dataChanged.emit(self.createIndex(item.row, 0, item), self.createIndex(item.row, self.COLUMNS - 1, item))
        return True

    def _item(self, index: ModelIndex) -> _Item:
        if index.isValid():
            item = index.internalPointer()
            assert isinstance(item, _Item)
            return item
        return self._root

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._item(parent).children[row])

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # QObject.parent() is the other overload
        if not index.isValid():
            return QModelIndex()
        item = self._item(index).parent
        if item is None or item is self._root:
            return QModelIndex()
        return self.createIndex(item.row, 0, item)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._item(parent).children)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return self.COLUMNS

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node = self._item(index).node
        assert node is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return node.label if node.kind == "section" else fill(self.tr("Table: %1"), node.label)
            return node.markers
        if role == Qt.ItemDataRole.ToolTipRole:
            markers = self.tr("%n citation marker(s)", "", node.markers)
            # The whole title: the narrow dock cuts long ones.
            return f"{node.label}\n{markers}" if index.column() == 0 else markers
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == BLOCK_ID_ROLE:
            return node.block_id
        if role == SECTION_ID_ROLE:
            return node.section_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Section"), self.tr("Markers"))[section] if 0 <= section < self.COLUMNS else None
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._item(index).children:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def node(self, index: ModelIndex) -> OutlineNode | None:
        return self._item(index).node if index.isValid() else None

    def index_of_section(self, section_id: int) -> QModelIndex:
        """The model index of a section (for following the reader)."""

        def find(item: _Item) -> _Item | None:
            for child in item.children:
                if child.node is not None and child.node.kind == "section" and child.node.section_id == section_id:
                    return child
                hit = find(child)
                if hit is not None:
                    return hit
            return None

        found = find(self._root)
        return self.createIndex(found.row, 0, found) if found else QModelIndex()
