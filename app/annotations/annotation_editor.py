"""The annotation editor: comment (plain or Markdown), tags, verdict, colour.

Opened window-modal and without a nested event loop (``open()``); the
caller reads ``values()`` when it is accepted. A preview shows a Markdown
comment as others will see it: rendered, never as live HTML.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.annotations.comment_view import SafeCommentView
from app.annotations.vocabulary import VERDICT_COLORS, preset_colors, verdict_label
from references.review.annotations import VERDICTS, AnnotationView

QUOTE_CHARS = 300

# WCAG AA asks 4.5:1 for text; the old palette(dark) grey gave 2.3:1 on the dialog.
QUOTE_COLOR = "#4d4d4d"


@dataclass(frozen=True)
class EditorValues:
    comment: str
    comment_format: str  # text/plain | text/markdown
    tags: tuple[str, ...]
    verdict: str | None
    color: str | None  # None: the verdict's colour

    def fields(self) -> dict[str, object]:
        """As keywords of create_annotation / update_annotation."""
        return {
            "comment": self.comment,
            "comment_format": self.comment_format,
            "tags": self.tags,
            "verdict": self.verdict,
            "color": self.color,
        }

    @classmethod
    def of(cls, item: AnnotationView) -> EditorValues:
        return cls(item.comment, item.comment_format, item.tags, item.verdict, item.color)


def parse_tags(text: str) -> tuple[str, ...]:
    """Comma-separated tags, trimmed, each once, in the order typed."""
    return tuple(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class AnnotationEditor(QDialog):
    def __init__(
        self,
        quote: str,
        initial: EditorValues | None = None,
        known_tags: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("annotation_editor")
        self.setWindowTitle(self.tr("Edit annotation") if initial else self.tr("New annotation"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(560, 520)

        shown = " ".join(quote.split())
        if len(shown) > QUOTE_CHARS:
            shown = shown[: QUOTE_CHARS - 1] + "…"
        self.quote_label = QLabel(f"«{shown}»")
        self.quote_label.setObjectName("editor_quote")
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)  # quotes come from the thesis, shown as they are
        self.quote_label.setWordWrap(True)
        self.quote_label.setStyleSheet(f"color: {QUOTE_COLOR}; font-style: italic;")  # 7:1 on the dialog's grey

        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setObjectName("editor_comment")
        self.comment_edit.setPlaceholderText(self.tr("Your comment…"))
        self.preview = SafeCommentView()
        self.preview.setObjectName("editor_preview")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.comment_edit, self.tr("&Write"))
        self.tabs.addTab(self.preview, self.tr("&Preview"))
        self.tabs.currentChanged.connect(self._update_preview)

        self.format_box = QComboBox()
        self.format_box.setObjectName("editor_format")
        self.format_box.addItem(self.tr("Plain text"), "text/plain")
        self.format_box.addItem(self.tr("Markdown"), "text/markdown")
        self.format_box.currentIndexChanged.connect(self._update_preview)

        self.verdict_box = QComboBox()
        self.verdict_box.setObjectName("editor_verdict")
        self.verdict_box.addItem(_swatch(VERDICT_COLORS[None]), verdict_label(None), None)
        for verdict in VERDICTS:
            self.verdict_box.addItem(_swatch(VERDICT_COLORS[verdict]), verdict_label(verdict), verdict)
        self.verdict_box.currentIndexChanged.connect(self._update_ok)

        self.tags_edit = QLineEdit()
        self.tags_edit.setObjectName("editor_tags")
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. page, translation"))
        if known_tags:
            completer = QCompleter(list(known_tags), self.tags_edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.tags_edit.setCompleter(completer)

        self.color_box = QComboBox()
        self.color_box.setObjectName("editor_color")
        self.color_box.addItem(self.tr("The verdict's colour"), None)
        for color, name in preset_colors():
            self.color_box.addItem(_swatch(color), name, color)

        form = QFormLayout()
        form.addRow(self.tr("&Verdict:"), self.verdict_box)
        form.addRow(self.tr("&Format:"), self.format_box)
        form.addRow(self.tr("&Tags:"), self.tags_edit)
        form.addRow(self.tr("&Colour:"), self.color_box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.comment_edit.textChanged.connect(self._update_ok)

        layout = QVBoxLayout(self)
        layout.addWidget(self.quote_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        if initial is not None:
            self.set_values(initial)
        self._update_ok()
        self.comment_edit.setFocus()

    def set_values(self, values: EditorValues) -> None:
        self.comment_edit.setPlainText(values.comment)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(values.comment_format)))
        self.tags_edit.setText(", ".join(values.tags))
        self.verdict_box.setCurrentIndex(max(0, self.verdict_box.findData(values.verdict)) if values.verdict else 0)
        found = self.color_box.findData(values.color) if values.color else 0
        if found < 0:  # a colour from elsewhere (e.g. an imported annotation): keep it
            self.color_box.addItem(_swatch(values.color or "#ffffff"), values.color or "", values.color)
            found = self.color_box.count() - 1
        self.color_box.setCurrentIndex(found)

    def values(self) -> EditorValues:
        return EditorValues(
            comment=self.comment_edit.toPlainText().strip(),
            comment_format=str(self.format_box.currentData()),
            tags=parse_tags(self.tags_edit.text()),
            verdict=self.verdict_box.currentData(),
            color=self.color_box.currentData(),
        )

    def _update_ok(self) -> None:
        # A verdict alone says something; an empty note without one does not.
        values = self.values()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(values.comment) or values.verdict is not None)

    def _update_preview(self) -> None:
        from references.review.markdown_safe import comment_html  # Markdown loads with the first preview

        values = self.values()
        self.preview.setHtml(comment_html(values.comment, values.comment_format))
