"""Author tools in the main window: ``install(window)`` is the one entry point.

It adds the paragraph editor and the citation audit as docks, citation
actions to the Edit menu and the reader's context menu, and renumbering and
duplicates to the Tools menu. Every change the user makes becomes one
``AppliedCommand`` on ``window.undo_stack`` (``app.authoring.history``), is
saved at once, and is announced through ``window.changed`` so every view
reloads; once the window has loaded the new view, the reader is brought
back to the place that changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox
from sqlalchemy.orm import Session

from app import ops
from app.authoring import jobs
from app.authoring.audit_dock import AuditDock
from app.authoring.citation_commands import citation_command, merge_command, paragraph_command, renumber_command
from app.authoring.duplicates_dialog import DuplicatesDialog
from app.authoring.history import AppliedCommand, Focus, HistoryLock
from app.authoring.paragraph_editor import ParagraphEditorDock
from app.authoring.reference_picker import ReferencePickerDialog
from app.authoring.renumber_dialog import RenumberDialog
from app.authoring.wording import fill
from app.workers import JobRunner
from models.db import Library
from models.errors import LibraryError
from references.audit import Finding
from references.duplicates import FieldConflict
from references.editing import CitationChange
from references.queries import CitationRow
from references.renumber import RenumberPlan, RenumberResult

if TYPE_CHECKING:
    from app.main_window import MainWindow

S = TypeVar("S")

# What an author edit changes, for the views that listen to ``window.changed``.
TEXT_CHANGES = frozenset({"document", "text", "citations", "claims", "references", "annotations"})
EXCERPT_CHARS = 60  # of the text before the cursor, shown in the picker


def install(window: MainWindow) -> AuthoringController:
    return AuthoringController(window)


class AuthoringController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("authoring")
        self.window = window
        self.range_dash = "-"
        self._context_document: int | None = None
        self._pending_focus: Focus | None = None
        self._reload_pending = False
        self._worker_step: str | None = None  # what runs in a worker now, if anything
        self._audit_running = False
        self._audit_again = False
        self._menu_point: QPoint | None = None  # where the reader's context menu was opened
        # Open dialogs (None once closed), for the tests and the screenshots.
        self.picker: ReferencePickerDialog | None = None
        self.renumber_dialog: RenumberDialog | None = None
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.message_box: QMessageBox | None = None
        # Refreshes nobody asked for (the audit, the document's marker style) run
        # beside the window's own jobs, so they never make the window look busy.
        self.background = JobRunner(window.library, self)
        self._audit_stale = True  # the findings shown are not those of the current view

        self.editor_dock = ParagraphEditorDock(window)
        self.audit_dock = AuditDock(window)
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
        w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.audit_dock)
        w.tabifyDockWidget(w.stats_dock, self.audit_dock)
        w.references_dock.raise_()
        w.claims_dock.raise_()

    def _build_actions(self) -> None:
        w = self.window
        self.insert_action = self._action(self.tr("Insert &Citation…"), "Ctrl+Shift+C", self.insert_citation)
        self.insert_action.setToolTip(self.tr("Cite references at the cursor of the paragraph editor"))
        self.edit_action = self._action(self.tr("Edit Citation…"), "Ctrl+Shift+E", lambda: self.edit_citation())
        self.remove_action = self._action(self.tr("Remove Citation"), None, lambda: self.remove_citation())
        self.renumber_action = self._action(self.tr("&Renumber by First Citation…"), None, self.renumber)
        self.duplicates_action = self._action(self.tr("Find &Duplicates…"), None, self.find_duplicates)
        self.audit_action = self._action(self.tr("Citation &Audit"), "Ctrl+Shift+A", self.show_audit)
        edit_menu = self._menu_holding(w.undo_action)
        edit_menu.addSeparator()
        for action in (self.insert_action, self.edit_action, self.remove_action):
            edit_menu.addAction(action)
        tools = self._tools_menu()
        tools.addAction(self.renumber_action)
        tools.addAction(self.duplicates_action)
        tools.addSeparator()
        tools.addAction(self.audit_action)
        view_menu = self._menu_holding(w.outline_dock.toggleViewAction())
        view_menu.addAction(self.editor_dock.toggleViewAction())
        view_menu.addAction(self.audit_dock.toggleViewAction())
        # The reader's context menu: these act where it was opened (no shortcuts).
        self.insert_here_action = self._action(self.tr("Insert Citation Here…"), None, self._insert_here)
        self.edit_here_action = self._action(self.tr("Edit Citation…"), None, self._edit_here)
        self.remove_here_action = self._action(self.tr("Remove Citation"), None, self._remove_here)
        for action in (self.insert_here_action, self.edit_here_action, self.remove_here_action):
            w.reader.addAction(action)

    def _action(self, text: str, shortcut: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _menu_holding(self, action: QAction) -> QMenu:
        for top in self.window.menuBar().actions():
            menu = top.menu()
            if isinstance(menu, QMenu) and action in menu.actions():
                return menu
        return self.window.menuBar().addMenu(self.tr("&Edit"))

    def _tools_menu(self) -> QMenu:
        """The Tools menu, shared with other features; made before Help if none has it yet."""
        bar = self.window.menuBar()
        for top in bar.actions():
            menu = top.menu()
            if isinstance(menu, QMenu) and menu.objectName() == "tools_menu":
                return menu
        menu = QMenu(self.tr("&Tools"), bar)
        menu.setObjectName("tools_menu")
        help_menu = self._menu_holding(self.window.help_action)
        bar.insertMenu(help_menu.menuAction(), menu)
        return menu

    def _connect(self) -> None:
        w = self.window
        w.document_loaded.connect(self._document_loaded)
        w.reader.viewport().installEventFilter(self)
        w.reader.installEventFilter(self)
        w.reader.citation_clicked.connect(lambda _cid: self._update_actions())
        self.editor_dock.apply_requested.connect(self.apply_paragraph)
        self.editor_dock.insert_citation_requested.connect(self.insert_citation)
        self.editor_dock.editor.cursorPositionChanged.connect(self._update_actions)
        self.editor_dock.editor.textChanged.connect(self._update_actions)
        self.audit_dock.options_changed.connect(lambda _options: self.run_audit())
        # The audit runs when it can be seen: at once if shown, else when it is.
        self.audit_dock.visibilityChanged.connect(lambda visible: visible and self._audit_stale and self.run_audit())
        self.audit_dock.finding_activated.connect(self.show_finding)

    # --- the reader: follow its cursor, remember where its menu opened --------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        reader = self.window.reader
        if watched is reader.viewport():
            if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
                self._menu_point = event.pos()
                self._update_reader_actions()
            elif (
                event.type() == QEvent.Type.MouseButtonRelease
                and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton
            ):
                QTimer.singleShot(0, self.follow_reader_cursor)  # once the reader has moved its cursor
        elif watched is reader and event.type() == QEvent.Type.KeyRelease:
            QTimer.singleShot(0, self.follow_reader_cursor)
        return False

    def follow_reader_cursor(self) -> None:
        """Show the paragraph at the reader's cursor in the editor (unless it has unsaved edits)."""
        place = self._reader_place(self.window.reader.textCursor().position())
        if place is not None:
            self._show_in_editor(*place)

    def _reader_place(self, position: int) -> tuple[int, int] | None:
        """(block id, offset in its text) of a reader position, if it is in a block's text."""
        layout, index = self.window.reader.layout_map, self.window.index
        if layout is None or index is None:
            return None
        block_id = layout.block_at(position)
        block = index.blocks.get(block_id) if block_id is not None else None
        if block is None:
            return None
        offset = position - layout.block_start[block.id]
        return (block.id, offset) if 0 <= offset <= len(block.text) else None

    def _show_in_editor(self, block_id: int, offset: int | None) -> None:
        index = self.window.index
        if index is None or block_id not in index.blocks:
            return
        self.editor_dock.show_block(index.blocks[block_id], self._where(block_id), offset)
        self._update_actions()

    def _where(self, block_id: int) -> str:
        index = self.window.index
        if index is None:
            return ""
        label = index.section_label(index.section_of_block(block_id))
        return label or self.tr("Before the first section")

    def _menu_place(self) -> tuple[int, int] | None:
        if self._menu_point is None:
            return None
        return self._reader_place(self.window.reader.cursorForPosition(self._menu_point).position())

    def _menu_citation(self) -> int | None:
        return self.window.reader.citation_at(self._menu_point) if self._menu_point is not None else None

    def _update_reader_actions(self) -> None:
        on_marker = self._menu_citation() is not None
        ready = self._ready_for_edits()
        self.insert_here_action.setVisible(not on_marker)
        self.insert_here_action.setEnabled(ready and self._menu_place() is not None)
        for action in (self.edit_here_action, self.remove_here_action):
            action.setVisible(on_marker)
            action.setEnabled(ready)

    def _insert_here(self) -> None:
        place = self._menu_place()
        if place is not None:
            self._open_picker(place[0], place[1])

    def _edit_here(self) -> None:
        citation_id = self._menu_citation()
        if citation_id is not None:
            self.edit_citation(citation_id)

    def _remove_here(self) -> None:
        citation_id = self._menu_citation()
        if citation_id is not None:
            self.remove_citation(citation_id)

    # --- where an edit applies --------------------------------------------------------------

    def _ready_for_edits(self) -> bool:
        """A document is shown, current, and nothing of ours runs in a worker."""
        return self.window.index is not None and not self._reload_pending and self._worker_step is None

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
        ready = self._ready_for_edits()
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
            self._warn(self.tr("Insert Citation"), self.tr("Apply or revert the changes to this paragraph first."))
            return
        place = self.editor_place()
        if place is None:
            self._warn(self.tr("Insert Citation"), self.tr("Click the place in the text where the citation goes."))
            return
        inside = self.citation_at_place()
        if inside is not None and inside.start < place[1] < inside.end:
            self.edit_citation(inside.id)
            return
        self._open_picker(*place)

    def _open_picker(self, block_id: int, offset: int) -> None:
        index = self.window.index
        if index is None or not self._ready_for_edits():
            return
        text = index.blocks[block_id].text
        before = " ".join(text[max(0, offset - EXCERPT_CHARS) : offset].split())
        place = fill(self.tr("At %1: “…%2 ▮”"), self._where(block_id), before)
        picker = ReferencePickerDialog(list(index.view.references), range_dash=self.range_dash, place=place,
                                       parent=self.window)
        self._show_dialog(
            "picker", picker,
            lambda: self._apply_citation(lambda s: jobs.insert_citation(s, block_id, offset, picker.chosen_numbers())),
        )

    def edit_citation(self, citation_id: int | None = None) -> None:
        index = self.window.index
        citation = index.citations.get(citation_id) if index and citation_id is not None else self.citation_at_place()
        if index is None or citation is None or not self._ready_for_edits():
            return
        place = fill(self.tr("The marker %1 in %2"), citation.marker, self._where(citation.block_id))
        picker = ReferencePickerDialog(
            list(index.view.references), range_dash=self.range_dash, place=place, old_marker=citation.marker,
            chosen=citation.numbers, parent=self.window,
        )
        target = citation.id
        self._show_dialog(
            "picker", picker,
            lambda: self._apply_citation(lambda s: jobs.set_citation_numbers(s, target, picker.chosen_numbers())),
        )

    def remove_citation(self, citation_id: int | None = None) -> None:
        index = self.window.index
        citation = index.citations.get(citation_id) if index and citation_id is not None else self.citation_at_place()
        if citation is None or not self._ready_for_edits():
            return
        target = citation.id
        self._apply_citation(lambda s: jobs.remove_citation(s, target))

    def _apply_citation(self, edit: Callable[[Session], CitationChange]) -> None:
        change = self._apply_now(self.tr("Citation"), edit)
        if change is not None:
            self._push(citation_command(self, change))

    # --- paragraphs -------------------------------------------------------------------------

    def apply_paragraph(self, block_id: int, text: str) -> None:
        if not self._ready_for_edits():
            return
        change = self._apply_now(self.tr("Edit Paragraph"), lambda s: jobs.edit_paragraph(s, block_id, text),
                                 show_in=self.editor_dock.show_error)
        if change is not None:
            self._push(paragraph_command(self, change))

    # --- applying and announcing --------------------------------------------------------------

    def _apply_now(
        self, title: str, edit: Callable[[Session], S], show_in: Callable[[str], None] | None = None
    ) -> S | None:
        """Make a small edit in one transaction on this thread; a refusal changes nothing."""
        try:
            with self.library.session() as session:
                return edit(session)
        except LibraryError as exc:
            if show_in is not None:
                show_in(str(exc))
            else:
                self._warn(title, str(exc))
            return None

    def _push(self, command: AppliedCommand[S]) -> None:
        self.window.undo_stack.push(command)  # already applied: this push does not apply it again
        self.command_flipped(command.document_id(command.state), command.focus(command.state))

    @property
    def library(self) -> Library:
        return self.window.library

    def command_flipped(self, document_id: int | None, focus: Focus | None) -> None:
        """A step was made, undone or redone: every view reloads, then the reader shows it."""
        self._pending_focus = focus
        self._reload_pending = True
        self._update_actions()
        self.window.changed.emit(ops.Changes(document_id, TEXT_CHANGES))

    def command_failed(self, title: str, message: str) -> None:
        self._warn(title, fill(self.tr("%1\n\nNothing was changed, and this step was taken out of the undo history."),
                               message))

    def flip_in_worker(self, command: AppliedCommand[S]) -> None:
        """Undo or redo a big step in a worker; the history waits for it."""
        state, flip = command.state, command.flip
        self._run_step(command.text(), lambda session: flip(session, state), command.flipped_in_worker,
                       on_error=lambda message: self._flip_failed(command.text(), message))

    def _flip_failed(self, title: str, message: str) -> None:
        # The transaction was rolled back, but the history already moved: it no longer
        # says what the library holds, so it goes.
        self.window.undo_stack.clear()
        self._warn(title, fill(self.tr("%1\n\nThe library is as it was before; the undo history was cleared."),
                               message))

    def _run_step(
        self, label: str, job: Callable[[Session], S], on_done: Callable[[S], None],
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """Run a big step in a worker, with the history and our actions held until it reports."""
        self._worker_step = label
        self.lock.engage()
        self._update_actions()
        self.window.busy.begin(label)

        def finish() -> None:
            self.window.busy.end()
            self._worker_step = None
            self.lock.release()
            self._update_actions()

        def done(result: S) -> None:
            finish()
            on_done(result)

        def failed(message: str) -> None:
            finish()
            (on_error or (lambda m: self._warn(label, m)))(message)

        self.window.runner.start(job, done, failed)

    def _document_loaded(self) -> None:
        self._reload_pending = False
        index = self.window.index
        if index is None:
            self.editor_dock.refresh(None)
            self.audit_dock.set_findings([])
            self._update_actions()
            return
        document_id = index.view.document.id
        if document_id != self._context_document:
            self._context_document = document_id
            self._start_background(jobs.context(document_id), self._context_loaded, lambda _m: None)
        shown = self.editor_dock.block
        self.editor_dock.refresh(index.blocks.get(shown.id) if shown else None, self._where(shown.id) if shown else "")
        self.audit_dock.set_sections(index.view.sections)
        focus, self._pending_focus = self._pending_focus, None
        if focus is not None:
            self._bring_into_view(focus)
        self._audit_stale = True
        if self.audit_dock.isVisible():
            self.run_audit()
        self._update_actions()

    def _start_background(self, job: Callable[[Session], S], on_done: Callable[[S], None],
                          on_error: Callable[[str], None]) -> None:
        self.background.library = self.window.library  # the window may have opened another library
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
        self._show_in_editor(focus.block_id, focus.end if focus.end > focus.start else None)

    # --- renumbering ------------------------------------------------------------------------

    def renumber(self) -> None:
        index = self.window.index
        if index is None or not self._ready_for_edits():
            return
        document_id = index.view.document.id
        dialog = RenumberDialog(self._where, self.window)
        dialog.plan_requested.connect(lambda uncited: self._make_plan(dialog, document_id, uncited))
        self._show_dialog("renumber_dialog", dialog, lambda: self._apply_plan(dialog.plan))
        dialog.request_plan()

    def _make_plan(self, dialog: RenumberDialog, document_id: int, uncited: str) -> None:
        def show(plan: RenumberPlan) -> None:
            if self.renumber_dialog is dialog and dialog.uncited == uncited:
                dialog.set_plan(plan)

        self.window.runner.start(jobs.plan(document_id, "keep" if uncited == "keep" else "after"), show,
                                 lambda message: self._warn(self.tr("Renumber"), message))

    def _apply_plan(self, plan: RenumberPlan | None) -> None:
        if plan is None or plan.problems:
            return
        self._run_step(self.tr("Renumbering…"), jobs.renumber(plan), self._renumbered)

    def _renumbered(self, result: RenumberResult) -> None:
        self._push(renumber_command(self, result))
        self.window.statusBar().showMessage(
            fill(self.tr("Renumbered %1 references and %2 markers; a backup was made first."),
                 len(result.applied.changed), len(result.applied.markers)),
            8000,
        )

    # --- duplicates -------------------------------------------------------------------------

    def find_duplicates(self) -> None:
        index = self.window.index
        if index is None or not self._ready_for_edits():
            return
        document_id = index.view.document.id
        dialog = DuplicatesDialog(document_id, list(index.view.references), self.window)
        dialog.conflicts_requested.connect(lambda keep, drop: self._load_conflicts(dialog, keep, drop))
        self._show_dialog("duplicates_dialog", dialog, lambda: self._merge(dialog.request()))

        def show(pairs: list) -> None:  # list[DuplicatePair]
            if self.duplicates_dialog is dialog:
                dialog.set_pairs(pairs)

        self.window.runner.start(jobs.duplicates(document_id), show,
                                 lambda message: self._warn(self.tr("Duplicates"), message))

    def _load_conflicts(self, dialog: DuplicatesDialog, keep_id: int, drop_id: int) -> None:
        def show(conflicts: list[FieldConflict]) -> None:
            if self.duplicates_dialog is dialog:
                dialog.set_conflicts(keep_id, drop_id, conflicts)

        self.window.runner.start(jobs.conflicts(keep_id, drop_id), show,
                                 lambda message: self._warn(self.tr("Merge"), message))

    def _merge(self, request: jobs.MergeRequest | None) -> None:
        if request is None:
            return
        self._run_step(self.tr("Merging…"), jobs.merge(request), lambda state: self._push(merge_command(self, state)))

    # --- audit --------------------------------------------------------------------------------

    def show_audit(self) -> None:
        self.audit_dock.show()
        self.audit_dock.raise_()

    def run_audit(self) -> None:
        index = self.window.index
        if index is None:
            return
        if self._audit_running:
            self._audit_again = True  # one more run once this one reports, with the newest options
            return
        self._audit_running = True
        self.audit_dock.set_running()
        document_id = index.view.document.id

        def report(findings: list[Finding] | None, message: str = "") -> None:
            self._audit_running = False
            if self._audit_again:
                self._audit_again = False
                self.run_audit()
                return
            current = self.window.index
            if current is None or current.view.document.id != document_id:
                return
            if findings is None:
                self.audit_dock.set_failed(message)
            else:
                self.audit_dock.set_findings(findings)

        self._audit_stale = False
        self._start_background(jobs.audit(document_id, self.audit_dock.options()), report,
                               lambda message: report(None, message))

    def show_finding(self, finding: Finding) -> None:
        """The place in the text, or the references a finding is about."""
        w = self.window
        location = finding.location
        if location is not None:
            claim_id = finding.data.get("claim_id")
            if isinstance(claim_id, int):
                w.reader.select_claim(claim_id, scroll=False)
            w.reader.show_span(location.block_id, location.start, location.end)
            return
        ids = [r["reference_id"] for r in finding.data.get("references", []) if isinstance(r, dict)]
        if isinstance(finding.data.get("reference_id"), int):
            ids = [finding.data["reference_id"]]
        if ids:
            w.references_dock.show()
            w.references_dock.raise_()
            w.references_dock.select_references(ids)

    # --- dialogs and messages -------------------------------------------------------------------

    def _show_dialog(self, name: str, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        """Open a window-modal dialog without blocking; act once if accepted; forget it once closed."""
        setattr(self, name, dialog)
        acted = False

        def accepted() -> None:
            nonlocal acted
            if not acted:  # a closed dialog can still be accepted (a second click): act once
                acted = True
                on_accept()

        dialog.accepted.connect(accepted)

        def closed(_result: int) -> None:
            if getattr(self, name) is dialog:
                setattr(self, name, None)
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.open()

    def _warn(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("authoring_message")
        self.message_box = box

        def closed(_result: int) -> None:
            if self.message_box is box:
                self.message_box = None
            box.deleteLater()

        box.finished.connect(closed)
        box.open()

