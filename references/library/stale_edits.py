"""Edits made stale by another window or process, explained to the person.

References and annotations carry a ``version`` that SQLAlchemy increments on
every UPDATE and checks in its WHERE clause, so an edit of a row someone
else saved in the meantime fails instead of silently erasing their change.
This module turns that failure (SQLAlchemy's ``StaleDataError``) into a
``StaleEditError`` naming the row and the two ways out:

- reload: drop this edit and show the saved row (theirs wins);
- overwrite: apply this edit on top of the saved row (ours wins), by doing
  the edit again in a new session with ``require_version(row, None)``.

A window shows rows loaded in one session and saves edits in another, so it
keeps the version it showed and passes it to ``require_version``; the
ORM's own check then covers the moment between that check and the UPDATE.

Paragraphs are versioned by ``references.thesis.paragraph_version``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models import Annotation, Reference
from models.errors import ConcurrentEditError
from models.messages import Message, Messages

LibraryErrors = Messages("LibraryErrors")

Versioned = Reference | Annotation


class Resolution(StrEnum):
    RELOAD = "reload"  # keep what is saved; this edit is dropped
    OVERWRITE = "overwrite"  # save this edit over the other one


@dataclass(frozen=True, slots=True)
class StaleRow:
    kind: str  # "reference" | "annotation"
    row_id: int
    label: Message  # how the person knows the row, e.g. "Reference [12] smith2020 «Title»"
    edited_version: int  # the version this edit started from
    saved_version: int | None  # None: deleted in the meantime

    def sentence(self) -> Message:
        if self.saved_version is None:
            return LibraryErrors.tr("%1 was deleted in another window or program after you opened it.", self.label)
        return LibraryErrors.tr(
            "%1 was changed in another window or program after you opened it "
            "(you edited version %2; the saved one is version %3).",
            self.label, self.edited_version, self.saved_version,
        )


class StaleEditError(ConcurrentEditError):
    """Rows changed elsewhere since this edit loaded them; nothing of the edit was saved."""

    def __init__(self, rows: tuple[StaleRow, ...]) -> None:
        self.rows = rows
        deleted = all(r.saved_version is None for r in rows)
        if deleted:
            message = LibraryErrors.tr("Reload to drop your edit.")
        else:
            message = LibraryErrors.tr(
                "Reload to see the other change (your edit is dropped), "
                "or overwrite it with your edit (the other change is lost)."
            )
        said = [r.sentence() for r in rows] or [LibraryErrors.tr("A row was changed elsewhere.")]
        for part in reversed(said):
            message = LibraryErrors.tr("%1 %2", part, message)
        super().__init__(message)

    @property
    def resolutions(self) -> tuple[Resolution, ...]:
        if all(r.saved_version is None for r in self.rows):
            return (Resolution.RELOAD,)
        return (Resolution.RELOAD, Resolution.OVERWRITE)


def describe(row: Versioned) -> tuple[str, Message]:
    """(kind, label) of a versioned row in the words of the window, as it was loaded."""
    if isinstance(row, Reference):
        number, key, title = _loaded(row, "number"), _loaded(row, "key"), _loaded(row, "title")
        if number is not None and title:
            return "reference", LibraryErrors.tr("Reference [%1] %2 «%3»", number, key, _short(title))
        if number is not None:
            return "reference", LibraryErrors.tr("Reference [%1] %2", number, key)
        if title:
            return "reference", LibraryErrors.tr("Reference %1 «%2»", key, _short(title))
        return "reference", LibraryErrors.tr("Reference %1", key)
    author, quote = _loaded(row, "author"), _short(_loaded(row, "exact"))
    if author:
        return "annotation", LibraryErrors.tr("The note by %1 on «%2»", author, quote)
    return "annotation", LibraryErrors.tr("The note on «%1»", quote)


def _loaded(row: Versioned, name: str) -> Any:
    """The value ``name`` had when ``row`` was loaded, before this edit changed it."""
    history = inspect(row).attrs[name].history
    return history.deleted[0] if history.deleted else getattr(row, name)


def require_version(row: Versioned, expected: int | None) -> None:
    """Refuse to edit ``row`` if it is no longer the version the person saw.

    ``expected`` None means "overwrite": the edit goes onto whatever is saved.
    """
    if expected is not None and row.version != expected:
        kind, label = describe(row)
        raise StaleEditError((StaleRow(kind, row.id, label, expected, row.version),))


@contextmanager
def stale_edits_explained(session: Session) -> Iterator[None]:
    """Flush the edits made inside; a stale one raises StaleEditError naming the rows.

    A failed flush expires every object of the session, so the edited rows
    are noted before each flush (autoflushes included). The caller's
    transaction is then rolled back, as with any error inside
    ``Library.session()``: nothing of the edit is saved.
    """
    pending: dict[tuple[type, int], _Edited] = {}

    def note_edited_rows(flushing: Session, _context: object, _instances: object) -> None:
        for row in (*flushing.dirty, *flushing.deleted):
            if isinstance(row, (Reference, Annotation)) and row.id is not None:
                kind, label = describe(row)
                pending[(type(row), row.id)] = _Edited(type(row), row.id, kind, label, row.version)

    event.listen(session, "before_flush", note_edited_rows)
    try:
        yield
        session.flush()
    except StaleDataError as exc:
        raise StaleEditError(_stale_rows(session, list(pending.values()))) from exc
    finally:
        event.remove(session, "before_flush", note_edited_rows)


@dataclass(frozen=True, slots=True)
class _Edited:
    model: type[Reference] | type[Annotation]
    row_id: int
    kind: str
    label: Message
    version: int


def _stale_rows(session: Session, edited: list[_Edited]) -> tuple[StaleRow, ...]:
    """The edited rows whose saved version is not the one they were loaded at."""
    if not edited:
        return ()
    # The session's own transaction has failed: ask through a new connection.
    with session.get_bind().engine.connect() as connection:
        stale = []
        for row in edited:
            saved = connection.execute(select(row.model.version).where(row.model.id == row.row_id)).scalar()
            if saved != row.version:
                stale.append(StaleRow(row.kind, row.row_id, row.label, row.version, saved))
    return tuple(stale)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
