"""What a BibTeX import would do, shown before anything is written.

Three lists: the entries that would be added, the entries that match one
already in the library (and why: same key, same DOI, same title and
authors) and will be linked rather than copied, and what is malformed,
by line. "Import" then applies the plan in a worker; Cancel writes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from references.library.bib_import import BibImportPlan
from app.i18n import fill
from app.plain_text import plain_label, plain_tooltip

class BibImportDialog(QDialog):
    def __init__(self, plan: BibImportPlan, document: tuple[int, str] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bib_import_dialog")
        self.plan = plan
        self._document = document
        if plan.format == "BibTeX":
            self.setWindowTitle(fill(self.tr("Import BibTeX — %1"), plan.source_name))
        else:  # the format's name (CSL-JSON, EndNote XML, ...) is the same in every language
            self.setWindowTitle(fill(self.tr("Import references — %1"), f"{plan.source_name} ({plan.format})"))
        self.resize(900, 560)
        reasons = {
            "same entry": self.tr("same entry"),
            "same key": self.tr("same key"),
            "same DOI": self.tr("same DOI"),
            "same title and authors": self.tr("same title and authors"),
        }

        self.summary = plain_label(QLabel(self._summary_text()))
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)

        self.new_list = self._list([self.tr("Line"), self.tr("Key"), self.tr("Type"), self.tr("Authors"), self.tr("Year"), self.tr("Title")])
        for entry in plan.new:
            self._add(self.new_list, [str(entry.line), entry.key, entry.entry_type, entry.authors, entry.year, entry.title])
        self.match_list = self._list([self.tr("Line"), self.tr("Key"), self.tr("Title"), self.tr("Matches"), self.tr("Why")])
        for entry in plan.matches:
            why = reasons.get(entry.match_reason or "", entry.match_reason or "")
            self._add(self.match_list, [str(entry.line), entry.key, entry.title, entry.match_key or "", why])
        self.problem_list = self._list([self.tr("Line"), self.tr("Kind"), self.tr("Problem")])
        for problem in plan.problems:
            self._add(self.problem_list, [str(problem.line), str(problem.kind), problem.message])

        self.tabs = QTabWidget()
        self.tabs.addTab(self.new_list, fill(self.tr("New (%1)"), len(plan.new)))
        self.tabs.addTab(self.match_list, fill(self.tr("Already in the library (%1)"), len(plan.matches)))
        self.tabs.addTab(self.problem_list, fill(self.tr("Problems (%1)"), len(plan.problems)))
        if plan.problems and not plan.new:
            self.tabs.setCurrentWidget(self.problem_list)

        self.number_box = QCheckBox()
        if document is not None:
            self.number_box.setText(
                fill(self.tr("Number the new entries in the bibliography of «%1»"), " ".join(document[1].split()))
            )
        self.number_box.setVisible(document is not None)
        note = QLabel(
            self.tr(
                "Nothing has been written yet. Entries that match are linked to the file, not copied "
                "or changed. Edit ▸ Undo takes the whole import back."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(bool(plan.new or plan.matches))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.number_box)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def document_id(self) -> int | None:
        """The document to number the new entries in, if the person asked for it."""
        return self._document[0] if self._document and self.number_box.isChecked() else None

    def _summary_text(self) -> str:
        plan = self.plan
        parts = [
            self.tr("%Ln new entry(ies) will be added.", "", len(plan.new)),
            self.tr("%Ln match(es) an entry already in the library.", "", len(plan.matches))
            if plan.matches
            else self.tr("None is in the library already."),
        ]
        if plan.problems:
            parts.append(self.tr("%Ln problem(s) (see Problems).", "", len(plan.problems)))
        else:
            parts.append(self.tr("The file has no problems."))
        return " ".join(parts)

    @staticmethod
    def _list(headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setHeaderLabels(headers)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        tree.header().setStretchLastSection(True)
        tree.setColumnWidth(0, tree.fontMetrics().horizontalAdvance("00000") + 16)  # line numbers
        return tree

    @staticmethod
    def _add(tree: QTreeWidget, values: list[str]) -> None:
        item = QTreeWidgetItem([" ".join(v.split()) for v in values])
        item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(len(values) - 1, plain_tooltip(values[-1]))
        tree.addTopLevelItem(item)
