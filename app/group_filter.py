"""Check boxes for source groups, each with how many claims cite it.

Checking or unchecking a group does the same to its subgroups, so a parent
means "this group and everything below it" while each subgroup can still be
left out on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from app.document_index import DocumentIndex
from app.i18n import fill
from references.thesis.document_view import NO_GROUP, NOT_IN_BIBLIOGRAPHY

GROUP_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def swatch(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class GroupFilter(QTreeWidget):
    groups_changed = Signal(object)  # frozenset of checked group ids, or None when all are

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("group_filter")
        self.setHeaderLabels([self.tr("Source groups (claims)")])  # what the counts count
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.setToolTip(self.tr("Show the claims that cite a reference in one of the checked groups."))
        self._items: dict[int, QTreeWidgetItem] = {}
        self.itemChanged.connect(self._item_changed)

    def set_document(self, index: DocumentIndex, claim_counts: Mapping[int, int]) -> None:
        """Rebuild the list; ``claim_counts`` maps a group to the claims citing it or a subgroup.

        Groups the user unchecked stay unchecked (an edit reloads the
        document; it must not reset the filter); new groups come checked.
        """
        unchecked = {gid for gid, item in self._items.items() if item.checkState(0) != Qt.CheckState.Checked}
        with QSignalBlocker(self):
            self.clear()
            self._items = {}
            for group in index.view.groups:
                parent = self._items.get(group.parent_id) if group.parent_id is not None else None
                self._add(group.id, index, claim_counts, parent)
            for pseudo in (NO_GROUP, NOT_IN_BIBLIOGRAPHY):
                if claim_counts.get(pseudo):
                    self._add(pseudo, index, claim_counts, None)
            for gid in unchecked & self._items.keys():
                self._items[gid].setCheckState(0, Qt.CheckState.Unchecked)
            self.expandAll()

    def _add(
        self, group_id: int, index: DocumentIndex, counts: Mapping[int, int], parent: QTreeWidgetItem | None
    ) -> None:
        count = counts.get(group_id, 0)
        label = f"{index.group_name(group_id)} ({count})"
        item = QTreeWidgetItem([label]) if parent is None else QTreeWidgetItem(parent, [label])
        item.setToolTip(
            0,
            fill(self.tr("%1: %Ln claim(s) cite a reference in this group or its subgroups", "", count), index.group_name(group_id)),
        )
        if parent is None:
            self.addTopLevelItem(item)
        item.setIcon(0, swatch(index.group_color(group_id)))
        item.setData(0, GROUP_ID_ROLE, group_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked)
        self._items[group_id] = item

    def checked(self) -> frozenset[int] | None:
        ids = [gid for gid, item in self._items.items() if item.checkState(0) == Qt.CheckState.Checked]
        return None if len(ids) == len(self._items) else frozenset(ids)

    def set_checked(self, group_ids: Iterable[int] | None) -> None:
        """Check exactly ``group_ids`` (None: all), as a user clicking would, subgroups following."""
        wanted = None if group_ids is None else set(group_ids)
        with QSignalBlocker(self):
            for gid, item in self._items.items():
                on = wanted is None or gid in wanted
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            if wanted is not None:
                for gid in wanted:
                    if gid in self._items:
                        self._cascade(self._items[gid])
        self.groups_changed.emit(self.checked())

    def item_for(self, group_id: int) -> QTreeWidgetItem | None:
        return self._items.get(group_id)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        with QSignalBlocker(self):
            self._cascade(item)
        self.groups_changed.emit(self.checked())

    @staticmethod
    def _cascade(item: QTreeWidgetItem) -> None:
        state = item.checkState(0)
        for i in range(item.childCount()):
            child = item.child(i)
            child.setCheckState(0, state)
            GroupFilter._cascade(child)
