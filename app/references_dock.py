"""References dock: the bibliography; a selected reference lists where it is cited.

Previous/Next step through those places; each step shows the marker in the
reader (``place_activated``).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import fill
from app.document_index import DocumentIndex
from app.references_model import SORT_ROLE, CitationPlacesModel, ReferencesModel
from app.row_table_view import configure_row_table
from references.thesis.document_view import citation_places
from app.collating_proxy import CollatingSortProxy
from app.plain_text import plain_label


class ReferencesDock(QDockWidget):
    place_activated = Signal(int)  # citation id to show in the reader

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("References"), parent)
        self.setObjectName("references_dock")
        self.index: DocumentIndex | None = None
        self.model = ReferencesModel(self)
        self.proxy = CollatingSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.places = CitationPlacesModel(self)

        self.table = QTableView()
        self.table.setObjectName("references_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ReferencesModel.NUMBER, Qt.SortOrder.AscendingOrder)
        configure_row_table(self.table, multi_select=True, stretch_last=False)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.places_label = plain_label(QLabel())
        self.places_label.setObjectName("places_label")
        self.places_label.setWordWrap(True)
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setToolTip(self.tr("Show the previous place this reference is cited"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Show the next place this reference is cited"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.places_view = QListView()
        self.places_view.setObjectName("places_view")
        self.places_view.setModel(self.places)
        self.places_view.setUniformItemSizes(True)
        self.places_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.places_view.activated.connect(self._place_chosen)
        self.places_view.clicked.connect(self._place_chosen)

        stepper = QHBoxLayout()
        stepper.addWidget(self.places_label, 1)
        stepper.addWidget(self.previous_button)
        stepper.addWidget(self.next_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(stepper)
        lower_layout.addWidget(self.places_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.setWidget(body)
        self._update_stepper()

    def set_document(self, index: DocumentIndex) -> None:
        selected, current = self.selected_reference_ids(), self.current_reference_id()
        place = self.places_view.currentIndex()
        citation = self.places.place(place.row()).citation_id if place.isValid() else None
        scroll = self.table.verticalScrollBar().value()
        self.index = index
        self.model.set_document(index)
        self.places.set_places([])
        widths = {
            ReferencesModel.NUMBER: 40,
            ReferencesModel.AUTHORS: 120,
            ReferencesModel.TITLE: 220,
            ReferencesModel.YEAR: 46,
            ReferencesModel.GROUP: 140,
            ReferencesModel.COMPLETE: 80,
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.table.resizeColumnToContents(ReferencesModel.CITED)
        # An edit reloads the document: the selection, the place shown and the scroll stay.
        if selected:
            first = [current] if current in selected else []
            self.select_references(first + [r for r in selected if r != current], current_citation=citation)
            self.table.verticalScrollBar().setValue(scroll)
        self._update_stepper()

    def update_document(self, index: DocumentIndex) -> None:
        """A newer view of the shown document: changed rows are redrawn in place; the
        selection, sort and scroll stay, and the places of the current reference are read again."""
        old = self.index
        if old is None or old.view.document.id != index.view.document.id:
            self.set_document(index)
            return
        place = self.places_view.currentIndex()
        citation = self.places.place(place.row()).citation_id if place.isValid() else None
        self.index = index
        self.model.update_document(index)
        reference_id = self.current_reference_id()
        places = citation_places(index.view, reference_id) if reference_id is not None else []
        if places != [self.places.place(row) for row in range(self.places.rowCount())]:
            self.places.set_places(places)
            row = self.places.row_of(citation) if citation is not None else None
            if row is not None:
                self.places_view.setCurrentIndex(self.places.index(row))
        self._update_stepper()

    def select_references(self, reference_ids: list[int], *, current_citation: int | None = None) -> None:
        """Select these references (a clicked marker's); list the first one's places."""
        selection = QItemSelection()
        first: QModelIndex | None = None
        for reference_id in reference_ids:
            row = self.model.row_of(reference_id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():
                continue
            first = first or index
            selection.select(index, index.siblingAtColumn(self.proxy.columnCount() - 1))
        selection_model = self.table.selectionModel()
        if first is None:
            selection_model.clearSelection()
            self.places.set_places([])
            self._update_stepper()
            return
        selection_model.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._show_places(self._reference_at(first))
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.scrollTo(first)
        if current_citation is not None:
            row = self.places.row_of(current_citation)
            if row is not None:
                self.places_view.setCurrentIndex(self.places.index(row))
                self._update_stepper()

    def selected_reference_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return sorted(r for r in (self._reference_at(index) for index in rows) if r is not None)

    def current_reference_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return self._reference_at(index)

    def _reference_at(self, proxy_index: QModelIndex) -> int | None:
        if not proxy_index.isValid():
            return None
        return self.model.reference(self.proxy.mapToSource(proxy_index).row()).id

    def step(self, delta: int) -> int | None:
        """Go to the next (1) or previous (-1) place; returns its citation id."""
        count = self.places.rowCount()
        if count == 0:
            return None
        current = self.places_view.currentIndex()
        row = (current.row() + delta) % count if current.isValid() else (0 if delta > 0 else count - 1)
        index = self.places.index(row)
        self.places_view.setCurrentIndex(index)
        self._place_chosen(index)
        return self.places.place(row).citation_id

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_places(self._reference_at(current))

    def _show_places(self, reference_id: int | None) -> None:
        if self.index is None or reference_id is None:
            self.places.set_places([])
        else:
            self.places.set_places(citation_places(self.index.view, reference_id))
        self._update_stepper()

    def _place_chosen(self, index: QModelIndex) -> None:
        self._update_stepper()
        if index.isValid():
            self.place_activated.emit(self.places.place(index.row()).citation_id)

    def _update_stepper(self) -> None:
        count = self.places.rowCount()
        reference_id = self.current_reference_id()
        reference = self.index.references.get(reference_id) if self.index and reference_id else None
        current = self.places_view.currentIndex()
        if reference is None:
            text = self.tr("Select a reference to see where it is cited.")
        else:
            number = f"[{reference.number}]" if reference.number is not None else reference.key
            if count == 0:
                text = fill(self.tr("%1 is not cited in the text."), number)
            else:
                text = fill(self.tr("%1 is cited %n time(s).", "", count), number)
            if current.isValid() and count > 1:
                text += " " + fill(self.tr("Showing %1 of %2."), current.row() + 1, count)
        self.places_label.setText(text)
        self.previous_button.setEnabled(count > 0)
        self.next_button.setEnabled(count > 0)
