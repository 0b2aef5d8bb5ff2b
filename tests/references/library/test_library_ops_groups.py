"""The source-group tree of the bundled thesis edited, and every edit undone exactly."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from models.db import Library
from models.errors import ConcurrentEditError
from references.library.bib_export import ExportSelection, export_bib
from references.errors import InputError
from references.library.group_edits import (
    add_to_group,
    create_group,
    delete_group,
    move_group,
    recolor_group,
    remove_from_group,
    rename_group,
)
from tests.references.library.test_library_ops import run, stored


def sql(library: Library, query: str, **params: object) -> list[tuple]:
    with library.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(query), params)]


def group_id(library: Library, name: str) -> int:
    return sql(library, "SELECT id FROM source_groups WHERE :name IN (name, name_en)", name=name)[0][0]


def tree(library: Library) -> list[tuple]:
    return sql(library, "SELECT * FROM source_groups ORDER BY id")


def memberships(library: Library) -> list[tuple]:
    return sql(library, "SELECT reference_id, group_id FROM reference_groups ORDER BY 1, 2")


def numbers_in(library: Library, name: str) -> list[int]:
    return [
        n
        for (n,) in sql(
            library,
            "SELECT r.number FROM \"references\" r JOIN reference_groups rg ON rg.reference_id = r.id "
            "JOIN source_groups g ON g.id = rg.group_id WHERE g.name = :name ORDER BY r.number",
            name=name,
        )
    ]


def reference_flags(library: Library) -> list[tuple]:
    return sql(library, 'SELECT id, modified, fields FROM "references" ORDER BY id')


def test_deleting_a_group_keeps_its_references_and_undo_brings_back_the_same_rows(sample_library: Library) -> None:
    # resources/source-groups.json: Scholarly literature (50-228) holds Western, Russian, Kazakhstani.
    groups_before, members_before = tree(sample_library), memberships(sample_library)
    flags_before = reference_flags(sample_library)
    references_before = sql(sample_library, 'SELECT count(*) FROM "references"')
    assert numbers_in(sample_library, "Ресейлік әдебиеттер") == [76, 77, 78, 79, 80]

    deleted = run(sample_library, lambda s: delete_group(s, group_id(sample_library, "Ғылыми мақалалар мен монографиялар")))
    names = {row[2] for row in tree(sample_library)}
    assert {"Ғылыми мақалалар мен монографиялар", "Батыстық әдебиеттер", "Ресейлік әдебиеттер", "Қазақстандық зерттеушілер"}.isdisjoint(names)
    assert sql(sample_library, 'SELECT count(*) FROM "references"') == references_before
    assert numbers_in(sample_library, "Ресейлік әдебиеттер") == []
    assert len(deleted.reference_ids) == 228 - 50 + 1
    # Their groups field changes, so they are written from their fields now.
    assert sql(sample_library, 'SELECT count(*) FROM "references" WHERE modified') == [(179,)]

    deleted_undone = run(sample_library, deleted.undo)
    assert tree(sample_library) == groups_before
    assert memberships(sample_library) == members_before
    assert reference_flags(sample_library) == flags_before

    run(sample_library, deleted_undone.undo)
    assert numbers_in(sample_library, "Батыстық әдебиеттер") == []


def test_assigning_and_unassigning_many_references(sample_library: Library) -> None:
    legal = group_id(sample_library, "Құқықтық актілер")
    ids = [stored(sample_library, n)["id"] for n in (3, 9, 10)]
    added = run(sample_library, lambda s: add_to_group(s, ids, legal))
    assert added.reference_ids == tuple(sorted(ids[1:]))  # [3] was in it already
    assert numbers_in(sample_library, "Құқықтық актілер") == [3, 4, 5, 6, 7, 8, 9, 10]
    removed = run(sample_library, lambda s: remove_from_group(s, ids, legal))
    assert numbers_in(sample_library, "Құқықтық актілер") == [4, 5, 6, 7, 8]
    run(sample_library, removed.undo)
    run(sample_library, added.undo)
    assert numbers_in(sample_library, "Құқықтық актілер") == [3, 4, 5, 6, 7, 8]
    assert not stored(sample_library, 9)["modified"]


def test_a_new_subgroup_nests_inherits_primary_and_undo_removes_it(sample_library: Library) -> None:
    before = tree(sample_library)
    legal = group_id(sample_library, "Құқықтық актілер")
    created = run(sample_library, lambda s: create_group(s, "Treaties", parent_id=legal, color="#336699"))
    row = sql(sample_library, "SELECT parent_id, color, \"primary\", position FROM source_groups WHERE name = 'Treaties'")
    assert row == [(legal, "#336699", 1, 0)]  # Legal acts is a primary-source group
    with pytest.raises(InputError, match="already exists"):
        run(sample_library, lambda s: create_group(s, "treaties"))
    with pytest.raises(InputError, match="comma"):
        run(sample_library, lambda s: create_group(s, "Laws, decrees"))
    created_undone = run(sample_library, created.undo)
    assert tree(sample_library) == before
    run(sample_library, created_undone.undo)
    assert sql(sample_library, "SELECT id FROM source_groups WHERE name = 'Treaties'") == [(created.group_id,)]


def test_renaming_a_group_rewrites_its_references_groups_field_on_export(sample_library: Library) -> None:
    legal = group_id(sample_library, "Құқықтық актілер")
    with pytest.raises(InputError, match="already exists"):
        run(sample_library, lambda s: rename_group(s, legal, "Батыстық әдебиеттер"))
    renamed = run(sample_library, lambda s: rename_group(s, legal, "Normative acts"))
    with sample_library.session() as s:
        exported = export_bib(s, ExportSelection(group="Normative acts"))
    # resources/bibliography.bib writes "groups = {Құқықтық актілер}" into entries 3-8.
    assert exported.count("groups = {Normative acts}") == 6
    assert "Құқықтық актілер" not in exported
    run(sample_library, renamed.undo)
    assert sql(sample_library, "SELECT name FROM source_groups WHERE id = :id", id=legal) == [("Құқықтық актілер",)]
    assert sql(sample_library, 'SELECT count(*) FROM "references" WHERE modified') == [(0,)]


def test_recolouring_checks_the_colour(sample_library: Library) -> None:
    legal = group_id(sample_library, "Құқықтық актілер")
    with pytest.raises(InputError, match="#rrggbb"):
        run(sample_library, lambda s: recolor_group(s, legal, "blue"))
    change = run(sample_library, lambda s: recolor_group(s, legal, "#AA0000"))
    assert sql(sample_library, "SELECT color FROM source_groups WHERE id = :id", id=legal) == [("#aa0000",)]
    run(sample_library, change.undo)
    # resources/source-groups.json: Legal acts is #0072B2.
    assert sql(sample_library, "SELECT color FROM source_groups WHERE id = :id", id=legal) == [("#0072B2",)]


def test_moving_groups_never_makes_a_cycle_and_undo_restores_the_order(sample_library: Library) -> None:
    before = tree(sample_library)
    scholarly, western = group_id(sample_library, "Ғылыми мақалалар мен монографиялар"), group_id(sample_library, "Батыстық әдебиеттер")
    with pytest.raises(InputError, match="inside itself"):
        run(sample_library, lambda s: move_group(s, scholarly, western))
    with pytest.raises(InputError, match="inside itself"):
        run(sample_library, lambda s: move_group(s, scholarly, scholarly))
    legal = group_id(sample_library, "Құқықтық актілер")
    moved = run(sample_library, lambda s: move_group(s, legal, scholarly, 0))
    children = sql(
        sample_library, "SELECT name FROM source_groups WHERE parent_id = :p ORDER BY position", p=scholarly
    )
    assert children == [("Құқықтық актілер",), ("Батыстық әдебиеттер",), ("Ресейлік әдебиеттер",), ("Қазақстандық зерттеушілер",)]
    run(sample_library, moved.undo)
    assert tree(sample_library) == before
    to_top = run(sample_library, lambda s: move_group(s, western, None))
    top = sql(sample_library, "SELECT name FROM source_groups WHERE parent_id IS NULL ORDER BY position")
    assert top[-1] == ("Батыстық әдебиеттер",)
    run(sample_library, to_top.undo)
    assert tree(sample_library) == before


def test_undo_of_a_group_change_refuses_when_the_group_changed_since(sample_library: Library) -> None:
    legal = group_id(sample_library, "Құқықтық актілер")
    renamed = run(sample_library, lambda s: rename_group(s, legal, "Normative acts"))
    run(sample_library, lambda s: rename_group(s, legal, "Laws"))
    with pytest.raises(ConcurrentEditError, match="renamed or deleted"):
        run(sample_library, renamed.undo)
    created = run(sample_library, lambda s: create_group(s, "Archive"))
    run(sample_library, lambda s: add_to_group(s, [stored(sample_library, 1)["id"]], created.group_id))
    with pytest.raises(ConcurrentEditError, match="has references"):
        run(sample_library, created.undo)
