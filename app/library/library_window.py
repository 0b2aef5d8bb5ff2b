"""The Library window: group tree, references table with its filters, entry editor.

The window holds widgets and menus only, and knows no controller. What a
person asks for (add to a group, rename a group, save a field, show an
entry) it emits as a signal; the controller connects to them, turns every
change into an undo command on the main window's stack (Ctrl+Z here undoes
it as it does there) and updates the window through its public methods
(``show_groups``, ``reload_table``, ``show_count``, ``set_document`` ...).
The table reads its pages through the function it is given.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.library.entry_editor import EntryEditor
from app.library.group_tree_model import ALL_REFERENCES, GROUP_ID_ROLE, GroupTreeModel
from app.library.references_table_model import REFERENCE_ID_ROLE, PageSource, ReferencesTableModel
from app.row_table_view import MiddleElidingDelegate, configure_row_table
from app.window_geometry import clip_to_screen
from references.library.table_queries import GroupCounts, ReferenceQuery, SortColumn
from references.thesis.document_view import GroupRow
from app.i18n import fill
from app.i18n import current_language
from app.plain_text import plain_label

FILTER_DELAY_MS = 250
EDITOR_MINIMUM_WIDTH = 360
RESELECT_PAGES = 5  # pages read to find the edited entry again after a filter or sort change
SCOPE_DOCUMENT, SCOPE_LIBRARY = 0, 1
ANY, COMPLETE, INCOMPLETE = 0, 1, 2


class LibraryWindow(QMainWindow):
    # What a person asks for; the controller connects to these.
    entry_wanted = Signal(object)  # a reference id for the editor, or None
    count_wanted = Signal(object)  # a ReferenceQuery; the answer comes to show_count
    new_entry_requested = Signal()
    duplicate_requested = Signal(int)  # reference id
    delete_requested = Signal(int)  # reference id
    copy_keys_requested = Signal(list)  # reference ids
    copy_formatted_requested = Signal(list)  # reference ids
    complete_requested = Signal(list, bool)  # reference ids, complete or not
    own_keys_requested = Signal(list)  # reference ids
    generate_key_requested = Signal(int, object)  # reference id, the version shown (or None)
    group_create_requested = Signal(str, object)  # name, parent group id or None
    group_recolor_requested = Signal(int, str)  # group id, colour
    group_move_requested = Signal(int, object, object)  # group id, parent id or None, position or None
    group_delete_requested = Signal(int)  # group id
    add_to_group_requested = Signal(list, int)  # reference ids, group id
    remove_from_group_requested = Signal(list, int)  # reference ids, group id
    closed = Signal()

    def __init__(
        self,
        pages: PageSource,
        file_actions: Sequence[QAction | QMenu] = (),
        edit_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        """``pages`` reads the table's rows; ``file_actions`` and ``edit_actions`` are
        the main window's actions that this window's File and Edit menus share."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("library_window")
        self.setWindowTitle(self.tr("Reference Library — Silteme"))
        self._document_id: int | None = None

        self.tree_model = GroupTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("group_tree")
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(False)  # it says what the counts count
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)

        self.table_model = ReferencesTableModel(pages, self)
        self.table = QTableView()
        self.table.setObjectName("library_table")
        self.table.setModel(self.table_model)
        configure_row_table(self.table, multi_select=True, stretch_last=False)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.table_model.column_of(SortColumn.TITLE), QHeaderView.ResizeMode.Stretch)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        widths = {
            SortColumn.NUMBER: 40,
            SortColumn.KEY: 60,
            SortColumn.TYPE: 56,
            SortColumn.AUTHORS: 120,
            SortColumn.YEAR: 46,
            SortColumn.GROUPS: 120,
            SortColumn.COMPLETE: 84,
            SortColumn.CITED: 46,
        }
        # Titles that start alike ("[Қазақстан Республикасының …") differ at their end.
        self._title_delegate = MiddleElidingDelegate(self.table)
        self.table.setItemDelegateForColumn(self.table_model.column_of(SortColumn.TITLE), self._title_delegate)
        header.setMinimumSectionSize(36)
        for column, width in widths.items():
            self.table.setColumnWidth(self.table_model.column_of(column), width)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("library_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter by key, authors, title or year (ә and ə alike)"))
        self.scope_box = QComboBox()
        self.scope_box.addItems([self.tr("This document"), self.tr("Whole library")])
        self.complete_box = QComboBox()
        self.complete_box.addItems([self.tr("Complete or not"), self.tr("Complete"), self.tr("Incomplete")])
        self.count_label = plain_label(QLabel())
        self.count_label.setObjectName("library_count")
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filters)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self.apply_filters)
        self.scope_box.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.complete_box.currentIndexChanged.connect(lambda _i: self.apply_filters())

        self.editor = EntryEditor()

        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.scope_box)
        bar.addWidget(self.complete_box)
        bar.addWidget(self.count_label)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(bar)
        middle_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(1, 1)
        # The editor never shrinks below what a title or an author list needs to be read.
        self.editor.setMinimumWidth(EDITOR_MINIMUM_WIDTH)
        self.tree.setMinimumWidth(100)
        for box in (self.scope_box, self.complete_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
        for pane in range(3):
            self.splitter.setCollapsible(pane, False)
        self.splitter.setSizes([290, 920, 390])
        self.setCentralWidget(self.splitter)

        self.tree.selectionModel().currentChanged.connect(lambda _c, _p: self.apply_filters())
        self.table.selectionModel().currentRowChanged.connect(self._current_reference_changed)
        # A new sort reads the rows again: keep the edited entry selected then too.
        self.table_model.modelReset.connect(self._reselect, Qt.ConnectionType.QueuedConnection)
        self._build_menus(file_actions, edit_actions)

    def fit_panes(self) -> None:
        """Share the width out: the groups a fifth, the editor a third, the table the rest."""
        width = max(self.splitter.width(), self.width())
        tree = max(160, min(290, width // 7))
        editor = max(EDITOR_MINIMUM_WIDTH, self.editor.minimumSizeHint().width(), min(520, width * 2 // 7))
        self.splitter.setSizes([tree, max(200, width - tree - editor), editor])

    def _build_menus(self, file_actions: Sequence[QAction | QMenu], edit_actions: Sequence[QAction]) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for shared in file_actions:
            if isinstance(shared, QMenu):
                file_menu.addMenu(shared)
            else:
                file_menu.addAction(shared)
        if file_actions:
            file_menu.addSeparator()
        close = QAction(self.tr("&Close"), self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        file_menu.addAction(close)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        # The main window's undo and redo: one undo stack, and its shortcuts work here too.
        edit_menu.addActions(list(edit_actions))
        if edit_actions:
            edit_menu.addSeparator()
        find = QAction(self.tr("&Filter References"), self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(lambda: (self.filter_edit.setFocus(), self.filter_edit.selectAll()))
        edit_menu.addAction(find)
        entry_menu = self.menuBar().addMenu(self.tr("E&ntry"))
        entry_menu.addActions(self.entry_actions())
        groups_menu = self.menuBar().addMenu(self.tr("&Groups"))
        new_group = QAction(self.tr("&New Group…"), self)
        new_group.triggered.connect(lambda: self.ask_new_group(None))
        groups_menu.addAction(new_group)

    def entry_actions(self) -> list[QAction]:
        """New, Duplicate, Delete, Copy Key, Copy Formatted: the menu's and the table's, one set."""
        if getattr(self, "_entry_actions", None):
            return self._entry_actions

        def action(text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: object, name: str) -> QAction:
            made = QAction(text, self)
            made.setObjectName(name)
            made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(slot)
            return made

        def one(signal: SignalInstance) -> object:
            return lambda: (ids := self.selected_reference_ids()) and len(ids) == 1 and signal.emit(ids[0])

        def some(signal: SignalInstance) -> object:
            return lambda: (ids := self.selected_reference_ids()) and signal.emit(ids)

        self._entry_actions = [
            action(self.tr("&New Entry"), QKeySequence.StandardKey.New, lambda: self.new_entry_requested.emit(), "new_entry"),
            action(self.tr("D&uplicate Entry"), "Ctrl+D", one(self.duplicate_requested), "duplicate_entry"),
            action(self.tr("&Delete Entry"), QKeySequence.StandardKey.Delete, one(self.delete_requested), "delete_entry"),
            action(self.tr("Copy Citation &Key"), QKeySequence.StandardKey.Copy, some(self.copy_keys_requested), "copy_key"),
            action(self.tr("Copy &Formatted Reference (GOST)"), "Ctrl+Alt+C", some(self.copy_formatted_requested), "copy_formatted"),
        ]
        # Delete and Copy belong to the table: in the editor they delete and copy text.
        for made in self._entry_actions[2:4]:
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.table.addAction(made)
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._update_entry_actions())
        self._update_entry_actions()
        return self._entry_actions

    def _update_entry_actions(self) -> None:
        count = len(self.selected_reference_ids())
        _new, duplicate, delete, copy_key, copy_formatted = self._entry_actions
        for made, enabled in ((duplicate, count == 1), (delete, count == 1), (copy_key, count > 0), (copy_formatted, count > 0)):
            made.setEnabled(enabled)

    # --- what the table shows -----------------------------------------------------------

    def set_document(self, document_id: int | None) -> None:
        """The document that "This document" means (None: no document is open)."""
        self._document_id = document_id

    def query(self) -> ReferenceQuery:
        document_id = self._document_id
        scope_document = self.scope_box.currentIndex() == SCOPE_DOCUMENT and document_id is not None
        group = self.tree.currentIndex().data(GROUP_ID_ROLE) if self.tree.currentIndex().isValid() else None
        complete = {ANY: None, COMPLETE: True, INCOMPLETE: False}[self.complete_box.currentIndex()]
        current = self.table_model.query
        return ReferenceQuery(
            document_id=document_id if scope_document else None,
            text=self.filter_edit.text(),
            group_id=None if group in (None, ALL_REFERENCES) else int(group),
            complete=complete,
            sort=current.sort,
            descending=current.descending,
        )

    def apply_filters(self) -> None:
        self._filter_timer.stop()
        query = self.query()
        if query != self.table_model.query:
            self.table_model.set_query(query)
            self._reselect()
        self._update_count()

    def show_groups(self, groups: Sequence[GroupRow], counts: GroupCounts) -> None:
        current = self.tree.currentIndex().data(GROUP_ID_ROLE) if self.tree.currentIndex().isValid() else None
        self.tree.selectionModel().blockSignals(True)
        self.tree_model.set_tree(groups, counts)
        self.tree.expandAll()
        index = self.tree_model.index_of(current if current is not None else ALL_REFERENCES)
        if not index.isValid():
            index = self.tree_model.index_of(ALL_REFERENCES)
        self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.tree.selectionModel().blockSignals(False)
        self.table_model.set_groups(groups)

    def select_group(self, group_id: int) -> None:
        """Filter the table by a group (ALL_REFERENCES, NO_GROUP or a group id)."""
        index = self.tree_model.index_of(group_id)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def reload_table(self) -> None:
        self.table_model.reload()
        self._reselect()
        self._update_count()

    def select_reference(self, reference_id: int) -> bool:
        """Select a reference's row (looking through the pages as needed)."""
        row = self.table_model.row_of(reference_id)
        while row is None and self.table_model.canFetchMore(QModelIndex()):
            self.table_model.fetchMore(QModelIndex())
            row = self.table_model.row_of(reference_id)
        if row is None:
            return False
        index = self.table_model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def selected_reference_ids(self) -> list[int]:
        return sorted({index.data(REFERENCE_ID_ROLE) for index in self.table.selectionModel().selectedRows()})

    def _reselect(self) -> None:
        """After the rows are read again: the entry in the editor stays selected, or leaves the editor.

        The table and the editor always show the same reference, so that
        what is typed or chosen in a menu goes to a row the list shows.
        """
        shown = self.editor.details.id if self.editor.details else None
        if shown is None:
            return
        row = self.table_model.row_of(shown)
        pages = 0
        while row is None and pages < RESELECT_PAGES and self.table_model.canFetchMore(QModelIndex()):
            self.table_model.fetchMore(QModelIndex())
            row = self.table_model.row_of(shown)
            pages += 1
        if row is None:
            self.entry_wanted.emit(None)
            return
        self.table.selectionModel().blockSignals(True)
        self.select_reference_if_loaded(shown)
        self.table.selectionModel().blockSignals(False)

    def select_reference_if_loaded(self, reference_id: int) -> None:
        row = self.table_model.row_of(reference_id)
        if row is not None:
            index = self.table_model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )

    def _update_count(self) -> None:
        self.count_wanted.emit(self.table_model.query)

    def show_count(self, total: int) -> None:
        """How many references the table's query finds (the answer to ``count_wanted``)."""
        self.count_label.setText(self.tr("%Ln reference(s)", "", total))

    def _current_reference_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        reference_id = current.data(REFERENCE_ID_ROLE) if current.isValid() else None
        self.entry_wanted.emit(reference_id)

    # --- context menus --------------------------------------------------------------------

    def _table_menu(self, point: QPoint) -> None:
        self.table_context_menu().popup(self.table.viewport().mapToGlobal(point))

    def table_context_menu(self) -> QMenu:
        """Add to / remove from a group, completeness, keys: for the selected references."""
        ids = self.selected_reference_ids()
        menu = QMenu(self)
        menu.addActions(self.entry_actions())
        menu.addSeparator()
        add_menu = menu.addMenu(self.tr("Add to Group"))
        remove_menu = menu.addMenu(self.tr("Remove from Group"))
        in_groups = self.table_model.group_ids_of(ids)
        for group in self.tree_model.groups():
            label = "    " * group.depth + group.shown_name(current_language())
            add = add_menu.addAction(label)
            add.triggered.connect(lambda _c=False, g=group.id: self.add_to_group_requested.emit(ids, g))
            if group.id in in_groups:
                remove = remove_menu.addAction(label)
                remove.triggered.connect(lambda _c=False, g=group.id: self.remove_from_group_requested.emit(ids, g))
        remove_menu.setEnabled(bool(in_groups))
        menu.addSeparator()
        for text, complete in ((self.tr("Mark Complete"), True), (self.tr("Mark Incomplete"), False)):
            mark = menu.addAction(text, lambda c=complete: self.complete_requested.emit(ids, c))
            mark.setEnabled(bool(ids))
        keys = menu.addAction(self.tr("Write Repeated Keys as the Library's Own"), lambda: self.own_keys_requested.emit(ids))
        keys.setEnabled(bool(ids))
        if len(ids) == 1 and self.editor.details is not None:
            menu.addAction(
                self.tr("Generate Key"),
                lambda: self.generate_key_requested.emit(ids[0], self.editor.details.version if self.editor.details else None),
            )
        for sub_menu in (add_menu, remove_menu):
            sub_menu.setEnabled(bool(ids) and sub_menu.isEnabled())
        return menu

    def _tree_menu(self, point: QPoint) -> None:
        self.tree_context_menu(self.tree.indexAt(point)).popup(self.tree.viewport().mapToGlobal(point))

    def tree_context_menu(self, index: QModelIndex) -> QMenu:
        group_id = index.data(GROUP_ID_ROLE) if index.isValid() else None
        group = self.tree_model.group(group_id) if isinstance(group_id, int) else None
        menu = QMenu(self)
        menu.addAction(self.tr("New Group…"), lambda: self.ask_new_group(None))
        if group is not None:
            menu.addAction(fill(self.tr("New Subgroup of %1…"), group.shown_name(current_language())), lambda: self.ask_new_group(group.id))
            menu.addSeparator()
            menu.addAction(self.tr("Rename…"), lambda: self.tree.edit(index))
            menu.addAction(self.tr("Colour…"), lambda: self.ask_colour(group))
            if group.parent_id is not None:
                menu.addAction(self.tr("Move to Top Level"), lambda: self.group_move_requested.emit(group.id, None, None))
            menu.addSeparator()
            menu.addAction(self.tr("Delete Group (Keep Its References)"), lambda: self.ask_delete(group))
        return menu

    def ask_new_group(self, parent_id: int | None) -> None:
        name, accepted = QInputDialog.getText(self, self.tr("New group"), self.tr("Name of the group:"))
        if accepted and name.strip():
            self.group_create_requested.emit(name, parent_id)

    def ask_colour(self, group: GroupRow) -> None:
        colour = QColorDialog.getColor(QColor(group.color), self, fill(self.tr("Colour of %1"), group.shown_name(current_language())))
        if colour.isValid():
            self.group_recolor_requested.emit(group.id, colour.name())

    def ask_delete(self, group: GroupRow) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete group"),
            fill(self.tr("Delete the group %1 and its subgroups? Their references stay in the library; " "Edit ▸ Undo brings the groups back."), group.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.group_delete_requested.emit(group.id)

    def sort_by(self, column: SortColumn, descending: bool = False) -> None:
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(self.table_model.column_of(column), order)
        self._update_count()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        clip_to_screen(self)  # the frame is known now

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)

    def set_text_filter(self, text: str) -> None:
        self.filter_edit.setText(text)
        self.apply_filters()
