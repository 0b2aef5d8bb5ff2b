"""An undoable BibTeX import of real files into the bundled library."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from models.db import Library
from models.errors import ConcurrentEditError
from references.library.bib_import import plan_bib_file
from references.library.undoable_import import PlanChangedError, import_planned_bib
from references.library.entry_edits import set_reference_field
from tests.conftest import SHARED_BIB
from tests.references.library.test_library_ops import run

# Rows an import may touch, compared whole before and after.
TABLES = ("references", "bib_sources", "bib_blocks", "source_groups", "reference_groups")


def snapshot(library: Library) -> dict[str, list[tuple]]:
    with library.engine.connect() as connection:
        return {
            name: [tuple(r) for r in connection.execute(text(f'SELECT * FROM "{name}" ORDER BY 1, 2'))]
            for name in TABLES
        }


def test_import_undo_and_redo_of_the_biblatex_examples(sample_library: Library) -> None:
    path = SHARED_BIB / "biblatex-examples.bib"
    before = snapshot(sample_library)
    plan = run(sample_library, lambda s: plan_bib_file(s, path))
    # SOURCES.md: 92 entries and 8 @string definitions; none shares a key, DOI or title with the thesis.
    assert (len(plan.new), len(plan.matches), len(plan.problems)) == (92, 0, 0)

    record = run(sample_library, lambda s: import_planned_bib(s, plan))
    after = snapshot(sample_library)
    assert len(after["references"]) == len(before["references"]) + 92
    assert record.summary.added == 92

    record_undone = run(sample_library, record.undo)
    assert snapshot(sample_library) == before
    run(sample_library, record_undone.undo)
    assert snapshot(sample_library) == after


def test_an_import_with_groups_brings_them_back_on_redo(sample_library: Library) -> None:
    path = SHARED_BIB / "jabref-complex.bib"  # SOURCES.md: a legacy JabRef group tree
    before = snapshot(sample_library)
    plan = run(sample_library, lambda s: plan_bib_file(s, path))
    record = run(sample_library, lambda s: import_planned_bib(s, plan))
    assert len(record.groups) > 0
    after = snapshot(sample_library)
    record_undone = run(sample_library, record.undo)
    assert snapshot(sample_library) == before
    run(sample_library, record_undone.undo)
    assert snapshot(sample_library) == after


def test_an_import_refuses_when_the_library_changed_since_the_plan(sample_library: Library) -> None:
    path = SHARED_BIB / "xampl.bib"
    plan = run(sample_library, lambda s: plan_bib_file(s, path))
    first = run(sample_library, lambda s: import_planned_bib(s, plan))
    before = snapshot(sample_library)
    with pytest.raises(PlanChangedError, match="changed while the import"):
        run(sample_library, lambda s: import_planned_bib(s, plan))  # now every entry matches
    assert snapshot(sample_library) == before
    assert first.summary.added == len(plan.new)


def test_undo_of_an_import_refuses_when_an_imported_entry_was_edited(sample_library: Library) -> None:
    path = SHARED_BIB / "jabref-bibWithMixedContent.bib"
    plan = run(sample_library, lambda s: plan_bib_file(s, path))
    record = run(sample_library, lambda s: import_planned_bib(s, plan))
    (reference_id,) = record.summary.reference_ids
    run(sample_library, lambda s: set_reference_field(s, reference_id, "note", "checked"))
    with pytest.raises(ConcurrentEditError, match="were edited since"):
        run(sample_library, record.undo)
