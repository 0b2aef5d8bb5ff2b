"""thesis excerpts out of note

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

Libraries made before this revision keep, in each bundled reference, what
the thesis says beside its markers in ``note = {Тезисте: «…»}``; every
bibliography style prints ``note``, so a compiled list showed the excerpts.
Silteme now keeps them in ``silteme-provenance``, which styles skip (ADR
0013). This moves them: only a ``note`` whose value is such an excerpt (it
starts with ``Тезисте: «``) and only in an entry with no provenance yet.
The value is kept exactly; the entry's stored text (``raw``) is renamed the
same way where it holds that one field, so an untouched entry is still
written back as stored.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

OLD, NEW = "note", "silteme-provenance"
EXCERPT = re.compile(r"^\s*[{\"]\s*Тезисте: «")
# ``note = {Тезисте: «`` at the start of a line of the stored entry.
RAW_FIELD = {
    OLD: re.compile(r"(?m)^([ \t]*)note([ \t]*=[ \t]*[{\"][ \t]*Тезисте: «)"),
    NEW: re.compile(r"(?m)^([ \t]*)silteme-provenance([ \t]*=[ \t]*[{\"][ \t]*Тезисте: «)"),
}

references = sa.table(
    "references", sa.column("id", sa.Integer), sa.column("fields", sa.JSON), sa.column("raw", sa.Text)
)


def _moved(fields: list[list[str]], raw: str | None, old: str, new: str) -> tuple[list[list[str]], str | None] | None:
    names = [name.lower() for name, _value in fields]
    if new in names:
        return None
    where = [i for i, (name, value) in enumerate(fields) if name.lower() == old and EXCERPT.match(value)]
    if len(where) != 1:
        return None
    moved = [list(pair) for pair in fields]
    moved[where[0]][0] = new
    if raw is not None and len(RAW_FIELD[old].findall(raw)) == 1:
        raw = RAW_FIELD[old].sub(lambda m: m.group(1) + new + m.group(2), raw)
    return moved, raw


def _move_all(old: str, new: str) -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.select(references.c.id, references.c.fields, references.c.raw)).all()
    for ref_id, fields, raw in rows:
        changed = _moved(fields or [], raw, old, new)
        if changed is not None:
            connection.execute(
                references.update().where(references.c.id == ref_id).values(fields=changed[0], raw=changed[1])
            )


def upgrade() -> None:
    _move_all(OLD, NEW)


def downgrade() -> None:
    _move_all(NEW, OLD)
