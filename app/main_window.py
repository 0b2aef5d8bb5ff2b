"""The main window: reader in the centre, outline, claims, references,
statistics and search in docks, and the wiring between them.

Loading and importing run in workers (``app.workers``) with their own
sessions; the window only ever holds plain rows (``DocumentView``). Every
change is announced once through ``changed`` as an ``ops.Changes`` naming
what changed; for the shown document the window reads back only that
(``refresh``), and each view redraws the rows, blocks and counts that
differ. Only another document or library is loaded whole.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QMessageBox, QUndoView, QWidget

import app.qt_compat  # noqa: F401 - first: guards PySide6 6.12 on Python 3.11 (see the module)
from app import ops
from app.i18n import Translations, fill, sentence
from app.annotations import install as install_annotations
from app.authoring import install as install_authoring
from app.claims_dock import ClaimsDock
from app.document_index import DocumentIndex
from app.document_language import DocumentLanguage
from app.file_dialogs import open_file_name
from app.i18n.language_menu import LanguageMenu
from app.i18n.qt import ensure_language
from app.library.controller import install as install_library
from app.team import install as install_team
from app.outline_dock import OutlineDock
from app.progress import BusyIndicator
from app.word_files import WORD_SUFFIXES, WordImport
from app.reader import ReaderView
from app.recent import RecentDocument, RecentMenu, RecentPlaces, library_location
from app.references_dock import ReferencesDock
from app.search_dock import SearchDock
from app.source_imports import SourceImports
from app.stats_view import StatsDock
from app.window_geometry import available_area, clip_to_screen, place_window
from app.workers import JobProgress, JobRunner
from app.plain_text import plain_label, plain_tooltip
from models.db import Library, is_url
from models.errors import LibraryError
from references.thesis.document_view import DocumentRow
from references.thesis.search import SearchHit, SearchResult, search

if TYPE_CHECKING:
    from references.thesis.document_view import DocumentView
    from references.thesis.text_import import ImportSummary

SETTINGS_GEOMETRY = "main_window/geometry"
SETTINGS_STATE = "main_window/state"
SETTINGS_DOCUMENT = "main_window/document_id"
# Bump when the dock layout changes, so an old saved state is not forced on it.
STATE_VERSION = 1
PREFERRED_SIZE = QSize(1400, 900)  # on a smaller screen, the screen's available area
# A document shown anew: the text drawn before the first paint (more than a
# tall screen holds), then the size of each chunk appended after it.
FIRST_SCREEN_CHARACTERS = 8_000
TEXT_CHUNK_CHARACTERS = 20_000


UndoActions = Translations("UndoActions")


class StepAction(QAction):
    """Edit ▸ Undo / Redo, naming the step in the language of the moment
    (QUndoStack.createUndoAction keeps the prefix it was made with)."""

    def __init__(self, stack: QUndoStack, *, redo: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.redo = redo
        self.setEnabled(False)
        self.triggered.connect(stack.redo if redo else stack.undo)
        (stack.canRedoChanged if redo else stack.canUndoChanged).connect(self.setEnabled)
        (stack.redoTextChanged if redo else stack.undoTextChanged).connect(self.name)
        self.name("")

    def name(self, step: str) -> None:
        if self.redo:
            self.setText(fill(UndoActions.tr("&Redo %1"), step) if step else UndoActions.tr("&Redo"))
        else:
            self.setText(fill(UndoActions.tr("&Undo %1"), step) if step else UndoActions.tr("&Undo"))


class MainWindow(QMainWindow):
    document_loaded = Signal()  # the whole document is shown, with its docks
    first_screen_shown = Signal()  # the document's first screen (or the empty library's message) is in the reader
    changed = Signal(object)  # ops.Changes
    load_failed = Signal(str)

    def __init__(self, library: Library, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ensure_language(settings)
        self.setObjectName("main_window")
        self.library = library
        self.settings = settings
        self._owned_library: Library | None = None  # a library opened here, closed here
        self.runner = JobRunner(lambda: self.library, self)
        self.busy = BusyIndicator(self)
        self.index: DocumentIndex | None = None
        self._shown_load: object | None = None  # the load whose document is being shown in steps
        self._refresh_generation = 0  # a refresh that reports after a later one (or a load) is dropped
        # What the view shown last was refreshed for (None: it was loaded), for the
        # features that redraw on ``document_loaded`` and can do less after some changes.
        self.refreshed_by: ops.Changes | None = None
        self.documents: tuple[DocumentRow, ...] = ()
        self.undo_stack = QUndoStack(self)
        self.recent = RecentPlaces(settings, self)
        self._pending_document: int | None = None  # shown once a recent library is open
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        # The right-hand docks (references, annotations) take the full height:
        # their list and detail panes need it more than the claims need width.
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

        self.reader = ReaderView(self)
        self.setCentralWidget(self.reader)
        self.outline_dock = OutlineDock(self)
        self.search_dock = SearchDock(self)
        self.references_dock = ReferencesDock(self)
        self.claims_dock = ClaimsDock(self)
        self.stats_dock = StatsDock(self)
        self.undo_dock = QDockWidget(self.tr("Undo history"), self)
        self.undo_dock.setObjectName("undo_dock")
        self.undo_dock.setWidget(QUndoView(self.undo_stack))
        self._place_docks()
        self.word_import = WordImport(self)
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self.annotations = install_annotations(self)
        self.authoring = install_authoring(self)
        self.document_language = DocumentLanguage(self)
        self.reference_library = install_library(self)
        self._tidy_view_menu()
        self.team = install_team(self)
        self._restore_window()
        self._update_title()

    # --- layout ----------------------------------------------------------------

    def _place_docks(self) -> None:
        left, right, bottom = (
            Qt.DockWidgetArea.LeftDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.addDockWidget(left, self.outline_dock)
        self.addDockWidget(left, self.search_dock)
        self.tabifyDockWidget(self.outline_dock, self.search_dock)
        self.addDockWidget(right, self.references_dock)
        self.addDockWidget(bottom, self.claims_dock)
        self.addDockWidget(bottom, self.stats_dock)
        self.tabifyDockWidget(self.claims_dock, self.stats_dock)
        self.addDockWidget(right, self.undo_dock)
        self.undo_dock.hide()
        self.outline_dock.raise_()
        self.claims_dock.raise_()
        self._size_docks()

    def _size_docks(self) -> None:
        """Default dock sizes in proportion to the window, so that a small screen keeps a reader."""
        width, height = self.width(), self.height()
        if width < 400 or height < 300:  # not sized yet: the screen it will fit
            area = available_area(self)
            width, height = min(PREFERRED_SIZE.width(), area.width()), min(PREFERRED_SIZE.height(), area.height())
        side = (max(220, min(300, width // 5)), max(320, min(440, width * 3 // 10)))
        self.resizeDocks([self.outline_dock, self.references_dock], list(side), Qt.Orientation.Horizontal)
        self.resizeDocks([self.claims_dock], [max(180, min(300, height // 3))], Qt.Orientation.Vertical)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("file_menu")  # features find menus by name (menu())
        self.open_action = self._action(self.tr("&Open Library…"), QKeySequence.StandardKey.Open, self.choose_library)
        self.import_action = self._action(self.tr("&Import Text…"), "Ctrl+I", self.choose_text_file)
        # Not StandardKey.Quit: some platforms map it to nothing.
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.open_action)
        self.recent_menu = RecentMenu(self.recent, self)
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.recent_menu.library_chosen.connect(self.open_recent_library)
        self.recent_menu.document_chosen.connect(self.open_recent_document)
        file_menu.addMenu(self.recent_menu)
        self.import_menu = file_menu.addMenu(self.tr("&Import"))
        self.import_menu.setObjectName("import_menu")
        self.import_menu.addAction(self.import_action)
        self.word_import_action = self._action(self.tr("&Word Document…"), "Ctrl+Shift+I", self.word_import.choose)
        self.word_import_action.setObjectName("word_import_action")
        self.import_menu.addAction(self.word_import_action)
        self.source_imports = SourceImports(self, self.import_menu)
        self.documents_menu = file_menu.addMenu(self.tr("&Documents"))
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("edit_menu")  # features find menus by name (menu())
        # Not createUndoAction: its prefix would stay in the language the window
        # started in; these texts are made again when the language changes.
        self.undo_action = StepAction(self.undo_stack, redo=False, parent=self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = StepAction(self.undo_stack, redo=True, parent=self)
        # Every platform binding (Ctrl+Y and Ctrl+Shift+Z on Linux), not just the first.
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addAction(self.undo_dock.toggleViewAction())
        edit_menu.addSeparator()
        self.find_action = self._action(self.tr("&Find…"), QKeySequence.StandardKey.Find, self.search_dock.focus_query)
        edit_menu.addAction(self.find_action)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("view_menu")  # features find menus by name (menu())
        for dock in (self.outline_dock, self.search_dock, self.claims_dock, self.references_dock, self.stats_dock):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        view_menu.addAction(self._action(self.tr("Restore &Default Layout"), None, self.restore_default_layout))

        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.setObjectName("settings_menu")  # features find menus by name (menu())
        self.language_menu = LanguageMenu(settings_menu.addMenu(self.tr("&Language")), self.settings, self)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("help_menu")  # features find menus by name (menu())
        self.help_action = self._action(self.tr("&Help and About"), QKeySequence.StandardKey.HelpContents, self.show_help)
        self.help_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.help_action)

    def menu(self, name: str) -> QMenu:
        """A menu of the menu bar by name ("file", "import", "edit", "view", "settings", "help", "tools", "review")."""
        menu = self.menuBar().findChild(QMenu, f"{name}_menu")
        if not isinstance(menu, QMenu):
            raise KeyError(f"no {name} menu")
        return menu

    def _tidy_view_menu(self) -> None:
        """View lists the windows, then every dock together, then the layout actions.

        Features add their docks' toggles as they are installed; gather them
        in one block, whatever order they came in.
        """
        menu = self.menu("view")
        toggles = {dock.toggleViewAction() for dock in self.findChildren(QDockWidget)}
        actions = [a for a in menu.actions() if not a.isSeparator()]
        first_dock = next(i for i, a in enumerate(actions) if a in toggles)
        windows = [a for a in actions[:first_dock] if a not in toggles]
        docks = [a for a in actions if a in toggles]
        layout = [a for a in actions[first_dock:] if a not in toggles]
        for action in menu.actions():
            menu.removeAction(action)
        for group in (windows, docks, layout):
            if group and menu.actions():
                menu.addSeparator()
            menu.addActions(group)

    def _action(self, text: str, shortcut: QKeySequence.StandardKey | str | None, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_status_bar(self) -> None:
        # The document title and section names are the user's text: shown as typed, never as markup.
        self.document_label = plain_label(QLabel())
        self.document_label.setObjectName("status_document")
        self.counts_label = plain_label(QLabel())
        self.counts_label.setObjectName("status_counts")
        self.section_label = plain_label(QLabel())
        self.section_label.setObjectName("status_section")
        status = self.statusBar()
        status.addWidget(self.document_label)
        status.addWidget(self.section_label, 1)
        status.addPermanentWidget(self.counts_label)

    def _connect(self) -> None:
        self.outline_dock.block_activated.connect(self.reader.scroll_to_block)
        self.reader.current_section_changed.connect(self._section_changed)
        self.reader.citation_clicked.connect(self.show_citation)
        self.reader.citation_opened.connect(self.open_citation_reference)
        self.reader.citation_places_requested.connect(self.show_citation_places)
        self.claims_dock.claim_activated.connect(lambda claim_id: self.reader.select_claim(claim_id, scroll=True))
        self.claims_dock.claim_selected.connect(lambda claim_id: self.reader.select_claim(claim_id, scroll=False))
        self.references_dock.place_activated.connect(self.show_citation_place)
        self.search_dock.query_changed.connect(self.run_search)
        self.search_dock.hit_activated.connect(self.show_hit)
        self.changed.connect(self._on_changed)

    # --- loading ---------------------------------------------------------------

    def load(self, document_id: int | None = None, *, seed_sample: bool = False) -> None:
        """Load a document's view in a worker (default: the last one shown, or the first).

        ``seed_sample``: an empty library first gets the bundled thesis, in the
        worker, while the window already shows that it is importing it."""
        if document_id is None:
            saved = self.settings.value(SETTINGS_DOCUMENT)
            document_id = int(saved) if isinstance(saved, (int, str)) and str(saved).isdigit() else None
        # A first start shows the import's steps (and a Cancel that leaves the library empty).
        progress = JobProgress(self) if seed_sample else None
        self.busy.begin(
            self.tr("Importing the bundled thesis for the first start…")
            if seed_sample
            else self.tr("Loading the document…"),
            progress,
        )
        self.statusBar().showMessage(self.tr("Loading…"))
        self._refresh_generation += 1  # a refresh still running is older than this load

        def loaded(result: ops.LoadedDocument) -> None:
            self._loaded(result)  # ends the busy indicator
            if progress is not None:
                progress.deleteLater()

        def failed(message: str) -> None:
            self._load_error(message)
            if progress is not None:
                progress.deleteLater()

        self.runner.start(ops.load_document(document_id, seed_sample=seed_sample, progress=progress), loaded, failed)

    def _loaded(self, loaded: ops.LoadedDocument) -> None:
        self._shown_load = None  # the steps of an earlier load end here
        self.refreshed_by = None
        self.busy.end()
        self.statusBar().clearMessage()
        self.documents = loaded.documents
        self._fill_documents_menu()
        if loaded.view is None:
            self.index = None
            self.reader.clear_document()
            self.reader.setPlaceholderText(
                self.tr("This library holds no document yet. Drop a .txt file here or use File ▸ Import Text.")
            )
            self._update_title()
            self.first_screen_shown.emit()
            self.document_loaded.emit()
            return
        same_document = self.index is not None and self.index.view.document.id == loaded.view.document.id
        place = self.reader.reading_place() if same_document else None
        self.index = DocumentIndex(loaded.view)
        self.settings.setValue(SETTINGS_DOCUMENT, loaded.view.document.id)
        self.recent.add_document(
            RecentDocument(library_location(self.library), loaded.view.document.id, loaded.view.document.title)
        )
        if same_document:
            self.reader.show_document(self.index)
            # A reload after an edit keeps the reader where the person was reading.
            self.reader.restore_reading_place(place)
            self._show_views()
            self.document_loaded.emit()
            return
        # A document shown anew: its first screen is drawn at once; the docks
        # fill on the next turn of the event loop, then the rest of the text is
        # appended in chunks (a place asked for meanwhile brings it in at once).
        self.reader.show_document(self.index, first_characters=FIRST_SCREEN_CHARACTERS)
        self._update_title()
        self.first_screen_shown.emit()
        shown = self._shown_load = object()  # a later load ends this one's steps; a refresh does not
        QTimer.singleShot(0, self, lambda: self._show_rest(shown))  # not after the window is gone

    def _show_rest(self, shown: object) -> None:
        if shown is not self._shown_load:
            return  # another load came meanwhile
        self._show_views()
        self._append_text(shown)

    def _append_text(self, shown: object) -> None:
        if shown is not self._shown_load:
            return
        if not self.reader.append_more(TEXT_CHUNK_CHARACTERS):
            QTimer.singleShot(0, self, lambda: self._append_text(shown))
            return
        self.document_loaded.emit()

    def _show_views(self) -> None:
        """The docks, title and counts on the document now shown."""
        assert self.index is not None
        view = self.index.view
        self.outline_dock.set_outline(view.outline)
        self.claims_dock.set_document(self.index)
        self.references_dock.set_document(self.index)
        self.stats_dock.set_document(self.index)
        self._view_shown()

    def _view_shown(self) -> None:
        """The views show the current index: search it again, say its counts and section."""
        if self.search_dock.edit.text().strip():
            self.run_search(self.search_dock.edit.text())
        self._update_title()
        self._update_counts()
        # The outline may be new: highlight the reader's section again, and say it.
        self._section_changed(self.reader.current_section)

    def _load_error(self, message: str) -> None:
        self.busy.end()
        self.statusBar().clearMessage()
        self.load_failed.emit(message)
        QMessageBox.warning(self, self.tr("Cannot load the document"), message)

    def _fill_documents_menu(self) -> None:
        self.documents_menu.clear()
        current = self.index.view.document.id if self.index else None
        for document in self.documents:
            action = self.documents_menu.addAction(document.title)
            action.setCheckable(True)
            action.setChecked(document.id == current)
            action.triggered.connect(lambda _checked=False, d=document.id: self.load(d))
        self.documents_menu.setEnabled(bool(self.documents))

    def _on_changed(self, changes: ops.Changes) -> None:
        """Each change refreshes what it touched: nothing here for notes (the annotations
        reload themselves), the changed rows and blocks for an edit of the shown
        document, and a load for another document or library."""
        current = self.index.view.document.id if self.index else None
        wanted = changes.document_id if changes.document_id is not None else current
        if changes.annotations_only and wanted == current:
            return  # no need to rebuild 460,000 characters for a note
        if self.index is None or wanted != current or ops.LIBRARY in changes.kinds:
            self.load(wanted)
            return
        self.refresh(changes)

    def refresh(self, changes: ops.Changes) -> None:
        """Bring the shown view up to date after ``changes``, without a reload.

        An edit that names its blocks is read back at once (those blocks' text and
        the small tables: a few milliseconds); a change of unknown extent (another
        person's, a revision) reads the whole view in a worker. Either way the
        views then redraw only what differs (``_show_refreshed``).
        """
        assert self.index is not None
        self._refresh_generation += 1
        generation, view = self._refresh_generation, self.index.view
        if changes.text_unknown:
            self.runner.start(
                ops.read_document(view.document.id),
                lambda fresh: self._refreshed(generation, fresh, changes),
                self._refresh_failed,
            )
            return
        try:
            with self.library.session() as session:
                fresh = ops.refresh_document(view, changes)(session)
        except LibraryError as exc:
            self._refresh_failed(sentence(exc))
            return
        self._refreshed(generation, fresh, changes)

    def _refreshed(self, generation: int, view: DocumentView | None, changes: ops.Changes) -> None:
        current = self.index
        if generation != self._refresh_generation or current is None:
            return  # a later change (or a load) supersedes this one
        if view is None:  # the blocks themselves changed: read it all
            self.runner.start(
                ops.read_document(current.view.document.id),
                lambda fresh: self._refreshed(generation, fresh, changes),
                self._refresh_failed,
            )
            return
        if view.document.id == current.view.document.id:
            self._show_refreshed(view, changes)

    def _refresh_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        self.load()

    def _show_refreshed(self, view: DocumentView, changes: ops.Changes) -> None:
        """Show a newer view of the shown document: every view redraws what differs."""
        assert self.index is not None
        self.refreshed_by = changes
        old, index = self.index, DocumentIndex(view)
        place = self.reader.reading_place()
        self.index = index
        self.reader.update_document(index)
        self.reader.restore_reading_place(place)
        if old.view.outline != view.outline:
            self.outline_dock.update_outline(view.outline)
        self.claims_dock.update_document(index)
        self.references_dock.update_document(index)
        if (old.view.statistics, old.view.groups) != (view.statistics, view.groups):
            self.stats_dock.set_document(index)
        self._view_shown()
        self.document_loaded.emit()

    # --- coordination between views ----------------------------------------

    def show_citation(self, citation_id: int) -> None:
        """A marker was clicked: select its references and its claim."""
        if self.index is None or citation_id not in self.index.citations:
            return
        citation = self.index.citations[citation_id]
        references = [r for r in citation.reference_ids if r is not None]
        self.references_dock.select_references(references, current_citation=citation_id)
        if citation.claim_id is not None:
            self.reader.select_claim(citation.claim_id, scroll=False)
            self.claims_dock.select_claim(citation.claim_id)
        message = fill(self.tr("%1 cites %n reference(s).", "", len(references)), citation.marker)
        self.statusBar().showMessage(message, 5000)

    def open_citation_reference(self, citation_id: int) -> None:
        """A marker double-clicked: its (first) reference in the library's editor."""
        if self.index is None or citation_id not in self.index.citations:
            return
        self.show_citation(citation_id)
        references = [r for r in self.index.citations[citation_id].reference_ids if r is not None]
        if references:
            self.reference_library.open_window(references[0])
        else:
            self.statusBar().showMessage(self.tr("This marker's number is not in the bibliography."), 6000)

    def show_citation_places(self, citation_id: int) -> None:
        """Every place the marker's reference is cited, listed in the References dock."""
        self.show_citation(citation_id)
        self.references_dock.show()
        self.references_dock.raise_()

    def show_citation_place(self, citation_id: int) -> None:
        if self.index is None or citation_id not in self.index.citations:
            return
        citation = self.index.citations[citation_id]
        if citation.claim_id is not None:
            self.reader.select_claim(citation.claim_id, scroll=False)
            self.claims_dock.select_claim(citation.claim_id)
        self.reader.show_span(citation.block_id, citation.start, citation.end)

    def run_search(self, text: str) -> None:
        if self.index is None or not text.strip():
            self.search_dock.set_result(SearchResult(text, (), False))
            return
        document_id = self.index.view.document.id
        self.runner.start(
            lambda session: search(session, document_id, text),
            self.search_dock.set_result,
            lambda message: self.statusBar().showMessage(message, 8000),
        )

    def show_hit(self, hit: SearchHit) -> None:
        if hit.kind == "reference" and hit.reference_id is not None:
            self.references_dock.show()
            self.references_dock.raise_()
            self.references_dock.select_references([hit.reference_id])
            return
        if hit.block_id is None:
            return
        if hit.claim_id is not None:
            self.reader.select_claim(hit.claim_id, scroll=False)
            self.claims_dock.select_claim(hit.claim_id)
        if hit.end > hit.start:
            self.reader.show_span(hit.block_id, hit.start, hit.end)
        else:
            self.reader.scroll_to_block(hit.block_id)

    def _section_changed(self, section_id: object) -> None:
        label = self.index.section_label(section_id) if self.index and isinstance(section_id, int) else ""
        self.section_label.setText(label)
        self.section_label.setToolTip(plain_tooltip(label))
        self.outline_dock.follow_section(section_id)

    def retranslate_ui(self) -> None:
        """The language changed: texts built from counts and titles are written again."""
        self._update_title()
        self._update_counts()
        self.undo_action.name(self.undo_stack.undoText())
        self.redo_action.name(self.undo_stack.redoText())

    def _update_title(self) -> None:
        if self.index is None:
            self.setWindowTitle(self.tr("Silteme"))
            self.document_label.setText(self.tr("No document"))
            return
        title = self.index.view.document.title
        self.setWindowTitle(fill(self.tr("%1 — Silteme"), title))
        self.document_label.setText(title)

    def _update_counts(self) -> None:
        if self.index is None:
            self.counts_label.setText("")
            return
        view = self.index.view
        self.counts_label.setText(
            " · ".join(
                (
                    self.tr("%Ln claim(s)", "", len(view.claims)),
                    self.tr("%Ln marker(s)", "", len(view.citations)),
                    self.tr("%Ln reference(s)", "", len(view.references)),
                )
            )
        )

    # --- operations --------------------------------------------------------

    def choose_text_file(self) -> None:
        path, _ = open_file_name(
            self, self.settings, self.tr("Import a thesis text"), self.tr("Text files (*.txt);;All files (*)")
        )
        if path:
            self.import_text_file(Path(path))

    def import_text_file(self, path: Path) -> None:
        """Import a .txt file as a new document, then show it."""
        self.busy.begin(fill(self.tr("Importing %1…"), path.name))
        self.runner.start(ops.import_text(path), self._imported, self._operation_failed)

    def _imported(self, summary: ImportSummary) -> None:
        self.busy.end()
        claims = self.tr("%Ln claim(s)", "", summary.claims)
        markers = self.tr("%Ln marker(s)", "", summary.citations)
        self.statusBar().showMessage(fill(self.tr("Imported %1: %2, %3."), summary.title, claims, markers), 8000)
        self.changed.emit(ops.Changes(summary.document_id, frozenset({"document"})))

    def choose_library(self) -> None:
        path, _ = open_file_name(
            self, self.settings, self.tr("Open a library"), self.tr("Silteme libraries (*.sqlite *.db);;All files (*)")
        )
        if path:
            self.open_library_file(Path(path))

    def open_library_file(self, path: Path | str) -> None:
        self.busy.begin(fill(self.tr("Opening %1…"), path if isinstance(path, str) else path.name))
        self.runner.start_call(ops.open_other_library(path), self._library_opened, self._operation_failed)

    def open_recent_library(self, location: str, document_id: int | None = None) -> None:
        """File ▸ Open Recent: a library (and a document in it) opened before."""
        if location == library_location(self.library):
            if document_id is not None:
                self.load(document_id)
            return
        if not is_url(location) and not Path(location).is_file():
            self.recent.forget_library(location)
            QMessageBox.warning(
                self, self.tr("Silteme"), fill(self.tr("The library %1 no longer exists; it was taken off the list."), location)
            )
            return
        self._pending_document = document_id
        self.open_library_file(location if is_url(location) else Path(location))

    def open_recent_document(self, location: str, document_id: int) -> None:
        self.open_recent_library(location, document_id)

    def _library_opened(self, library: Library) -> None:
        self.busy.end()
        self.runner.wait()
        if self._owned_library is not None:
            self._owned_library.close()
        self._owned_library = library
        self.library = library
        self.index = None
        self.settings.remove(SETTINGS_DOCUMENT)
        document_id, self._pending_document = self._pending_document, None
        self.changed.emit(ops.Changes(document_id, frozenset({"library"})))

    def _operation_failed(self, message: str) -> None:
        self.busy.end()
        QMessageBox.warning(self, self.tr("Silteme"), message)

    # --- desktop manners -----------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_text_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._dropped_text_files(event.mimeData().urls())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        for path in files:
            if path.suffix.lower() in WORD_SUFFIXES:
                self.word_import.import_file(path)
            else:
                self.import_text_file(path)

    @staticmethod
    def _dropped_text_files(urls: list[QUrl]) -> list[Path]:
        return [Path(u.toLocalFile()) for u in urls if u.isLocalFile() and u.toLocalFile().lower().endswith((".txt", *WORD_SUFFIXES))]

    def show_help(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Silteme"),
            self.tr(
                "<h3>Silteme</h3>"
                "<p>A thesis, its numbered references and reviewers' notes in one library.</p>"
                "<ul>"
                "<li>Click a citation marker to select its references and its claim; hover it to list them.</li>"
                "<li>Double-click a marker to open its reference in the Reference Library; its context menu "
                "also shows every place that reference is cited.</li>"
                "<li>Outline: click a section or table to jump to it.</li>"
                "<li>Claims: filter by source group, section or text; double-click to show a claim.</li>"
                "<li>References: select one to step through the places it is cited.</li>"
                "<li>Ctrl+F searches the text, claims and references (ә and ə are the same letter here); "
                "Enter goes to the next hit.</li>"
                "<li>Drop a .txt file on the window to import it as a new document.</li>"
                "</ul>"
            ),
        )

    def restore_default_layout(self) -> None:
        for dock in (self.outline_dock, self.search_dock, self.references_dock, self.claims_dock, self.stats_dock):
            dock.setFloating(False)
            dock.show()
        self._place_docks()

    def _restore_window(self) -> None:
        place_window(self, PREFERRED_SIZE, self.settings.value(SETTINGS_GEOMETRY))
        state = self.settings.value(SETTINGS_STATE)
        if not (isinstance(state, QByteArray) and not state.isEmpty() and self.restoreState(state, STATE_VERSION)):
            self._size_docks()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        clip_to_screen(self)  # the window manager's frame is known now

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        self.settings.setValue(SETTINGS_STATE, self.saveState(STATE_VERSION))
        self.settings.sync()
        self.runner.wait()
        self.team.stop()  # the listener of a team library, and its connection
        if self._owned_library is not None:
            self._owned_library.close()
            self._owned_library = None
        super().closeEvent(event)
