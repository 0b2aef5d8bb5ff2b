"""Preview of a renumbering by first citation, before anything changes.

The dialog asks the controller for a plan (``plan_requested``) whenever the
user chooses where uncited references go, and shows it: every reference's
old and new number, every marker that changes, and why the plan cannot be
applied if it cannot. Apply accepts the dialog; the controller applies the
plan it shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.authoring.renumber_model import ChangedOnlyProxy, MarkerRewritesModel, NumberChangesModel
from app.i18n import fill
from references.thesis.renumbering import RenumberPlan, Uncited


class RenumberDialog(QDialog):
    plan_requested = Signal(str)  # "after" | "keep"

    def __init__(self, where: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("renumber_dialog")
        self.setWindowTitle(self.tr("Renumber by First Citation"))
        self.plan: RenumberPlan | None = None

        intro = QLabel(
            self.tr(
                "References are numbered in the order the text first cites them, and every marker is "
                "rewritten to match. A backup of the library is made first, and Edit ▸ Undo takes it back."
            )
        )
        intro.setWordWrap(True)
        self.after_button = QRadioButton(self.tr("Uncited references go after the cited ones"))
        self.after_button.setObjectName("uncited_after")
        self.keep_button = QRadioButton(self.tr("Uncited references keep their numbers (flagged below)"))
        self.keep_button.setObjectName("uncited_keep")
        self.after_button.setChecked(True)
        self.uncited_choice = QButtonGroup(self)
        self.uncited_choice.addButton(self.after_button)
        self.uncited_choice.addButton(self.keep_button)
        self.uncited_choice.buttonToggled.connect(self._choice_toggled)

        self.summary = QLabel()
        self.summary.setObjectName("renumber_summary")
        self.summary.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("renumber_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b71c1c")
        self.problems.hide()

        self.numbers = NumberChangesModel(self)
        self.numbers_proxy = ChangedOnlyProxy(self)
        self.numbers_proxy.setSourceModel(self.numbers)
        self.numbers_view = self._table(self.numbers_proxy, "renumber_numbers")
        self.numbers_view.setSortingEnabled(True)
        self.numbers_view.sortByColumn(NumberChangesModel.NEW, Qt.SortOrder.AscendingOrder)
        for column, width in ((0, 56), (1, 70), (2, 80), (4, 80)):
            self.numbers_view.setColumnWidth(column, width)
        self.numbers_view.horizontalHeader().setSectionResizeMode(NumberChangesModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.changed_only = QCheckBox(self.tr("Only references whose number changes"))
        self.changed_only.toggled.connect(self.numbers_proxy.set_changed_only)
        self.markers = MarkerRewritesModel(where, self)
        self.markers_view = self._table(self.markers, "renumber_markers")
        for column, width in ((1, 140), (2, 140)):
            self.markers_view.setColumnWidth(column, width)
        self.markers_view.horizontalHeader().setSectionResizeMode(MarkerRewritesModel.SECTION, QHeaderView.ResizeMode.Stretch)

        numbers_page = QWidget()
        numbers_layout = QVBoxLayout(numbers_page)
        numbers_layout.addWidget(self.changed_only)
        numbers_layout.addWidget(self.numbers_view, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(numbers_page, self.tr("References"))
        self.tabs.addTab(self.markers_view, self.tr("Markers"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setObjectName("renumber_apply")
        self.apply_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.after_button)
        layout.addWidget(self.keep_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 640)
        self.set_plan(None)

    @staticmethod
    def _table(model: object, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)  # type: ignore[arg-type]  # a QAbstractItemModel
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return view

    @property
    def uncited(self) -> Uncited:
        return "keep" if self.keep_button.isChecked() else "after"

    def request_plan(self) -> None:
        self.set_plan(None)
        self.plan_requested.emit(self.uncited)

    def set_plan(self, plan: RenumberPlan | None) -> None:
        """Show a plan (None: one is being made)."""
        self.plan = plan
        self.numbers.set_plan(plan)
        self.markers.set_plan(plan)
        self.problems.setVisible(bool(plan and plan.problems))
        self.problems.setText("\n".join(plan.problems) if plan else "")
        self.apply_button.setEnabled(plan is not None and not plan.problems and bool(plan.changed or plan.markers))
        if plan is None:
            self.summary.setText(self.tr("Working out the order of first citation…"))
            return
        uncited = sum(1 for n in plan.numbers if not n.cited)
        if not plan.changed and not plan.markers:
            text = self.tr("The references are already numbered in order of first citation; nothing would change.")
        else:
            text = fill(
                self.tr("%1 of %2 references get a new number; %3 of %4 markers change."),
                len(plan.changed), len(plan.numbers), len(plan.markers), plan.markers_total,
            )
        if uncited:
            text += " " + self.tr("%n reference(s) (is/are) not cited in the text.", "", uncited)
        self.summary.setText(text)
        self.tabs.setTabText(0, fill(self.tr("References (%1 change)"), len(plan.changed)))
        self.tabs.setTabText(1, fill(self.tr("Markers (%1 change)"), len(plan.markers)))

    def _choice_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.request_plan()
