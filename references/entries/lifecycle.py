"""New, duplicated and deleted entries of the reference library.

Each function runs in the caller's transaction and returns a frozen result
that can ``undo(session)`` and ``redo(session)`` itself, like the edits in
``references.library.entry_edits``. A new entry (blank or a copy) belongs to the
library, not to a document's numbered bibliography: numbering is the
thesis's business (``renumber``). A reference the text cites is never
deleted: its markers would point at nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain, count

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import BibBlock, CitationTarget, Reference
from references.errors import InputError, NotFoundError
from references.library.merging import ReferenceSnapshot, _restore, _snapshot
from references.thesis.reference_fields import refresh_plain_columns
from references.storage.undoable import GROUPS, REFERENCES, Changed, TwoWay
from models.messages import Messages

EntriesErrors = Messages("EntriesErrors")

NEW_KEY = "new"


@dataclass(frozen=True, slots=True)
class EntryChange(TwoWay):
    """An entry that came (``created``) or went: undo and redo take it away or put it back whole."""

    snapshot: ReferenceSnapshot
    created: bool

    @property
    def label(self) -> str:
        return f"{'New entry' if self.created else 'Delete'} {self.snapshot.key}"

    @property
    def changed(self) -> Changed:  # an entry came or went: always a step to undo
        return Changed.of({REFERENCES, GROUPS}, reference_ids=(self.snapshot.id,), group_ids=self.snapshot.group_ids)

    @property
    def reference_id(self) -> int:
        return self.snapshot.id

    def revert(self, session: Session) -> None:
        (_remove if self.created else _put_back)(session, self.snapshot)

    def reapply(self, session: Session) -> None:
        (_put_back if self.created else _remove)(session, self.snapshot)


def create_entry(session: Session, entry_type: str = "misc") -> EntryChange:
    """A blank entry with a key of its own (``new``, ``new2``…), incomplete."""
    ref = Reference(document_id=None, number=None, key=_free_key(session, NEW_KEY), entry_type=entry_type,
                    fields=[], raw=None, modified=True, complete=False)
    refresh_plain_columns(ref)
    session.add(ref)
    session.flush()
    return EntryChange(_snapshot(session, ref), created=True)


def duplicate_entry(session: Session, reference_id: int) -> EntryChange:
    """A copy of an entry's type, fields and groups under a new key, outside any numbered bibliography."""
    source = _load(session, reference_id)
    ref = Reference(document_id=None, number=None, key=_free_key(session, f"{source.key}-copy"), entry_type=source.entry_type,
                    fields=[list(f) for f in source.fields], raw=None, modified=True, complete=False)
    refresh_plain_columns(ref)
    ref.groups = list(source.groups)
    session.add(ref)
    session.flush()
    return EntryChange(_snapshot(session, ref), created=True)


def delete_entry(session: Session, reference_id: int) -> EntryChange:
    """Delete an entry the text does not cite (its groups and .bib origin are kept for the undo)."""
    ref = _load(session, reference_id)
    cited = session.scalar(select(func.count()).select_from(CitationTarget).where(CitationTarget.reference_id == ref.id))
    if cited:
        raise InputError(
            EntriesErrors.tr(
                      "%1 is still cited in the text (citations: %2); remove those citations or merge it into another "
                      "entry first. Nothing was deleted.",
                      ref.key, cited,
                  )
        )
    snapshot = _snapshot(session, ref)
    session.delete(ref)
    session.flush()
    return EntryChange(snapshot, created=False)


def _remove(session: Session, snapshot: ReferenceSnapshot) -> None:
    ref = session.get(Reference, snapshot.id)
    if ref is not None:
        session.delete(ref)
        session.flush()


def _put_back(session: Session, snapshot: ReferenceSnapshot) -> None:
    if session.get(Reference, snapshot.id) is not None:
        return  # already there (a redo after a redo)
    taken = session.scalar(select(Reference.id).where(Reference.key == snapshot.key))
    if taken is not None:
        raise InputError(EntriesErrors.tr(
                      "Another entry has taken the key %1 meanwhile; this step cannot be repeated.",
                      snapshot.key,
                  ))
    ref = Reference(id=snapshot.id)
    session.add(ref)
    _restore(session, ref, snapshot)
    session.flush()
    for block_id in snapshot.bib_block_ids:  # the .bib block it was imported from, for a whole-library export
        stored = session.get(BibBlock, block_id)
        if stored is not None:
            stored.reference_id = ref.id
    ref.modified = snapshot.modified  # restoring the fields counted as an edit
    session.flush()


def _free_key(session: Session, base: str) -> str:
    """``base`` itself, else ``base2``, ``base3``… (the first not taken)."""
    taken = set(session.scalars(select(Reference.key).where(Reference.key.startswith(base))))
    return next(key for key in chain([base], (f"{base}{n}" for n in count(2))) if key not in taken)


def _load(session: Session, reference_id: int) -> Reference:
    ref = session.get(Reference, reference_id)
    if ref is None:
        raise NotFoundError(EntriesErrors.tr("No reference %1 in this library.", reference_id))
    return ref
