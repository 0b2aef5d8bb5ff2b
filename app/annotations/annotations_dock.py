"""The annotations dock: a filtered list, the orphans, and the chosen thread.

The dock shows and asks; it changes nothing itself. Each button emits a
request with the annotation's W3C id, and the controller turns it into an
undo command.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.annotations.annotations_model import (
    NO_VERDICT,
    URI_ROLE,
    AnnotationFilter,
    AnnotationItem,
    AnnotationsFilterProxy,
    AnnotationsModel,
)
from app.annotations.comment_view import SafeCommentView, thread_html
from app.annotations.orphans import OrphansPanel
from app.annotations.vocabulary import status_label, verdict_label
from app.document_index import DocumentIndex
from app.row_table_view import configure_row_table
from references.review.annotations import STATUSES, VERDICTS
from app.i18n import fill

LIST_TAB, ORPHANS_TAB = 0, 1


class AnnotationsDock(QDockWidget):
    annotation_activated = Signal(str)  # chosen in a list: show it in the reader
    edit_requested = Signal(str)
    reply_requested = Signal(str, str)  # uri, body
    status_requested = Signal(str, str)  # uri, new status
    delete_requested = Signal(str)
    reattach_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Annotations"), parent)
        self.setObjectName("annotations_dock")
        self.index: DocumentIndex | None = None
        self.model = AnnotationsModel(self)
        self.proxy = AnnotationsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._current: str | None = None
        self._orphans_seen: set[str] = set()
        self._filtering = False  # a filter is being applied: current-row changes are Qt's, not the user's

        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("annotations_text_filter")
        self.text_filter.setPlaceholderText(self.tr("Search quotes, comments, replies…"))
        self.text_filter.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("annotations_count")
        self.author_filter = self._combo("annotations_author_filter")
        self.status_filter = self._combo("annotations_status_filter")
        self.verdict_filter = self._combo("annotations_verdict_filter")
        self.tag_filter = self._combo("annotations_tag_filter")
        self.group_filter = self._combo("annotations_group_filter")
        self.section_filter = self._combo("annotations_section_filter")
        self.text_filter.textChanged.connect(self._apply_filter)

        self.table = QTableView()
        self.table.setObjectName("annotations_table")
        self.table.setModel(self.proxy)
        self._set_up_table(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.column_of("quote"), Qt.SortOrder.AscendingOrder)
        widths = {"quote": 170, "comment": 220, "verdict": 120, "status": 70, "author": 110, "replies": 56}
        for key, width in widths.items():
            self.table.setColumnWidth(self.model.column_of(key), width)
        self.orphans = OrphansPanel(self.model)
        self._set_up_table(self.orphans.table)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("annotations_tabs")
        self.tabs.addTab(self.table, self.tr("All"))
        self.tabs.addTab(self.orphans, self.tr("Orphaned"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.thread_view = SafeCommentView()
        self.thread_view.setObjectName("annotation_thread")
        self.reply_edit = QPlainTextEdit()
        self.reply_edit.setObjectName("annotation_reply_text")
        self.reply_edit.setPlaceholderText(self.tr("Write a reply…"))
        self.reply_edit.setMaximumHeight(self.fontMetrics().height() * 4)
        self.reply_button = QPushButton(self.tr("&Reply"))
        self.reply_button.setObjectName("annotation_reply")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("annotation_edit")
        self.status_button = QPushButton(self.tr("Re&solve"))
        self.status_button.setObjectName("annotation_status")
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("annotation_delete")
        self.reattach_button = QPushButton(self.tr("Re-&attach"))
        self.reattach_button.setObjectName("annotation_reattach")
        self.reattach_button.setToolTip(self.tr("Attach this annotation to the text selected in the reader"))
        self.reply_button.clicked.connect(self._reply)
        self.edit_button.clicked.connect(lambda: self._request(self.edit_requested))
        self.status_button.clicked.connect(self._toggle_status)
        self.delete_button.clicked.connect(lambda: self._request(self.delete_requested))
        self.reattach_button.clicked.connect(lambda: self._request(self.reattach_requested))
        self.reply_edit.textChanged.connect(self._update_buttons)
        delete_action = QAction(self.tr("Delete Annotation"), self)
        delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete_action.triggered.connect(lambda: self._request(self.delete_requested))
        self.tabs.addAction(delete_action)

        # In a scroll area, so that a small dock (or a small window) scrolls
        # instead of forcing its filters, list and thread on the window's size.
        scroller = QScrollArea()
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidgetResizable(True)
        scroller.setWidget(self._layout())
        self.setWidget(scroller)
        self._fill_fixed_filters()
        self._update_count()
        self._show_current()

    # --- building ---------------------------------------------------------------

    def _combo(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)
        box.currentIndexChanged.connect(self._apply_filter)
        return box

    def _set_up_table(self, table: QTableView) -> None:
        configure_row_table(table)
        table.clicked.connect(self._chosen)
        table.selectionModel().currentRowChanged.connect(
            lambda current, _previous, t=table: self._current_changed(t, current)
        )

    def _layout(self) -> QWidget:
        # No labels: each box's first choice ("Anyone", "Any verdict"...)
        # says what it filters, and the narrow dock keeps its width.
        filters = QGridLayout()
        filters.setHorizontalSpacing(4)
        filters.setVerticalSpacing(4)
        boxes = (
            (self.author_filter, self.tr("Author")),
            (self.status_filter, self.tr("Status")),
            (self.verdict_filter, self.tr("Verdict")),
            (self.tag_filter, self.tr("Tag")),
            (self.group_filter, self.tr("Source group of the annotated claim")),
            (self.section_filter, self.tr("Section")),
        )
        for i, (box, tip) in enumerate(boxes):
            box.setToolTip(tip)
            filters.addWidget(box, i // 2, i % 2)
        filters.setColumnStretch(0, 1)
        filters.setColumnStretch(1, 1)
        top = QHBoxLayout()
        top.addWidget(self.text_filter, 1)
        top.addWidget(self.count_label)

        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_edit, 1)
        reply_row.addWidget(self.reply_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.status_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reattach_button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.thread_view, 1)
        detail_layout.addLayout(reply_row)
        detail_layout.addLayout(buttons)

        # Room for a few rows and a few lines of the thread however small the
        # dock: below that the dock scrolls instead of squeezing them away.
        line = self.fontMetrics().height()
        self.tabs.setMinimumHeight(line * 8)
        self.orphans.table.setMinimumHeight(line * 4)
        self.thread_view.setMinimumHeight(line * 5)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.tabs)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        return body

    def _fill_fixed_filters(self) -> None:
        self._refill(self.status_filter, self.tr("Any status"), [(status_label(s), s) for s in STATUSES])
        verdicts = [(verdict_label(v), v) for v in VERDICTS] + [(verdict_label(None), NO_VERDICT)]
        self._refill(self.verdict_filter, self.tr("Any verdict"), verdicts)

    @staticmethod
    def _refill(box: QComboBox, everything: str, choices: Iterable[tuple[str, object]]) -> None:
        """New choices, keeping the chosen one when it is still there."""
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for label, value in choices:
            box.addItem(label, value)
        found = box.findData(chosen) if chosen is not None else 0
        box.setCurrentIndex(max(found, 0))
        box.blockSignals(False)

    # --- data -------------------------------------------------------------------

    def set_items(self, items: list[AnnotationItem], index: DocumentIndex) -> None:
        self.index = index
        self.model.set_items(items)
        self._refill(self.author_filter, self.tr("Anyone"), [(a, a) for a in sorted({i.view.author for i in items})])
        tags = sorted({t for i in items for t in i.view.tags}, key=str.casefold)
        self._refill(self.tag_filter, self.tr("Any tag"), [(t, t) for t in tags])
        groups = [(("    " * g.depth) + g.name, g.id) for g in index.view.groups]
        self._refill(self.group_filter, self.tr("Any source group"), groups)
        sections = [("    " * (s.level - 1) + s.label, s.id) for s in index.view.sections]
        self._refill(self.section_filter, self.tr("All sections"), sections)
        self._apply_filter()
        self._update_orphans_tab(items)
        if self._current is not None and self.model.row_of(self._current) is None:
            self._current = None
        self.select(self._current)
        self._update_count()

    def _update_orphans_tab(self, items: list[AnnotationItem]) -> None:
        orphans = {i.uri for i in items if i.orphaned}
        count = len(orphans)
        self.tabs.setTabText(ORPHANS_TAB, fill(self.tr("Orphaned (%1)"), count))
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.tabs.setTabIcon(ORPHANS_TAB, warning if count else QIcon())
        # Orphans the user has not seen yet: open their list on the first of
        # them, so none goes unnoticed.
        unseen = orphans - self._orphans_seen
        if unseen:
            self.tabs.setCurrentIndex(ORPHANS_TAB)
            self._current = next(uri for uri in self.orphan_uris() if uri in unseen)
        self._orphans_seen = orphans

    def current_filter(self) -> AnnotationFilter:
        group = self.group_filter.currentData()
        section = self.section_filter.currentData()
        return AnnotationFilter(
            author=self.author_filter.currentData(),
            status=self.status_filter.currentData(),
            verdict=self.verdict_filter.currentData(),
            tag=self.tag_filter.currentData(),
            groups=self.index.group_subtree(group) if self.index is not None and isinstance(group, int) else None,
            sections=self.index.section_subtree(section) if self.index is not None and isinstance(section, int) else None,
            text=self.text_filter.text(),
        )

    def _apply_filter(self) -> None:
        self._filtering = True
        try:
            self.proxy.set_filter(self.current_filter())
        finally:
            self._filtering = False
        self._keep_choice_visible()
        self._update_count()

    def _shown_table(self) -> QTableView:
        return self.orphans.table if self.tabs.currentIndex() == ORPHANS_TAB else self.table

    def is_listed(self, uri: str | None) -> bool:
        """Whether the list on show (All or Orphaned) has a row for ``uri``."""
        table = self._shown_table()
        proxy = table.model()
        row = self.model.row_of(uri) if uri is not None else None
        return row is not None and isinstance(proxy, AnnotationsFilterProxy) and proxy.mapFromSource(
            self.model.index(row, 0)
        ).isValid()

    def _keep_choice_visible(self) -> None:
        """After a filter or tab change: the chosen row stays selected, or nothing is.

        When a filter hides the chosen row, Qt makes a neighbour current
        without anyone choosing it; the thread pane and the buttons would
        then act on a row the list does not show. Choose nothing instead.
        """
        self.select(self._current if self.is_listed(self._current) else None)

    def visible_uris(self) -> list[str]:
        return [self.proxy.index(row, 0).data(URI_ROLE) for row in range(self.proxy.rowCount())]

    def orphan_uris(self) -> list[str]:
        proxy = self.orphans.proxy
        return [proxy.index(row, 0).data(URI_ROLE) for row in range(proxy.rowCount())]

    # --- the chosen annotation -------------------------------------------------------

    def current_uri(self) -> str | None:
        return self._current

    def current_item(self) -> AnnotationItem | None:
        row = self.model.row_of(self._current) if self._current is not None else None
        return self.model.item(row) if row is not None else None

    def select(self, uri: str | None) -> bool:
        """Make an annotation the chosen one, selecting its row where a list shows it."""
        self._current = uri
        found = False
        row = self.model.row_of(uri) if uri is not None else None
        for table, proxy in ((self.table, self.proxy), (self.orphans.table, self.orphans.proxy)):
            index = proxy.mapFromSource(self.model.index(row, 0)) if row is not None else QModelIndex()
            table.blockSignals(True)
            table.selectionModel().blockSignals(True)
            if index.isValid():
                table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                table.scrollTo(index)
                found = found or table is self._shown_table()
            else:
                table.selectionModel().clear()  # no current row either: none was chosen
            table.selectionModel().blockSignals(False)
            table.blockSignals(False)
            table.viewport().update()
        self._show_current()
        return found

    def _chosen(self, index: QModelIndex) -> None:
        uri = index.data(URI_ROLE)
        if isinstance(uri, str):
            self._current = uri
            self._show_current()
            self.annotation_activated.emit(uri)

    def _current_changed(self, table: QTableView, current: QModelIndex) -> None:
        # Arrow keys move the current row: follow them. A row that becomes
        # current because a filter hid the old one is not the user's choice.
        if table.hasFocus() and current.isValid() and not self._filtering:
            self._chosen(current)

    def _tab_changed(self, _tab: int) -> None:
        self._keep_choice_visible()
        self._update_count()

    def _show_current(self) -> None:
        item = self.current_item()
        if item is None:
            self.thread_view.setHtml(
                "<p style='color:#666'>"
                + self.tr("Choose an annotation to read its thread. To annotate, select text in the reader "
                          "and press Ctrl+Alt+A.")
                + "</p>"
            )
        else:
            hidden = "" if self.is_listed(item.uri) else (
                "<p style='color:#8a4b00'>"
                + self.tr("The filters hide this annotation from the list: clear them to act on it.")
                + "</p>"
            )
            self.thread_view.setHtml(hidden + thread_html(item.view))
        resolved = item is not None and item.view.status == "resolved"
        self.status_button.setText(self.tr("Re&open") if resolved else self.tr("Re&solve"))
        self._update_buttons()

    def actionable_uri(self) -> str | None:
        """The annotation the buttons act on: chosen, and listed on the tab shown."""
        return self._current if self.current_item() is not None and self.is_listed(self._current) else None

    def _update_buttons(self) -> None:
        chosen = self.actionable_uri() is not None
        for button in (self.edit_button, self.status_button, self.delete_button, self.reattach_button):
            button.setEnabled(chosen)
        self.reply_button.setEnabled(chosen and bool(self.reply_edit.toPlainText().strip()))

    # --- requests ----------------------------------------------------------------

    def _request(self, signal: SignalInstance) -> None:
        uri = self.actionable_uri()
        if uri is not None:
            signal.emit(uri)

    def _toggle_status(self) -> None:
        item = self.current_item() if self.actionable_uri() is not None else None
        if item is not None:
            self.status_requested.emit(item.uri, "open" if item.view.status == "resolved" else "resolved")

    def _reply(self) -> None:
        body = self.reply_edit.toPlainText().strip()
        uri = self.actionable_uri()
        if uri is not None and body:
            self.reply_requested.emit(uri, body)

    def reply_sent(self) -> None:
        """The controller saved the reply: clear the box."""
        self.reply_edit.clear()

    def retranslate_ui(self) -> None:
        """The language changed (app.i18n.qt): the count is written again."""
        self._update_count()

    def _update_count(self) -> None:
        if self.tabs.currentIndex() == ORPHANS_TAB:
            text = fill(self.tr("%1 orphaned"), self.orphans.count())
        else:
            text = fill(self.tr("%1 of %2"), self.proxy.rowCount(), self.model.rowCount())
        self.count_label.setText(text)
