"""Audit findings as a table, and a proxy that sorts them and filters by kind and severity."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from app.rows_table_model import RowsTableModel
from references.audit.citation_audit import KINDS, SEVERITIES, Finding
from app.plain_text import plain_tooltip

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FINDING_ROLE = Qt.ItemDataRole.UserRole + 2

SEVERITY_COLORS = {"error": QColor("#c62828"), "warning": QColor("#9a5b00"), "info": QColor("#1565c0")}
# Findings without a place in the text (about a reference or a group) sort after those with one.
NO_PLACE = 1 << 40


def kind_label(kind: str) -> str:
    labels = {
        "dangling-marker": QCoreApplication.translate("AuditModel", "Number not in the bibliography"),
        "uncited-reference": QCoreApplication.translate("AuditModel", "Uncited reference"),
        "first-citation-order": QCoreApplication.translate("AuditModel", "First citation out of order"),
        "long-range": QCoreApplication.translate("AuditModel", "Long range"),
        "incomplete-reference": QCoreApplication.translate("AuditModel", "Incomplete references"),
        "claim-without-primary-source": QCoreApplication.translate("AuditModel", "No primary source"),
    }
    return labels.get(kind, kind)


def severity_label(severity: str) -> str:
    labels = {
        "error": QCoreApplication.translate("AuditModel", "Error"),
        "warning": QCoreApplication.translate("AuditModel", "Warning"),
        "info": QCoreApplication.translate("AuditModel", "Note"),
    }
    return labels.get(severity, severity)


def place_text(finding: Finding) -> str:
    """Where a finding is: section and the text up to the place, or the reference it is about."""
    location = finding.location
    if location is not None:
        section = location.section or QCoreApplication.translate("AuditModel", "(before the first section)")
        return f"{section}: «{location.excerpt}»"
    number, key = finding.data.get("number"), finding.data.get("key")
    if number is not None:
        return f"[{number}] {key}" if key else f"[{number}]"
    group = finding.data.get("group")
    return str(group) if group else ""


class AuditModel(RowsTableModel):
    SEVERITY, KIND, MESSAGE, PLACE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Finding] = []
        self._headers = [self.tr("Severity"), self.tr("Kind"), self.tr("Finding"), self.tr("Where")]

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self._rows = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._rows[row]

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        finding = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SEVERITY:
                return severity_label(finding.severity)
            if column == self.KIND:
                return kind_label(finding.kind)
            if column == self.MESSAGE:
                return finding.message
            return place_text(finding)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.MESSAGE, self.PLACE):
            return plain_tooltip(finding.message if column == self.MESSAGE else place_text(finding))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SEVERITY:
            return SEVERITY_COLORS.get(finding.severity)
        if role == SORT_ROLE:
            return self._sort_key(finding, column)
        if role == FINDING_ROLE:
            return finding
        return None

    def _sort_key(self, finding: Finding, column: int) -> object:
        if column == self.SEVERITY:
            return SEVERITIES.index(finding.severity) if finding.severity in SEVERITIES else len(SEVERITIES)
        if column == self.KIND:
            return KINDS.index(finding.kind) if finding.kind in KINDS else len(KINDS)
        if column == self.MESSAGE:
            return finding.message
        # Where: reading order, then references by number.
        if finding.location is not None:
            return finding.location.document_start
        return NO_PLACE + int(finding.data.get("number") or 0)


class AuditFilterProxy(QSortFilterProxyModel):
    """Only the findings of the chosen kind and severity (None: any)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.kind: str | None = None
        self.severity: str | None = None

    def set_kind(self, kind: str | None) -> None:
        self.beginFilterChange()
        self.kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_severity(self, severity: str | None) -> None:
        self.beginFilterChange()
        self.severity = severity
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        source = self.sourceModel()
        assert isinstance(source, AuditModel)
        finding = source.finding(source_row)
        return (self.kind is None or finding.kind == self.kind) and (
            self.severity is None or finding.severity == self.severity
        )
