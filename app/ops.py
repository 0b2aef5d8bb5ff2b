"""Operations the window runs in a worker: plain functions of a Session.

Each returns plain data (dataclasses, ids), never ORM objects, so its
result can cross to the GUI thread; the window then announces a ``Changes``
so every view decides what to reload (Anki's CollectionOp / OpChanges).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from models.db import Library, open_library
from references.thesis.document_view import DocumentRow, DocumentView, documents, load_document_view

if TYPE_CHECKING:
    from references.thesis.text_import import ImportSummary


@dataclass(frozen=True)
class Changes:
    """What an operation changed: the window reloads the views that show it."""

    document_id: int | None = None
    kinds: frozenset[str] = field(default_factory=frozenset)  # e.g. {"document", "references"}


@dataclass(frozen=True)
class LoadedDocument:
    view: DocumentView | None  # None: the library holds no document
    documents: tuple[DocumentRow, ...]


def load_document(document_id: int | None, *, seed_sample: bool = False) -> Callable[[Session], LoadedDocument]:
    """The view of ``document_id`` (or of the first document) and the list of
    documents; with ``seed_sample``, an empty library first gets the bundled
    thesis (the window's first start), in this worker's transaction."""

    def job(session: Session) -> LoadedDocument:
        rows = tuple(documents(session))
        if not rows and seed_sample:
            from references.library.sample import create_sample_library  # only on a first start

            create_sample_library(session)
            session.flush()
            rows = tuple(documents(session))
        if not rows:
            return LoadedDocument(None, rows)
        wanted = document_id if any(d.id == document_id for d in rows) else rows[0].id
        return LoadedDocument(load_document_view(session, wanted), rows)

    return job


def import_text(path: Path, title: str | None = None) -> Callable[[Session], ImportSummary]:
    def job(session: Session) -> ImportSummary:
        from references.thesis.text_import import import_text_file  # the text parser, when asked for

        return import_text_file(session, path, title)

    return job


def open_other_library(path: Path | str) -> Callable[[], Library]:
    """Open (and migrate, if needed) a library file; the caller closes it later."""

    def call() -> Library:
        return open_library(path)

    return call
