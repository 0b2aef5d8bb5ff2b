"""Reviewer annotations wired into the main window: ``install(window)``.

The controller owns the annotation views (reader layer, dock, claims
column, File menu entries), loads ``annotation_overview`` in a worker after
every load of the document, and turns each user action into one undo
command, announced through ``window.changed``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app import ops
from app.annotations.annotation_layer import AnnotationLayer
from app.annotations.annotations_dock import AnnotationsDock
from app.annotations.annotations_model import AnnotationItem, build_items
from app.annotations.claims_column import COLUMN_KEY, annotations_column
from app.annotations.steps import annotate_text, delete_text, focus_of, reattach_text, reply_text, short_quote
from app.annotations.identity import Identity, IdentityDialog, IdentityStore
from app.annotations.review_files import ReviewFiles
from app.annotations.spans import DocumentOffsets
from app.document_index import DocumentIndex
from app.undo import DomainUndoCommand
from app.workers import JobRunner
from models.errors import LibraryError
from references.review.annotation_queries import (
    AnnotationOverview,
    ClaimAnnotations,
    annotate,
    annotation_overview,
    change_fields,
    delete_by_uri,
    reattach_by_uri,
    reply_to,
)
from references.storage.undoable import Undoable
from app.i18n import fill, sentence

if TYPE_CHECKING:
    from app.annotations.annotation_editor import AnnotationEditor, EditorValues
    from app.host import WindowHost

ANNOTATE_SHORTCUT = "Ctrl+Alt+A"


def install(window: WindowHost) -> AnnotationsController:
    """Add annotations to the window: docks, menus, reader layer, claims column."""
    return AnnotationsController(window)


class AnnotationsController(QObject):
    refreshed = Signal()  # the views show the annotations as last loaded

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.setObjectName("annotations_controller")
        self.window = window
        self.identities = IdentityStore(window.settings)
        self.overview: AnnotationOverview | None = None
        self.items: list[AnnotationItem] = []
        self.editor: AnnotationEditor | None = None  # the open editor, if any
        self.identity_dialog: IdentityDialog | None = None
        self.error_message: QMessageBox | None = None
        self._offsets: tuple[DocumentIndex, DocumentOffsets] | None = None
        self._generation = 0
        self._focus: str | None = None  # annotation to choose after the next refresh
        self._scroll: tuple[int | None, tuple[int, int, int] | None] | None = None  # reader place to keep across a reload
        # Refreshes run on a runner of their own: a background reload is not
        # the window being busy with something the user asked for.
        self.refresher = JobRunner(lambda: window.library, self)
        self._reload_due = False  # a reload waits for the window to paint an edit

        self.layer = AnnotationLayer(window.reader)
        self.dock = AnnotationsDock(window)
        self.files = ReviewFiles(self)
        self._build_actions()
        self._place_dock()
        self._build_menus()
        self._add_claims_column()
        self._connect()

    # --- building ----------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], None], shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.annotate_action = self._action(self.tr("&Annotate Selection…"), self.annotate_selection, ANNOTATE_SHORTCUT)
        self.annotate_action.setObjectName("annotate_action")
        self.reattach_action = self._action(self.tr("&Re-attach Annotation to Selection"), self.reattach_current)
        self.identity_action = self._action(self.tr("Your &Name and Role…"), self.change_identity)
        self.revise_action = self._action(self.tr("Import &Revised Text…"), self.files.choose_revised_text)
        self.export_w3c_action = self._action(self.tr("&Export Annotations (W3C JSON-LD)…"), self.files.choose_w3c_export)
        self.import_w3c_action = self._action(self.tr("Import A&nnotations (W3C JSON-LD)…"), self.files.choose_w3c_import)
        self.docx_action = self._action(self.tr("Export &Word Document with Comments…"), self.files.choose_docx_export)
        self.report_action = self._action(self.tr("Review Re&port (Markdown or HTML)…"), self.files.choose_review_report)
        self.review_docx_action = self._action(self.tr("Import Reviewed &Word File…"), self.files.choose_reviewed_docx)
        self.review_docx_action.setObjectName("review_docx_action")
        self.window.addAction(self.annotate_action)  # its shortcut works wherever the focus is
        self.window.reader.addAction(self.annotate_action)  # and the reader's context menu lists them
        self.window.reader.addAction(self.reattach_action)

    def _place_dock(self) -> None:
        window = self.window
        window.addDockWidget(self.window.dockWidgetArea(window.references_dock), self.dock)
        window.tabifyDockWidget(window.references_dock, self.dock)

    def _build_menus(self) -> None:
        window = self.window
        file_menu = window.menu("file")
        file_menu.insertSection(window.quit_action, self.tr("Review"))
        for action in (
            self.revise_action, self.import_w3c_action, self.export_w3c_action, self.docx_action,
            self.review_docx_action, self.report_action,
        ):
            file_menu.insertAction(window.quit_action, action)
        file_menu.insertSeparator(window.quit_action)
        view_menu = window.menu("view")
        separator = _first_separator(view_menu)
        if separator is not None:
            view_menu.insertAction(separator, self.dock.toggleViewAction())
        else:
            view_menu.addAction(self.dock.toggleViewAction())
        self.review_menu = QMenu(self.tr("&Review"), window)
        self.review_menu.setObjectName("review_menu")
        for action in (self.annotate_action, self.reattach_action):
            self.review_menu.addAction(action)
        self.review_menu.addSeparator()
        self.review_menu.addAction(self.review_docx_action)
        self.review_menu.addSeparator()
        self.review_menu.addAction(self.dock.toggleViewAction())
        self.review_menu.addAction(self.identity_action)
        window.menuBar().insertMenu(window.menu("help").menuAction(), self.review_menu)

    def _add_claims_column(self) -> None:
        model = self.window.claims_dock.model
        model.add_column(annotations_column(self.claim_summary))
        self.window.claims_dock.table.setColumnWidth(model.column_of(COLUMN_KEY), 170)

    def _connect(self) -> None:
        window = self.window
        window.document_loaded.connect(self._document_loaded)
        window.changed.connect(self._changed)
        self.layer.mark_clicked.connect(self.choose)
        window.reader.cursorPositionChanged.connect(self._reader_clicked)
        self.dock.annotation_activated.connect(self.show_annotation)
        self.dock.edit_requested.connect(self.edit)
        self.dock.reply_requested.connect(self.reply)
        self.dock.status_requested.connect(self.set_status)
        self.dock.delete_requested.connect(self.delete)
        self.dock.reattach_requested.connect(self.reattach)

    # --- loading -------------------------------------------------------------------

    def document_id(self) -> int | None:
        return self.window.index.view.document.id if self.window.index is not None else None

    def offsets(self) -> DocumentOffsets | None:
        index = self.window.index
        if index is None:
            return None
        if self._offsets is None or self._offsets[0] is not index:
            self._offsets = (index, DocumentOffsets(index.view.blocks))
        return self._offsets[1]

    def claim_summary(self) -> dict[int, ClaimAnnotations]:
        return dict(self.overview.by_claim) if self.overview is not None else {}

    def reload(self) -> None:
        """Load the annotations of the shown document (in a worker) and show them."""
        self._reload_due = False
        self._generation += 1
        generation = self._generation
        document_id = self.document_id()
        if document_id is None:
            self._apply(None)
            return
        self.refresher.start(
            lambda session: annotation_overview(session, document_id),
            lambda overview: self._loaded(generation, overview),
            lambda message: self.window.statusBar().showMessage(message, 8000),
        )

    def _loaded(self, generation: int, overview: AnnotationOverview) -> None:
        if generation == self._generation:  # an older load finishing late is stale
            self._apply(overview)

    def _apply(self, overview: AnnotationOverview | None) -> None:
        index, offsets = self.window.index, self.offsets()
        if overview is not None and (index is None or overview.document_id != index.view.document.id):
            return  # loaded for a document no longer shown; the next load follows
        self.overview = overview
        self.items = build_items(overview, index, offsets) if overview and index and offsets else []
        self.layer.show(self.items, offsets or DocumentOffsets([]))
        if index is not None:
            self.dock.set_items(self.items, index)
        self.window.claims_dock.model.column_changed(COLUMN_KEY)
        if self._focus is not None:
            self.choose(self._focus)
            self._focus = None
        else:
            self.layer.set_current(self.dock.current_uri())
        self.refreshed.emit()

    def _document_loaded(self) -> None:
        # After a load the reader is new; keep it where the user was when the
        # change was theirs.
        if self._scroll is not None and self._scroll[0] == self.document_id():
            self.window.reader.restore_reading_place(self._scroll[1])
        self._scroll = None
        changes = getattr(self.window, "refreshed_by", None)
        if changes is not None and self.overview is not None and not (changes.touches_text or "annotations" in changes.kinds):
            # The notes and the text are as they were (a reference or a group changed):
            # place them again on the new view, without reading them again.
            self._apply(self.overview)
            return
        if changes is not None:
            # After an edit: read the notes once the window has painted the edit. A worker
            # running Python now would take the interpreter from the GUI thread at each of
            # its calls into Qt, and the edit would show later.
            self._reload_due = True
            QTimer.singleShot(0, self._reload_when_due)
            return
        self.reload()

    def _reload_when_due(self) -> None:
        if self._reload_due:
            self._reload_due = False
            self.reload()

    @property
    def loading(self) -> bool:
        """The notes are being read again (or will be, once the window has painted)."""
        return self._reload_due or self.refresher.busy

    def _changed(self, changes: ops.Changes) -> None:
        # Only annotations changed: reload them now. When the document
        # changed too, its offsets are new: wait for the window to load it.
        if changes.kinds == {"annotations"} and changes.document_id == self.document_id():
            self.reload()

    # --- steps on the undo history -------------------------------------------------

    def step(self, text: str, make: Callable[[Session], Undoable]) -> None:
        """Make a step in one transaction and put it on the history; a refusal is told and changes nothing."""
        try:
            with self.window.library.session() as session:
                made = make(session)
        except (LibraryError, SQLAlchemyError) as exc:
            self.command_failed(sentence(exc))
            return
        self.push(text, made)

    def push(self, text: str, made: Undoable) -> None:
        """Put a step that is made on the history (``app.undo`` announces it)."""
        DomainUndoCommand(self.window, text, made, done=self._step_done).push()

    def _step_done(self, made: Undoable) -> None:
        self._focus = focus_of(made)
        self._scroll = (self.document_id(), self.window.reader.reading_place())

    def command_failed(self, message: str) -> None:
        if self.error_message is not None:
            self.error_message.deleteLater()
        self.error_message = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Annotations"), message, QMessageBox.StandardButton.Ok, self.window
        )
        self.error_message.open()

    # --- choosing and showing ----------------------------------------------------------

    def item(self, uri: str) -> AnnotationItem | None:
        return next((i for i in self.items if i.uri == uri), None)

    def choose(self, uri: str | None) -> None:
        """Make an annotation the chosen one in the dock and the reader."""
        self.dock.select(uri)
        self.layer.set_current(uri)

    def show_annotation(self, uri: str) -> None:
        """Bring an annotation's text into view (an orphan has none: say so)."""
        self.choose(uri)
        item, offsets, layout = self.item(uri), self.offsets(), self.window.reader.layout_map
        if item is None or offsets is None or layout is None:
            return
        span = self.layer.span_of(uri)
        block = offsets.block_at(item.view.start) if item.view.start is not None else None
        if item.orphaned or span is None or block is None:
            self.window.statusBar().showMessage(
                self.tr("The text of this annotation is gone from this revision: select its new place in the reader "
                        "and re-attach it."),
                10_000,
            )
            return
        local = item.view.start - block.doc_start
        self.window.reader.show_span(block.id, local, local + span[1] - span[0])

    def _reader_clicked(self) -> None:
        cursor = self.window.reader.textCursor()
        if not cursor.hasSelection():
            uri = self.layer.uri_at(cursor.position())
            if uri is not None and uri != self.dock.current_uri():
                self.choose(uri)

    def selected_span(self) -> tuple[int, int] | None:
        """Document offsets of the text selected in the reader, if any."""
        cursor = self.window.reader.textCursor()
        offsets, layout = self.offsets(), self.window.reader.layout_map
        if not cursor.hasSelection() or offsets is None or layout is None:
            return None
        return offsets.from_reader(layout, cursor.selectionStart(), cursor.selectionEnd())

    # --- who is writing ---------------------------------------------------------------

    def with_identity(self, then: Callable[[Identity], None]) -> None:
        """Run ``then`` with the user's name and role, asking for them the first time."""
        identity = self.identities.current()
        if identity is not None:
            then(identity)
            return
        self._ask_identity(None, then)

    def change_identity(self) -> None:
        self._ask_identity(self.identities.current(), lambda identity: None)

    def _ask_identity(self, current: Identity | None, then: Callable[[Identity], None]) -> None:
        dialog = IdentityDialog(current, self.window)
        self.identity_dialog = dialog

        def accepted() -> None:
            identity = dialog.identity()
            self.identities.save(identity)
            self.window.statusBar().showMessage(
                fill(self.tr("You write as %1."), identity.name), 5000
            )
            then(identity)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # --- user actions -------------------------------------------------------------------

    def annotate_selection(self) -> None:
        span, offsets, document_id = self.selected_span(), self.offsets(), self.document_id()
        if span is None or offsets is None or document_id is None:
            self.window.statusBar().showMessage(self.tr("Select some text in the reader to annotate it."), 6000)
            return
        quote = offsets.text[span[0] : span[1]]
        self.with_identity(lambda identity: self._open_editor(quote, None, lambda values: self._create(document_id, span, quote, values, identity)))

    def _open_editor(self, quote: str, initial: EditorValues | None, on_accept: Callable[[EditorValues], None]) -> None:
        from app.annotations.annotation_editor import AnnotationEditor  # the dialog, when first opened

        tags = self.overview.tags if self.overview is not None else ()
        editor = AnnotationEditor(quote, initial, tags, self.window)
        self.editor = editor
        editor.accepted.connect(lambda: on_accept(editor.values()))
        editor.finished.connect(editor.deleteLater)
        editor.open()

    def _create(self, document_id: int, span: tuple[int, int], quote: str, values: EditorValues, identity: Identity) -> None:
        self.step(annotate_text(quote), lambda s: annotate(
            s, document_id, *span, author=identity.name, author_role=identity.role, **values.fields()))
        # Show what was made: the text selection no longer hides the new
        # highlight, and the dock (which chooses it after the reload) is in front.
        reader = self.window.reader
        cursor = reader.textCursor()
        cursor.clearSelection()
        reader.setTextCursor(cursor)
        self.dock.show()
        self.dock.raise_()

    def edit(self, uri: str) -> None:
        item = self.item(uri)
        if item is None:
            return
        from app.annotations.annotation_editor import EditorValues

        before = EditorValues.of(item.view)

        def save(values: EditorValues) -> None:
            old, new = before.fields(), values.fields()
            changes = {name: value for name, value in new.items() if old[name] != value}
            if changes:
                name = fill(self.tr("Edit the annotation on «%1»"), short_quote(item.view.exact))
                self.step(name, lambda s: change_fields(s, uri, changes))

        self._open_editor(item.view.exact, before, save)

    def set_status(self, uri: str, status: str) -> None:
        item = self.item(uri)
        if item is None or item.view.status == status:
            return
        template = self.tr("Resolve «%1»") if status == "resolved" else self.tr("Reopen «%1»")
        name = fill(template, short_quote(item.view.exact))
        self.step(name, lambda s: change_fields(s, uri, {"status": status}))

    def delete(self, uri: str) -> None:
        item = self.item(uri)
        if item is not None:
            self.step(delete_text(item.view.exact), lambda s: delete_by_uri(s, uri))
            self.window.statusBar().showMessage(self.tr("Annotation deleted; Undo brings it back."), 6000)

    def reply(self, uri: str, body: str) -> None:
        def send(identity: Identity) -> None:
            self.step(reply_text(), lambda s: reply_to(s, uri, body, author=identity.name, author_role=identity.role))
            self.dock.reply_sent()

        self.with_identity(send)

    def reattach_current(self) -> None:
        uri = self.dock.actionable_uri()
        if uri is None:
            self.window.statusBar().showMessage(self.tr("Choose an annotation in the Annotations dock first."), 6000)
            return
        self.reattach(uri)

    def reattach(self, uri: str) -> None:
        span, offsets = self.selected_span(), self.offsets()
        if span is None or offsets is None:
            self.window.statusBar().showMessage(
                self.tr("Select the text in the reader where the annotation belongs now."), 6000
            )
            return
        quote = offsets.text[span[0] : span[1]]
        self.step(reattach_text(quote), lambda s: reattach_by_uri(s, uri, *span))


def _first_separator(menu: QMenu) -> QAction | None:
    return next((a for a in menu.actions() if a.isSeparator()), None)
