"""The source-group tree beside the library table, with how many references each holds.

"All references" is the root, the groups are its descendants, and "No
group" follows it. Selecting a node filters the table. References dragged
from the table onto a group, a group dragged onto another group (or onto
"All references", for the top level), and a name typed into a group are
not applied here: the model only announces them (``references_dropped``,
``group_dropped``, ``rename_requested``) and the controller turns each into
an undo command; the tree then reloads from the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from app.group_filter import swatch
from app.library import mime
from references.library.table_queries import NO_GROUP, GroupCounts
from references.thesis.document_view import GroupRow
from app.plain_text import plain_tooltip
from app.i18n import current_language
from references.thesis.group_colours import NO_GROUP_COLOR

ModelIndex = QModelIndex | QPersistentModelIndex

GROUP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: GROUP_ID_ROLE of the "All references" node.
ALL_REFERENCES = 0
ALL_COLOR = "#ffffff"


@dataclass
class _Node:
    group_id: int  # a group's id, ALL_REFERENCES or NO_GROUP
    parent: int  # index of the parent node in the model's list; -1 at the top
    row: int
    children: list[int] = field(default_factory=list)


class GroupTreeModel(QAbstractItemModel):
    references_dropped = Signal(object, int)  # reference ids, group id
    group_dropped = Signal(int, object, object)  # group id, new parent id or None, position or None
    rename_requested = Signal(int, str)  # group id, new name

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._nodes: list[_Node] = []
        self._top: list[int] = []
        self._groups: dict[int, GroupRow] = {}
        self._counts = GroupCounts(0, 0)
        self._node_of: dict[int, int] = {}

    def set_tree(self, groups: Sequence[GroupRow], counts: GroupCounts) -> None:
        self.beginResetModel()
        self._groups = {g.id: g for g in groups}
        self._counts = counts
        self._nodes = [_Node(ALL_REFERENCES, -1, 0)]
        self._node_of = {ALL_REFERENCES: 0}
        for group in groups:  # tree order: parents first
            parent = self._node_of[group.parent_id] if group.parent_id in self._node_of else 0
            node = len(self._nodes)
            self._nodes.append(_Node(group.id, parent, len(self._nodes[parent].children)))
            self._nodes[parent].children.append(node)
            self._node_of[group.id] = node
        self._nodes.append(_Node(NO_GROUP, -1, 1))
        self._node_of[NO_GROUP] = len(self._nodes) - 1
        self._top = [0, len(self._nodes) - 1]
        self.endResetModel()

    def index_of(self, group_id: int) -> QModelIndex:
        node = self._node_of.get(group_id)
        return QModelIndex() if node is None else self.createIndex(self._nodes[node].row, 0, node)

    def group(self, group_id: int) -> GroupRow | None:
        return self._groups.get(group_id)

    def groups(self) -> list[GroupRow]:
        return list(self._groups.values())

    # --- structure ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        siblings = self._children(parent)
        if row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, 0, siblings[row])

    def parent(self, child: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # Qt's two parent()s
        if not child.isValid():
            return QModelIndex()
        parent = self._nodes[child.internalId()].parent
        if parent < 0:
            return QModelIndex()
        return self.createIndex(self._nodes[parent].row, 0, parent)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and section == 0 and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Groups (references)")  # what the counts beside the names count
        return None

    def _children(self, parent: ModelIndex) -> list[int]:
        if not parent.isValid():
            return self._top
        return self._nodes[parent.internalId()].children

    # --- content ----------------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        group_id = self._nodes[index.internalId()].group_id
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._name(group_id)} ({self._count(group_id)})"
        if role == Qt.ItemDataRole.EditRole:  # a rename edits the stored name
            group = self._groups.get(group_id)
            return group.name if group is not None else self._name(group_id)
        if role == GROUP_ID_ROLE:
            return group_id
        if role == Qt.ItemDataRole.DecorationRole and group_id != ALL_REFERENCES:
            group = self._groups.get(group_id)
            return swatch(group.color if group else NO_GROUP_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(group_id))
        return None

    def _name(self, group_id: int) -> str:
        if group_id == ALL_REFERENCES:
            return self.tr("All references")
        if group_id == NO_GROUP:
            return self.tr("No group")
        return self._groups[group_id].shown_name(current_language())

    def _count(self, group_id: int) -> int:
        if group_id == ALL_REFERENCES:
            return self._counts.total
        if group_id == NO_GROUP:
            return self._counts.no_group
        return self._counts.by_group.get(group_id, 0)

    def _tooltip(self, group_id: int) -> str:
        group = self._groups.get(group_id)
        if group is None:
            return self._name(group_id)
        lines = [" ▸ ".join(group.path)]
        if group.shown_name(current_language()) != group.name:
            lines.insert(0, group.shown_name(current_language()))
        if group.name_local:
            lines.append(group.name_local)
        if group.primary:
            lines.append(self.tr("Primary sources"))
        lines.append(self.tr("%Ln reference(s), its subgroups included", "", self._count(group_id)))
        return "\n".join(lines)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        group_id = self._nodes[index.internalId()].group_id
        if group_id == ALL_REFERENCES:
            return base | Qt.ItemFlag.ItemIsDropEnabled
        if group_id == NO_GROUP:
            return base | Qt.ItemFlag.ItemNeverHasChildren
        return base | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def setData(self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        group_id = self._nodes[index.internalId()].group_id
        group = self._groups.get(group_id)
        name = str(value).strip()
        if group is None or not name or name == group.name:
            return False
        self.rename_requested.emit(group_id, name)
        return False  # the tree changes when the rename is saved and the tree reloads

    # --- drag and drop ------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [mime.REFERENCE_IDS, mime.GROUP_ID]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        groups = [self._nodes[i.internalId()].group_id for i in indexes if i.isValid()]
        real = [g for g in groups if g in self._groups]
        return mime.group_id_data(real[0]) if real else QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        return self._drop_target(data, row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex) -> bool:
        target = self._drop_target(data, row, parent)
        if target is None:
            return False
        group_id = mime.group_id_of(data)
        if group_id is not None:
            new_parent = None if target == ALL_REFERENCES else target
            self.group_dropped.emit(group_id, new_parent, row if row >= 0 else None)
        else:
            self.references_dropped.emit(mime.reference_ids_of(data), target)
        return True

    def _drop_target(self, data: QMimeData, row: int, parent: ModelIndex) -> int | None:
        """The group (or ALL_REFERENCES) a drop lands in, or None if it cannot land there."""
        if not parent.isValid():
            return None
        target = self._nodes[parent.internalId()].group_id
        group_id = mime.group_id_of(data)
        if group_id is not None:
            if group_id not in self._groups or target == NO_GROUP or self._is_within(target, group_id):
                return None
            return target
        if mime.reference_ids_of(data) and target in self._groups and row < 0:
            return target
        return None

    def _is_within(self, group_id: int, ancestor: int) -> bool:
        node: int | None = group_id
        while node is not None and node in self._groups:
            if node == ancestor:
                return True
            node = self._groups[node].parent_id
        return False
