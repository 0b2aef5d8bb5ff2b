"""Editing references from the library window: fields, entry type, key, completeness.

Each function runs in the caller's transaction and returns a frozen
``TwoWay`` undoable (``references.storage.undoable``): its ``undo(session)``
takes the step back and returns what makes it again, each in a transaction
of its own. The first edit checks the version the window showed (a row saved
elsewhere in the meantime raises ``StaleEditError``); undo and redo check
instead that the entry still holds what the step left there, so an undo
never erases a change made elsewhere. Group operations are in
``references.library.group_edits``, an undoable BibTeX import in
``references.library.undoable_import``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models import BibBlock as StoredBlock
from models import Reference
from models.errors import ConcurrentEditError
from references.bibtex import field_value, generate_key, is_valid_field_name, is_valid_key
from references.bibtex.dates import companion_values
from references.bibtex.values import plain_value
from references.errors import InputError, NotFoundError
from references.library.modified_flag import UnmodifiedEntries, clear_where_unchanged, note_unmodified
from references.thesis.reference_fields import OWN_FIELDS, refresh_plain_columns, set_field
from references.library.stale_edits import require_version, stale_edits_explained
from references.storage.undoable import NOTHING, REFERENCES, Changed, TwoWay
from models.messages import Messages

LibraryErrors = Messages("LibraryErrors")

_ENTRY_TYPE = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class EntryState:
    """What an entry edit can change."""

    key: str
    entry_type: str
    fields: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, ref: Reference) -> EntryState:
        return cls(ref.key, ref.entry_type, tuple((name, value) for name, value in ref.fields))


@dataclass(frozen=True, slots=True)
class EntryEdit(TwoWay):
    """One change of a reference's key, type or fields, and how to take it back."""

    reference_id: int
    reference_label: str  # how the person knows the reference: "[12] ref12"
    before: EntryState
    after: EntryState
    unmodified: UnmodifiedEntries

    @property
    def label(self) -> str:
        return f"Edit {self.reference_label}"

    @property
    def changed(self) -> Changed:
        if self.before == self.after:
            return NOTHING
        return Changed.of({REFERENCES}, reference_ids=(self.reference_id,))

    def revert(self, session: Session) -> None:
        _put_state(session, self, expected=self.after, target=self.before)
        clear_where_unchanged(session, self.unmodified)

    def reapply(self, session: Session) -> None:
        _put_state(session, self, expected=self.before, target=self.after)


@dataclass(frozen=True, slots=True)
class CompletenessChange(TwoWay):
    """References marked complete or incomplete (only those whose mark changed)."""

    complete: bool
    reference_ids: tuple[int, ...]
    unmodified: UnmodifiedEntries

    @property
    def label(self) -> str:
        return f"Mark {len(self.reference_ids)} reference(s) {'complete' if self.complete else 'incomplete'}"

    @property
    def changed(self) -> Changed:
        return Changed.of({REFERENCES} if self.reference_ids else (), reference_ids=self.reference_ids)

    def revert(self, session: Session) -> None:
        _set_complete(session, self.reference_ids, not self.complete)
        clear_where_unchanged(session, self.unmodified)

    def reapply(self, session: Session) -> None:
        _set_complete(session, self.reference_ids, self.complete)


# --- edits of one entry ---------------------------------------------------------


def set_reference_field(
    session: Session, reference_id: int, name: str, text: str, *, expected_version: int | None = None
) -> EntryEdit:
    """Set a field to what the user typed (stored as a braced raw value); empty text removes it."""
    name = name.strip()
    if not is_valid_field_name(name):
        raise InputError(LibraryErrors.tr(
                      "%1 cannot be a BibTeX field name (no spaces, quotes, braces, commas or =).",
                      repr(name),
                  ))
    if name.lower() in OWN_FIELDS:
        raise InputError(
            LibraryErrors.tr(
                      "The %1 field is kept by Silteme itself: use the group tree, the completeness mark or "
                      "the numbering instead.",
                      name,
                  )
        )
    raw: str | None = None
    if text.strip():
        try:
            raw = field_value(name, text)
        except ValueError as exc:
            raise InputError(LibraryErrors.tr("Cannot store this %1: %2.", name, exc)) from None

    def change(ref: Reference) -> None:
        _set_named_field(ref, name, raw)
        if raw is not None and name.lower() in ("year", "date"):
            # One edit, one undo step: the year and the date never disagree.
            current = {n.lower(): plain_value(v, None, n.lower()) for n, v in ref.fields}
            for other, value in companion_values(name.lower(), text.strip(), current.get("year"), current.get("date")).items():
                _set_named_field(ref, other, field_value(other, value))

    return _edit(session, reference_id, expected_version, change)


def _set_named_field(ref: Reference, name: str, raw: str | None) -> None:
    """Set a field under the spelling the entry already uses for it (``Year`` stays ``Year``)."""
    existing = next((fname for fname, _ in ref.fields if fname.lower() == name.lower()), None)
    set_field(ref, existing or name.lower(), raw)


def set_entry_type(
    session: Session, reference_id: int, entry_type: str, *, expected_version: int | None = None
) -> EntryEdit:
    entry_type = entry_type.strip().lower()
    if not _ENTRY_TYPE.fullmatch(entry_type):
        raise InputError(LibraryErrors.tr(
                      "%1 cannot be an entry type: use letters, e.g. article, book or misc.",
                      repr(entry_type),
                  ))

    def change(ref: Reference) -> None:
        ref.entry_type = entry_type

    return _edit(session, reference_id, expected_version, change)


def set_reference_key(
    session: Session, reference_id: int, key: str, *, expected_version: int | None = None
) -> EntryEdit:
    """Give a reference a key typed by hand: usable by BibTeX and not used by another entry."""
    key = key.strip()
    if not is_valid_key(key):
        raise InputError(
            LibraryErrors.tr(
                      "%1 cannot be a citation key: it must not be empty or hold spaces, quotes, braces, "
                      "commas, #, %, ~, =, ( ) or backslashes.",
                      repr(key),
                  )
        )
    _refuse_taken_key(session, reference_id, key)

    def change(ref: Reference) -> None:
        ref.key = key

    return _edit(session, reference_id, expected_version, change)


def generate_reference_key(
    session: Session, reference_id: int, *, expected_version: int | None = None
) -> EntryEdit:
    """Give a reference a JabRef-style ``[auth][year]`` key (``a``, ``b``... when taken)."""
    ref = _load(session, reference_id)
    others = session.scalars(select(Reference.key).where(Reference.id != reference_id))
    key = generate_key(ref.fields, others, entry_strings(session, reference_id))

    def change(target: Reference) -> None:
        target.key = key

    return _edit(session, reference_id, expected_version, change)


def set_complete(session: Session, reference_ids: Sequence[int], complete: bool) -> CompletenessChange:
    """Mark references complete (all their data checked) or incomplete."""
    ids = sorted(set(reference_ids))
    changing: list[int] = []
    found = 0
    for start in range(0, len(ids), _CHUNK):
        for rid, was_complete in session.execute(
            select(Reference.id, Reference.complete).where(Reference.id.in_(ids[start : start + _CHUNK]))
        ):
            found += 1
            if was_complete != complete:
                changing.append(rid)
    if found != len(ids):
        raise NotFoundError(LibraryErrors.tr(
                      "Some of these references are no longer in the library (deleted elsewhere?)."
                  ))
    changing.sort()
    unmodified = note_unmodified(session, changing)
    _set_complete(session, changing, complete)
    return CompletenessChange(complete, tuple(changing), unmodified)


# --- helpers ---------------------------------------------------------------------


def entry_strings(session: Session, reference_id: int) -> dict[str, str]:
    """The @string macros of the .bib files a reference came from (for its plain text)."""
    sources = select(StoredBlock.source_id).where(StoredBlock.reference_id == reference_id)
    raws = session.scalars(
        select(StoredBlock.raw)
        .where(StoredBlock.source_id.in_(sources), StoredBlock.kind == "string")
        .order_by(StoredBlock.source_id, StoredBlock.position)
    ).all()
    if not raws:
        return {}
    from references.bibtex import parse_bib  # the parser, only for entries whose file had macros

    return parse_bib("\n".join(raws)).strings


def reference_label(ref: Reference) -> str:
    return f"[{ref.number}] {ref.key}" if ref.number is not None else ref.key


def _load(session: Session, reference_id: int) -> Reference:
    ref = session.get(Reference, reference_id)
    if ref is None:
        raise NotFoundError(LibraryErrors.tr("No reference with id %1 in this library (was it deleted?).", reference_id))
    return ref


def _edit(
    session: Session,
    reference_id: int,
    expected_version: int | None,
    change: Callable[[Reference], None],
) -> EntryEdit:
    with stale_edits_explained(session):
        ref = _load(session, reference_id)
        require_version(ref, expected_version)
        before = EntryState.of(ref)
        label = reference_label(ref)
        # Queried before the change: a query would flush it half-done.
        strings = entry_strings(session, reference_id)
        unmodified = note_unmodified(session, [reference_id])
        change(ref)
        if EntryState.of(ref) == before:
            session.expire(ref)  # e.g. the same text typed again: the row stays untouched
            return EntryEdit(reference_id, label, before, before, unmodified)
        refresh_plain_columns(ref, strings)
    return EntryEdit(reference_id, label, before, EntryState.of(ref), unmodified)


def _put_state(session: Session, edit: EntryEdit, *, expected: EntryState, target: EntryState) -> None:
    with stale_edits_explained(session):
        ref = session.get(Reference, edit.reference_id)
        if ref is None:
            raise ConcurrentEditError(LibraryErrors.tr(
                          "Reference %1 was deleted in the meantime; nothing was changed.",
                          edit.reference_label,
                      ))
        if EntryState.of(ref) != expected:
            raise ConcurrentEditError(
                LibraryErrors.tr(
                          "Reference %1 was changed after this step (in another window or program), so it cannot "
                          "be taken back without losing that change. Nothing was changed.",
                          edit.reference_label,
                      )
            )
        if target.key != ref.key:
            _refuse_taken_key(session, ref.id, target.key)
        strings = entry_strings(session, ref.id)
        ref.key = target.key
        ref.entry_type = target.entry_type
        ref.fields = [[name, value] for name, value in target.fields]
        refresh_plain_columns(ref, strings)


def _refuse_taken_key(session: Session, reference_id: int, key: str) -> None:
    """BibTeX compares keys ignoring case, so ``Smith2020`` and ``smith2020`` clash."""
    wanted = key.casefold()
    for other_id, other_key, number in session.execute(
        select(Reference.id, Reference.key, Reference.number).where(Reference.id != reference_id)
    ):
        if other_key.casefold() == wanted:
            if number is not None:
                problem = LibraryErrors.tr(
                    "The key %1 is already used by reference [%2] (%3); keys must be unique.", repr(key), number, other_key)
            else:
                problem = LibraryErrors.tr(
                    "The key %1 is already used by another reference (%2); keys must be unique.", repr(key), other_key)
            raise InputError(problem)


def _set_complete(session: Session, reference_ids: Sequence[int], complete: bool) -> None:
    for start in range(0, len(reference_ids), _CHUNK):
        session.execute(
            update(Reference)
            .where(Reference.id.in_(reference_ids[start : start + _CHUNK]))
            .values(complete=complete, modified=True, version=Reference.version + 1)
            .execution_options(synchronize_session=False)
        )


__all__ = [
    "CompletenessChange",
    "EntryEdit",
    "EntryState",
    "entry_strings",
    "generate_reference_key",
    "reference_label",
    "set_complete",
    "set_entry_type",
    "set_reference_field",
    "set_reference_key",
]
