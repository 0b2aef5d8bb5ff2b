"""Orphaned annotations: their text is gone from the current revision.

They get a list of their own that no filter hides, with the quote as the
reviewer saw it and its context, and the dock opens on it when there are
any (hidden orphans are the most common complaint about Hypothesis). The
user selects the new place in the reader and re-attaches by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.annotations.annotations_model import AnnotationFilter, AnnotationsFilterProxy, AnnotationsModel

SHOWN_COLUMNS = ("quote", "comment", "verdict", "author")


def orphans_proxy(model: AnnotationsModel, parent: QObject) -> AnnotationsFilterProxy:
    proxy = AnnotationsFilterProxy(parent)
    proxy.setSourceModel(model)
    proxy.set_filter(AnnotationFilter(orphans_only=True))
    return proxy


class OrphansPanel(QWidget):
    def __init__(self, model: AnnotationsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = orphans_proxy(model, self)
        self.explanation = QLabel(
            self.tr(
                "The text these annotations were made on is gone from the current revision. "
                "Each keeps its quote. Select where it belongs now in the reader, then re-attach it."
            )
        )
        self.explanation.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("orphans_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(model.column_of("quote"), Qt.SortOrder.AscendingOrder)
        for column, spec in enumerate(model.columns):
            self.table.setColumnHidden(column, spec.key not in SHOWN_COLUMNS)
        self.table.setColumnWidth(model.column_of("quote"), 260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)

    def count(self) -> int:
        return self.proxy.rowCount()
