"""Outline dock: the section tree with tables; a click jumps the reader there."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QHeaderView, QTreeView, QWidget

from app.outline_model import OutlineModel
from references.thesis.document_view import OutlineNode


class OutlineDock(QDockWidget):
    block_activated = Signal(int)  # the block to show: a section's first block, or a table

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Outline"), parent)
        self.setObjectName("outline_dock")
        self.model = OutlineModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("outline_tree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.clicked.connect(self._jump)
        self.tree.activated.connect(self._jump)
        self.setWidget(self.tree)

    def set_outline(self, nodes: tuple[OutlineNode, ...]) -> None:
        self.model.set_outline(nodes)
        for row in range(self.model.rowCount()):
            self.tree.expand(self.model.index(row, 0))

    def update_outline(self, nodes: tuple[OutlineNode, ...]) -> None:
        """A newer outline of the same document: counts and titles change in place
        (what is expanded and selected stays); a changed tree is shown anew."""
        if not self.model.update_outline(nodes):
            self.set_outline(nodes)

    def follow_section(self, section_id: object) -> None:
        """Select the section the reader shows, without jumping anywhere."""
        if not isinstance(section_id, int):
            return
        index = self.model.index_of_section(section_id)
        if index.isValid():
            # setCurrentIndex does not emit clicked/activated: no jump loop.
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _jump(self, index: QModelIndex) -> None:
        node = self.model.node(index)
        if node is not None and node.block_id is not None:
            self.block_activated.emit(node.block_id)

    def index_for_label(self, label: str) -> QModelIndex:
        """The first row whose title equals ``label`` (tests and scripting)."""
        hits = self.model.match(
            self.model.index(0, 0), Qt.ItemDataRole.DisplayRole, label, 1, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
        )
        return hits[0] if hits else QModelIndex()
