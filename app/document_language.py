"""Tools ▸ Document Language: the language the open thesis is written in (issue 17).

Detected from the text at import and settable here, as ``silteme language``
sets it: both go through ``references.library.exchange_records.set_document_language``,
as one step of the undo history. The GOST-2008 list of the document's
bibliography takes that language's terms (б. / с. / p.).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox

from app.authoring.menus import tools_menu
from app.host import WindowHost
from app.i18n import fill, sentence
from app.undo import DomainUndoCommand
from models import Document
from models.errors import LibraryError
from references.library.document_language import set_document_language


class DocumentLanguage(QObject):
    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)  # type: ignore[arg-type]  # the main window is a QObject
        self.window = window
        self.menu = QMenu(self.tr("Document &Language"), window)  # type: ignore[arg-type]
        self.menu.setObjectName("document_language_menu")
        self.menu.setToolTip(self.tr("The language the thesis is written in: its GOST list takes that language's terms"))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for language, name in self._names().items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setObjectName(f"document_language_{language}")
            action.triggered.connect(lambda _checked=False, chosen=language: self.choose(chosen))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[language] = action
        tools = tools_menu(window, before="help")
        tools.addSeparator()
        tools.addMenu(self.menu)
        self.menu.aboutToShow.connect(self.show_current)
        window.document_loaded.connect(self.show_current)
        self.show_current()

    def _names(self) -> dict[str, str]:
        return {"kk": self.tr("Kazakh"), "ru": self.tr("Russian"), "en": self.tr("English")}

    def current(self) -> tuple[int, str, str] | None:
        """(id, title, language) of the document shown, as stored."""
        index = self.window.index
        if index is None:
            return None
        with self.window.library.session() as session:
            document = session.get(Document, index.view.document.id)
            return None if document is None else (document.id, document.title, document.language)

    def show_current(self) -> None:
        shown = self.current()
        self.menu.setEnabled(shown is not None)
        for language, action in self.actions.items():
            action.setChecked(shown is not None and shown[2] == language)

    def choose(self, language: str) -> None:
        shown = self.current()
        if shown is None:
            return
        document_id, title, _old = shown
        try:
            with self.window.library.session() as session:
                change = set_document_language(session, document_id, language)
        except LibraryError as exc:
            self.show_current()
            QMessageBox.warning(self.window, self.tr("Document Language"), sentence(exc))  # type: ignore[arg-type]
            return
        text = fill(self.tr("Set the language of «%1» to %2"), title, self._names()[language])
        DomainUndoCommand(self.window, text, change, done=lambda _step: self.show_current()).push()
