"""Author tools in the main window: ``install(window)`` is the one entry point.

It adds the paragraph editor and the citation audit as docks, citation
actions to the Edit menu and the reader's context menu, and renumbering and
duplicates to the Tools menu. Every change the user makes is a domain
``Undoable``, saved at once and pushed already applied on
``window.undo_stack`` (``app.undo``), which announces it through
``window.changed`` (naming what it changed) so every view redraws what
changed; once the window shows the new view, the reader is brought back to
the place that changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy.orm import Session

from app.stale_dialog import StaleEditDialog
from app.authoring import jobs
from app.authoring.audit_controller import AuditController
from app.authoring.bulk_steps import BulkSteps
from app.authoring.citation_commands import Focus, citation_text, focus_of, paragraph_text
from app.authoring.dialogs import open_dialog, warning
from app.authoring.menus import tools_menu
from app.authoring.paragraph_editor import ParagraphEditorDock
from app.authoring.reader_places import ReaderPlaces
from app.authoring.reference_picker import ReferencePickerDialog
from app.i18n import fill
from app.progress import cancelled_sentence
from app.undo import DomainUndoCommand, HistoryLock
from app.workers import JobProgress, JobRunner
from models.db import Library
from models.errors import LibraryError
from references.thesis.editing import CitationChange
from references.thesis.document_view import CitationRow
from references.thesis.paragraph_version import StaleParagraphError, paragraph_version
from app.i18n import sentence
from references.storage.undoable import Undoable

if TYPE_CHECKING:
    from app.host import WindowHost

S = TypeVar("S")

EXCERPT_CHARS = 60  # of the text before the cursor, shown in the picker


def install(window: WindowHost) -> AuthoringController:
    return AuthoringController(window)


class AuthoringController(QObject):
    step_over = Signal()  # a step run by run_step reported (done, failed or cancelled)

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.setObjectName("authoring")
        self.window = window
        self.range_dash = "-"  # the document's, once read
        self._context_document: int | None = None
        self._pending_focus: Focus | None = None
        self._reload_pending = False
        self.busy_step: str | None = None  # the step running in a worker now, if any
        # Open dialogs (None once closed), for the tests and the screenshots.
        self.picker: ReferencePickerDialog | None = None
        self.message_box: QMessageBox | None = None
        self.stale_dialog: StaleEditDialog | None = None  # after a refused edit of a paragraph changed elsewhere
        # Refreshes nobody asked for (the audit, the document's marker style) run
        # beside the window's own jobs, so they never make the window look busy.
        self.background = JobRunner(lambda: window.library, self)

        self.places = ReaderPlaces(window)
        self.editor_dock = ParagraphEditorDock(window)
        self.audit = AuditController(window, self._start_background)
        self.audit_dock = self.audit.dock
        self.bulk = BulkSteps(self)
        self.lock = HistoryLock(
            window.undo_stack, window.undo_action, window.redo_action, [window.undo_dock.widget()]
        )
        self._place_docks()
        self._build_actions()
        self._connect()
        self._update_actions()

    # --- set-up --------------------------------------------------------------------------

    def _place_docks(self) -> None:
        w = self.window
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.editor_dock)
        w.tabifyDockWidget(w.references_dock, self.editor_dock)
        self.audit.place()
        w.references_dock.raise_()
        w.claims_dock.raise_()

    def _build_actions(self) -> None:
        w = self.window
        self.insert_action = self._action(self.tr("Insert &Citation…"), "Ctrl+Shift+C", self.insert_citation)
        self.insert_action.setToolTip(self.tr("Cite references at the cursor of the paragraph editor"))
        self.edit_action = self._action(self.tr("Edit Citation…"), "Ctrl+Shift+E", lambda: self.edit_citation())
        self.remove_action = self._action(self.tr("Remove Citation"), None, lambda: self.remove_citation())
        self.renumber_action = self._action(self.tr("&Renumber by First Citation…"), None, self.bulk.renumber)
        self.duplicates_action = self._action(self.tr("Find &Duplicates…"), None, self.bulk.find_duplicates)
        self.audit_action = self._action(self.tr("Citation &Audit"), "Ctrl+Shift+A", self.audit.show)
        edit_menu = w.menu("edit")
        edit_menu.addSeparator()
        edit_menu.addActions([self.insert_action, self.edit_action, self.remove_action])
        tools = tools_menu(w, before="help")
        tools.addActions([self.renumber_action, self.duplicates_action])
        tools.addSeparator()
        tools.addAction(self.audit_action)
        view_menu = w.menu("view")
        view_menu.addActions([self.editor_dock.toggleViewAction(), self.audit_dock.toggleViewAction()])
        # The reader's context menu: these act where it was opened (no shortcuts).
        self.insert_here_action = self._action(self.tr("Insert Citation Here…"), None, self._insert_here)
        self.edit_here_action = self._action(self.tr("Edit Citation…"), None, self._edit_here)
        self.remove_here_action = self._action(self.tr("Remove Citation"), None, self._remove_here)
        w.reader.addActions([self.insert_here_action, self.edit_here_action, self.remove_here_action])

    def _action(self, text: str, shortcut: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _connect(self) -> None:
        w = self.window
        w.document_loaded.connect(self._document_loaded)
        w.reader.citation_clicked.connect(lambda _cid: self._update_actions())
        self.places.cursor_moved.connect(self.follow_reader_cursor)
        self.places.text_clicked.connect(self._clicked_where_a_citation_can_go)
        self.places.menu_opening.connect(self._update_reader_actions)
        self.editor_dock.apply_requested.connect(self.apply_paragraph)
        self.editor_dock.insert_citation_requested.connect(self.insert_citation)
        self.editor_dock.editor.cursorPositionChanged.connect(self._update_actions)
        self.editor_dock.editor.textChanged.connect(self._update_actions)

    # --- the reader and the editor --------------------------------------------------------

    def follow_reader_cursor(self) -> None:
        """Show the paragraph at the reader's cursor in the editor (unless it has unsaved edits)."""
        place = self.places.cursor_place()
        if place is not None:
            self.show_in_editor(*place)

    def _clicked_where_a_citation_can_go(self) -> None:
        """A click in a paragraph's text (not a marker, not an annotation, no selection)
        puts the caret there: the Paragraph tab comes to the front, ready to cite."""
        reader = self.window.reader
        cursor = reader.textCursor()
        if cursor.hasSelection() or self.places.cursor_place() is None:
            return
        rect = reader.cursorRect(cursor)
        if reader.citation_at(rect.center()) is not None:
            return
        annotations = getattr(self.window, "annotations", None)
        if annotations is not None and annotations.layer.uri_at(cursor.position()) is not None:
            return
        self.editor_dock.show()
        self.editor_dock.raise_()

    def show_in_editor(self, block_id: int, offset: int | None) -> None:
        index = self.window.index
        if index is None or block_id not in index.blocks:
            return
        self.editor_dock.show_block(index.blocks[block_id], self.where(block_id), offset,
                                    self.shown_version(block_id))
        self._update_actions()

    def where(self, block_id: int) -> str:
        index = self.window.index
        if index is None:
            return ""
        label = index.section_label(index.section_of_block(block_id))
        return label or self.tr("Before the first section")

    def _update_reader_actions(self) -> None:
        on_marker = self.places.menu_citation() is not None
        ready = self.ready_for_edits()
        self.insert_here_action.setVisible(not on_marker)
        self.insert_here_action.setEnabled(ready and self.places.menu_place() is not None)
        for action in (self.edit_here_action, self.remove_here_action):
            action.setVisible(on_marker)
            action.setEnabled(ready)

    def _insert_here(self) -> None:
        place = self.places.menu_place()
        if place is not None:
            self._open_picker(*place)

    def _edit_here(self) -> None:
        citation_id = self.places.menu_citation()
        if citation_id is not None:
            self.edit_citation(citation_id)

    def _remove_here(self) -> None:
        citation_id = self.places.menu_citation()
        if citation_id is not None:
            self.remove_citation(citation_id)

    # --- where an edit applies --------------------------------------------------------------

    def ready_for_edits(self) -> bool:
        """A document is shown, current, and nothing of ours runs in a worker.

        After a step the view is stale until the window has loaded it again (its
        offsets would place an edit wrongly), so edits wait for that load.
        """
        team = getattr(self.window, "team", None)  # installed after us: None while we are built
        may_author = team is None or team.may_author()
        return self.window.index is not None and not self._reload_pending and self.busy_step is None and may_author

    def refresh_actions(self) -> None:
        self._update_actions()
        self._update_reader_actions()

    def editor_place(self) -> tuple[int, int] | None:
        """(block id, offset) of the paragraph editor's cursor, when its text is saved."""
        block = self.editor_dock.block
        if block is None or self.editor_dock.is_dirty():
            return None
        return block.id, self.editor_dock.cursor_offset()

    def citation_at_place(self) -> CitationRow | None:
        """The marker the editor's cursor is in or touches."""
        place, index = self.editor_place(), self.window.index
        if place is None or index is None:
            return None
        block_id, offset = place
        for citation in index.view.citations:
            if citation.block_id == block_id and citation.start <= offset <= citation.end:
                return citation
        return None

    def _update_actions(self) -> None:
        ready = self.ready_for_edits()
        place = self.editor_place()
        self.insert_action.setEnabled(ready and place is not None)
        on_marker = ready and self.citation_at_place() is not None
        self.edit_action.setEnabled(on_marker)
        self.remove_action.setEnabled(on_marker)
        self.renumber_action.setEnabled(ready)
        self.duplicates_action.setEnabled(ready)
        self.editor_dock.apply_button.setEnabled(ready and self.editor_dock.is_dirty())

    # --- citations --------------------------------------------------------------------------

    def insert_citation(self) -> None:
        """Insert at the editor's cursor (inside a marker: edit that marker)."""
        if self.editor_dock.is_dirty():
            self.warn(self.tr("Insert Citation"), self.tr("Apply or revert the changes to this paragraph first."))
            return
        place = self.editor_place()
        if place is None:
            self.warn(self.tr("Insert Citation"), self.tr("Click the place in the text where the citation goes."))
            return
        inside = self.citation_at_place()
        if inside is not None and inside.start < place[1] < inside.end:
            self.edit_citation(inside.id)
            return
        self._open_picker(*place)

    def _open_picker(self, block_id: int, offset: int) -> None:
        index = self.window.index
        if index is None or not self.ready_for_edits():
            return
        text = index.blocks[block_id].text
        before = " ".join(text[max(0, offset - EXCERPT_CHARS) : offset].split())
        place = fill(self.tr("At %1: “…%2 ▮”"), self.where(block_id), before)
        picker = ReferencePickerDialog(list(index.view.references), range_dash=self.range_dash, place=place,
                                       parent=self.window)
        seen = self.shown_version(block_id)
        self._open_picker_dialog(
            picker,
            lambda: self._apply_citation(
                lambda s, v: jobs.insert_citation(s, block_id, offset, picker.chosen_numbers(), v), seen
            ),
        )

    def edit_citation(self, citation_id: int | None = None) -> None:
        index = self.window.index
        citation = index.citations.get(citation_id) if index and citation_id is not None else self.citation_at_place()
        if index is None or citation is None or not self.ready_for_edits():
            return
        place = fill(self.tr("The marker %1 in %2"), citation.marker, self.where(citation.block_id))
        picker = ReferencePickerDialog(
            list(index.view.references), range_dash=self.range_dash, place=place, old_marker=citation.marker,
            chosen=citation.numbers, parent=self.window,
        )
        target, seen = citation.id, self.shown_version(citation.block_id)
        self._open_picker_dialog(
            picker,
            lambda: self._apply_citation(
                lambda s, v: jobs.set_citation_numbers(s, target, picker.chosen_numbers(), v), seen
            ),
        )

    def _open_picker_dialog(self, picker: ReferencePickerDialog, on_accept: Callable[[], None]) -> None:
        self.picker = picker

        def closed() -> None:
            if self.picker is picker:
                self.picker = None

        self.open_dialog(picker, on_accept, closed)

    def remove_citation(self, citation_id: int | None = None) -> None:
        index = self.window.index
        citation = index.citations.get(citation_id) if index and citation_id is not None else self.citation_at_place()
        if citation is None or not self.ready_for_edits():
            return
        target = citation.id
        self._apply_citation(lambda s, v: jobs.remove_citation(s, target, v), self.shown_version(citation.block_id))

    def _apply_citation(self, edit: Callable[[Session, str | None], CitationChange], seen: str | None) -> None:
        self._apply_now(self.tr("Citation"), edit, seen, lambda change: self.push(citation_text(change), change))

    def shown_version(self, block_id: int) -> str | None:
        """The version of the paragraph as the window shows it (None: nothing shown)."""
        index = self.window.index
        if index is None or block_id not in index.blocks:
            return None
        numbering = [(r.number, r.id) for r in index.view.references if r.number is not None]
        return paragraph_version(index.blocks[block_id].text, numbering)

    # --- paragraphs -------------------------------------------------------------------------

    def apply_paragraph(self, block_id: int, text: str) -> None:
        if not self.ready_for_edits():
            return
        self._apply_now(
            self.tr("Edit Paragraph"),
            lambda s, v: jobs.edit_paragraph(s, block_id, text, v),
            self.editor_dock.version,
            lambda change: self.push(paragraph_text(change), change),
            show_in=self.editor_dock.show_error,
        )

    # --- applying and announcing --------------------------------------------------------------

    def _apply_now(
        self,
        title: str,
        edit: Callable[[Session, str | None], S],
        seen: str | None,
        on_done: Callable[[S], None],
        show_in: Callable[[str], None] | None = None,
    ) -> None:
        """Make a small edit in one transaction on this thread; a refusal changes nothing.

        ``seen`` is the version of the paragraph the edit was made on: when it
        changed elsewhere since, the person chooses to reload or to apply again.
        """
        try:
            with self.library.session() as session:
                result = edit(session, seen)
        except StaleParagraphError as exc:
            self._ask_about_stale_edit(title, exc, lambda: self._apply_now(title, edit, None, on_done, show_in))
            return
        except LibraryError as exc:
            if show_in is not None:
                show_in(sentence(exc))
            else:
                self.warn(title, sentence(exc))
            return
        on_done(result)

    def _ask_about_stale_edit(self, title: str, error: StaleParagraphError, again: Callable[[], None]) -> None:
        dialog = StaleEditDialog(title, sentence(error), self.tr("Apply Again"), self.window)  # type: ignore[arg-type]
        dialog.show_texts(self._paragraph_as_edited(error.block_id), error.text)
        self.stale_dialog = dialog

        def chosen(result: int) -> None:
            if self.stale_dialog is dialog:
                self.stale_dialog = None
            if result == StaleEditDialog.DialogCode.Accepted:
                again()
            else:
                self.editor_dock.discard()
                index = self.window.index
                self.window.load(index.view.document.id if index is not None else None)
            dialog.deleteLater()

        dialog.finished.connect(chosen)
        dialog.open()

    def _paragraph_as_edited(self, block_id: int) -> str:
        """The paragraph as this person has it: the editor's text, or as the reader shows it."""
        editor = self.editor_dock
        if editor.block is not None and editor.block.id == block_id:
            return editor.text()
        index = self.window.index
        return index.blocks[block_id].text if index is not None and block_id in index.blocks else ""

    def push(self, text: str, step: Undoable, *, in_worker: bool = False) -> None:
        """Put an edit that is made on the history (renumberings and merges flip in a worker)."""
        DomainUndoCommand(self.window, text, step, done=self._step_flipped, tell=self.warn,
                          run_in_worker=self.run_step if in_worker else None).push()

    @property
    def library(self) -> Library:
        return self.window.library

    def _step_flipped(self, step: Undoable) -> None:
        """A step was made, undone or redone: every view reloads, then the reader shows it."""
        self._pending_focus = focus_of(step)
        self._reload_pending = True
        self._update_actions()

    def run_step(
        self, label: str, job: Callable[[Session], S], on_done: Callable[[S], None],
        on_error: Callable[[str], None] | None = None, progress: JobProgress | None = None,
    ) -> None:
        """Run a big step in a worker, with the history and our actions held until it reports.

        With ``progress`` (which the job hands to the domain) the step shows
        its progress and a Cancel button; a cancelled step changes nothing.
        """
        self.busy_step = label
        self.lock.engage()
        self._update_actions()
        self.window.busy.begin(label, progress)

        def finish() -> None:
            self.window.busy.end(progress)
            if progress is not None:
                progress.deleteLater()
            self.busy_step = None
            self.lock.release()
            self._update_actions()
            self.step_over.emit()

        def done(result: S) -> None:
            finish()
            on_done(result)

        def failed(message: str) -> None:
            finish()
            (on_error or (lambda m: self.warn(label, m)))(message)

        def cancelled() -> None:
            finish()
            self.window.statusBar().showMessage(cancelled_sentence(), 8000)

        self.window.runner.start(job, done, failed, cancelled)

    def _document_loaded(self) -> None:
        self._reload_pending = False
        index = self.window.index
        self.audit.document_loaded()
        if index is None:
            self.editor_dock.refresh(None)
            self._update_actions()
            return
        document_id = index.view.document.id
        if document_id != self._context_document:
            self._context_document = document_id
            self._start_background(jobs.context(document_id), self._context_loaded, lambda _m: None)
        shown = self.editor_dock.block
        self.editor_dock.refresh(
            index.blocks.get(shown.id) if shown else None,
            self.where(shown.id) if shown else "",
            self.shown_version(shown.id) if shown else None,
        )
        focus, self._pending_focus = self._pending_focus, None
        if focus is not None:
            self._bring_into_view(focus)
        self._update_actions()

    def _start_background(self, job: Callable[[Session], S], on_done: Callable[[S], None],
                          on_error: Callable[[str], None]) -> None:
        self.background.start(job, on_done, on_error)

    def _context_loaded(self, context: jobs.AuthoringContext) -> None:
        if context.document_id == self._context_document:
            self.range_dash = context.range_dash

    def _bring_into_view(self, focus: Focus) -> None:
        reader = self.window.reader
        if focus.end > focus.start:
            reader.show_span(focus.block_id, focus.start, focus.end)
        else:
            reader.scroll_to_block(focus.block_id)
        self.show_in_editor(focus.block_id, focus.end if focus.end > focus.start else None)

    # --- dialogs and messages -------------------------------------------------------------------

    def open_dialog(self, dialog: QDialog, on_accept: Callable[[], None], on_closed: Callable[[], None]) -> None:
        open_dialog(dialog, on_accept, on_closed)

    def warn(self, title: str, message: str) -> None:
        def closed() -> None:
            if self.message_box is box:
                self.message_box = None

        box = warning(self.window, title, message, closed)
        self.message_box = box
