"""Stored rows copied out and put back exactly, for undoing deletions.

Undoing "delete this group" or "import this file" must bring back the very
rows that went (same ids, so later commands on the undo stack that name
them still work; same versions and flags). A ``TableRows`` is a plain copy
of some rows of one table, taken with Core (no ORM events, no identity
map); ``insert_rows`` writes them back and ``delete_rows`` removes them by
primary key. Full-text index triggers fire as for any insert or delete.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Table, delete, insert, select, tuple_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models import Base
from models.errors import ConcurrentEditError
from models.messages import Message, Messages

LibraryErrors = Messages("LibraryErrors")

# SQLite allows 32766 bound parameters; keep each statement well below.
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class TableRows:
    """Rows of one table, each as (column name, value) pairs in column order."""

    table: str
    rows: tuple[tuple[tuple[str, Any], ...], ...]

    def __len__(self) -> int:
        return len(self.rows)

    def values(self, column: str) -> list[Any]:
        return [dict(row)[column] for row in self.rows]


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def copy_rows(session: Session, name: str, where: ColumnElement[bool]) -> TableRows:
    """The rows of table ``name`` that ``where`` selects, ordered by primary key."""
    source = table(name)
    statement = select(source).where(where).order_by(*source.primary_key.columns)
    names = [c.name for c in source.columns]  # the order select(source) returns them in
    rows = session.execute(statement).all()
    return TableRows(name, tuple(tuple(zip(names, row, strict=True)) for row in rows))


def copy_rows_by_ids(session: Session, name: str, column: str, ids: Sequence[int]) -> TableRows:
    """The rows whose ``column`` is one of ``ids`` (in chunks, for long id lists)."""
    source = table(name)
    collected: list[tuple[tuple[str, Any], ...]] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = copy_rows(session, name, source.c[column].in_(ids[start : start + _CHUNK]))
        collected.extend(chunk.rows)
    return TableRows(name, tuple(collected))


def insert_rows(session: Session, rows: TableRows, what: Message) -> None:
    """Put copied rows back; ``what`` names them for the message if their ids are taken."""
    if not rows.rows:
        return
    target = table(rows.table)
    dicts = [dict(row) for row in rows.rows]
    try:
        with session.begin_nested():
            for start in range(0, len(dicts), _CHUNK):
                session.execute(insert(target), dicts[start : start + _CHUNK])
    except IntegrityError as exc:
        raise ConcurrentEditError(
            LibraryErrors.tr(
                "Cannot bring back %1: the library changed in another window or program in the meantime "
                "(%2). Nothing was changed.",
                what, exc.orig,
            )
        ) from exc


def delete_rows(session: Session, rows: TableRows) -> int:
    """Delete the copied rows by primary key; returns how many were still there."""
    if not rows.rows:
        return 0
    target = table(rows.table)
    key_columns = list(target.primary_key.columns)
    keys = [tuple(dict(row)[c.name] for c in key_columns) for row in rows.rows]
    deleted = 0
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        if len(key_columns) == 1:
            condition: ColumnElement[bool] = key_columns[0].in_([k[0] for k in chunk])
        else:
            condition = tuple_(*key_columns).in_(chunk)
        deleted += session.execute(delete(target).where(condition)).rowcount
    return deleted


def rows_match(session: Session, rows: TableRows, columns: Iterable[str]) -> bool:
    """True if every copied row (of a table with a one-column key) is stored with the same ``columns``."""
    if not rows.rows:
        return True
    target = table(rows.table)
    (key_column,) = target.primary_key.columns
    names = list(columns)
    expected = {dict(row)[key_column.name]: tuple(dict(row)[n] for n in names) for row in rows.rows}
    keys = list(expected)
    found = 0
    for start in range(0, len(keys), _CHUNK):
        statement = select(key_column, *(target.c[n] for n in names)).where(
            key_column.in_(keys[start : start + _CHUNK])
        )
        for key, *values in session.execute(statement):
            if tuple(values) != expected[key]:
                return False
            found += 1
    return found == len(keys)


def parents_first(rows: TableRows, parent_column: str = "parent_id") -> TableRows:
    """Rows of a tree table ordered so that every parent comes before its children.

    Inserting them in this order satisfies the parent's foreign key.
    """
    by_id = {dict(row)["id"]: row for row in rows.rows}
    ordered: list[tuple[tuple[str, Any], ...]] = []
    placed: set[Any] = set()

    def place(row_id: Any) -> None:
        if row_id in placed:
            return
        placed.add(row_id)
        parent = dict(by_id[row_id])[parent_column]
        if parent in by_id:
            place(parent)
        ordered.append(by_id[row_id])

    for row_id in by_id:
        place(row_id)
    return TableRows(rows.table, tuple(ordered))
