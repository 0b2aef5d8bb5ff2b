"""Entries kept under another key than the one their file gives them.

A file may give two entries one key, or an entry no key at all. The
import keeps every such entry: the library gives it a key of its own (the
repeated key with a letter suffix, as JabRef does; a generated one for an
empty key) while the entry is still written back exactly as the file had
it, so the file round-trips byte for byte with its duplicates. That is a
problem shown to the person until it is resolved, by one of:

- ``give_own_keys``: the entries are written with the library's key from
  now on (the rename with a suffix, on request); undoable;
- ``merge_same_works``: an entry that is the same work as the one whose key
  it repeats (same title, and same DOI when both have one) is merged into it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Reference
from models.errors import ConcurrentEditError
from references.bibtex.keys import written_key
from references.library.modified_flag import UnmodifiedEntries, clear_where_unchanged, mark_modified, note_unmodified
from references.library.merging import MergeResult, merge_conflicts, merge_references
from references.storage.undoable import REFERENCES, Changed, TwoWay
from models.messages import Messages

LibraryErrors = Messages("LibraryErrors")



@dataclass(frozen=True, slots=True)
class KeyConflict:
    reference_id: int
    library_key: str
    written_key: str  # "" for an entry that has no key in its file
    title: str

    def sentence(self) -> str:
        if not self.written_key:
            return (
                f"An entry without a citation key ({self.title or 'untitled'}) is kept as {self.library_key}; "
                "it is written back without a key until it is given one."
            )
        return (
            f"The entry {self.title or 'untitled'!s} repeats the key {self.written_key!r}; the library keeps "
            f"it as {self.library_key} and writes it back with the repeated key until it is given its own."
        )


def key_conflicts(session: Session, reference_ids: Sequence[int] | None = None) -> list[KeyConflict]:
    """Entries still written with a key other than their key in the library."""
    stmt = select(Reference.id, Reference.key, Reference.raw, Reference.title).where(
        Reference.raw.is_not(None), Reference.modified.is_(False)
    )
    conflicts: list[KeyConflict] = []
    for rid, key, raw, title in session.execute(stmt.order_by(Reference.id)):
        if reference_ids is not None and rid not in reference_ids:
            continue
        written = written_key(raw)
        if written is not None and written != key:
            conflicts.append(KeyConflict(rid, key, written, title))
    return conflicts


@dataclass(frozen=True, slots=True)
class KeysGiven(TwoWay):
    """Entries that are written with their library key from now on."""

    reference_ids: tuple[int, ...]
    unmodified: UnmodifiedEntries

    @property
    def label(self) -> str:
        return f"Give {len(self.reference_ids)} entries a key of their own"

    @property
    def changed(self) -> Changed:
        return Changed.of({REFERENCES} if self.reference_ids else (), reference_ids=self.reference_ids)

    def revert(self, session: Session) -> None:
        clear_where_unchanged(session, self.unmodified)

    def reapply(self, session: Session) -> None:
        still = {c.reference_id for c in key_conflicts(session, self.reference_ids)}
        if still != set(self.reference_ids):
            raise ConcurrentEditError(
                LibraryErrors.tr(
                          "Some of these entries were changed in the meantime (in another window?); nothing was "
                          "changed."
                      )
            )
        mark_modified(session, self.reference_ids)


def give_own_keys(session: Session, reference_ids: Sequence[int] | None = None) -> KeysGiven:
    """Write the conflicting entries (all, or those named) with their own library key."""
    ids = tuple(c.reference_id for c in key_conflicts(session, reference_ids))
    unmodified = note_unmodified(session, list(ids))
    mark_modified(session, ids)
    return KeysGiven(ids, unmodified)


def merge_same_works(session: Session) -> list[MergeResult]:
    """Merge each repeated-key entry into the entry whose key it repeats, when both are one work.

    One work: the same title (ignoring case and punctuation) and, when both
    have a DOI, the same DOI. Where the two differ in a field, the first
    entry's value is kept. Entries that are different works are left alone.
    """
    from references.library.bib_import import normalise_doi, title_key

    results: list[MergeResult] = []
    for conflict in key_conflicts(session):
        if not conflict.written_key:
            continue
        keep = session.scalars(select(Reference).where(Reference.key == conflict.written_key)).first()
        drop = session.get(Reference, conflict.reference_id)
        if keep is None or drop is None or keep.id == drop.id:
            continue
        if not keep.title or title_key(keep.title) != title_key(drop.title):
            continue
        keep_doi, drop_doi = keep.field("doi"), drop.field("doi")
        if keep_doi and drop_doi and normalise_doi(keep_doi.strip("{}\"")) != normalise_doi(drop_doi.strip("{}\"")):
            continue
        choices = {c.name: "keep" for c in merge_conflicts(session, keep.id, drop.id)}
        results.append(merge_references(session, keep.id, drop.id, choices))
    return results


__all__ = ["KeyConflict", "KeysGiven", "give_own_keys", "key_conflicts", "merge_same_works", "written_key"]
