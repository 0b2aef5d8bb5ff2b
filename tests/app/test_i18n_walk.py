"""The Kazakh window, walked: every window, dock, dialog and menu, and no
English left in it except proper names (issue 17).

The walk reads what a person reads: window and dock titles, menus and their
actions, buttons, labels, placeholders, tooltips, tabs, combo boxes, group
boxes and table headers. It runs twice: with Kazakh chosen before the window
opens, and with the window switched from English to Kazakh while it runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.i18n import catalog
from app.library.export_actions import ExportFormat
from app.i18n.qt import switcher
from app.main_window import MainWindow
from models.db import Library
from tests.app.annotations.test_gui_annotations_support import select_in_reader, set_identity
from tests.app.test_gui_support import LOAD_TIMEOUT_MS, close_window, open_window

# Names that stay as they are in every language (docs/glossary.md), keyboard
# keys, BibTeX's own field names used as examples, and the thesis's own "PhD".
PROPER_NAMES = {
    "Silteme", "BibTeX", "RIS", "CSL", "CSL-JSON", "JSON", "JSON-LD", "JabRef", "Zotero", "EndNote", "Mendeley",
    "pandoc", "Word", "LaTeX", "PDF", "APA", "GOST", "HTML", "Markdown", "DOI", "URL", "UTF", "SQLite",
    "SQLAlchemy", "UTC", "PhD", "ISBN", "ISSN", "Ctrl", "Alt", "Shift", "Enter", "Return", "Esc", "Del", "doi", "isbn",
    "translator", "jsonld", "json", "md", "html", "docx", "bib", "ris", "txt", "sqlite", "db",
    "English",  # the language menu names each language in itself
    "biber",  # the program that reads .bib files for LaTeX
    "OK",  # Qt's own Russian catalogue keeps it, as Russian software does
}
# A word of Latin letters standing alone (not a key such as "ref9" or a path).
LATIN_WORD = re.compile(r"(?<![\w./])[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*(?![\w/])")


def english_words(text: str) -> list[str]:
    """The English words of ``text`` that are not proper names."""
    text = re.sub(r"<[^>]+>", " ", text)  # markup
    text = text.replace("&&", "").replace("&", "")  # accelerators
    text = re.sub(r"W3C Web Annotations?", " ", text)  # the standard's name
    text = re.sub(r"@\w+", " ", text)  # a BibTeX entry type, e.g. @article
    return [w for w in LATIN_WORD.findall(text) if len(w) > 1 and w not in PROPER_NAMES]


class Walk:
    """Collects every text shown, with where it was found, and the English among them."""

    def __init__(self) -> None:
        self.found: list[tuple[str, str]] = []
        self.texts = 0

    def see(self, where: str, text: str) -> None:
        if not text or not text.strip():
            return
        self.texts += 1
        if english_words(text):
            self.found.append((where, text))

    def widget(self, root: QWidget) -> None:
        for widget in (root, *root.findChildren(QWidget)):
            self._one(widget)
        actions = {*root.actions(), *root.findChildren(QAction)}
        for action in actions:
            self.action(action, f"{type(root).__name__} action")

    def action(self, action: QAction, where: str) -> None:
        if action.isSeparator():
            return
        self.see(where, action.text())
        if action.toolTip() != action.text().replace("&", ""):
            self.see(where + " tooltip", action.toolTip())
        self.see(where + " status tip", action.statusTip())
        menu = action.menu()
        if isinstance(menu, QMenu):
            self.see(where + " menu", menu.title())
            for child in menu.actions():
                self.action(child, f"{where} ▸ {menu.title()}")

    def _one(self, widget: QWidget) -> None:
        name = f"{type(widget).__name__}({widget.objectName()})"
        if widget.isWindow() or isinstance(widget, (QGroupBox,)) or widget.parent() is None:
            self.see(name + " title", widget.windowTitle())
        if hasattr(widget, "features"):  # a dock
            self.see(name + " title", widget.windowTitle())
        self.see(name + " tooltip", widget.toolTip())
        self.see(name + " whatsThis", widget.whatsThis())
        if isinstance(widget, (QLabel, QAbstractButton)):
            self.see(name, widget.text())
        if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            self.see(name + " placeholder", widget.placeholderText())
        if isinstance(widget, QAbstractSpinBox):
            self.see(name + " prefix/suffix", f"{getattr(widget, 'prefix', str)()} {getattr(widget, 'suffix', str)()}")
            self.see(name + " special", widget.specialValueText())
        if isinstance(widget, QGroupBox):
            self.see(name + " title", widget.title())
        if isinstance(widget, QMenu):
            self.see(name + " title", widget.title())
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                self.see(f"{name} tab", widget.tabText(index))
                self.see(f"{name} tab tooltip", widget.tabToolTip(index))
        if isinstance(widget, QComboBox) and widget.count() < 40:
            for index in range(widget.count()):
                self.see(f"{name} item", widget.itemText(index))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount()
            except TypeError:  # list models keep columnCount private
                columns = 1
            for column in range(columns):
                self.see(f"{name} header", str(model.headerData(column, _horizontal()) or ""))

    def report(self) -> str:
        return "\n".join(f"{where}: {text!r}" for where, text in self.found)


def _horizontal():  # noqa: ANN202 - Qt enum
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def walk_dialog(qtbot: QtBot, walk: Walk, open_it: Callable[[], object]) -> None:
    """Open a dialog as the window does, walk it, close it."""
    before = set(dialogs())
    open_it()
    qtbot.waitUntil(lambda: bool(set(dialogs()) - before), timeout=LOAD_TIMEOUT_MS)
    for dialog in set(dialogs()) - before:
        walk.widget(dialog)
        dialog.reject()


def walk_everything(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> Walk:
    walk = Walk()
    walk.widget(window)
    for action in window.menuBar().actions():
        walk.action(action, "menu bar")

    library = window.reference_library
    shown = library.open_window()
    qtbot.waitUntil(lambda: shown.table.model().rowCount() > 0, timeout=LOAD_TIMEOUT_MS)
    shown.table.selectRow(0)
    walk.widget(shown)
    for action in shown.menuBar().actions():
        walk.action(action, "library menu bar")
    for export_format in ExportFormat:
        walk_dialog(qtbot, walk, lambda f=export_format: library.ask_export(f))
    bib = tmp_path / "екі.bib"
    bib.write_text("@book{abai1909, title={Қара сөздер}, author={Абай Құнанбайұлы}, year={1909}}\n@article{broken,\n", encoding="utf-8")
    walk_dialog(qtbot, walk, lambda: library.import_bib_file(bib))
    shown.close()

    annotations = window.annotations
    walk_dialog(qtbot, walk, annotations.change_identity)
    select_in_reader(window, "Зерттеудің өзектілігі")
    walk_dialog(qtbot, walk, annotations.annotate_action.trigger)

    authoring = window.authoring
    walk_dialog(qtbot, walk, authoring.renumber_action.trigger)
    walk_dialog(qtbot, walk, authoring.duplicates_action.trigger)
    authoring.audit_action.trigger()
    qtbot.waitUntil(lambda: "…" not in authoring.audit.dock.summary.text(), timeout=LOAD_TIMEOUT_MS)
    walk.widget(authoring.audit.dock)

    def read_about() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        walk.widget(box)
        box.accept()

    QTimer.singleShot(200, read_about)
    window.show_help()
    return walk


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    switcher().apply("en")
    catalog.use_translator(None)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_kazakh_and_russian_windows_have_no_english_left(
    language: str, qtbot: QtBot, sample_library: Library, tmp_path: Path, english_afterwards: None
) -> None:
    set_identity(tmp_path)
    switcher().apply(language)
    window = open_window(qtbot, sample_library, tmp_path)
    try:
        walk = walk_everything(qtbot, window, tmp_path)
    finally:
        close_window(window)
    assert walk.texts > 300
    assert walk.found == [], f"English in the {language} window:\n" + walk.report()


def test_switching_to_kazakh_while_running_leaves_no_english(
    qtbot: QtBot, sample_library: Library, tmp_path: Path, english_afterwards: None
) -> None:
    set_identity(tmp_path)
    switcher().apply("en")
    window = open_window(qtbot, sample_library, tmp_path)
    try:
        english = Walk()
        english.widget(window)
        assert len(english.found) > 100  # the walk does see English when it is there
        window.language_menu.actions_by_language["kk"].trigger()
        walk = Walk()
        walk.widget(window)
        for action in window.menuBar().actions():
            walk.action(action, "menu bar")
    finally:
        close_window(window)
    assert walk.found == [], "English left after switching to Kazakh:\n" + walk.report()
