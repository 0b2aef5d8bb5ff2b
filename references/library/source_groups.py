"""Source groups: the declared tree (resources/source-groups.json) and membership."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Reference, SourceGroup
from references.errors import InputError
from references.numbers import parse_number_list
from models.messages import Messages

LibraryErrors = Messages("LibraryErrors")

# Primary sources, as opposed to scholarly literature: the audit asks for
# one of these behind claims in sections where the user wants them. Named
# by their English names, whatever language the groups are stored in.
PRIMARY_GROUPS = {"Legal acts", "Diplomatic documents", "Speeches and statements", "Statistics and reference data"}


@dataclass
class GroupSpec:
    name: str
    color: str
    numbers: list[int]
    name_local: str = ""
    name_en: str = ""
    description: str = ""
    children: list[GroupSpec] = field(default_factory=list)


def load_declaration(path: Path) -> list[GroupSpec]:
    """Read a group declaration; InputError says what is wrong and where."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(LibraryErrors.tr("%1: cannot read the source-group declaration (%2).", path, exc)) from None
    if not isinstance(data, dict) or not isinstance(data.get("groups"), list):
        raise InputError(LibraryErrors.tr("%1: expected an object with a 'groups' list.", path))
    return [_spec(item, f"{path}: groups[{i}]") for i, item in enumerate(data["groups"])]


def _spec(item: object, where: str) -> GroupSpec:
    if not isinstance(item, dict) or not isinstance(item.get("name"), str):
        raise InputError(LibraryErrors.tr("%1: each group needs a 'name'.", where))
    try:
        numbers = parse_number_list(str(item.get("numbers", "")))
    except ValueError as exc:
        raise InputError(LibraryErrors.tr("%1 (%2): %3.", where, item['name'], exc)) from None
    return GroupSpec(
        name=item["name"],
        color=str(item.get("color", "#8a8a8a")),
        numbers=numbers,
        name_local=str(item.get("name_kk", "")),
        name_en=str(item.get("name_en", "")),
        description=str(item.get("declared_in", "")),
        children=[_spec(c, f"{where}.children[{j}]") for j, c in enumerate(item.get("children", []))],
    )


def create_group_tree(session: Session, specs: list[GroupSpec]) -> list[SourceGroup]:
    """Create the declared groups the library does not have yet (idempotent)."""
    created: list[SourceGroup] = []

    def build(spec: GroupSpec, parent: SourceGroup | None, position: int) -> None:
        same_parent = SourceGroup.parent_id == parent.id if parent else SourceGroup.parent_id.is_(None)
        group = session.scalars(select(SourceGroup).where(SourceGroup.name == spec.name, same_parent)).first()
        if group is None:
            group = SourceGroup(
                name=spec.name,
                name_local=spec.name_local,
                name_en=spec.name_en,
                color=spec.color,
                position=position,
                description=spec.description,
                parent=parent,
                primary=bool({spec.name, spec.name_en} & PRIMARY_GROUPS) or bool(parent and parent.primary),
            )
            session.add(group)
            session.flush()
        created.append(group)
        for i, child in enumerate(spec.children):
            build(child, group, i)

    for i, spec in enumerate(specs):
        build(spec, None, i)
    return created


def assign_declared_numbers(session: Session, specs: list[GroupSpec], document_id: int) -> None:
    """Put the document's references into the groups their numbers are declared in."""
    by_number = {
        ref.number: ref
        for ref in session.scalars(select(Reference).where(Reference.document_id == document_id))
    }
    groups = {id(spec): group for spec, group in zip(_walk(specs), create_group_tree(session, specs), strict=True)}
    for spec in _walk(specs):
        group = groups[id(spec)]
        for number in spec.numbers:
            ref = by_number.get(number)
            if ref is not None and group not in ref.groups:
                ref.groups.append(group)
    session.flush()


def _walk(specs: list[GroupSpec]) -> list[GroupSpec]:
    out: list[GroupSpec] = []
    for spec in specs:
        out.append(spec)
        out.extend(_walk(spec.children))
    return out
