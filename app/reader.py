"""The reader: the thesis as readable paragraphs, markers as group-coloured chips.

Hovering a marker lists its references; clicking it emits
``citation_clicked``. A selected claim and the current search hit are drawn
as extra selections over the document, which is built once per load.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip, QWidget

from app.document_index import DocumentIndex, blocks_to_redraw
from app.reader_document import ReaderBuilder, ReaderLayout, ReaderStyle, rewrite_blocks
from references.thesis.document_view import CitationRow

CLAIM_HIGHLIGHT = QColor("#fff3b0")
HIT_HIGHLIGHT = QColor("#ffb74d")


class ReaderView(QTextEdit):
    citation_clicked = Signal(int)  # citation id
    citation_opened = Signal(int)  # double-clicked, or "Open Reference" in its menu
    citation_places_requested = Signal(int)  # "Show All Places Cited" in its menu
    current_section_changed = Signal(object)  # section id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.index: DocumentIndex | None = None
        self._layout: ReaderLayout | None = None
        self._builder: ReaderBuilder | None = None  # the rest of a document shown in steps
        self._claim_selection: QTextEdit.ExtraSelection | None = None
        self._claim_id: int | None = None
        self._built_style: ReaderStyle | None = None
        self.revision = 0  # counts the changes of the shown text (a new document, blocks redrawn)
        self._claim_gaps: list[QTextEdit.ExtraSelection] = []
        self._hit_selection: QTextEdit.ExtraSelection | None = None
        self._current_section: int | None = None
        self._press_pos: QPoint | None = None
        # Highlights other features draw (e.g. annotations), by layer name.
        self._overlays: dict[str, list[QTextEdit.ExtraSelection]] = {}
        # A scroll asked for before the document is laid out that far: kept,
        # and done again as the layout grows, until reached or the user scrolls.
        self._pending_scroll: tuple[int, int] | None = None
        self._pending_place: tuple[int, int, int] | None = None  # the reading place it restores
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._update_current_section)
        bar.rangeChanged.connect(lambda _low, _high: self._layout_grew())
        bar.actionTriggered.connect(lambda _action: self._cancel_pending_scroll())

    # --- loading -------------------------------------------------------------

    def _style(self) -> ReaderStyle:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.1)
        return ReaderStyle.from_palette(font, self.palette())

    def show_document(self, index: DocumentIndex, *, first_characters: int | None = None) -> None:
        """Show a document: all of it, or its first ``first_characters`` of text
        (at least), the rest appended by ``append_more`` or when a place in it is asked for."""
        style = self._style()
        builder = ReaderBuilder(index, style)
        builder.add(first_characters)
        layout = builder.layout
        self._builder = None if builder.done else builder
        self._built_style = style
        self.revision += 1
        self.index = index
        self._layout = layout
        self._claim_selection = None
        self._claim_gaps = []
        self._hit_selection = None
        self._overlays = {}
        # Owned by the view, so the next setDocument deletes this one.
        layout.document.setParent(self)
        self.setDocument(layout.document)
        self.setCursorWidth(2)  # the caret marks where Insert Citation puts a marker: make it seen
        self._pending_scroll = None
        self._current_section = None
        self._update_current_section()

    def update_document(self, index: DocumentIndex) -> frozenset[int] | None:
        """Show ``index``, a newer view of the shown document, redrawing only the blocks that differ.

        Returns the blocks redrawn; None when the document had to be built
        again (blocks added or removed, or nothing shown yet). The claim
        highlight is drawn again from the new claims; the scroll position,
        the other highlights and feature layers stay (Qt moves their cursors).
        """
        old, layout, style = self.index, self.layout_map, self._built_style
        same = old is not None and layout is not None and old.view.document.id == index.view.document.id
        redraw = blocks_to_redraw(old, index) if same and old is not None else None
        if redraw is None or layout is None or old is None or style is None:
            self.show_document(index)
            return None
        claim = self._claim_id if self._claim_selection is not None else None
        rewrite_blocks(layout, old, index, style, redraw)
        if redraw:
            self.revision += 1
        self.index = index
        if claim is not None:
            self.select_claim(claim, scroll=False)
        self._update_current_section()
        return redraw

    def clear_document(self) -> None:
        self.revision += 1
        self.index = None
        self._layout = None
        self._builder = None
        self._overlays = {}
        self.clear()

    @property
    def layout_map(self) -> ReaderLayout | None:
        """Where every stored block and marker is in the shown document (all of it:
        a document still being appended is completed first)."""
        self.complete_document()
        return self._layout

    @property
    def complete(self) -> bool:
        """Whether the whole document is in (not still being appended in steps)."""
        return self._builder is None

    def append_more(self, characters: int) -> bool:
        """Append the next part of a document shown in steps; True once it is whole."""
        if self._builder is not None and self._builder.add(characters):
            self._builder = None
        return self._builder is None

    def complete_document(self) -> None:
        """Append at once whatever of the document is not in yet."""
        if self._builder is not None:
            self._builder.add()
            self._builder = None

    def _position(self, block_id: int, offset: int) -> int | None:
        """A stored place's document position; a place not appended yet is brought in first."""
        if self._layout is None:
            return None
        position = self._layout.position(block_id, offset)
        if position is None and self._builder is not None:
            self.complete_document()
            position = self._layout.position(block_id, offset)
        return position

    # --- navigation ----------------------------------------------------------

    def scroll_to_block(self, block_id: int) -> bool:
        """Put the start of a stored block at the top of the view."""
        position = self._position(block_id, 0)
        if position is None:
            return False
        self._scroll_to(position, top_margin=8)
        return True

    def show_span(self, block_id: int, start: int, end: int) -> bool:
        """Mark a search hit (a span of a stored block) and bring it into view."""
        cursor = self._span_cursor(block_id, start, end)
        if cursor is None:
            return False
        self._hit_selection = self._selection(cursor, HIT_HIGHLIGHT)
        self._apply_selections()
        self._scroll_to(cursor.selectionStart(), top_margin=self.viewport().height() // 3)
        return True

    def select_claim(self, claim_id: int | None, *, scroll: bool = True) -> bool:
        """Highlight a claim's sentence (None clears it), optionally scrolling to it."""
        claim = self.index.claims.get(claim_id) if self.index and claim_id is not None else None
        self._claim_id = claim_id if claim else None
        cursor = self._span_cursor(claim.block_id, claim.start, claim.end) if claim else None
        self._claim_selection = self._selection(cursor, CLAIM_HIGHLIGHT) if cursor else None
        self._claim_gaps = self._around_markers(cursor) if cursor else []
        self._apply_selections()
        if cursor is not None and scroll:
            self._scroll_to(cursor.selectionStart(), top_margin=self.viewport().height() // 3)
        return cursor is not None

    def _around_markers(self, cursor: QTextCursor) -> list[QTextEdit.ExtraSelection]:
        """The claim's highlight, drawn between its markers so their chips stay visible."""
        assert self._layout is not None
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        pieces = []
        done = start
        for marker_start, marker_end, _ in self._layout.marker_spans:
            if marker_end <= start or marker_start >= end:
                continue
            if marker_start > done:
                pieces.append((done, marker_start))
            done = max(done, marker_end)
        if done < end:
            pieces.append((done, end))
        selections = []
        for a, b in pieces:
            piece = QTextCursor(self.document())
            piece.setPosition(a)
            piece.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            selections.append(self._selection(piece, CLAIM_HIGHLIGHT))
        return selections

    def highlighted_claim_span(self) -> tuple[int, int] | None:
        """Document positions of the highlighted claim, if one is."""
        return self._span_of(self._claim_selection)

    def highlighted_hit_span(self) -> tuple[int, int] | None:
        """Document positions of the marked search hit or citation place, if one is."""
        return self._span_of(self._hit_selection)

    @staticmethod
    def _span_of(selection: QTextEdit.ExtraSelection | None) -> tuple[int, int] | None:
        if selection is None:
            return None
        cursor = selection.cursor
        return cursor.selectionStart(), cursor.selectionEnd()

    def marker_rect(self, citation_id: int) -> QRect | None:
        """Where a marker is drawn, in viewport coordinates (after scrolling it into view)."""
        span = self.layout_map.marker_span(citation_id) if self.layout_map else None
        if span is None:
            return None
        self._scroll_to(span[0], top_margin=self.viewport().height() // 3)
        first = QTextCursor(self.document())
        first.setPosition(span[0])
        last = QTextCursor(self.document())
        last.setPosition(span[1])
        left, right = self.cursorRect(first), self.cursorRect(last)
        if right.top() != left.top():  # wrapped: the part on the first line
            return QRect(left.topLeft(), QPoint(self.viewport().width() - 1, left.bottom()))
        return QRect(left.topLeft(), QPoint(right.left(), right.bottom()))

    def top_block(self) -> int | None:
        """The stored block at the top of the view."""
        if self._layout is None:
            return None
        position = self.cursorForPosition(QPoint(4, 4)).position()
        return self._layout.block_at(position)

    def citation_at(self, point: QPoint) -> int | None:
        """The marker under a viewport point, if any."""
        if self._layout is None:
            return None
        cursor = self.cursorForPosition(point)
        position = cursor.position()
        # cursorForPosition rounds to the nearest gap; look at the
        # character on both sides and keep the one whose box holds the point.
        for candidate in (position, position - 1):
            citation_id = self._layout.citation_at(candidate)
            if citation_id is not None and self._char_box(candidate).contains(point):
                return citation_id
        return None

    def set_overlay(self, name: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Draw a feature's highlights (one named layer) under the claim and the hit.

        Positions are positions of the shown document; loading another
        document clears every layer, so a feature draws its layer again then.
        """
        if selections:
            self._overlays[name] = list(selections)
        else:
            self._overlays.pop(name, None)
        self._apply_selections()

    # --- internals -----------------------------------------------------------

    def _char_box(self, position: int) -> QRect:
        start = QTextCursor(self.document())
        start.setPosition(position)
        end = QTextCursor(self.document())
        end.setPosition(position + 1)
        a, b = self.cursorRect(start), self.cursorRect(end)
        if b.top() != a.top():
            return QRect(a.left(), a.top(), max(8, self.viewport().width() - a.left()), a.height())
        return QRect(a.left(), a.top(), max(1, b.left() - a.left()), a.height())

    def _span_cursor(self, block_id: int, start: int, end: int) -> QTextCursor | None:
        begin = self._position(block_id, start)
        if begin is None:
            return None
        cursor = QTextCursor(self.document())
        cursor.setPosition(begin)
        cursor.setPosition(begin + max(0, end - start), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    @staticmethod
    def _selection(cursor: QTextCursor, color: QColor) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        selection.format = fmt
        return selection

    def _apply_selections(self) -> None:
        # The claim's own selection only records its span; what is drawn are
        # the pieces between its markers.
        hit = [self._hit_selection] if self._hit_selection is not None else []
        overlays = [selection for layer in self._overlays.values() for selection in layer]
        self.setExtraSelections(overlays + self._claim_gaps + hit)

    def _scroll_to(self, position: int, top_margin: int) -> None:
        self._pending_scroll = (position, top_margin)
        self._pending_place = None
        self._apply_pending_scroll()

    def _apply_pending_scroll(self) -> None:
        if self._pending_scroll is None:
            return
        position, top_margin = self._pending_scroll
        position = max(0, min(position, self.document().characterCount() - 1))
        # Lays the text out up to there (Qt otherwise does it in steps, later).
        self.document().documentLayout().blockBoundingRect(self.document().findBlock(position))
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        bar = self.verticalScrollBar()
        wanted = bar.value() + self.cursorRect(cursor).top() - top_margin
        if wanted > bar.maximum():
            # The text is laid out that far now; Qt widens the range itself a moment later.
            bar.setMaximum(wanted)
        bar.setValue(wanted)
        if bar.value() == wanted or wanted < bar.minimum():
            self._pending_scroll = None  # reached (or the document ends before it)

    def _cancel_pending_scroll(self) -> None:
        self._pending_scroll = None

    def _layout_grew(self) -> None:
        # Qt lays a long document out in steps: a scroll asked for earlier
        # lands now, and the section at the top is read again.
        self._apply_pending_scroll()
        self._update_current_section()

    def reading_place(self) -> tuple[int, int, int] | None:
        """Where the reader is: the stored block at the top, the offset in it, and its distance from the top.

        While a restored place waits for the layout, that place is where the reader is.
        """
        if self._layout is None:
            return None
        if self._pending_scroll is not None and self._pending_place is not None:
            return self._pending_place
        position = self.cursorForPosition(QPoint(4, 4)).position()
        block_id = self._layout.block_at(position)
        start = self._layout.position(block_id, 0) if block_id is not None else None
        if block_id is None or start is None:
            return None
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        return block_id, position - start, self.cursorRect(cursor).top()

    def restore_reading_place(self, place: tuple[int, int, int] | None) -> None:
        """Show the text at ``place`` where it was, once the layout reaches it."""
        if place is None or self._layout is None:
            return
        block_id, offset, top = place
        start = self._position(block_id, 0)
        if start is not None:
            self._scroll_to(start + offset, top_margin=top)
            self._pending_place = place if self._pending_scroll is not None else None

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._cancel_pending_scroll()
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._cancel_pending_scroll()
        super().keyPressEvent(event)

    def _update_current_section(self) -> None:
        block_id = self.top_block()
        section_id = self.index.section_of_block(block_id) if self.index and block_id is not None else None
        if section_id != self._current_section:
            self._current_section = section_id
            self.current_section_changed.emit(section_id)

    @property
    def current_section(self) -> int | None:
        return self._current_section

    # --- events --------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            citation_id = self.citation_at(event.pos())
            if citation_id is not None and self.index is not None:
                QToolTip.showText(event.globalPos(), self.citation_tooltip(citation_id), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu_at(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu_at(self, point: QPoint) -> QMenu:
        """The reader's menu at a viewport point: a marker's own actions first, then
        Copy and Select All, then the actions features add (QWidget.addAction)."""
        menu = self.createStandardContextMenu(point)
        citation_id = self.citation_at(point)
        if citation_id is not None:
            first = menu.actions()[0] if menu.actions() else None
            open_action = QAction(self.tr("Open Reference"), menu)
            open_action.triggered.connect(lambda: self.citation_opened.emit(citation_id))
            places = QAction(self.tr("Show All Places Cited"), menu)
            places.triggered.connect(lambda: self.citation_places_requested.emit(citation_id))
            menu.insertActions(first, [open_action, places])
            menu.insertSeparator(first)
        if self.actions():
            menu.addSeparator()
            menu.addActions(self.actions())
        return menu

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        citation_id = self.citation_at(event.position().toPoint())
        if citation_id is not None and event.button() == Qt.MouseButton.LeftButton:
            self.citation_opened.emit(citation_id)  # the marker's reference, not a selected word
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over_marker = self.citation_at(event.position().toPoint()) is not None
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over_marker else Qt.CursorShape.IBeamCursor)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        pressed, self._press_pos = self._press_pos, None
        is_click = pressed is not None and (point - pressed).manhattanLength() < 4
        if event.button() == Qt.MouseButton.LeftButton and is_click:
            citation_id = self.citation_at(point)
            if citation_id is not None:
                self.citation_clicked.emit(citation_id)

    def citation_tooltip(self, citation_id: int) -> str:
        """Rich text listing a marker's references: number, authors, title, group."""
        assert self.index is not None
        citation: CitationRow = self.index.citations[citation_id]
        rows = []
        for number, reference_id in zip(citation.numbers, citation.reference_ids, strict=True):
            reference = self.index.references.get(reference_id) if reference_id is not None else None
            if reference is None:
                rows.append(
                    f"<tr><td><b>[{number}]</b></td><td><i>{html.escape(self.tr('not in the bibliography'))}"
                    "</i></td></tr>"
                )
                continue
            group = self.index.reference_group(reference.id)
            swatch = f"<span style='color:{self.index.group_color(group)}'>■</span>"
            parts = [html.escape(p) for p in (reference.authors, reference.title, reference.year) if p]
            incomplete = "" if reference.complete else f" <i>({html.escape(self.tr('incomplete'))})</i>"
            rows.append(
                f"<tr><td><b>[{number}]</b></td><td>{'. '.join(parts) or html.escape(reference.key)}"
                f"<br>{swatch} {html.escape(self.index.group_name(group))}{incomplete}</td></tr>"
            )
        head = html.escape(citation.marker)
        return f"<p><b>{head}</b></p><table cellspacing='4'>{''.join(rows)}</table>"
