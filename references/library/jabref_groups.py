"""Source groups to and from JabRef's group tree (the .bib side of groups)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models import BibBlock as StoredBlock
from models import SourceGroup
from models.errors import ConcurrentEditError
from references.bibtex.groups import (
    GROUPING_KEY,
    LEGACY_EXPLICIT_GROUP,
    LEGACY_GROUPING_KEY,
    STATIC_GROUP,
    GroupNode,
    GroupTree,
    new_root,
    parse_group_lines,
    safe_group_name,
    serialize_group_tree,
)
from references.bibtex.model import BlockKind
from references.interchange.jabref_groups import group_definitions
from models.messages import Messages

LibraryErrors = Messages("LibraryErrors")

# One kept group tree rewritten: (block id, its text before, its text after).
TreeEdit = tuple[int, str, str]

DEFAULT_COLOR = "#8a8a8a"


def jabref_color(color: str) -> str:
    """'#8a8a8a' -> '0x8a8a8aff' (JabRef writes RGBA)."""
    hex_part = color.lstrip("#").lower()
    return f"0x{hex_part[:6]}ff" if len(hex_part) >= 6 else ""


def our_color(color: str | None) -> str:
    """'0x8a8a8aff' -> '#8a8a8a'; anything unreadable gets the default grey."""
    if not color:
        return DEFAULT_COLOR
    hex_part = color.lower().removeprefix("0x").removeprefix("#")
    if len(hex_part) in (6, 8) and all(c in "0123456789abcdef" for c in hex_part):
        return "#" + hex_part[:6]
    return DEFAULT_COLOR


def ensure_group_tree(session: Session, tree: GroupTree) -> None:
    """Create the groups of ``tree`` that the library does not have yet."""

    def visit(node: GroupNode, parent: SourceGroup | None) -> None:
        for child in node.children:
            group = _find(session, child.name, parent)
            if group is None:
                group = SourceGroup(
                    name=child.name,
                    color=our_color(child.color),
                    description=child.description,
                    position=_next_position(session, parent),  # after the groups already there
                    parent=parent,
                    primary=bool(parent and parent.primary),
                )
                session.add(group)
                session.flush()
            visit(child, group)

    visit(tree.root, None)


def resolve_groups(session: Session, names: Iterable[str]) -> dict[str, SourceGroup]:
    """The group for each name (the first of that name), created top-level when unknown."""
    wanted = list(dict.fromkeys(names))
    found: dict[str, SourceGroup] = {}
    # One query per thousand names and one flush, not a query and a flush per name:
    # a groups field naming 5,000 groups is linear.
    for start in range(0, len(wanted), 900):
        chunk = wanted[start : start + 900]
        for group in session.scalars(
            select(SourceGroup).where(SourceGroup.name.in_(chunk)).order_by(SourceGroup.id.desc())
        ):
            found[group.name] = group  # the first of that name wins: ids descending
    missing = [name for name in wanted if name not in found]
    if missing:
        position = _next_position(session)
        for offset, name in enumerate(missing):
            found[name] = SourceGroup(name=name, color=DEFAULT_COLOR, position=position + offset)
            session.add(found[name])
        session.flush()
    return {name: found[name] for name in wanted}


def library_group_tree(session: Session) -> GroupNode:
    """The library's group tree as JabRef nodes.

    A group a JabRef file brought is written as that file defined it (its
    kind and settings, context, expanded flag, icon, and its colour while
    the library's colour is still that one); any other group is static.
    """
    definitions = group_definitions(session)
    root = new_root()

    def add(node: GroupNode, group: SourceGroup) -> GroupNode:
        description = " ".join(group.description.replace("{", "(").replace("}", ")").split())
        child = GroupNode(
            name=safe_group_name(group.name),
            kind=STATIC_GROUP,
            context=0,
            expanded=True,
            color=jabref_color(group.color),
            description=description,
        )
        known = definitions.get(group.name)
        if known is not None:
            child.context, child.expanded, child.icon = known.context, known.expanded, known.icon
            if our_color(known.color) == group.color.lower():
                child.color = known.color
            if " ".join(known.description.split()) == description:
                child.description = known.description
            child.kind, child.parameters, child.has_details = known.kind, known.parameters, known.has_details
            if known.kind == LEGACY_EXPLICIT_GROUP:  # JabRef 2.x lists the members' keys in the tree
                keys = [ref.key for ref in sorted(group.references, key=lambda ref: ref.id)]
                if set(keys) != set(known.parameters):
                    child.parameters = tuple(keys)
        node.children.append(child)
        return child

    # Every group in one query, walked with a stack of our own: no query per group
    # (thousands of groups) and no recursion on the depth of the tree.
    children: dict[int | None, list[SourceGroup]] = {}
    for group in session.scalars(select(SourceGroup).order_by(SourceGroup.position, SourceGroup.id)):
        children.setdefault(group.parent_id, []).append(group)
    pending = [(root, group) for group in reversed(children.get(None, []))]
    while pending:
        node, group = pending.pop()
        child = add(node, group)
        pending.extend((child, sub) for sub in reversed(children.get(group.id, [])))
    return root


def _find(session: Session, name: str, parent: SourceGroup | None) -> SourceGroup | None:
    same_parent = SourceGroup.parent_id == parent.id if parent else SourceGroup.parent_id.is_(None)
    return session.scalars(select(SourceGroup).where(SourceGroup.name == name, same_parent)).first()


def _next_position(session: Session, parent: SourceGroup | None = None) -> int:
    same_parent = SourceGroup.parent_id == parent.id if parent else SourceGroup.parent_id.is_(None)
    positions = session.scalars(select(SourceGroup.position).where(same_parent)).all()
    return max(positions, default=-1) + 1


def group_snapshot(session: Session) -> str:
    """The library's group tree as text, to tell later whether it changed."""
    return "\n".join(serialize_group_tree(library_group_tree(session)))


def rename_in_kept_trees(session: Session, old: str, new: str) -> tuple[TreeEdit, ...]:
    """Rename ``old`` to ``new`` in the group trees the imported files brought.

    A group's JabRef definition (its kind, a keyword or search group's
    condition, its context, icon, expanded flag) is found by its name in
    those trees, so a renamed group must be renamed there too, or it would
    become a plain static group. Returns what changed, for undo."""
    edits: list[TreeEdit] = []
    for block_id, raw in session.execute(
        select(StoredBlock.id, StoredBlock.raw).where(StoredBlock.kind == str(BlockKind.JABREF_META)).order_by(StoredBlock.id)
    ):
        renamed = _renamed_tree(raw or "", old, new)
        if renamed is not None and renamed != raw:
            edits.append((block_id, raw, renamed))
    put_kept_trees(session, tuple(edits), forward=True)
    return tuple(edits)


def put_kept_trees(session: Session, edits: Sequence[TreeEdit], *, forward: bool) -> None:
    """Apply tree edits (``forward``) or take them back, refusing when a tree is not what the edit left."""
    for block_id, before, after in edits:
        expected, wanted = (before, after) if forward else (after, before)
        current = session.scalar(select(StoredBlock.raw).where(StoredBlock.id == block_id))
        if current != expected:
            raise ConcurrentEditError(LibraryErrors.tr(
                          "The group tree of an imported file changed in the meantime; nothing was changed."
                      ))
        session.execute(update(StoredBlock).where(StoredBlock.id == block_id).values(raw=wanted))


def _renamed_tree(raw: str, old: str, new: str) -> str | None:
    head = raw[:80].lower()
    if "grouping:" not in head and "groupstree:" not in head:
        return None
    from references.bibtex import parse_bib  # the parser, only where a group tree is stored

    for block in parse_bib(raw).blocks:
        if block.kind is not BlockKind.JABREF_META or block.key not in (GROUPING_KEY, LEGACY_GROUPING_KEY):
            continue
        root, _errors = parse_group_lines(block.value or "")
        if root is None:
            return None
        nodes = [node for _level, node in root.walk() if node is not root and node.name == old]
        if not nodes:
            return None
        for node in nodes:
            node.name = new
        newline = "\r\n" if "\r\n" in raw else "\n"
        start = raw.lower().index(block.key.lower() + ":") + len(block.key) + 1
        return raw[:start] + newline + "".join(line + newline for line in serialize_group_tree(root)) + "}"
    return None
