"""When undoing an edit may mark a reference "unmodified" again.

``Reference.modified`` says the entry no longer reads as its raw .bib text,
so the export writes it from its fields. Any edit sets it. Undoing that
edit brings the fields back, but putting the old flag back blindly is wrong
when undo steps interleave: add to a group, edit the title, undo the group
change; the flag from before the group change (False) would make the export
write the raw text and lose the new title.

So an operation notes, for each reference that was unmodified, a
fingerprint of everything the raw text holds (key, type, fields, number,
completeness, groups). An undo clears the flag only where the entry's
fingerprint is that one again, i.e. the entry is exactly as it was while it
still read as its raw text. Undone in stack order, as the window's undo
stack does, the flag comes back exactly; out of order it may stay set, which
only means the export writes the entry from its fields, never that a
change is lost.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models import Reference, reference_groups

_CHUNK = 500


@dataclass(frozen=True, slots=True)
class UnmodifiedEntries:
    """References that were unmodified before an operation, with their fingerprints then."""

    fingerprints: tuple[tuple[int, str], ...] = ()


def note_unmodified(session: Session, reference_ids: Sequence[int]) -> UnmodifiedEntries:
    """Fingerprints of those of ``reference_ids`` that are unmodified now (call before changing them)."""
    unmodified: list[int] = []
    for start in range(0, len(reference_ids), _CHUNK):
        chunk = reference_ids[start : start + _CHUNK]
        unmodified.extend(
            session.scalars(select(Reference.id).where(Reference.id.in_(chunk), Reference.modified.is_(False)))
        )
    prints = fingerprints(session, sorted(unmodified))
    return UnmodifiedEntries(tuple(sorted(prints.items())))


def mark_modified(session: Session, reference_ids: Sequence[int]) -> None:
    """Mark references modified (written from their fields from now on), bumping their versions."""
    ids = list(reference_ids)
    for start in range(0, len(ids), _CHUNK):
        session.execute(
            update(Reference)
            .where(Reference.id.in_(ids[start : start + _CHUNK]))
            .values(modified=True, version=Reference.version + 1)
            .execution_options(synchronize_session=False)
        )


def clear_where_unchanged(session: Session, noted: UnmodifiedEntries) -> int:
    """Mark unmodified the noted references that are exactly as they were; returns how many."""
    if not noted.fingerprints:
        return 0
    session.flush()
    then = dict(noted.fingerprints)
    now = fingerprints(session, list(then))
    same = [rid for rid, fingerprint in then.items() if now.get(rid) == fingerprint]
    for start in range(0, len(same), _CHUNK):
        session.execute(
            update(Reference)
            .where(Reference.id.in_(same[start : start + _CHUNK]), Reference.modified.is_(True))
            .values(modified=False, version=Reference.version + 1)
            .execution_options(synchronize_session=False)
        )
    return len(same)


def fingerprints(session: Session, reference_ids: Sequence[int]) -> dict[int, str]:
    """A digest of what each reference's raw text would have to say."""
    groups: dict[int, list[int]] = defaultdict(list)
    rows = []
    for start in range(0, len(reference_ids), _CHUNK):
        chunk = reference_ids[start : start + _CHUNK]
        for rid, gid in session.execute(
            select(reference_groups.c.reference_id, reference_groups.c.group_id).where(
                reference_groups.c.reference_id.in_(chunk)
            )
        ):
            groups[rid].append(gid)
        rows.extend(
            session.execute(
                select(
                    Reference.id,
                    Reference.key,
                    Reference.entry_type,
                    Reference.fields,
                    Reference.number,
                    Reference.complete,
                ).where(Reference.id.in_(chunk))
            )
        )
    out: dict[int, str] = {}
    for rid, key, entry_type, fields, number, complete in rows:
        text = json.dumps([key, entry_type, fields, number, bool(complete), sorted(groups.get(rid, []))])
        out[rid] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return out
