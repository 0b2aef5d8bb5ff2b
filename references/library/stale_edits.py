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

Versioned = Reference | Annotation


class Resolution(StrEnum):
    RELOAD = "reload"  # keep what is saved; this edit is dropped
    OVERWRITE = "overwrite"  # save this edit over the other one


@dataclass(frozen=True, slots=True)
class StaleRow:
    kind: str  # "reference" | "annotation"
    row_id: int
    label: str  # how the person knows the row, e.g. "reference [12] smith2020 «Title»"
    edited_version: int  # the version this edit started from
    saved_version: int | None  # None: deleted in the meantime

    def sentence(self) -> str:
        if self.saved_version is None:
            return f"{self.label} was deleted in another window or program after you opened it."
        return (
            f"{self.label} was changed in another window or program after you opened it "
            f"(you edited version {self.edited_version}; the saved one is version {self.saved_version})."
        )


class StaleEditError(ConcurrentEditError):
    """Rows changed elsewhere since this edit loaded them; nothing of the edit was saved."""

    def __init__(self, rows: tuple[StaleRow, ...]) -> None:
        self.rows = rows
        deleted = all(r.saved_version is None for r in rows)
        ways = (
            "Reload to drop your edit."
            if deleted
            else "Reload to see the other change (your edit is dropped), "
            "or overwrite it with your edit (the other change is lost)."
        )
        what = " ".join(r.sentence() for r in rows) if rows else "A row was changed elsewhere."
        super().__init__(f"{what} {ways}")

    @property
    def resolutions(self) -> tuple[Resolution, ...]:
        if all(r.saved_version is None for r in self.rows):
            return (Resolution.RELOAD,)
        return (Resolution.RELOAD, Resolution.OVERWRITE)


def describe(row: Versioned) -> tuple[str, str]:
    """(kind, label) of a versioned row in the words of the window, as it was loaded."""
    if isinstance(row, Reference):
        number = _loaded(row, "number")
        title = _loaded(row, "title")
        shown_number = f"[{number}] " if number is not None else ""
        shown_title = f" «{_short(title)}»" if title else ""
        return "reference", f"Reference {shown_number}{_loaded(row, 'key')}{shown_title}"
    author = _loaded(row, "author")
    who = f" by {author}" if author else ""
    return "annotation", f"The note{who} on «{_short(_loaded(row, 'exact'))}»"


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
    label: str
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
