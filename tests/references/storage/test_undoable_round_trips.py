"""Every kind of undoable edit, on the bundled thesis: undo leaves the rows as they were, redo as they were after.

Each edit is one ``Undoable`` (``references.storage.undoable``): the domain
function makes it, ``undo(session)`` takes it back and returns the step that
makes it again. The whole library (every table of the schema) is compared,
not the rows an edit is expected to touch, so a stray write anywhere fails.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models import Base, Block, Citation, Reference, SourceGroup
from models.db import Library
from models.errors import LibraryError
from references.library.bib_import import plan_bib_file
from references.library.entry_edits import set_reference_field
from references.library.group_edits import add_to_group, create_group, delete_group, rename_group
from references.library.merging import merge_conflicts, merge_references
from references.library.undoable_import import import_planned_bib
from references.review.annotation_queries import annotate, change_fields, delete_by_uri, reattach_by_uri, reply_to
from references.storage.undoable import ANNOTATIONS, GROUPS, REFERENCES, TEXT, Undoable
from references.thesis.editing import insert_citation, remove_citation, set_citation_numbers, set_paragraph_text
from references.thesis.renumbering import apply_renumbering, plan_renumbering
from references.thesis.text_map import document_text
from tests.conftest import SHARED_BIB

Rows = dict[str, list[tuple[object, ...]]]
# The optimistic-lock counter moves forward on every write, undo included:
# that is how another window learns that a row it shows was written.
COUNTERS = {"version"}
# Claims, markers and a marker's linked numbers are derived from the text
# again whenever it is rewritten: the same rows, under new row ids where the
# database does not reuse them (PostgreSQL). They are compared by what they
# are, and a row that points at a claim or a marker names it by its place.
DERIVED_IDS = {"claims": {"id"}, "citations": {"id"}, "citation_targets": {"id"}}
PLACES = {  # foreign key -> the place of each row it may point at
    "claim_id": 'SELECT id, block_id, start, "end" FROM claims',
    "citation_id": "SELECT id, block_id, start FROM citations",
}
COOLEY_END = "деп атайды [23]"  # a phrase the bundled thesis holds once


def rows(library: Library) -> Rows:
    """Every table of the schema, each row without its write counter, in a stable order."""
    found: Rows = {}
    with library.engine.connect() as connection:
        places = {key: {r[0]: tuple(r[1:]) for r in connection.execute(text(query))} for key, query in PLACES.items()}
        for table in Base.metadata.sorted_tables:
            skip = COUNTERS | DERIVED_IDS.get(table.name, set())
            names = [c.name for c in table.columns if c.name not in skip]
            columns = ", ".join(f'"{n}"' for n in names)
            named = [(names.index(key), places[key]) for key in PLACES if key in names]
            table_rows = []
            for row in connection.execute(text(f'SELECT {columns} FROM "{table.name}"')):
                values = list(row)
                for at, place in named:
                    if values[at] is not None:
                        values[at] = place[values[at]]
                table_rows.append(tuple(values))
            found[table.name] = sorted(table_rows, key=repr)
    return found


def differing(a: Rows, b: Rows) -> list[str]:
    """The tables whose rows differ, each with a few rows only one side has."""
    found = []
    for name in a:
        if a[name] != b[name]:
            only_a = [r for r in a[name] if r not in b[name]][:2]
            only_b = [r for r in b[name] if r not in a[name]][:2]
            found.append(f"{name}: {only_a} / {only_b}")
    return found


def run(library: Library, step: Callable[[Session], Undoable]) -> Undoable:
    with library.session() as session:
        return step(session)


def round_trip(library: Library, make: Callable[[Session], Undoable]) -> Undoable:
    """Make, undo, redo, undo: each leaves exactly the rows it should. Returns the step as made."""
    before = rows(library)
    made = run(library, make)
    after = rows(library)
    assert made.changed and differing(before, after), "the edit changed nothing"
    undone = run(library, made.undo)
    assert differing(rows(library), before) == []
    redone = run(library, undone.undo)
    assert differing(rows(library), after) == []
    run(library, redone.undo)
    assert differing(rows(library), before) == []
    return made


def document_id(library: Library) -> int:
    with library.session() as session:
        return session.scalars(select(Block.document_id)).first()  # type: ignore[return-value]


def paragraph(library: Library) -> tuple[int, str]:
    with library.session() as session:
        block = session.scalars(
            select(Block).where(Block.kind == "paragraph", Block.text.contains(". ")).order_by(Block.position)
        ).first()
        assert block is not None
        return block.id, block.text


def span_of(library: Library, needle: str) -> tuple[int, int]:
    with library.session() as session:
        whole = document_text(session, document_id(library))
    start = whole.index(needle)
    assert whole.count(needle) == 1
    return start, start + len(needle)


def test_an_annotation_and_every_change_of_it_round_trip(sample_library: Library) -> None:
    start, end = span_of(sample_library, COOLEY_END)
    made = round_trip(sample_library, lambda s: annotate(
        s, document_id(sample_library), start, end, author="Reviewer", comment="Which source?", tags=["check"]))
    assert made.changed.kinds == {ANNOTATIONS} and len(made.changed.annotation_ids) == 1
    kept = run(sample_library, lambda s: annotate(s, document_id(sample_library), start, end, author="Reviewer"))
    uri = kept.uris[0]  # type: ignore[attr-defined]
    round_trip(sample_library, lambda s: change_fields(s, uri, {"status": "resolved", "comment": "Found it"}))
    round_trip(sample_library, lambda s: reply_to(s, uri, "Иә, дұрыс.", author="Автор", author_role="author"))
    round_trip(sample_library, lambda s: reattach_by_uri(s, uri, start - 20, end))
    deleted = round_trip(sample_library, lambda s: delete_by_uri(s, uri))
    assert deleted.changed.annotation_ids == kept.changed.annotation_ids


def test_a_paragraph_edit_round_trips(sample_library: Library) -> None:
    block_id, old = paragraph(sample_library)
    made = round_trip(sample_library, lambda s: set_paragraph_text(s, block_id, old.replace(". ", ", and so. ", 1)))
    assert made.changed.block_ids == {block_id} and TEXT in made.changed.kinds


def test_a_citation_insert_round_trips(sample_library: Library) -> None:
    block_id, old = paragraph(sample_library)
    made = round_trip(sample_library, lambda s: insert_citation(s, block_id, old.index(". "), [12]))
    assert made.changed.block_ids == {block_id} and made.changed.document_id == document_id(sample_library)


def test_a_renumbering_round_trips(sample_library: Library) -> None:
    doc = document_id(sample_library)
    made = round_trip(sample_library, lambda s: apply_renumbering(s, plan_renumbering(s, doc)))
    assert len(made.changed.reference_ids) > 100 and len(made.changed.citation_ids) > 50
    assert not made.changed.block_ids  # markers whose text stays name other references: the whole view is compared


def test_a_merge_round_trips(sample_library: Library) -> None:
    with sample_library.session() as session:
        keep, drop = (session.scalars(select(Reference.id).where(Reference.number == n)).one() for n in (9, 158))
        choices = {c.name: "keep" for c in merge_conflicts(session, keep, drop)}
    made = round_trip(sample_library, lambda s: merge_references(s, keep, drop, choices, renumber=True))
    assert {keep, drop} <= made.changed.reference_ids and GROUPS in made.changed.kinds


def test_a_reference_field_edit_round_trips(sample_library: Library) -> None:
    with sample_library.session() as session:
        ref_id = session.scalars(select(Reference.id).where(Reference.number == 62)).one()
    made = round_trip(sample_library, lambda s: set_reference_field(s, ref_id, "title", "Қазақстан тарихы"))
    assert made.changed.reference_ids == {ref_id} and made.changed.kinds == {REFERENCES}


def test_group_edits_round_trip(sample_library: Library) -> None:
    with sample_library.session() as session:
        group = session.scalars(select(SourceGroup).order_by(SourceGroup.id)).first()
        assert group is not None
        group_id = group.id
        refs = list(session.scalars(select(Reference.id).where(Reference.number.in_((1, 2, 3)))))
    round_trip(sample_library, lambda s: create_group(s, "Тексерілетін"))
    round_trip(sample_library, lambda s: rename_group(s, group_id, "Renamed"))
    made = round_trip(sample_library, lambda s: add_to_group(s, refs, group_id))
    assert made.changed.reference_ids <= set(refs)
    round_trip(sample_library, lambda s: delete_group(s, group_id))


def test_an_import_round_trips(sample_library: Library) -> None:
    with sample_library.session() as session:
        plan = plan_bib_file(session, SHARED_BIB / "jabref-complex.bib")  # SOURCES.md: JabRef groups
    made = round_trip(sample_library, lambda s: import_planned_bib(s, plan))
    assert made.changed.kinds == {REFERENCES, GROUPS} and made.changed.reference_ids


def test_an_edit_that_changes_nothing_is_empty(sample_library: Library) -> None:
    with sample_library.session() as session:
        ref_id = session.scalars(select(Reference.id).where(Reference.number == 62)).one()
        assert set_reference_field(session, ref_id, "title", "Екі рет").changed
        again = set_reference_field(session, ref_id, "title", "Екі рет")
    assert not again.changed  # nothing to undo: the window puts no step on its history


def test_a_stale_undo_is_refused_and_writes_nothing(sample_library: Library) -> None:
    with sample_library.session() as session:
        citation = session.scalars(select(Citation).where(Citation.marker == "[23]")).first()
        assert citation is not None
        citation_id = citation.id
    made = run(sample_library, lambda s: set_citation_numbers(s, citation_id, [24]))
    run(sample_library, lambda s: remove_citation(s, citation_id))  # a later edit, elsewhere
    before = rows(sample_library)
    with pytest.raises(LibraryError, match="changed since this edit"):
        run(sample_library, made.undo)
    assert differing(rows(sample_library), before) == []
