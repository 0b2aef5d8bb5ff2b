"""The reference picker: choose the references a marker cites.

Search by number ("12", "3-5, 9"), key, author or title; ə/ә and case do
not matter. Check as many as the marker should cite; the dialog shows the
marker that will be written, in the document's own style.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.authoring.picker_model import NUMBER_ROLE, ReferenceChoiceModel, ReferenceSearchProxy
from app.i18n import fill
from references.thesis.citation_markers import format_marker, replace_numbers
from references.thesis.document_view import ReferenceRow


class ReferencePickerDialog(QDialog):
    """``old_marker`` given: the dialog edits that marker (its page locators are kept)."""

    def __init__(
        self,
        references: list[ReferenceRow],
        *,
        range_dash: str,
        place: str,
        old_marker: str | None = None,
        chosen: tuple[int, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reference_picker")
        self.range_dash = range_dash
        self.old_marker = old_marker
        self.setWindowTitle(self.tr("Insert Citation") if old_marker is None else fill(self.tr("Edit Citation %1"), old_marker))
        self.model = ReferenceChoiceModel(references, self)
        self.model.set_chosen(set(chosen))
        self.proxy = ReferenceSearchProxy(self)
        self.proxy.setSourceModel(self.model)
        unknown = sorted(set(chosen) - self.model.numbers)

        self.place_label = QLabel(place)
        self.place_label.setObjectName("picker_place")
        self.place_label.setWordWrap(True)
        self.place_label.setTextFormat(Qt.TextFormat.PlainText)
        self.search = QLineEdit()
        self.search.setObjectName("picker_search")
        self.search.setPlaceholderText(self.tr("Number (12, 3-5), key, author or title…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)

        self.table = QTableView()
        self.table.setObjectName("picker_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ReferenceChoiceModel.NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(self._row_double_clicked)
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self.table, context=Qt.ShortcutContext.WidgetShortcut)
        space.activated.connect(self.toggle_selected)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ReferenceChoiceModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 64), (1, 70), (2, 170), (4, 50), (5, 50)):
            self.table.setColumnWidth(column, width)

        self.check_button = QPushButton(self.tr("Check Selected"))
        self.check_button.setToolTip(self.tr("Check the selected rows (Space)"))
        self.check_button.clicked.connect(lambda: self.check_selected(True))
        self.uncheck_button = QPushButton(self.tr("Uncheck Selected"))
        self.uncheck_button.clicked.connect(lambda: self.check_selected(False))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Uncheck every reference"))
        self.clear_button.clicked.connect(lambda: self.model.set_chosen(set()))
        self.preview = QLabel()
        self.preview.setObjectName("picker_preview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.note = QLabel(
            fill(
                self.tr("No reference has %1; the changed marker will not cite it."),
                ", ".join(str(n) for n in unknown),
            )
            if unknown
            else ""
        )
        self.note.setObjectName("picker_note")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(unknown))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Insert") if old_marker is None else self.tr("Change"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addWidget(self.uncheck_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.place_label)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self.model.chosen_changed.connect(self._update_preview)
        self._update_preview()
        self.resize(900, 560)
        self.search.setFocus()

    # --- what the user chose ---------------------------------------------------------

    def chosen_numbers(self) -> list[int]:
        return self.model.chosen()

    def marker_preview(self) -> str | None:
        """The marker that will be written, or None when nothing is checked."""
        chosen = self.chosen_numbers()
        if not chosen:
            return None
        if self.old_marker is None:
            return format_marker(chosen, self.range_dash)
        return replace_numbers(self.old_marker, chosen, self.range_dash)

    def shown_numbers(self) -> list[int]:
        return [self.proxy.index(row, 0).data(NUMBER_ROLE) for row in range(self.proxy.rowCount())]

    # --- actions -----------------------------------------------------------------------

    def check_shown_numbers(self) -> None:
        """Enter in the search box: check the numbers it lists, or the one row it shows."""
        shown = self.shown_numbers()
        listed = self.proxy.listed_numbers(self.search.text())
        if listed is not None or len(shown) == 1:
            self.model.toggle(shown, True)
            self.search.selectAll()

    def check_selected(self, checked: bool) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.model.toggle([index.data(NUMBER_ROLE) for index in rows], checked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the search box checks what it found; it must not also reach
        # the dialog, which would press its default button.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.check_shown_numbers()
            return True
        return super().eventFilter(watched, event)

    def toggle_selected(self) -> None:
        """Space in the table: check the selected rows, or uncheck them if all are checked."""
        numbers = [index.data(NUMBER_ROLE) for index in self.table.selectionModel().selectedRows()]
        self.model.toggle(numbers, not set(numbers) <= set(self.chosen_numbers()))

    def _row_double_clicked(self, index: QModelIndex) -> None:
        number = index.data(NUMBER_ROLE)
        self.model.toggle([number], number not in self.chosen_numbers())

    def _search_changed(self, text: str) -> None:
        self.proxy.set_query(text)

    def _update_preview(self) -> None:
        marker = self.marker_preview()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(marker is not None and marker != self.old_marker)
        if marker is None:
            self.preview.setText(self.tr("Check the references the marker should cite."))
            return
        keys = ", ".join(
            self.model.reference(row).key
            for number in self.chosen_numbers()
            if (row := self.model.row_of(number)) is not None
        )
        self.preview.setText(fill(self.tr("Will write %1 (%2)."), marker, keys))
