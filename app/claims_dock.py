"""Claims dock: every claim in a sortable table, filtered by group, section and text."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import fill, format_number
from app.claims_model import ClaimsFilterProxy, ClaimsModel
from app.document_index import DocumentIndex
from app.group_filter import GroupFilter
from app.row_table_view import configure_row_table
from app.window_geometry import scrolling
from references.thesis.document_view import NO_GROUP, NOT_IN_BIBLIOGRAPHY
from app.plain_text import plain_label


class ClaimsDock(QDockWidget):
    claim_activated = Signal(int)  # double-clicked: show it in the reader
    claim_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Claims"), parent)
        self.setObjectName("claims_dock")
        self.index: DocumentIndex | None = None
        self._chosen_claim: int | None = None  # by the user or another view
        self.model = ClaimsModel(self)
        self.proxy = ClaimsFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("claims_text_filter")
        self.text_filter.setPlaceholderText(self.tr("Filter sentences…"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(self.proxy.set_text)
        self.text_filter.textChanged.connect(self._after_filter)
        self.section_filter = QComboBox()
        self.section_filter.setObjectName("claims_section_filter")
        self.section_filter.setMinimumContentsLength(16)
        self.section_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.section_filter.currentIndexChanged.connect(self._section_chosen)
        self.count_label = plain_label(QLabel())
        self.count_label.setObjectName("claims_count")

        self.group_filter = GroupFilter()
        self.group_filter.groups_changed.connect(self.proxy.set_groups)
        self.group_filter.groups_changed.connect(self._after_filter)
        all_button = QPushButton(self.tr("All"))
        all_button.clicked.connect(lambda: self.group_filter.set_checked(None))
        none_button = QPushButton(self.tr("None"))
        none_button.clicked.connect(lambda: self.group_filter.set_checked(()))

        self.table = QTableView()
        self.table.setObjectName("claims_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        configure_row_table(self.table)
        self.table.doubleClicked.connect(self._activated)
        self.table.clicked.connect(self._chosen)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_count)

        groups_box = QWidget()
        groups_layout = QVBoxLayout(groups_box)
        groups_layout.setContentsMargins(0, 0, 0, 0)
        groups_layout.addWidget(self.group_filter)
        buttons = QHBoxLayout()
        buttons.addWidget(all_button)
        buttons.addWidget(none_button)
        groups_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(groups_box)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])

        top = QHBoxLayout()
        top.addWidget(self.text_filter, 2)
        top.addWidget(self.section_filter, 1)
        top.addWidget(self.count_label)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(splitter)
        self.setWidget(scrolling(body))  # a narrow window scrolls the dock, never grows past the screen

    def set_document(self, index: DocumentIndex) -> None:
        scroll = self.table.verticalScrollBar().value()
        self.index = index
        self.model.set_document(index)
        self.group_filter.set_document(index, self.claim_counts())
        self.proxy.set_groups(self.group_filter.checked())
        self._fill_sections(index)
        widths = {"section": 70, "sentence": 520, "markers": 110, "references": 110, "groups": 190}
        for column, spec in enumerate(self.model.columns):
            if spec.key in widths:
                self.table.setColumnWidth(column, widths[spec.key])
        self.table.verticalScrollBar().setValue(scroll)  # a reload after an edit keeps the list where it was
        self._update_count()

    def update_document(self, index: DocumentIndex) -> None:
        """A newer view of the shown document: changed rows are redrawn, claims that came or
        went are inserted or removed; filters, sort, selection and scroll stay."""
        old = self.index
        if old is None or old.view.document.id != index.view.document.id:
            self.set_document(index)
            return
        counts_before = self.claim_counts()
        self.index = index
        self.model.update_document(index)
        counts = self.claim_counts()
        if counts != counts_before or old.view.groups != index.view.groups:
            self.group_filter.set_document(index, counts)
            self.proxy.set_groups(self.group_filter.checked())
        if old.view.sections != index.view.sections:
            self._fill_sections(index)
        self._update_count()

    def _fill_sections(self, index: DocumentIndex) -> None:
        current = self.section_filter.currentData()
        self.section_filter.blockSignals(True)
        self.section_filter.clear()
        self.section_filter.addItem(self.tr("All sections"), None)
        for section in index.view.sections:
            self.section_filter.addItem("    " * (section.level - 1) + section.label, section.id)
        found = self.section_filter.findData(current) if current is not None else 0
        self.section_filter.setCurrentIndex(max(found, 0))
        self.section_filter.blockSignals(False)
        self._section_chosen()

    def claim_counts(self) -> Counter[int]:
        """For each group, the claims citing it or one of its subgroups."""
        counts: Counter[int] = Counter()
        if self.index is None:
            return counts
        subtrees = {g.id: self.index.group_subtree(g.id) for g in self.index.view.groups}
        for row in range(self.model.rowCount()):
            keys = self.model.filter_groups(row)
            counts.update(gid for gid, below in subtrees.items() if keys & below)
            counts.update(keys & {NO_GROUP, NOT_IN_BIBLIOGRAPHY})
        return counts

    def visible_claim_ids(self) -> list[int]:
        return [self._claim_at(self.proxy.index(row, 0)) for row in range(self.proxy.rowCount())]

    def select_claim(self, claim_id: int | None) -> bool:
        """Select a claim's row if the filters show it; True when selected."""
        self._chosen_claim = claim_id
        row = self.model.row_of(claim_id) if claim_id is not None else None
        if row is None:
            self.table.clearSelection()
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.table.clearSelection()
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def selected_claim(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return self._claim_at(index)

    def _claim_at(self, proxy_index: QModelIndex) -> int | None:
        if not proxy_index.isValid():
            return None
        return self.model.claim(self.proxy.mapToSource(proxy_index).row()).id

    def _section_chosen(self) -> None:
        section_id = self.section_filter.currentData()
        if self.index is None or not isinstance(section_id, int):
            self.proxy.set_sections(None)
        else:
            self.proxy.set_sections(self.index.section_subtree(section_id))
        self._after_filter()

    def _after_filter(self) -> None:
        """Keep the chosen claim selected and in view, or start the list at its top.

        When the filter hides the chosen row, Qt makes a neighbour current;
        that row was not chosen, so the selection is cleared instead.
        """
        if self._chosen_claim is not None and self.select_claim(self._chosen_claim):
            return
        self.table.selectionModel().clear()
        self.table.scrollToTop()

    def _activated(self, index: QModelIndex) -> None:
        claim_id = self._claim_at(index)
        if claim_id is not None:
            self.claim_activated.emit(claim_id)

    def _chosen(self, index: QModelIndex) -> None:
        claim_id = self._claim_at(index)
        if claim_id is not None:
            self._chosen_claim = claim_id
            self.claim_selected.emit(claim_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # Arrow keys move the current row: follow them. A row that becomes
        # current because the filter hid the old one is not a user's choice.
        if self.table.hasFocus() and current.isValid():
            self._chosen(current)

    def retranslate_ui(self) -> None:
        """The language changed (app.i18n.qt): the count is written again."""
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            fill(self.tr("%1 of %Ln claim(s)", "", self.model.rowCount()), format_number(self.proxy.rowCount()))
        )
