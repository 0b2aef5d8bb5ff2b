"""Editing references of the bundled bibliography, and undoing the edits exactly."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Reference, SourceGroup
from models.db import Library
from models.errors import ConcurrentEditError
from references.library.bib_export import entry_text
from references.errors import InputError
from references.library.group_edits import add_to_group
from references.library.entry_edits import (
    generate_reference_key,
    set_complete,
    set_entry_type,
    set_reference_field,
    set_reference_key,
)
from references.library.stale_edits import StaleEditError

T = TypeVar("T")


def run(library: Library, step: Callable[[Session], T]) -> T:
    with library.session() as session:
        return step(session)


def stored(library: Library, number: int) -> dict[str, object]:
    """A reference of the bundled thesis as stored, by its number."""
    with library.session() as session:
        ref = session.scalars(select(Reference).where(Reference.number == number)).one()
        return {
            "id": ref.id,
            "key": ref.key,
            "entry_type": ref.entry_type,
            "fields": [list(f) for f in ref.fields],
            "title": ref.title,
            "authors": ref.authors,
            "year": ref.year,
            "modified": ref.modified,
            "complete": ref.complete,
            "version": ref.version,
            "bib": entry_text(ref),
            "raw": ref.raw,
        }


def test_a_typed_kazakh_title_is_stored_as_unicode_and_undo_restores_the_entry(sample_library: Library) -> None:
    before = stored(sample_library, 62)
    # resources/bibliography.bib: ref62 is Wendt's book, its title written with a Latin ə.
    assert before["title"] == "Халықаралық саясаттың əлеуметтік теориясы"
    assert before["modified"] is False and before["bib"] == before["raw"]
    typed = "Халықаралық саясаттың әлеуметтік теориясы: 50% аудармасы"

    edit = run(
        sample_library,
        lambda s: set_reference_field(s, before["id"], "Title", typed, expected_version=before["version"]),
    )
    after = stored(sample_library, 62)
    assert edit.changed
    assert ["title", "{Халықаралық саясаттың әлеуметтік теориясы: 50\\% аудармасы}"] in after["fields"]
    assert after["title"] == typed  # the plain copy for sorting and search
    assert after["modified"] is True and "әлеуметтік" in after["bib"]

    edit_undone = run(sample_library, edit.undo)
    undone = stored(sample_library, 62)
    for name in ("fields", "title", "modified", "bib"):
        assert undone[name] == before[name], name

    run(sample_library, edit_undone.undo)
    assert stored(sample_library, 62)["fields"] == after["fields"]


def test_clearing_a_field_removes_it_and_undo_puts_it_back_in_its_place(sample_library: Library) -> None:
    before = stored(sample_library, 2)
    names = [name for name, _ in before["fields"]]
    assert names.index("journal") == 2  # resources/bibliography.bib: author, title, journal, year...
    edit = run(sample_library, lambda s: set_reference_field(s, before["id"], "journal", "  "))
    assert "journal" not in [name for name, _ in stored(sample_library, 2)["fields"]]
    run(sample_library, edit.undo)
    assert stored(sample_library, 2)["fields"] == before["fields"]


def test_typing_the_same_text_again_changes_nothing(sample_library: Library) -> None:
    before = stored(sample_library, 1)
    edit = run(sample_library, lambda s: set_reference_field(s, before["id"], "year", "2019"))
    assert not edit.changed
    assert stored(sample_library, 1) == before


def test_an_edit_of_a_version_saved_elsewhere_is_refused(sample_library: Library) -> None:
    before = stored(sample_library, 1)
    run(sample_library, lambda s: set_reference_field(s, before["id"], "note", "changed elsewhere"))
    with pytest.raises(StaleEditError, match=r"\[1\] ref1"):
        run(
            sample_library,
            lambda s: set_reference_field(s, before["id"], "title", "mine", expected_version=before["version"]),
        )
    assert stored(sample_library, 1)["title"] == before["title"]


def test_undo_refuses_to_erase_a_later_change_of_the_same_entry(sample_library: Library) -> None:
    ref_id = stored(sample_library, 5)["id"]
    first = run(sample_library, lambda s: set_reference_field(s, ref_id, "title", "First"))
    run(sample_library, lambda s: set_reference_field(s, ref_id, "title", "Second, from another window"))
    with pytest.raises(ConcurrentEditError, match="changed after this step"):
        run(sample_library, first.undo)
    assert stored(sample_library, 5)["title"] == "Second, from another window"


def test_silteme_s_own_fields_and_bad_field_names_are_refused(sample_library: Library) -> None:
    ref_id = stored(sample_library, 3)["id"]
    with pytest.raises(InputError, match="group tree"):
        run(sample_library, lambda s: set_reference_field(s, ref_id, "groups", "Western"))
    with pytest.raises(InputError, match="field name"):
        run(sample_library, lambda s: set_reference_field(s, ref_id, "two words", "x"))


def test_a_key_typed_by_hand_must_be_usable_and_unused(sample_library: Library) -> None:
    ref = stored(sample_library, 4)
    with pytest.raises(InputError, match="cannot be a citation key"):
        run(sample_library, lambda s: set_reference_key(s, ref["id"], "has space"))
    # BibTeX compares keys ignoring case: REF3 is ref3's key.
    with pytest.raises(InputError, match=r"already used by reference \[3\]"):
        run(sample_library, lambda s: set_reference_key(s, ref["id"], "REF3"))
    edit = run(sample_library, lambda s: set_reference_key(s, ref["id"], "concept2014"))
    assert stored(sample_library, 4)["key"] == "concept2014"
    assert stored(sample_library, 4)["bib"].startswith("@misc{concept2014,")
    run(sample_library, edit.undo)
    assert stored(sample_library, 4)["key"] == "ref4"
    assert stored(sample_library, 4)["bib"] == ref["raw"]


def test_generated_keys_follow_author_and_year_with_letters_for_taken_ones(sample_library: Library) -> None:
    # resources/bibliography.bib: [1] is Тоқаев, 2019; [24] and [25] are Тоқаев with no year.
    # Romanised as the key rules say: Т t, о o, қ q, а a, е e, в v.
    keys = []
    for number in (1, 24, 25):
        ref_id = stored(sample_library, number)["id"]
        edit = run(sample_library, lambda s, r=ref_id: generate_reference_key(s, r))
        keys.append(edit.after.key)
    assert keys == ["Toqaev2019", "Toqaev", "Toqaeva"]
    assert stored(sample_library, 25)["key"] == "Toqaeva"


def test_changing_the_entry_type_and_back(sample_library: Library) -> None:
    ref = stored(sample_library, 62)
    assert ref["entry_type"] == "book"
    with pytest.raises(InputError, match="entry type"):
        run(sample_library, lambda s: set_entry_type(s, ref["id"], "@book"))
    edit = run(sample_library, lambda s: set_entry_type(s, ref["id"], "Collection"))
    assert stored(sample_library, 62)["entry_type"] == "collection"
    run(sample_library, edit.undo)
    assert stored(sample_library, 62)["entry_type"] == "book"
    assert stored(sample_library, 62)["bib"] == ref["raw"]


def test_completeness_of_many_references_and_its_undo(sample_library: Library) -> None:
    ids = [stored(sample_library, n)["id"] for n in (3, 4, 5)]
    change = run(sample_library, lambda s: set_complete(s, ids, True))
    assert change.reference_ids == tuple(sorted(ids))
    assert all(stored(sample_library, n)["complete"] for n in (3, 4, 5))
    again = run(sample_library, lambda s: set_complete(s, ids, True))
    assert not again.changed
    run(sample_library, change.undo)
    for n in (3, 4, 5):
        assert stored(sample_library, n)["complete"] is False
        assert stored(sample_library, n)["modified"] is False


def russian_group(library: Library) -> int:
    with library.session() as session:
        return session.scalars(select(SourceGroup.id).where(SourceGroup.name_en == "Russian")).one()


def test_undoing_in_stack_order_makes_the_entry_read_as_its_raw_text_again(sample_library: Library) -> None:
    ref = stored(sample_library, 62)
    grouped = run(sample_library, lambda s: add_to_group(s, [ref["id"]], russian_group(sample_library)))
    titled = run(sample_library, lambda s: set_reference_field(s, ref["id"], "title", "Жаңа атау"))
    run(sample_library, titled.undo)
    assert stored(sample_library, 62)["modified"] is True  # still in the group
    run(sample_library, grouped.undo)
    assert stored(sample_library, 62)["modified"] is False
    assert stored(sample_library, 62)["bib"] == ref["raw"]


def test_undo_out_of_order_never_loses_a_change_that_still_stands(sample_library: Library) -> None:
    """Add to a group, edit the title, undo the group change first (as another window could)."""
    ref = stored(sample_library, 62)
    grouped = run(sample_library, lambda s: add_to_group(s, [ref["id"]], russian_group(sample_library)))
    titled = run(sample_library, lambda s: set_reference_field(s, ref["id"], "title", "Жаңа атау"))
    run(sample_library, grouped.undo)
    now = stored(sample_library, 62)
    assert now["modified"] is True and "Жаңа атау" in now["bib"]
    run(sample_library, titled.undo)
    now = stored(sample_library, 62)
    assert now["fields"] == ref["fields"]
    # The flag may stay set here (the entry is written from its fields), never the other way round.
    assert "{Халықаралық саясаттың əлеуметтік теориясы}" in now["bib"]
