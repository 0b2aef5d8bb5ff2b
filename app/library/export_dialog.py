"""The export dialog: which format, which references, and where the result goes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.library.export_actions import BibliographyStyle, ExportFormat, ExportRequest, Output
from references.library.bib_export import ExportSelection
from references.thesis.document_view import GroupRow
from app.i18n import fill
from app.i18n import current_language

SCOPE_LIBRARY, SCOPE_DOCUMENT, SCOPE_GROUP = range(3)


class ExportDialog(QDialog):
    def __init__(
        self,
        export_format: ExportFormat,
        groups: Sequence[GroupRow],
        document: tuple[int, str] | None,  # (id, title) of the document shown, if any
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export references"))
        self._document = document

        self.format_box = QComboBox()
        for value, label in (
            (ExportFormat.BIBTEX, self.tr("BibTeX (.bib)")),
            (ExportFormat.RIS, self.tr("RIS (.ris)")),
            (ExportFormat.CSL_JSON, self.tr("CSL-JSON (.json)")),
            (ExportFormat.BIBLIOGRAPHY, self.tr("Formatted bibliography")),
        ):
            self.format_box.addItem(label, value)
        self.format_box.setCurrentIndex(self.format_box.findData(export_format))

        self.scope_box = QComboBox()
        self.scope_box.addItem(self.tr("The whole library"), SCOPE_LIBRARY)
        if document is not None:
            self.scope_box.addItem(fill(self.tr("The bibliography of «%1»"), _short(document[1])), SCOPE_DOCUMENT)
        self.scope_box.addItem(self.tr("One group (with its subgroups)"), SCOPE_GROUP)
        self.group_box = QComboBox()
        for group in groups:
            self.group_box.addItem("    " * group.depth + group.shown_name(current_language()), group.name)
        self.cited_box = QCheckBox(self.tr("Only references cited in the text"))
        self.latex_box = QCheckBox(self.tr("For LaTeX only: leave out Silteme's own fields"))
        self.latex_box.setObjectName("export_for_latex")
        self.latex_box.setToolTip(
            self.tr(
                "Groups, numbers, completeness and the thesis excerpts are left out, so biber has nothing to "
                "warn about; every entry with a date also gets a year. Such a file cannot bring them back."
            )
        )

        self.style_box = QComboBox()
        self.style_box.addItem(self.tr("GOST R 7.0.100-2018, numeric"), BibliographyStyle.GOST)
        self.style_box.addItem(self.tr("APA 7"), BibliographyStyle.APA)
        self.output_box = QComboBox()
        self.output_box.addItem(self.tr("Copy to the clipboard"), Output.CLIPBOARD)
        self.output_box.addItem(self.tr("Save as HTML"), Output.HTML)
        self.output_box.addItem(self.tr("Save as plain text"), Output.TEXT)

        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow(self.tr("References"), self.scope_box)
        form.addRow(self.tr("Group"), self.group_box)
        form.addRow("", self.cited_box)
        form.addRow("", self.latex_box)
        form.addRow(self.tr("Style"), self.style_box)
        form.addRow(self.tr("Result"), self.output_box)
        self._form = form
        self.note = QLabel(self.tr("Entries nobody changed are written as they were imported."))
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

        self.format_box.currentIndexChanged.connect(lambda _i: self._update())
        self.scope_box.currentIndexChanged.connect(lambda _i: self._update())
        if document is not None:
            self.scope_box.setCurrentIndex(self.scope_box.findData(SCOPE_DOCUMENT))
        self._update()

    def request(self) -> ExportRequest:
        """What was chosen (the file, if any, is asked for afterwards)."""
        export_format = ExportFormat(self.format_box.currentData())
        scope = self.scope_box.currentData()
        selection = ExportSelection(
            document_id=self._document[0] if scope == SCOPE_DOCUMENT and self._document else None,
            group=self.group_box.currentData() if scope == SCOPE_GROUP else None,
            cited_only=self.cited_box.isChecked(),
            without_own_fields=self.latex_box.isChecked() and export_format is ExportFormat.BIBTEX,
        )
        if export_format is not ExportFormat.BIBLIOGRAPHY:
            return ExportRequest(export_format, selection)
        return ExportRequest(
            export_format, selection, BibliographyStyle(self.style_box.currentData()), Output(self.output_box.currentData())
        )

    def _update(self) -> None:
        self.note.setVisible(self.format_box.currentData() == ExportFormat.BIBTEX)
        self.latex_box.setVisible(self.format_box.currentData() == ExportFormat.BIBTEX)
        bibliography = self.format_box.currentData() == ExportFormat.BIBLIOGRAPHY
        for widget in (self.style_box, self.output_box):
            widget.setEnabled(bibliography)
            self._form.labelForField(widget).setEnabled(bibliography)
        by_group = self.scope_box.currentData() == SCOPE_GROUP
        self.group_box.setEnabled(by_group and self.group_box.count() > 0)
        self._form.labelForField(self.group_box).setEnabled(by_group)


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
