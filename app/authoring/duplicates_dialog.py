"""Likely duplicate references, and merging two into one.

The list comes from ``find_duplicates`` (with its reasons and score);
choosing a pair, or any two references by hand, shows the fields where the
two entries disagree side by side: check the value to keep. Merge accepts
the dialog; the controller backs the library up and merges in a worker,
as one undoable step. Markers citing the merged-in number are rewritten to
cite the kept one.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.authoring.duplicates_model import SORT_ROLE, DuplicatePairsModel, MergeChoicesModel
from app.authoring.jobs import MergeRequest
from app.authoring.wording import reference_label
from references.library.duplicates import DuplicatePair, FieldConflict
from references.thesis.document_view import ReferenceRow
from app.plain_text import plain_label

TITLE_CHARS = 60  # of a title in the reference choosers


class DuplicatesDialog(QDialog):
    conflicts_requested = Signal(int, int)  # keep id, drop id

    def __init__(self, document_id: int, references: list[ReferenceRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicates_dialog")
        self.setWindowTitle(self.tr("Duplicate References"))
        self.document_id = document_id
        self._references = {r.id: r for r in references}
        self._conflicts_for: tuple[int, int] | None = None  # the pair the shown conflicts belong to

        self.pairs = DuplicatePairsModel(self)
        self.pairs_proxy = QSortFilterProxyModel(self)
        self.pairs_proxy.setSourceModel(self.pairs)
        self.pairs_proxy.setSortRole(SORT_ROLE)
        self.pairs_view = QTableView()
        self.pairs_view.setObjectName("duplicate_pairs")
        self.pairs_view.setModel(self.pairs_proxy)
        self.pairs_view.setSortingEnabled(True)
        self.pairs_view.sortByColumn(DuplicatePairsModel.SCORE, Qt.SortOrder.DescendingOrder)
        self.pairs_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairs_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pairs_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairs_view.verticalHeader().setVisible(False)
        self.pairs_view.horizontalHeader().setStretchLastSection(True)
        self.pairs_view.selectionModel().selectionChanged.connect(self._pair_selected)
        self.pairs_label = plain_label(QLabel(self.tr("Looking for likely duplicates…")))
        self.pairs_label.setObjectName("duplicates_status")
        self.pairs_label.setWordWrap(True)

        ordered = sorted(references, key=lambda r: (r.number is None, r.number or 0, r.key))
        self.keep_combo = self._reference_combo(ordered, "merge_keep")
        self.drop_combo = self._reference_combo(ordered, "merge_drop")
        swap = QPushButton(self.tr("Swap"))
        swap.setToolTip(self.tr("Keep the other entry instead"))
        swap.clicked.connect(self.swap)
        chooser = QFormLayout()
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_combo, 1)
        keep_row.addWidget(swap)
        chooser.addRow(self.tr("Keep:"), keep_row)
        chooser.addRow(self.tr("Merge into it:"), self.drop_combo)

        self.choices = MergeChoicesModel(self)
        self.choices_view = QTableView()
        self.choices_view.setObjectName("merge_choices")
        self.choices_view.setModel(self.choices)
        self.choices_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.choices_view.setWordWrap(True)  # the two values side by side, whole
        self.choices_view.verticalHeader().setVisible(False)
        header = self.choices_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.choices_label = plain_label(QLabel())
        self.choices_label.setObjectName("merge_choices_label")
        self.choices_label.setWordWrap(True)
        self.renumber_box = QCheckBox(self.tr("Renumber afterwards to close the gap the merged-in number leaves"))
        self.renumber_box.setObjectName("merge_renumber")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = self.buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("merge_button")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pairs_label)
        layout.addWidget(self.pairs_view, 1)
        layout.addLayout(chooser)
        layout.addWidget(self.choices_label)
        layout.addWidget(self.choices_view, 3)
        layout.addWidget(self.renumber_box)
        layout.addWidget(self.buttons)
        self.keep_combo.currentIndexChanged.connect(self._pair_changed)
        self.drop_combo.currentIndexChanged.connect(self._pair_changed)
        self.resize(900, 660)
        self._pair_changed()

    def _reference_combo(self, references: list[ReferenceRow], name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("(choose a reference)"), None)
        for ref in references:
            title = " ".join(ref.title.split())
            if len(title) > TITLE_CHARS:
                title = title[:TITLE_CHARS].rstrip() + "…"
            combo.addItem(f"{reference_label(ref.number, ref.key)} — {title}" if title else reference_label(ref.number, ref.key), ref.id)
        combo.setMinimumContentsLength(40)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    # --- filled in by the controller ----------------------------------------------------

    def set_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.pairs.set_pairs(pairs)
        self.pairs_view.resizeColumnsToContents()
        if pairs:
            self.pairs_label.setText(
                self.tr("%n pair(s) look like the same work. Choose one, or any two references below.", "", len(pairs))
            )
        else:
            self.pairs_label.setText(
                self.tr("No likely duplicates were found in this bibliography. You can still merge two references "
                        "you know to be one work: choose them below.")
            )

    def set_conflicts(self, keep_id: int, drop_id: int, conflicts: list[FieldConflict]) -> None:
        if (keep_id, drop_id) != self.chosen_pair():
            return  # the user has chosen another pair since
        keep, drop = self._references[keep_id], self._references[drop_id]
        self.choices.set_conflicts(
            conflicts, reference_label(keep.number, keep.key), reference_label(drop.number, drop.key)
        )
        self._conflicts_for = (keep_id, drop_id)
        self.choices_view.resizeRowsToContents()
        if conflicts:
            self.choices_label.setText(
                self.tr("These fields differ: check the value the merged entry keeps. Fields only one entry has "
                        "are all kept.")
            )
        else:
            self.choices_label.setText(self.tr("No field differs; fields only one entry has are all kept."))
        self._update_merge_button()

    # --- the choice ----------------------------------------------------------------------

    def choose_pair(self, keep_id: int, drop_id: int) -> None:
        self.keep_combo.blockSignals(True)
        self.keep_combo.setCurrentIndex(self.keep_combo.findData(keep_id))
        self.keep_combo.blockSignals(False)
        self.drop_combo.setCurrentIndex(self.drop_combo.findData(drop_id))
        self._pair_changed()

    def chosen_pair(self) -> tuple[int, int] | None:
        keep, drop = self.keep_combo.currentData(), self.drop_combo.currentData()
        if not isinstance(keep, int) or not isinstance(drop, int) or keep == drop:
            return None
        return keep, drop

    def swap(self) -> None:
        pair = self.chosen_pair()
        if pair is not None:
            self.choose_pair(pair[1], pair[0])

    def request(self) -> MergeRequest | None:
        """What to merge, once the fields that differ are known."""
        pair = self.chosen_pair()
        if pair is None or pair != self._conflicts_for:
            return None
        return MergeRequest(self.document_id, pair[0], pair[1], self.choices.choices(), self.renumber_box.isChecked())

    def _pair_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            pair = self.pairs.pair(self.pairs_proxy.mapToSource(rows[0]).row())
            self.choose_pair(pair.first_id, pair.second_id)  # keep the one numbered first

    def _pair_changed(self) -> None:
        self._conflicts_for = None
        self.choices.set_conflicts([])
        pair = self.chosen_pair()
        if pair is None:
            self.choices_label.setText(self.tr("Choose the entry to keep and the one to merge into it."))
        else:
            self.choices_label.setText(self.tr("Comparing the two entries…"))
            self.conflicts_requested.emit(*pair)
        self._update_merge_button()

    def _update_merge_button(self) -> None:
        self.merge_button.setEnabled(self.request() is not None)
