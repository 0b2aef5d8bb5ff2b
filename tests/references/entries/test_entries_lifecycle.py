"""New, duplicated and deleted library entries, each undone and redone exactly."""

from __future__ import annotations

import pytest

from models.db import Library
from references.entries import create_entry, delete_entry, duplicate_entry
from references.errors import InputError
from tests.app.library.test_gui_library_support import field_value, reference_id, sql
from tests.references.library.test_library_ops import run, stored


def keys(library: Library) -> set[str]:
    return {k for (k,) in sql(library, 'SELECT key FROM "references"')}


def test_a_new_entry_has_a_key_of_its_own_and_undo_removes_it(sample_library: Library) -> None:
    first = run(sample_library, create_entry)
    second = run(sample_library, create_entry)
    assert {"new", "new2"} <= keys(sample_library)
    assert sql(sample_library, 'SELECT number, document_id, complete FROM "references" WHERE id = :i', i=first.reference_id) == [
        (None, None, 0)
    ]
    second_undone = run(sample_library, second.undo)
    assert "new2" not in keys(sample_library)
    run(sample_library, second_undone.undo)
    assert sql(sample_library, 'SELECT key FROM "references" WHERE id = :i', i=second.reference_id) == [("new2",)]


def test_a_duplicate_copies_fields_and_groups_under_a_new_key(sample_library: Library) -> None:
    source = reference_id(sample_library, 2)
    copy = run(sample_library, lambda s: duplicate_entry(s, source))
    (key, number, fields) = sql(sample_library, 'SELECT key, number, fields FROM "references" WHERE id = :i', i=copy.reference_id)[0]
    assert key == "ref2-copy" and number is None
    assert fields == sql(sample_library, 'SELECT fields FROM "references" WHERE id = :i', i=source)[0][0]
    groups = 'SELECT group_id FROM reference_groups WHERE reference_id = :i'
    assert sql(sample_library, groups, i=copy.reference_id) == sql(sample_library, groups, i=source)
    again = run(sample_library, lambda s: duplicate_entry(s, source))
    assert sql(sample_library, 'SELECT key FROM "references" WHERE id = :i', i=again.reference_id) == [("ref2-copy2",)]


def test_an_uncited_entry_is_deleted_and_undo_puts_it_back_whole(sample_library: Library) -> None:
    before = stored(sample_library, 50)  # [50] is not cited in the thesis (resources/DATA.md)
    groups = sql(sample_library, 'SELECT group_id FROM reference_groups WHERE reference_id = :i', i=before["id"])
    deleted = run(sample_library, lambda s: delete_entry(s, before["id"]))
    assert sql(sample_library, 'SELECT id FROM "references" WHERE id = :i', i=before["id"]) == []
    deleted_undone = run(sample_library, deleted.undo)
    after = stored(sample_library, 50)
    for name in ("id", "key", "fields", "raw", "modified", "complete", "bib"):
        assert after[name] == before[name], name
    assert sql(sample_library, 'SELECT group_id FROM reference_groups WHERE reference_id = :i', i=before["id"]) == groups
    assert field_value(sample_library, 50, "silteme-provenance") is not None
    run(sample_library, deleted_undone.undo)
    assert sql(sample_library, 'SELECT id FROM "references" WHERE id = :i', i=before["id"]) == []


def test_a_cited_entry_is_not_deleted(sample_library: Library) -> None:
    rid = reference_id(sample_library, 23)
    with pytest.raises(InputError, match="cited"):
        run(sample_library, lambda s: delete_entry(s, rid))
    assert sql(sample_library, 'SELECT id FROM "references" WHERE id = :i', i=rid) == [(rid,)]
