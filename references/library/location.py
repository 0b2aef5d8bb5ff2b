"""Where the library lives, and the first start that fills it with the sample."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from sqlalchemy import func, select

from models import Document
from models.db import Library, open_library
from references.errors import NotFoundError
from models.messages import Messages

LibraryErrors = Messages("LibraryErrors")

APP_NAME = "Silteme"


def default_library_path() -> Path:
    """The per-user data folder's library file (created on first use)."""
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "library.sqlite"


def open_or_create(target: str | Path | None = None, *, seed: bool = True) -> Library:
    """Open the library (default: the per-user one), upgrading its schema.

    A library with no document yet gets the bundled thesis, its bibliography
    and its source groups, all in one transaction.
    """
    library = open_library(target if target is not None else default_library_path())
    if seed:
        with library.session() as session:
            if not session.scalar(select(func.count(Document.id))):
                from references.library.sample import create_sample_library  # local: only on a first start

                create_sample_library(session)
    return library


def find_document(session, spec: str | None) -> Document:  # noqa: ANN001 - a Session
    """The document named by id or title; may be left out when there is only one."""
    documents = list(session.scalars(select(Document).order_by(Document.id)))
    if spec is None:
        if len(documents) == 1:
            return documents[0]
        if not documents:
            raise NotFoundError(LibraryErrors.tr("The library holds no document yet; import one with `silteme import-text`."))
        names = ", ".join(f"{d.id} ({d.title})" for d in documents)
        raise NotFoundError(LibraryErrors.tr("The library holds several documents; name one with --document: %1.", names))
    for document in documents:
        if spec.isdigit() and document.id == int(spec):
            return document
    matches = [d for d in documents if d.title == spec] or [
        d for d in documents if d.title.casefold() == spec.casefold()
    ]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise NotFoundError(LibraryErrors.tr("Several documents are titled %1; name one by its id.", repr(spec)))
    raise NotFoundError(LibraryErrors.tr(
            "No document %1 in this library (documents: %2).",
            repr(spec), ", ".join( f"{d.id} {d.title!r}" for d in documents),
        ))
