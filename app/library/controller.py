"""``install(window)``: the reference library's entry point into the main window.

The controller owns the Library window, the File menu's BibTeX import and
exports, and the View menu's way in. It reads what the Library window
shows (pages of references, the group tree with counts, one entry) and
turns each change a person makes into one domain ``Undoable``, saved at
once and pushed on ``window.undo_stack`` (``app.undo``), which announces
each step (done, undone or redone) through ``window.changed``; every view,
this one included, reloads what it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget
from sqlalchemy.orm import Session

from app import ops
from app.undo import DomainUndoCommand
from app.library.export_actions import SUFFIXES, ExportFormat, ExportRequest, ExportResult, Output, export_job
from app.file_dialogs import open_file_name, save_file_name
from app.references_model import REFERENCE_ID_ROLE as DOCK_REFERENCE_ID_ROLE
from app.stale_dialog import FieldVersions, StaleEditDialog, differing_fields
from app.window_geometry import place_window
from app.progress import cancelled_sentence
from app.workers import JobProgress
from models import Reference
from models.db import Library
from references.entries import EntryChange, create_entry, delete_entry, duplicate_entry
from references.library.group_edits import (
    add_to_group,
    create_group,
    delete_group,
    move_group,
    recolor_group,
    remove_from_group,
    rename_group,
)
from references.library.entry_edits import (
    CompletenessChange,
    generate_reference_key,
    set_complete,
    set_entry_type,
    set_reference_field,
    set_reference_key,
)
from references.library.table_queries import (
    EntryDetails,
    Page,
    ReferenceQuery,
    count_references,
    entry_details,
    group_counts,
    library_groups,
    reference_page,
)
from references.errors import NotFoundError
from references.storage.undoable import Undoable
from references.library.stale_edits import Resolution, StaleEditError
from app.i18n import current_language, fill, sentence

# The import and export dialogs, the BibTeX reader and citeproc load when
# first used, never for the main window's first paint.
if TYPE_CHECKING:
    from app.host import WindowHost
    from app.library.bib_import_dialog import BibImportDialog
    from app.library.export_dialog import ExportDialog
    from app.library.library_window import LibraryWindow
    from references.library.bib_import import BibImportPlan
    from references.library.undoable_import import BibImportRecord

Action = Callable[[Session], Undoable]
SETTINGS_GEOMETRY = "library_window/geometry"
LIBRARY_WINDOW_SIZE = QSize(1500, 820)  # on a smaller screen, the screen's available area


def install(window: WindowHost) -> LibraryController:
    """Add the reference library to the main window (menus, window, signal connections)."""
    return LibraryController(window)


class LibraryController(QObject):
    error_reported = Signal(str)
    import_planned = Signal(object)  # the BibImportDialog now open
    import_done = Signal(object)  # BibImportRecord
    import_cancelled = Signal()  # a Cancel stopped the import; nothing was written
    export_done = Signal(object)  # ExportResult

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.setObjectName("library_controller")
        self.window = window
        self._stale = True
        self._document_shown: int | None = None
        self.import_dialog: BibImportDialog | None = None
        self.stale_dialog: StaleEditDialog | None = None  # the question after a refused, stale edit
        self.export_dialog: ExportDialog | None = None

        self.open_action = QAction(self.tr("Reference &Library"), window)
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.open_action.triggered.connect(lambda: self.open_window())
        self.import_action = QAction(self.tr("&Import References…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+B"))  # Ctrl+Shift+I imports a Word document
        self.import_action.triggered.connect(self.choose_bib_file)
        self.export_menu = QMenu(self.tr("&Export"), window)
        for export_format, label in (
            (ExportFormat.BIBTEX, self.tr("&BibTeX…")),
            (ExportFormat.RIS, self.tr("&RIS…")),
            (ExportFormat.CSL_JSON, self.tr("&CSL-JSON…")),
            (ExportFormat.BIBLIOGRAPHY, self.tr("Formatted &Bibliography (GOST, APA)…")),
        ):
            action = self.export_menu.addAction(label)
            action.triggered.connect(lambda _checked=False, f=export_format: self.ask_export(f))

        self._library_window: LibraryWindow | None = None  # made when first opened
        self._extend_menus()
        window.changed.connect(self._on_changed)
        window.document_loaded.connect(self._on_document_loaded)
        window.references_dock.table.doubleClicked.connect(self._dock_reference_activated)

    # --- the main window ---------------------------------------------------------------

    def _extend_menus(self) -> None:
        """Import BibTeX and Export after File ▸ Import; the Library first in View."""
        file_menu = self.window.menu("file")
        file_actions = file_menu.actions()
        after = file_actions[file_actions.index(self.window.menu("import").menuAction()) + 1 :]
        before = after[0] if after else None
        file_menu.insertAction(before, self.import_action)
        file_menu.insertMenu(before, self.export_menu)
        view_menu = self.window.menu("view")
        first = view_menu.actions()[0]
        view_menu.insertAction(first, self.open_action)
        view_menu.insertSeparator(first)

    @property
    def library_window(self) -> LibraryWindow:
        """The Library window, made (with its entry editor) the first time it is wanted."""
        if self._library_window is None:
            from app.library.library_window import LibraryWindow

            self._library_window = LibraryWindow(
                self.page,
                [self.import_action, self.export_menu],
                [self.window.undo_action, self.window.redo_action],
                self.window,
            )
            self._library_window.set_document(self.current_document_id())
            self._connect_window()
        return self._library_window

    def _window_shown(self) -> bool:
        return self._library_window is not None and self._library_window.isVisible()

    def _connect_window(self) -> None:
        """What the Library window asks for, each to the step that does it."""
        shown = self.library_window
        shown.entry_wanted.connect(self.show_entry)
        shown.count_wanted.connect(lambda query: shown.show_count(self.count(query)))
        shown.new_entry_requested.connect(self.new_entry)
        shown.duplicate_requested.connect(self.duplicate_entry)
        shown.delete_requested.connect(self.delete_entry)
        shown.copy_keys_requested.connect(self.copy_keys)
        shown.copy_formatted_requested.connect(self.copy_formatted)
        shown.complete_requested.connect(self.set_complete)
        shown.own_keys_requested.connect(self.give_own_keys)
        shown.generate_key_requested.connect(self.generate_key)
        shown.group_create_requested.connect(self.create_group)
        shown.group_recolor_requested.connect(self.recolor_group)
        shown.group_move_requested.connect(self.move_group)
        shown.group_delete_requested.connect(self.delete_group)
        shown.add_to_group_requested.connect(self.add_to_group)
        shown.remove_from_group_requested.connect(self.remove_from_group)
        shown.closed.connect(self.window_closed)
        editor = shown.editor
        editor.field_committed.connect(self.edit_field)
        editor.key_committed.connect(self.set_key)
        editor.generate_key_requested.connect(self.generate_key)
        editor.type_committed.connect(self.set_type)
        editor.complete_toggled.connect(lambda rid, complete: self.set_complete([rid], complete))
        tree = self.library_window.tree_model
        tree.references_dropped.connect(self.add_to_group)
        tree.group_dropped.connect(self.move_group)
        # Queued: the rename reloads the tree, which must not happen inside the view's setData.
        tree.rename_requested.connect(self.rename_group, Qt.ConnectionType.QueuedConnection)

    def current_document_id(self) -> int | None:
        return self.window.index.view.document.id if self.window.index is not None else None

    def _document(self) -> tuple[int, str] | None:
        index = self.window.index
        return (index.view.document.id, index.view.document.title) if index is not None else None

    def open_window(self, reference_id: int | None = None) -> LibraryWindow:
        shown = self.library_window
        if not shown.isVisible():
            place_window(shown, LIBRARY_WINDOW_SIZE, self.window.settings.value(SETTINGS_GEOMETRY))
            shown.fit_panes()
        shown.show()
        shown.raise_()
        shown.activateWindow()
        if self._stale:
            self.refresh()
        if reference_id is not None:
            self.show_reference(reference_id)
        return shown

    def window_closed(self) -> None:
        self.window.settings.setValue(SETTINGS_GEOMETRY, self.library_window.saveGeometry())

    def show_reference(self, reference_id: int) -> None:
        """Select a reference in the table, widening the filters if they hide it."""
        shown = self.library_window
        if not shown.select_reference(reference_id):
            shown.filter_edit.setText("")
            shown.complete_box.setCurrentIndex(0)
            shown.select_group(0)
            shown.apply_filters()
            if not shown.select_reference(reference_id):
                shown.scope_box.setCurrentIndex(1)
                shown.apply_filters()
                shown.select_reference(reference_id)
        self.show_entry(reference_id)

    def _dock_reference_activated(self, index: QModelIndex) -> None:
        reference_id = index.data(DOCK_REFERENCE_ID_ROLE)
        if isinstance(reference_id, int):
            self.open_window(reference_id)

    # --- reading ---------------------------------------------------------------------------

    def page(self, query: ReferenceQuery, after: tuple[Any, int] | None, limit: int) -> Page:
        with self.window.library.session() as session:
            return reference_page(session, query, after=after, limit=limit)

    def count(self, query: ReferenceQuery) -> int:
        with self.window.library.session() as session:
            return count_references(session, query)

    def refresh(self, changes: ops.Changes | None = None) -> None:
        """Show the database again: groups with counts, the table, the entry.

        After an edit of entries' fields (``changes`` names only references), the
        groups and their counts are as they were, and the entry shown is read again
        only if it is one of them.
        """
        if self._library_window is not None:
            self._library_window.set_document(self.current_document_id())
        if not self._window_shown():
            self._stale = True
            return
        self._stale = False
        shown = self.library_window
        query = shown.query()
        entries_only = changes is not None and changes.kinds == {ops.REFERENCES} and bool(changes.reference_ids)
        if not entries_only:
            with self.window.library.session() as session:
                groups = library_groups(session)
                counts = group_counts(session, query.document_id)
            shown.show_groups(groups, counts)
        if query != shown.table_model.query:
            shown.apply_filters()
        else:
            shown.reload_table()
        details = shown.editor.details
        if changes is None or not entries_only or details is None or details.id in changes.reference_ids:
            self.show_entry(details.id if details is not None else None)

    def show_entry(self, reference_id: int | None) -> None:
        editor = self.library_window.editor
        if reference_id is None:
            editor.show_entry(None)
            return
        details: EntryDetails | None
        try:
            with self.window.library.session() as session:
                details = entry_details(session, reference_id)
        except NotFoundError:
            details = None  # deleted (an import undone, another window): nothing to edit
        language = current_language()
        groups = {g.id: g.shown_name(language) for g in self.library_window.tree_model.groups()}
        names = [groups[g] for g in details.group_ids if g in groups] if details else []
        editor.show_entry(details, names)

    def _on_changed(self, changes: ops.Changes) -> None:
        if "library" in changes.kinds and self._library_window is not None:
            self._library_window.editor.show_entry(None)
        self.refresh(changes)

    def _on_document_loaded(self) -> None:
        # Every change already refreshed through ``changed``; a reload matters
        # here only when another document is shown (the table's scope).
        if self.current_document_id() != self._document_shown:
            self._document_shown = self.current_document_id()
            self.refresh()

    # --- edits of one entry -------------------------------------------------------------------

    def edit_field(self, reference_id: int, name: str, text: str, version: int | None) -> None:
        self._push(
            lambda s: set_reference_field(s, reference_id, name, text, expected_version=version),
            lambda r: fill(self.tr("Edit %1 of %2"), name, _label(r)),
            field=name,
            overwrite=lambda: self.edit_field(reference_id, name, text, None),
        )

    def set_key(self, reference_id: int, key: str, version: int | None) -> None:
        self._push(
            lambda s: set_reference_key(s, reference_id, key, expected_version=version),
            lambda r: fill(self.tr("Set the key of %1 to %2"), _label(r), key),
            field="key",
            overwrite=lambda: self.set_key(reference_id, key, None),
        )

    def generate_key(self, reference_id: int, version: int | None) -> None:
        self._push(
            lambda s: generate_reference_key(s, reference_id, expected_version=version),
            lambda r: fill(self.tr("Generate a key for %1"), _label(r)),
            field="key",
        )

    def set_type(self, reference_id: int, entry_type: str, version: int | None) -> None:
        self._push(
            lambda s: set_entry_type(s, reference_id, entry_type, expected_version=version),
            lambda r: fill(self.tr("Make %1 a @%2"), _label(r), entry_type.lower()),
            field="type",
        )

    def set_complete(self, reference_ids: Sequence[int], complete: bool) -> None:
        ids = list(reference_ids)

        def describe(result: Undoable) -> str:
            assert isinstance(result, CompletenessChange)
            count = len(result.reference_ids)
            if complete:
                return self.tr("Mark %n reference(s) complete", "", count)
            return self.tr("Mark %n reference(s) incomplete", "", count)

        self._push(lambda s: set_complete(s, ids, complete), describe)

    def give_own_keys(self, reference_ids: Sequence[int]) -> None:
        """Entries whose file gave them a repeated (or no) key are written with their library key."""
        from references.library.repeated_keys import give_own_keys  # the BibTeX key rules, when asked for

        ids = list(reference_ids)
        self._push(
            lambda s: give_own_keys(s, ids),
            lambda r: self.tr("Give %n entry(ies) a key of (its/their) own", "", len(getattr(r, "reference_ids", ()))),
        )

    # --- groups -----------------------------------------------------------------------------

    def create_group(self, name: str, parent_id: int | None = None, color: str | None = None) -> None:
        self._push(
            lambda s: create_group(s, name, parent_id=parent_id, color=color),
            lambda _r: fill(self.tr("New group %1"), name.strip()),
        )

    def rename_group(self, group_id: int, name: str) -> None:
        self._push(
            lambda s: rename_group(s, group_id, name),
            lambda r: fill(self.tr("Rename group %1 to %2"), getattr(r, "old_name", ""), name),
        )

    def recolor_group(self, group_id: int, color: str) -> None:
        self._push(
            lambda s: recolor_group(s, group_id, color),
            lambda r: fill(self.tr("Recolour group %1"), getattr(r, "name", "")),
        )

    def move_group(self, group_id: int, parent_id: int | None, position: int | None) -> None:
        self._push(
            lambda s: move_group(s, group_id, parent_id, position),
            lambda r: fill(self.tr("Move group %1"), getattr(r, "name", "")),
        )

    def delete_group(self, group_id: int) -> None:
        self._push(
            lambda s: delete_group(s, group_id),
            lambda r: fill(self.tr("Delete group %1"), getattr(r, "name", "")),
        )

    def add_to_group(self, reference_ids: Sequence[int], group_id: int) -> None:
        ids = list(reference_ids)
        self._push(
            lambda s: add_to_group(s, ids, group_id),
            lambda r: fill(self.tr("Add %n reference(s) to %1", "", len(getattr(r, "reference_ids", ()))), getattr(r, "group_name", "")),
        )

    def remove_from_group(self, reference_ids: Sequence[int], group_id: int) -> None:
        ids = list(reference_ids)
        self._push(
            lambda s: remove_from_group(s, ids, group_id),
            lambda r: fill(
                self.tr("Remove %n reference(s) from %1", "", len(getattr(r, "reference_ids", ()))), getattr(r, "group_name", "")
            ),
        )

    # --- commands -------------------------------------------------------------------------------

    def _push(
        self,
        action: Action,
        describe: Callable[[Undoable], str],
        *,
        field: str | None = None,
        overwrite: Callable[[], None] | None = None,
        then: Callable[[Undoable], None] | None = None,
    ) -> None:
        """Make a change in one transaction and put it on the history (a refusal changes nothing)."""
        try:
            with self.window.library.session() as session:
                result = action(session)
        except Exception as exc:  # noqa: BLE001 - the person is told; nothing was saved
            self._failed(exc, field, overwrite)
            return
        if DomainUndoCommand(self.window, describe(result), result).push() and then is not None:
            then(result)

    # --- whole entries -------------------------------------------------------------------------

    def new_entry(self) -> None:
        self._push(create_entry, lambda r: self.tr("New entry"), then=self._show_entry_made)

    def duplicate_entry(self, reference_id: int) -> None:
        self._push(
            lambda s: duplicate_entry(s, reference_id),
            lambda r: self.tr("Duplicate an entry"),
            then=self._show_entry_made,
        )

    def delete_entry(self, reference_id: int) -> None:
        self._push(
            lambda s: delete_entry(s, reference_id),
            lambda r: fill(self.tr("Delete %1"), r.snapshot.key if isinstance(r, EntryChange) else ""),
            then=lambda _r: self.window.statusBar().showMessage(self.tr("Entry deleted; Undo brings it back."), 6000),
        )

    def _show_entry_made(self, result: Undoable) -> None:
        if isinstance(result, EntryChange) and self._window_shown():
            # After the reload that the change starts.
            QTimer.singleShot(0, lambda: self.show_reference(result.reference_id))

    def copy_keys(self, reference_ids: Sequence[int]) -> str:
        with self.window.library.session() as session:
            keys = [ref.key for ref in (session.get(Reference, i) for i in reference_ids) if ref is not None]
        text = ",".join(keys)  # as \cite{a,b} takes them
        QGuiApplication.clipboard().setText(text)
        return text

    def copy_formatted(self, reference_ids: Sequence[int]) -> str:
        """The references formatted as GOST R 7.0.5 numeric, one a line, on the clipboard."""
        from references.formats.citeproc_format import format_bibliography
        from references.library.exchange_records import to_record

        with self.window.library.session() as session:
            records = [to_record(ref) for ref in (session.get(Reference, i) for i in reference_ids) if ref is not None]
            text = "\n".join(format_bibliography(records, "gost-numeric", "text"))
        QGuiApplication.clipboard().setText(text)
        return text

    def _failed(self, error: Exception, field: str | None, overwrite: Callable[[], None] | None) -> None:
        message = sentence(error) or type(error).__name__
        self.error_reported.emit(message)
        if isinstance(error, StaleEditError):
            self._ask_about_stale_edit(error, field, overwrite)
            return
        if field is not None and self._window_shown() and self.library_window.editor.details is not None:
            self.library_window.editor.show_refusal(field, message)
            return
        self._warn(message)

    def _ask_about_stale_edit(
        self, error: StaleEditError, field: str | None, overwrite: Callable[[], None] | None
    ) -> None:
        again = self.tr("Overwrite With Mine") if overwrite is not None and Resolution.OVERWRITE in error.resolutions else None
        dialog = StaleEditDialog(self.tr("Changed elsewhere"), sentence(error), again, self._parent())
        dialog.show_fields(self._stale_versions(error, field))
        self.stale_dialog = dialog

        def chosen(result: int) -> None:
            if self.stale_dialog is dialog:
                self.stale_dialog = None
            if overwrite is not None and again is not None and result == StaleEditDialog.DialogCode.Accepted:
                overwrite()
            else:
                self.refresh()
            dialog.deleteLater()

        dialog.finished.connect(chosen)
        dialog.open()

    def _stale_versions(self, error: StaleEditError, field: str | None) -> list[FieldVersions]:
        """The edited entry as this person has it (loaded, plus what they typed) and as saved now."""
        editor = self.library_window.editor
        seen = editor.details
        rows = [r for r in error.rows if r.kind == "reference"]
        if seen is None or not any(r.row_id == seen.id for r in rows):
            return []
        mine = {"key": seen.key, "type": seen.entry_type} | {f.name.lower(): f.text for f in seen.fields}
        typed: dict[str, str] = {}
        if field == "key":
            typed["key"] = editor.key_edit.text()
        elif field == "type":
            typed["type"] = editor.type_box.currentText()
        elif field is not None and (widget := editor.field_editor(field)) is not None:
            typed[field.lower()] = widget.text()
        saved: dict[str, str] = {}
        if next(r for r in rows if r.row_id == seen.id).saved_version is not None:
            with self.window.library.session() as session:
                now = entry_details(session, seen.id)
            saved = {"key": now.key, "type": now.entry_type} | {f.name.lower(): f.text for f in now.fields}
        return differing_fields(mine, saved, typed)

    def _warn(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Silteme"), message, parent=self._parent())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _parent(self) -> QWidget:
        return self.library_window if self._window_shown() else self.window

    # --- BibTeX import ----------------------------------------------------------------------------

    def choose_bib_file(self) -> None:
        path, _ = open_file_name(
            self._parent(),
            self.window.settings,
            self.tr("Import a file of references"),
            self.tr("References (*.bib *.ris *.json *.yaml *.yml *.xml *.nbib *.ciw *.txt *.rdf);;All files (*)"),
        )
        if path:
            self.import_bib_file(Path(path))

    def import_bib_file(self, path: Path) -> None:
        """Read the file and show what importing it would do (nothing is written yet)."""
        self.window.busy.begin(fill(self.tr("Reading %1…"), path.name))

        def plan(session: Session) -> BibImportPlan:
            from references.library.bib_import import library_state
            from references.library.file_import import plan_file

            planned = plan_file(session, path)
            planned.library_state = library_state(session)  # applied as shown while this holds
            return planned

        self.window.runner.start(plan, self._plan_ready, self._job_failed)

    def _plan_ready(self, plan: BibImportPlan) -> None:
        from app.library.bib_import_dialog import BibImportDialog

        self.window.busy.end()
        dialog = BibImportDialog(plan, self._document(), self._parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply_import(dialog.plan, dialog.document_id()))
        self.import_dialog = dialog
        dialog.destroyed.connect(lambda: setattr(self, "import_dialog", None))
        dialog.open()
        self.import_planned.emit(dialog)

    def _apply_import(self, plan: BibImportPlan, document_id: int | None) -> None:
        library = self.window.library
        progress = JobProgress(self)
        self.window.busy.begin(fill(self.tr("Importing %1…"), plan.source_name), progress)

        def apply(session: Session) -> BibImportRecord:
            from references.library.undoable_import import import_planned_bib

            return import_planned_bib(session, plan, document_id=document_id, progress=progress)

        def over() -> None:
            self.window.busy.end(progress)
            progress.deleteLater()

        def failed(message: str) -> None:
            over()
            self._report_failure(message)

        def cancelled() -> None:
            over()
            self.window.statusBar().showMessage(cancelled_sentence(), 8000)
            self.import_cancelled.emit()

        def done(record: BibImportRecord) -> None:
            over()
            self._imported(record, library)

        self.window.runner.start(apply, done, failed, cancelled)

    def _imported(self, record: BibImportRecord, library: Library) -> None:
        if library is not self.window.library:
            return  # another library was opened meanwhile; its stack has no place for this
        summary = record.summary
        DomainUndoCommand(
            self.window, fill(self.tr("Import %1 (%n new entry(ies))", "", summary.added), record.source_name), record
        ).push()
        self.window.statusBar().showMessage(
            fill(self.tr("Imported %1: %2 added, %3 already in the library."), record.source_name, summary.added, summary.matched),
            8000,
        )
        self.import_done.emit(record)

    def _job_failed(self, message: str) -> None:
        self.window.busy.end()
        self._report_failure(message)

    def _report_failure(self, message: str) -> None:
        self.error_reported.emit(message)
        self._warn(message)

    # --- exports ----------------------------------------------------------------------------------

    def ask_export(self, export_format: ExportFormat) -> None:
        from app.library.export_dialog import ExportDialog

        with self.window.library.session() as session:
            groups = library_groups(session)
        dialog = ExportDialog(export_format, groups, self._document(), self._parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._export_chosen(dialog.request()))
        self.export_dialog = dialog
        dialog.destroyed.connect(lambda: setattr(self, "export_dialog", None))
        dialog.open()

    def _export_chosen(self, request: ExportRequest) -> None:
        if request.output is not Output.CLIPBOARD:
            kind = request.output if request.output in SUFFIXES else request.format
            suffix = SUFFIXES[kind]
            path, _ = save_file_name(
                self._parent(), self.window.settings, self.tr("Export to"), f"references{suffix}",
                f"{self._filter_names()[kind]};;{self.tr('All files (*)')}",
            )
            if not path:
                return
            request = replace(request, path=Path(path))
        self.export(request)

    def _filter_names(self) -> dict[object, str]:
        return {
            ExportFormat.BIBTEX: self.tr("BibTeX (*.bib)"),
            ExportFormat.RIS: self.tr("RIS (*.ris)"),
            ExportFormat.CSL_JSON: self.tr("CSL-JSON (*.json)"),
            Output.HTML: self.tr("Web page (*.html)"),
            Output.TEXT: self.tr("Plain text (*.txt)"),
        }

    def export(self, request: ExportRequest) -> None:
        self.window.busy.begin(self.tr("Exporting…"))
        self.window.runner.start(export_job(request), self._exported, self._job_failed)

    def _exported(self, result: ExportResult) -> None:
        self.window.busy.end()
        if result.count == 0:
            self._warn(self.tr("Nothing was exported: no reference is in the chosen selection."))
        elif result.path is None:
            data = QMimeData()
            data.setText(result.text)
            if result.html is not None:
                data.setHtml(result.html)
            QGuiApplication.clipboard().setMimeData(data)
            self.window.statusBar().showMessage(
                self.tr("%Ln reference(s) copied to the clipboard.", "", result.count), 8000
            )
        else:
            self.window.statusBar().showMessage(
                fill(self.tr("%Ln reference(s) exported to %1.", "", result.count), result.path),
                8000,
            )
        self.export_done.emit(result)


def _label(result: Undoable) -> str:
    """How the person knows the entry an edit changed: "[12] ref12"."""
    return str(getattr(result, "reference_label", ""))
