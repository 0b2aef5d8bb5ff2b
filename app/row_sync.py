"""Bringing a flat table model from one list of rows to another, row by row.

A reset (beginResetModel) makes every view forget its selection, current
row and scroll, and makes a filter proxy sort and filter everything again.
After an edit only a few rows differ: ``sync_rows`` removes the rows that
went, inserts those that came (Qt's row signals, so a proxy and its view
keep the rest as they were), and names the rows that stayed, so the model
can announce ``dataChanged`` for those whose values differ.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from difflib import SequenceMatcher

from PySide6.QtCore import QAbstractItemModel, QModelIndex

# Past this share of rows coming or going, one reset is cheaper than the row signals.
RESET_SHARE = 0.5


def sync_rows(
    model: QAbstractItemModel,
    old_keys: Sequence[Hashable],
    new_keys: Sequence[Hashable],
    remove: Callable[[int, int], None],
    insert: Callable[[int, int, int], None],
) -> list[tuple[int, int]] | None:
    """Turn the model's rows (``old_keys``) into ``new_keys`` with row removals and insertions.

    ``remove(i, j)`` drops the model's rows i..j-1, ``insert(at, j1, j2)``
    puts the new rows j1..j2-1 at ``at``; both are called between Qt's
    begin/end calls. Returns (old row, new row) of every row that stayed, or
    None, having done nothing, when so much differs that a reset is better.
    """
    opcodes = SequenceMatcher(None, list(old_keys), list(new_keys), autojunk=False).get_opcodes()
    moved = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in opcodes if tag != "equal")
    if moved > RESET_SHARE * max(len(old_keys), len(new_keys), 1):
        return None
    for tag, i1, i2, j1, j2 in reversed(opcodes):  # from the end: earlier rows keep their numbers
        if tag in ("replace", "delete"):
            model.beginRemoveRows(QModelIndex(), i1, i2 - 1)
            remove(i1, i2)
            model.endRemoveRows()
        if tag in ("replace", "insert"):
            model.beginInsertRows(QModelIndex(), i1, i1 + (j2 - j1) - 1)
            insert(i1, j1, j2)
            model.endInsertRows()
    return [(i1 + k, j1 + k) for tag, i1, i2, j1, _j2 in opcodes if tag == "equal" for k in range(i2 - i1)]


def redraw_rows(model: QAbstractItemModel, rows: Sequence[int], columns: int) -> None:
    """Announce new values in ``rows``: one ``dataChanged`` over their span, so that a
    sorting proxy places them all at once (row by row, it would place each among
    rows whose values already changed but were not yet announced)."""
    if rows:
        model.dataChanged.emit(model.index(min(rows), 0), model.index(max(rows), columns - 1))
