"""File ▸ Open Recent: the libraries and documents this person opened last.

Kept in QSettings as plain values. A library is remembered by its file path,
or by its URL with any password taken out (passwords belong in ~/.pgpass
or a prompt, never in settings).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu, QWidget
from sqlalchemy.engine import make_url

from models.db import Library, is_url

SETTINGS_LIBRARIES = "recent/libraries"
SETTINGS_DOCUMENTS = "recent/documents"
MOST = 8


@dataclass(frozen=True)
class RecentDocument:
    library: str
    document_id: int
    title: str


def library_location(library: Library) -> str:
    """How a library is named in the recent list (never with a password)."""
    path = library.path
    if path is not None:
        return str(path.absolute())
    return make_url(library.url).render_as_string(hide_password=True).replace(":***@", "@")


def display_name(location: str) -> str:
    return location if is_url(location) else Path(location).name


class RecentPlaces(QObject):
    """The two lists, newest first, at most ``MOST`` each."""

    changed = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings

    def _load(self, key: str) -> list[object]:
        value = self.settings.value(key, "[]")
        try:
            items = json.loads(value) if isinstance(value, str) else []
        except ValueError:
            return []  # a damaged setting is forgotten, not fatal
        return items if isinstance(items, list) else []

    def libraries(self) -> list[str]:
        return [item for item in self._load(SETTINGS_LIBRARIES) if isinstance(item, str)]

    def documents(self) -> list[RecentDocument]:
        documents = []
        for item in self._load(SETTINGS_DOCUMENTS):
            if isinstance(item, dict) and isinstance(item.get("id"), int):
                documents.append(RecentDocument(str(item.get("library", "")), item["id"], str(item.get("title", ""))))
        return documents

    def add_library(self, location: str) -> None:
        items = [location, *(item for item in self.libraries() if item != location)][:MOST]
        self.settings.setValue(SETTINGS_LIBRARIES, json.dumps(items, ensure_ascii=False))
        self.changed.emit()

    def add_document(self, document: RecentDocument) -> None:
        same = (document.library, document.document_id)
        kept = [d for d in self.documents() if (d.library, d.document_id) != same]
        self._save_documents([document, *kept][:MOST])
        self.add_library(document.library)

    def forget_library(self, location: str) -> None:
        self.settings.setValue(
            SETTINGS_LIBRARIES, json.dumps([item for item in self.libraries() if item != location], ensure_ascii=False)
        )
        self._save_documents([d for d in self.documents() if d.library != location])
        self.changed.emit()

    def _save_documents(self, documents: list[RecentDocument]) -> None:
        rows = [{"library": d.library, "id": d.document_id, "title": d.title} for d in documents]
        self.settings.setValue(SETTINGS_DOCUMENTS, json.dumps(rows, ensure_ascii=False))

    def clear(self) -> None:
        self.settings.remove(SETTINGS_LIBRARIES)
        self.settings.remove(SETTINGS_DOCUMENTS)
        self.changed.emit()


class RecentMenu(QMenu):
    """Filled each time it opens, so it is always current."""

    library_chosen = Signal(str)
    document_chosen = Signal(str, int)

    def __init__(self, places: RecentPlaces, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recent_menu")
        self.places = places
        self.aboutToShow.connect(self.refill)
        self.refill()

    def refill(self) -> None:
        self.clear()
        documents = self.places.documents()
        libraries = self.places.libraries()
        if documents:
            self.addSection(self.tr("Documents"))
            for document in documents:
                action = self.addAction(f"{document.title} — {display_name(document.library)}")
                action.setToolTip(document.library)
                action.triggered.connect(
                    lambda _checked=False, d=document: self.document_chosen.emit(d.library, d.document_id)
                )
        if libraries:
            self.addSection(self.tr("Libraries"))
            for location in libraries:
                action = self.addAction(display_name(location))
                action.setToolTip(location)
                action.triggered.connect(lambda _checked=False, loc=location: self.library_chosen.emit(loc))
        if not documents and not libraries:
            empty = self.addAction(self.tr("No recent libraries"))
            empty.setEnabled(False)
            return
        self.addSeparator()
        self.addAction(self.tr("Clear the List"), self.places.clear)
