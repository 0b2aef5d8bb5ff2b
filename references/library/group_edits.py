"""Source groups edited from the library window: the tree, and which references are in it.

Each function runs in the caller's transaction and returns a frozen
``TwoWay`` undoable (``references.storage.undoable``): ``undo(session)``
takes the step back and returns what makes it again.
Undo and redo first check that the library still holds what the step left
there, and refuse with ``ConcurrentEditError`` otherwise.

Rules, and why:

- A group name is unique in the whole library (ignoring case), not only
  among siblings: a .bib file names a reference's groups by name alone
  (``groups = {Legal acts}``), so two groups of one name could not be told
  apart there. Names a .bib file cannot hold (braces, commas, line breaks)
  are refused.
- Deleting a group keeps its references; the group, its subgroups and
  their memberships are copied first so that undo brings back the same rows.
- A membership change, or renaming a group a reference is in, changes what
  the reference's ``groups`` field must say, so the reference is marked
  modified (written from its fields on export).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, delete, insert, select, update
from sqlalchemy.orm import Session

from models import Reference, SourceGroup, reference_groups
from models.errors import ConcurrentEditError
from references.library.jabref_groups import DEFAULT_COLOR, TreeEdit, put_kept_trees, rename_in_kept_trees
from references.bibtex import group_name_problem
from references.errors import InputError, NotFoundError
from references.library.modified_flag import UnmodifiedEntries, clear_where_unchanged, mark_modified, note_unmodified
from references.library.row_snapshots import TableRows, copy_rows, delete_rows, insert_rows, parents_first, rows_match
from references.storage.undoable import GROUPS, REFERENCES, Changed, TwoWay
from models.messages import Messages

LibraryErrors = Messages("LibraryErrors")

_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_CHUNK = 500

# (group id, parent id, position)
Placement = tuple[int, int | None, int]


@dataclass(frozen=True, slots=True)
class GroupCreated(TwoWay):
    group_id: int
    name: str
    row: TableRows

    @property
    def label(self) -> str:
        return f"New group {self.name}"

    @property
    def changed(self) -> Changed:
        return Changed.of({GROUPS}, group_ids=(self.group_id,))

    def revert(self, session: Session) -> None:
        if _has_members_or_children(session, [self.group_id]):
            raise ConcurrentEditError(
                LibraryErrors.tr(
                          "The group %1 has references or subgroups now (added in another window?), so undoing its "
                          "creation would lose them. Nothing was changed.",
                          repr(self.name),
                      )
            )
        _require_rows(session, self.row, self.name)
        delete_rows(session, self.row)

    def reapply(self, session: Session) -> None:
        _refuse_taken_name(session, self.name, None)
        insert_rows(session, self.row, LibraryErrors.tr("the group %1", repr(self.name)))


@dataclass(frozen=True, slots=True)
class GroupRenamed(TwoWay):
    group_id: int
    old_name: str
    new_name: str
    unmodified: UnmodifiedEntries
    old_name_en: str = ""  # the old name's English translation (a new name has none)
    kept_trees: tuple[TreeEdit, ...] = ()  # the imported files' group trees that name the group

    @property
    def label(self) -> str:
        return f"Rename group {self.old_name} to {self.new_name}"

    @property
    def changed(self) -> Changed:  # members are written with the group's name
        return Changed.of({GROUPS, REFERENCES} if self.old_name != self.new_name else (), group_ids=(self.group_id,))

    def revert(self, session: Session) -> None:
        _rename(session, self.group_id, self.new_name, self.old_name, self.old_name_en)
        put_kept_trees(session, self.kept_trees, forward=False)
        clear_where_unchanged(session, self.unmodified)

    def reapply(self, session: Session) -> None:
        _rename(session, self.group_id, self.old_name, self.new_name)
        put_kept_trees(session, self.kept_trees, forward=True)


@dataclass(frozen=True, slots=True)
class GroupRecolored(TwoWay):
    group_id: int
    name: str
    old_color: str
    new_color: str

    @property
    def label(self) -> str:
        return f"Recolour group {self.name}"

    @property
    def changed(self) -> Changed:
        return Changed.of({GROUPS} if self.old_color.lower() != self.new_color.lower() else (), group_ids=(self.group_id,))

    def revert(self, session: Session) -> None:
        _recolor(session, self.group_id, self.name, self.new_color, self.old_color)

    def reapply(self, session: Session) -> None:
        _recolor(session, self.group_id, self.name, self.old_color, self.new_color)


@dataclass(frozen=True, slots=True)
class GroupMoved(TwoWay):
    group_id: int
    name: str
    before: tuple[Placement, ...]  # every group whose place the move changed
    after: tuple[Placement, ...]

    @property
    def label(self) -> str:
        return f"Move group {self.name}"

    @property
    def changed(self) -> Changed:
        return Changed.of({GROUPS} if self.before != self.after else (), group_ids={p[0] for p in self.before + self.after})

    def revert(self, session: Session) -> None:
        _place(session, self.name, expected=self.after, target=self.before)

    def reapply(self, session: Session) -> None:
        _place(session, self.name, expected=self.before, target=self.after)


@dataclass(frozen=True, slots=True)
class GroupDeleted(TwoWay):
    group_id: int
    name: str
    groups: TableRows  # the group and its subgroups, parents first
    memberships: TableRows
    unmodified: UnmodifiedEntries

    @property
    def label(self) -> str:
        return f"Delete group {self.name}"

    @property
    def changed(self) -> Changed:
        return Changed.of({GROUPS, REFERENCES}, reference_ids=self.reference_ids, group_ids=self.groups.values("id"))

    @property
    def reference_ids(self) -> list[int]:
        return sorted(set(self.memberships.values("reference_id")))

    def revert(self, session: Session) -> None:
        _refuse_taken_name(session, self.name, None)
        insert_rows(session, self.groups, LibraryErrors.tr("the group %1", repr(self.name)))
        insert_rows(session, self.memberships, LibraryErrors.tr("the references of %1", repr(self.name)))
        _mark_modified(session, self.reference_ids)
        clear_where_unchanged(session, self.unmodified)

    def reapply(self, session: Session) -> None:
        _require_rows(session, self.groups, self.name)
        _delete_groups(session, self.groups, self.memberships)


@dataclass(frozen=True, slots=True)
class MembershipChange(TwoWay):
    """References put into a group (``added``) or taken out of it."""

    group_id: int
    group_name: str
    added: bool
    reference_ids: tuple[int, ...]  # only those whose membership changed
    unmodified: UnmodifiedEntries

    @property
    def label(self) -> str:
        where = "to" if self.added else "from"
        return f"{'Add' if self.added else 'Remove'} {len(self.reference_ids)} reference(s) {where} {self.group_name}"

    @property
    def changed(self) -> Changed:
        return Changed.of({GROUPS, REFERENCES} if self.reference_ids else (), reference_ids=self.reference_ids,
                          group_ids=(self.group_id,))

    def revert(self, session: Session) -> None:
        _change_membership(session, self.group_id, self.group_name, self.reference_ids, add=not self.added)
        clear_where_unchanged(session, self.unmodified)

    def reapply(self, session: Session) -> None:
        _change_membership(session, self.group_id, self.group_name, self.reference_ids, add=self.added)


# --- the operations ------------------------------------------------------------------


def create_group(
    session: Session, name: str, *, parent_id: int | None = None, color: str | None = None
) -> GroupCreated:
    """A new group, last among its siblings; a subgroup of a primary-source group is primary too."""
    name = _check_name(name)
    _refuse_taken_name(session, name, None)
    parent = _group(session, parent_id) if parent_id is not None else None
    color = _check_color(color) if color is not None else DEFAULT_COLOR
    group = SourceGroup(
        name=name,
        color=color,
        parent=parent,
        position=_next_position(session, parent_id),
        primary=bool(parent and parent.primary),
    )
    session.add(group)
    session.flush()
    return GroupCreated(group.id, name, copy_rows(session, "source_groups", SourceGroup.id == group.id))


def rename_group(session: Session, group_id: int, name: str) -> GroupRenamed:
    group = _group(session, group_id)
    name = _check_name(name)
    if name == group.name:
        return GroupRenamed(group_id, group.name, name, UnmodifiedEntries())
    _refuse_taken_name(session, name, group_id)
    members = _direct_members(session, [group_id])
    old, old_en = group.name, group.name_en
    unmodified = note_unmodified(session, members)
    _rename(session, group_id, old, name)
    # a JabRef group (keyword, search, automatic...) keeps its definition under the new name
    trees = rename_in_kept_trees(session, old, name)
    return GroupRenamed(group_id, old, name, unmodified, old_en, trees)


def recolor_group(session: Session, group_id: int, color: str) -> GroupRecolored:
    group = _group(session, group_id)
    color = _check_color(color)
    result = GroupRecolored(group_id, group.name, group.color, color)
    if result.changed:
        _recolor(session, group_id, group.name, group.color, color)
    return result


def move_group(session: Session, group_id: int, parent_id: int | None, position: int | None = None) -> GroupMoved:
    """Put a group under ``parent_id`` (None: top level) at ``position`` among its new siblings (None: last)."""
    group = _group(session, group_id)
    if parent_id is not None:
        _group(session, parent_id)
        if parent_id in _subtree(session, group_id):
            raise InputError(LibraryErrors.tr(
                          "The group %1 cannot be put inside itself or one of its own subgroups.",
                          repr(group.name),
                      ))
    siblings = [
        gid
        for gid in session.scalars(
            select(SourceGroup.id)
            .where(_parent_is(parent_id), SourceGroup.id != group_id)
            .order_by(SourceGroup.position, SourceGroup.id)
        )
    ]
    index = len(siblings) if position is None else max(0, min(position, len(siblings)))
    siblings.insert(index, group_id)
    wanted = {gid: (parent_id, pos) for pos, gid in enumerate(siblings)}
    current = {
        gid: (pid, pos)
        for gid, pid, pos in session.execute(
            select(SourceGroup.id, SourceGroup.parent_id, SourceGroup.position).where(SourceGroup.id.in_(wanted))
        )
    }
    moving = sorted(gid for gid in wanted if current[gid] != wanted[gid])
    before = tuple((gid, *current[gid]) for gid in moving)
    after = tuple((gid, *wanted[gid]) for gid in moving)
    result = GroupMoved(group_id, group.name, before, after)
    if result.changed:
        _place(session, group.name, expected=before, target=after)
    return result


def delete_group(session: Session, group_id: int) -> GroupDeleted:
    """Delete a group and its subgroups; their references stay in the library."""
    group = _group(session, group_id)
    ids = _subtree(session, group_id)
    groups = parents_first(copy_rows(session, "source_groups", SourceGroup.id.in_(ids)))
    memberships = copy_rows(session, "reference_groups", reference_groups.c.group_id.in_(ids))
    unmodified = note_unmodified(session, sorted(set(memberships.values("reference_id"))))
    name = group.name
    session.expunge(group)  # the rows go through Core from here on
    _delete_groups(session, groups, memberships)
    return GroupDeleted(group_id, name, groups, memberships, unmodified)


def add_to_group(session: Session, reference_ids: Sequence[int], group_id: int) -> MembershipChange:
    """Put references into a group (those already in it are left alone)."""
    group = _group(session, group_id)
    members = set(_direct_members(session, [group_id]))
    changing = sorted(set(_existing_references(session, reference_ids)) - members)
    unmodified = note_unmodified(session, changing)
    _change_membership(session, group_id, group.name, changing, add=True)
    return MembershipChange(group_id, group.name, True, tuple(changing), unmodified)


def remove_from_group(session: Session, reference_ids: Sequence[int], group_id: int) -> MembershipChange:
    """Take references out of a group (only the group itself, not its subgroups)."""
    group = _group(session, group_id)
    members = set(_direct_members(session, [group_id]))
    changing = sorted(set(reference_ids) & members)
    unmodified = note_unmodified(session, changing)
    _change_membership(session, group_id, group.name, changing, add=False)
    return MembershipChange(group_id, group.name, False, tuple(changing), unmodified)


# --- steps shared by the operations and their undo -------------------------------------


def _rename(session: Session, group_id: int, expected: str, name: str, name_en: str = "") -> None:
    current = session.scalar(select(SourceGroup.name).where(SourceGroup.id == group_id))
    if current != expected:
        raise ConcurrentEditError(
            LibraryErrors.tr(
                      "The group %1 was renamed or deleted in the meantime; nothing was changed.",
                      repr(expected),
                  )
        )
    _refuse_taken_name(session, name, group_id)
    # A new name is the person's own: the old one's English translation no longer fits it.
    session.execute(update(SourceGroup).where(SourceGroup.id == group_id).values(name=name, name_en=name_en))
    _mark_modified(session, _direct_members(session, [group_id]))


def _recolor(session: Session, group_id: int, name: str, expected: str, color: str) -> None:
    current = session.scalar(select(SourceGroup.color).where(SourceGroup.id == group_id))
    if current is None or current.lower() != expected.lower():
        raise ConcurrentEditError(LibraryErrors.tr(
                      "The colour of %1 was changed in the meantime; nothing was changed.",
                      repr(name),
                  ))
    session.execute(update(SourceGroup).where(SourceGroup.id == group_id).values(color=color))


def _place(
    session: Session, name: str, *, expected: tuple[Placement, ...], target: tuple[Placement, ...]
) -> None:
    ids = [gid for gid, _, _ in expected]
    current = set(session.execute(select(SourceGroup.id, SourceGroup.parent_id, SourceGroup.position).where(SourceGroup.id.in_(ids))))
    if current != set(expected):
        raise ConcurrentEditError(LibraryErrors.tr(
                      "The group tree around %1 changed in the meantime; nothing was moved.",
                      repr(name),
                  ))
    for gid, parent_id, position in target:
        session.execute(update(SourceGroup).where(SourceGroup.id == gid).values(parent_id=parent_id, position=position))


def _delete_groups(session: Session, groups: TableRows, memberships: TableRows) -> None:
    members = sorted(set(memberships.values("reference_id")))
    delete_rows(session, memberships)
    _mark_modified(session, members)
    # Children first: the parent_id foreign key would refuse the other order.
    for gid in reversed(groups.values("id")):
        session.execute(delete(SourceGroup).where(SourceGroup.id == gid))


def _change_membership(
    session: Session, group_id: int, group_name: str, reference_ids: Sequence[int], *, add: bool
) -> None:
    if not reference_ids:
        return
    if session.scalar(select(SourceGroup.id).where(SourceGroup.id == group_id)) is None:
        raise ConcurrentEditError(LibraryErrors.tr(
                      "The group %1 was deleted in the meantime; nothing was changed.",
                      repr(group_name),
                  ))
    ids = list(reference_ids)
    members = set(_direct_members(session, [group_id]))
    clash = [rid for rid in ids if (rid in members) == add]
    if clash:
        if add:
            problem = LibraryErrors.tr(
                "%1 of these references are already in %2 (changed in another window?); nothing was changed.",
                len(clash), repr(group_name))
        else:
            problem = LibraryErrors.tr(
                "%1 of these references are no longer in %2 (changed in another window?); nothing was changed.",
                len(clash), repr(group_name))
        raise ConcurrentEditError(problem)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        if add:
            session.execute(insert(reference_groups), [{"reference_id": rid, "group_id": group_id} for rid in chunk])
        else:
            session.execute(
                delete(reference_groups).where(
                    reference_groups.c.group_id == group_id, reference_groups.c.reference_id.in_(chunk)
                )
            )
    _mark_modified(session, ids)


def _mark_modified(session: Session, reference_ids: Sequence[int]) -> None:
    mark_modified(session, reference_ids)


# --- look-ups --------------------------------------------------------------------------


def _group(session: Session, group_id: int) -> SourceGroup:
    group = session.get(SourceGroup, group_id)
    if group is None:
        raise NotFoundError(LibraryErrors.tr("No source group with id %1 in this library (was it deleted?).", group_id))
    return group


def _check_name(name: str) -> str:
    name = " ".join(name.split())
    problem = group_name_problem(name)
    if problem is not None:
        raise InputError(problem)
    return name


def _check_color(color: str) -> str:
    if not _COLOR.fullmatch(color.strip()):
        raise InputError(LibraryErrors.tr("%1 is not a colour of the form #rrggbb.", repr(color)))
    return color.strip().lower()


def _refuse_taken_name(session: Session, name: str, group_id: int | None) -> None:
    wanted = name.casefold()
    for gid, other in session.execute(select(SourceGroup.id, SourceGroup.name)):
        if gid != group_id and other.casefold() == wanted:
            raise InputError(
                LibraryErrors.tr(
                          "A group named %1 already exists. A .bib file names groups by name only, so each group "
                          "needs a name of its own.",
                          repr(other),
                      )
            )


def _parent_is(parent_id: int | None) -> ColumnElement[bool]:
    return SourceGroup.parent_id.is_(None) if parent_id is None else SourceGroup.parent_id == parent_id


def _next_position(session: Session, parent_id: int | None) -> int:
    positions = session.scalars(select(SourceGroup.position).where(_parent_is(parent_id))).all()
    return max(positions, default=-1) + 1


def _subtree(session: Session, group_id: int) -> list[int]:
    """The group and every group below it, parents before children."""
    children: dict[int | None, list[int]] = {}
    for gid, parent_id in session.execute(
        select(SourceGroup.id, SourceGroup.parent_id).order_by(SourceGroup.position, SourceGroup.id)
    ):
        children.setdefault(parent_id, []).append(gid)
    out = [group_id]
    for gid in out:  # grows while walking: breadth first
        out.extend(children.get(gid, []))
    return out


def _direct_members(session: Session, group_ids: Sequence[int]) -> list[int]:
    return sorted(
        set(
            session.scalars(
                select(reference_groups.c.reference_id).where(reference_groups.c.group_id.in_(group_ids))
            )
        )
    )


def _existing_references(session: Session, reference_ids: Sequence[int]) -> list[int]:
    ids = sorted(set(reference_ids))
    found: list[int] = []
    for start in range(0, len(ids), _CHUNK):
        found.extend(session.scalars(select(Reference.id).where(Reference.id.in_(ids[start : start + _CHUNK]))))
    if len(found) != len(ids):
        raise NotFoundError(LibraryErrors.tr(
                      "Some of these references are no longer in the library (deleted elsewhere?)."
                  ))
    return found


def _has_members_or_children(session: Session, group_ids: Sequence[int]) -> bool:
    child = session.scalar(select(SourceGroup.id).where(SourceGroup.parent_id.in_(group_ids)).limit(1))
    return child is not None or bool(_direct_members(session, group_ids))


def _require_rows(session: Session, rows: TableRows, group_name: str) -> None:
    if not rows_match(session, rows, ["name", "parent_id"]):
        raise ConcurrentEditError(
            LibraryErrors.tr("The group %1 was changed in the meantime; nothing was changed.", repr(group_name)))


__all__ = [
    "GroupCreated",
    "GroupDeleted",
    "GroupMoved",
    "GroupRecolored",
    "GroupRenamed",
    "MembershipChange",
    "add_to_group",
    "create_group",
    "delete_group",
    "move_group",
    "recolor_group",
    "remove_from_group",
    "rename_group",
]
