"""The entry editor: one reference's key, type, completeness and fields.

The fields are laid out as the entry type asks (``entry_type_fields``):
the required ones, the optional ones, and every other field the entry has,
unknown ones included. What the person types is checked as they type
(``validate_entry``: years, pages, DOI, ISBN, URL, required fields), and
each problem is shown right under its field. A field is saved when the
person is done with it (Enter, or leaving it): the editor only says so
(``field_committed``...) and the controller makes the undo command; the
editor then shows the entry as stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.library.field_widgets import LONG_FIELDS, FieldLineEdit, FieldTextEdit
from references.bibtex import entry_type_fields, is_valid_field_name, is_valid_key, known_entry_types, validate_entry
from references.library.table_queries import EntryDetails
from references.thesis.reference_fields import OWN_FIELDS
from app.i18n import fill
from app.library.field_labels import field_label
from app.plain_text import plain_label

PROBLEM_STYLE = "color: #c62828;"
NOTE_STYLE = "color: #5f5f5f; font-style: italic;"  # 5.6:1 on the window grey
FIELD_PROBLEM_BORDER = "border: 1px solid #c62828;"
RAW_SHOWN = 80

FieldEditor = FieldLineEdit | FieldTextEdit


@dataclass
class _FieldRow:
    name: str  # the field this row saves to
    label: QLabel
    editor: FieldEditor
    note: QLabel  # the field's problem, or how it is stored


class EntryEditor(QWidget):
    field_committed = Signal(int, str, str, int)  # reference id, field, text typed, version shown
    key_committed = Signal(int, str, int)
    generate_key_requested = Signal(int, int)
    type_committed = Signal(int, str, int)
    complete_toggled = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entry_editor")
        self.details: EntryDetails | None = None
        self._rows: dict[str, _FieldRow] = {}  # lower-case field name -> row
        self._row_of_problem: dict[str, _FieldRow] = {}  # also each alternative of a requirement
        self._refusals: dict[str, str] = {}

        self.placeholder = QLabel(self.tr("Select a reference in the table to edit it here."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        self.heading = QLabel()
        self.heading.setObjectName("entry_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        self.key_edit = FieldLineEdit()
        self.key_edit.setObjectName("key_edit")
        self.key_edit.committed.connect(self._key_committed)
        self.key_edit.textEdited.connect(lambda _text: self._edited("key"))
        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setToolTip(self.tr("Make a key from the first author's name and the year, as JabRef does"))
        self.generate_button.clicked.connect(self._generate_clicked)
        self.key_problem = self._note_label()
        self.type_box = QComboBox()
        self.type_box.setObjectName("type_box")
        self.type_box.setEditable(True)
        self.type_box.addItems(sorted(known_entry_types()))
        self.type_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.type_box.activated.connect(lambda _index: self._type_chosen())
        line = self.type_box.lineEdit()
        assert line is not None
        line.editingFinished.connect(self._type_chosen)
        self.complete_box = QCheckBox(self.tr("Complete: every field checked against the source"))
        self.complete_box.setObjectName("complete_box")
        self.complete_box.clicked.connect(self._complete_clicked)
        self.groups_label = plain_label(QLabel())
        self.groups_label.setWordWrap(True)
        self.summary = self._note_label()

        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.generate_button)
        form = QFormLayout()
        form.addRow(self.tr("Key"), key_row)
        form.addRow("", self.key_problem)
        form.addRow(self.tr("Type"), self.type_box)
        form.addRow(self.tr("Groups"), self.groups_label)
        form.addRow("", self.complete_box)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("field_tabs")
        self._grids: dict[str, QGridLayout] = {}
        for name, title in (
            ("required", self.tr("Required fields")),
            ("optional", self.tr("Optional fields")),
            ("other", self.tr("Other fields")),
        ):
            self.tabs.addTab(self._field_page(name), title)
        self.add_field_button = QPushButton(self.tr("Add Field…"))
        self.add_field_button.clicked.connect(self._ask_field_name)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.add_field_button, 0, Qt.AlignmentFlag.AlignRight)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    # --- showing an entry ---------------------------------------------------------------

    def show_entry(self, details: EntryDetails | None, group_names: Sequence[str] = ()) -> None:
        """Show an entry as stored (None: nothing selected)."""
        previous = self.details
        self.details = details
        self._refusals = {}
        if details is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        shown = f"[{details.number}] " if details.number is not None else ""
        title = details.text_of("title") or ""
        self.heading.setText(f"{shown}{details.key}" + (f" — {' '.join(title.split())}" if title else ""))
        self.key_edit.set_loaded(details.key)
        self.type_box.setCurrentText(details.entry_type)
        self.complete_box.setChecked(details.complete)
        self.groups_label.setText(", ".join(group_names) or self.tr("none (drag the entry onto a group)"))
        same_layout = (
            previous is not None
            and previous.id == details.id
            and previous.entry_type == details.entry_type
            and {f.name.lower() for f in details.fields} <= set(self._rows)
        )
        if not same_layout:
            self._build_rows(details)
        for row in self._rows.values():
            row.editor.set_loaded(details.text_of(row.name) or "")
        self._validate()

    def field_editor(self, name: str) -> FieldEditor | None:
        row = self._rows.get(name.lower())
        return row.editor if row else None

    def problem_text(self, name: str) -> str:
        """What is shown under the field ``name`` (or under the key)."""
        if name.lower() == "key":
            return "" if self.key_problem.isHidden() else self.key_problem.text()
        row = self._rows.get(name.lower()) or self._row_of_problem.get(name.lower())
        return row.note.text() if row and not row.note.isHidden() else ""

    def show_refusal(self, name: str | None, message: str) -> None:
        """A save was refused: say why beside the field (or above the fields)."""
        self._refusals = {(name or "").lower(): message}
        self._validate()

    def add_field(self, name: str) -> FieldEditor | None:
        """Add an empty row for a field the entry does not have yet (saved once text is typed)."""
        name = name.strip().lower()
        if self.details is None or not is_valid_field_name(name) or name in OWN_FIELDS:
            return None
        if name not in self._rows:
            self._add_row("other", name, field_label(name))
        self.tabs.setCurrentIndex(self._tab_of(name))
        editor = self._rows[name].editor
        editor.setFocus()
        return editor

    # --- layout of the fields -------------------------------------------------------------

    def _field_page(self, name: str) -> QScrollArea:
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(2)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._grids[name] = grid
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(inner)
        return area

    def _build_rows(self, details: EntryDetails) -> None:
        for row in self._rows.values():
            row.editor.blockSignals(True)  # text left in a field of the old layout is not saved
            for widget in (row.label, row.editor, row.note):
                widget.setParent(None)
                widget.deleteLater()
        self._rows, self._row_of_problem = {}, {}
        present = {f.name.lower() for f in details.fields}
        required, optional = entry_type_fields(details.entry_type)
        for alternatives in required:
            # Every alternative the entry has (a date and a year), else the first one.
            names = [a for a in alternatives if a in present] or [alternatives[0]]
            rows = [
                self._add_row(
                    "required",
                    name,
                    field_label(name)
                    if len(alternatives) == 1
                    else fill(
                        self.tr("%1 (or %2)"),
                        field_label(name),
                        " / ".join(field_label(a) for a in alternatives if a != name),
                    ),
                )
                for name in names
            ]
            for alternative in alternatives:  # "needs 'date' or 'year'" goes to the first row
                self._row_of_problem.setdefault(alternative, rows[0])
        for name in optional:
            if name not in self._rows and name not in OWN_FIELDS and name not in self._row_of_problem:
                self._add_row("optional", name, field_label(name))
        for field in details.fields:
            if field.name.lower() not in self._rows:
                self._add_row("other", field.name, field_label(field.name))

    def _add_row(self, tab: str, name: str, label_text: str) -> _FieldRow:
        grid = self._grids[tab]
        at = grid.rowCount()
        editor: FieldEditor = FieldTextEdit() if name.lower() in LONG_FIELDS else FieldLineEdit()
        editor.setObjectName(f"field_{name.lower()}")
        label = QLabel(label_text)
        label.setBuddy(editor)
        note = self._note_label()
        grid.addWidget(label, at, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        grid.addWidget(editor, at, 1)
        grid.addWidget(note, at + 1, 1)
        row = _FieldRow(name, label, editor, note)
        self._rows[name.lower()] = row
        self._row_of_problem[name.lower()] = row
        editor.committed.connect(lambda text, field=name: self._field_committed(field, text))
        editor.textEdited.connect(lambda _text, field=name: self._edited(field))
        return row

    def _tab_of(self, name: str) -> int:
        row = self._rows[name.lower()]
        for index, grid in enumerate(self._grids.values()):
            if grid.indexOf(row.editor) >= 0:
                return index
        return 0

    def _note_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setVisible(False)
        return label

    # --- checking as the person types --------------------------------------------------------

    def _edited(self, name: str) -> None:
        self._refusals.pop(name.lower(), None)  # a refused value is being changed: check it afresh
        self._validate()

    def _validate(self) -> None:
        if self.details is None:
            return
        values = {name: row.editor.text() for name, row in self._rows.items()}
        problems: dict[str, list[str]] = {}
        for problem in validate_entry(self.type_box.currentText() or "misc", values):
            problems.setdefault(problem.field, []).append(problem.message)
        for name, message in self._refusals.items():
            problems.setdefault(name, []).insert(0, message)
        key = self.key_edit.text().strip()
        key_problems = problems.pop("key", [])
        if not is_valid_key(key):
            key_problems.append(self.tr("A key cannot be empty or hold spaces, quotes, braces, commas, #, %, ~, = or backslashes."))
        self._show_note(self.key_problem, key_problems, problem=True)
        self.key_edit.setStyleSheet(FIELD_PROBLEM_BORDER if key_problems else "")
        stored = {f.name.lower(): f for f in self.details.fields}
        elsewhere: list[str] = []
        for name, messages in problems.items():
            if name not in self._row_of_problem:
                elsewhere.extend(messages)
        for name, row in self._rows.items():
            messages = [m for alt, ms in problems.items() if self._row_of_problem.get(alt) is row for m in ms]
            row.editor.setStyleSheet(FIELD_PROBLEM_BORDER if messages else "")
            if messages:
                self._show_note(row.note, messages, problem=True)
                continue
            field = stored.get(name)
            if field is not None and not field.plain and row.editor.text() == row.editor.loaded():
                raw = field.raw if len(field.raw) <= RAW_SHOWN else field.raw[: RAW_SHOWN - 1] + "…"
                self._show_note(row.note, [fill(self.tr("Stored as %1; typing here replaces it with plain text."), raw)], problem=False)
            else:
                self._show_note(row.note, [], problem=False)
        self._show_note(self.summary, elsewhere, problem=True)

    @staticmethod
    def _show_note(label: QLabel, messages: list[str], *, problem: bool) -> None:
        label.setText("\n".join(messages))
        label.setStyleSheet(PROBLEM_STYLE if problem else NOTE_STYLE)
        label.setVisible(bool(messages))

    # --- saving ----------------------------------------------------------------------------

    def _field_committed(self, name: str, text: str) -> None:
        if self.details is not None:
            self.field_committed.emit(self.details.id, name, text, self.details.version)

    def _key_committed(self, key: str) -> None:
        if self.details is not None:
            self.key_committed.emit(self.details.id, key, self.details.version)

    def _generate_clicked(self) -> None:
        if self.details is not None:
            self.generate_key_requested.emit(self.details.id, self.details.version)

    def _type_chosen(self) -> None:
        text = self.type_box.currentText().strip().lower()
        if self.details is not None and text and text != self.details.entry_type:
            self.type_committed.emit(self.details.id, text, self.details.version)

    def _complete_clicked(self, checked: bool) -> None:
        if self.details is not None:
            self.complete_toggled.emit(self.details.id, checked)

    def _ask_field_name(self) -> None:
        name, accepted = QInputDialog.getText(
            self, self.tr("Add a field"), self.tr("Field name (e.g. doi, isbn, translator):")
        )
        if accepted and name.strip():
            if self.add_field(name) is None:
                self.show_refusal(None, fill(self.tr("%1 cannot be added as a field here."), repr(name.strip())))
