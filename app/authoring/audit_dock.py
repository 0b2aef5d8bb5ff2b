"""Audit dock: what in the thesis's citations needs the author's attention.

Findings of ``run_audit`` (run by the controller in a worker whenever the
document is loaded or an option changes) in a sortable table, filtered by
kind and severity. Activating one (double-click or Enter) emits
``finding_activated``: the controller shows its place in the reader or
selects its references.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.authoring.audit_model import (
    FINDING_ROLE,
    AuditFilterProxy,
    AuditModel,
    kind_label,
    severity_label,
)
from app.i18n import fill
from app.row_table_view import configure_row_table
from app.window_geometry import scrolling
from app.plain_text import plain_label
from references.audit.citation_audit import (
    DEFAULT_LONG_RANGE,
    KINDS,
    SEVERITIES,
    AuditOptions,
    Finding,
    severity_counts,
)
from references.thesis.document_view import SectionRow

# Options settle before the audit runs again (typing "15" in the spin box is one change).
OPTIONS_DELAY_MS = 300


class AuditDock(QDockWidget):
    finding_activated = Signal(object)  # Finding
    options_changed = Signal(object)  # AuditOptions

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Citation Audit"), parent)
        self.setObjectName("audit_dock")
        self.model = AuditModel(self)
        self.proxy = AuditFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._section_actions: dict[str, QAction] = {}

        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("audit_kind_filter")
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.proxy.set_kind(self.kind_filter.currentData()))
        self.severity_filter = QComboBox()
        self.severity_filter.setObjectName("audit_severity_filter")
        self.severity_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_severity(self.severity_filter.currentData())
        )
        self.long_range = QSpinBox()
        self.long_range.setObjectName("audit_long_range")
        self.long_range.setRange(1, 500)
        self.long_range.setValue(DEFAULT_LONG_RANGE)
        self.long_range.setPrefix(self.tr("more than "))
        self.long_range.setSuffix(self.tr(" sources"))
        self.long_range.setToolTip(self.tr("A marker citing more sources than this at once is reported"))
        self.primary_button = QToolButton()
        self.primary_button.setObjectName("audit_primary_sections")
        self.primary_button.setText(self.tr("Primary sources in…"))
        self.primary_button.setToolTip(
            self.tr("Sections whose claims must cite a primary source (legal act, diplomatic document, speech, statistics)")
        )
        self.primary_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.primary_menu = QMenu(self.primary_button)
        self.primary_button.setMenu(self.primary_menu)
        self.summary = plain_label(QLabel())
        self.summary.setObjectName("audit_summary")
        self.summary.setMinimumWidth(1)  # long texts are cut, not widening the dock

        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(OPTIONS_DELAY_MS)
        self._settle.timeout.connect(lambda: self.options_changed.emit(self.options()))
        self.long_range.valueChanged.connect(lambda _v: self._settle.start())

        self.table = QTableView()
        self.table.setObjectName("audit_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AuditModel.PLACE, Qt.SortOrder.AscendingOrder)
        configure_row_table(self.table)
        for column, width in ((0, 80), (1, 190), (2, 520)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._activated)

        # Filters, then the audit's options, each row able to shrink: the dock shares
        # the bottom of the window and must not make the window wider.
        for combo in (self.kind_filter, self.severity_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Kind:")))
        filters.addWidget(self.kind_filter, 2)
        filters.addWidget(QLabel(self.tr("Severity:")))
        filters.addWidget(self.severity_filter, 1)
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Long ranges:")))
        options.addWidget(self.long_range)
        options.addWidget(self.primary_button)
        options.addWidget(self.summary, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addLayout(options)
        layout.addWidget(self.table, 1)
        self.setWidget(scrolling(body))  # a narrow window scrolls the dock, never grows past the screen
        self._fill_filters(Counter(), Counter())
        self.summary.setText(self.tr("The audit runs when a document is loaded."))

    # --- options -----------------------------------------------------------------------

    def options(self) -> AuditOptions:
        primary = tuple(spec for spec, action in self._section_actions.items() if action.isChecked())
        return AuditOptions(long_range=self.long_range.value(), primary_in=primary)

    def set_sections(self, sections: tuple[SectionRow, ...]) -> None:
        """Offer the document's sections for the primary-source check; keep what was checked."""
        checked = {spec for spec, action in self._section_actions.items() if action.isChecked()}
        self.primary_menu.clear()
        self._section_actions = {}
        for section in sections:
            spec = section.number or " ".join(section.title.split())
            if spec in self._section_actions:
                continue
            action = self.primary_menu.addAction("    " * max(0, section.level - 1) + section.label)
            action.setCheckable(True)
            action.setChecked(spec in checked)
            action.toggled.connect(lambda _on: self._primary_changed())
            self._section_actions[spec] = action
        self._update_primary_button()

    def set_primary_sections(self, specs: set[str]) -> None:
        for spec, action in self._section_actions.items():
            action.blockSignals(True)
            action.setChecked(spec in specs)
            action.blockSignals(False)
        self._primary_changed()

    def _primary_changed(self) -> None:
        self._update_primary_button()
        self._settle.start()

    def _update_primary_button(self) -> None:
        chosen = [spec for spec, action in self._section_actions.items() if action.isChecked()]
        self.primary_button.setText(
            fill(self.tr("Primary sources in %1"), ", ".join(chosen)) if chosen else self.tr("Primary sources in…")
        )

    # --- findings ------------------------------------------------------------------------

    def set_running(self) -> None:
        self.summary.setText(self.tr("Auditing…"))

    def set_findings(self, findings: list[Finding]) -> None:
        self.model.set_findings(findings)
        self._fill_filters(Counter(f.kind for f in findings), Counter(f.severity for f in findings))
        counts = severity_counts(findings)
        self.summary.setText(
            fill(
                "%1, %2, %3.",
                self.tr("%Ln error(s)", "", counts["error"]),
                self.tr("%Ln warning(s)", "", counts["warning"]),
                self.tr("%Ln note(s)", "", counts["info"]),
            )
            if findings
            else self.tr("Nothing to report: every citation checked is in order.")
        )

    def set_failed(self, message: str) -> None:
        self.model.set_findings([])
        self.summary.setText(fill(self.tr("The audit could not run: %1"), message))

    def visible_findings(self) -> list[Finding]:
        return [self.proxy.index(row, 0).data(FINDING_ROLE) for row in range(self.proxy.rowCount())]

    def row_of(self, finding: Finding) -> QModelIndex:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(FINDING_ROLE) == finding:
                return index
        return QModelIndex()

    def _fill_filters(self, kinds: Counter[str], severities: Counter[str]) -> None:
        """Filter choices with their counts; the current choice stays chosen."""
        for combo, values, label, everything in (
            (self.kind_filter, KINDS, kind_label, self.tr("All kinds")),
            (self.severity_filter, SEVERITIES, severity_label, self.tr("All severities")),
        ):
            counts = kinds if combo is self.kind_filter else severities
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(fill("%1 (%2)", label(value), counts.get(value, 0)), value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)

    def _activated(self, index: QModelIndex) -> None:
        finding = index.data(FINDING_ROLE)
        if finding is not None:
            self.finding_activated.emit(finding)
