"""An import plan shown in the window is applied as shown only while the library it matched against is unchanged.

Planning again inside the import's transaction costs as much as applying a
large file; the plan remembers a digest of what its matches read of the
library, and is made again only when that digest changed. These tests change
the library in ways a count of rows would miss (an edit of one entry, an entry
deleted and another created) and check that the import then refuses.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from models import Reference
from models.db import Library
from references.library.bib_import import library_state, plan_bib_file
from references.library.entry_edits import set_reference_field
from references.library.undoable_import import PlanChangedError, import_planned_bib
from tests.conftest import SHARED_BIB
from tests.references.library.test_library_ops import run

XAMPL = SHARED_BIB / "xampl.bib"


def references(library: Library) -> list[tuple]:
    with library.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text('SELECT id, key, version FROM "references" ORDER BY id'))]


@pytest.fixture
def planned_again(sample_library: Library):  # noqa: ANN201 - the plan of xampl.bib made after importing it once
    run(sample_library, lambda s: import_planned_bib(s, run(sample_library, lambda s2: plan_bib_file(s2, XAMPL))))
    plan = run(sample_library, lambda s: shown(s, plan_bib_file(s, XAMPL)))
    assert plan.matches and not plan.new  # every entry is in the library now
    return plan


def shown(session, plan):  # noqa: ANN001, ANN201 - as the window's plan job leaves it
    plan.library_state = library_state(session)
    return plan


def test_an_unchanged_library_takes_the_plan_as_shown(sample_library: Library, planned_again) -> None:  # noqa: ANN001
    assert run(sample_library, library_state) == planned_again.library_state
    record = run(sample_library, lambda s: import_planned_bib(s, planned_again))
    assert record.summary.added == 0 and record.summary.matched == len(planned_again.matches)


def test_an_edit_of_one_matched_entry_makes_the_import_refuse(sample_library: Library, planned_again) -> None:  # noqa: ANN001
    with sample_library.session() as session:
        ref = session.scalars(select(Reference).where(Reference.key == "article-full")).one()
        set_reference_field(session, ref.id, "title", "Another title altogether")
    assert run(sample_library, library_state) != planned_again.library_state
    before = references(sample_library)
    with pytest.raises(PlanChangedError):
        run(sample_library, lambda s: import_planned_bib(s, planned_again))
    assert references(sample_library) == before


def test_an_entry_deleted_and_another_made_with_its_id_changes_the_state(sample_library: Library) -> None:
    state = run(sample_library, library_state)
    with sample_library.session() as session:
        newest = session.scalars(select(Reference).order_by(Reference.id.desc())).first()
        assert newest is not None
        ref_id, version = newest.id, newest.version
        session.delete(newest)
        session.flush()
        session.add(Reference(id=ref_id, key="brand-new", entry_type="book", fields=[], version=version))
    assert run(sample_library, library_state) != state  # same count, same newest id, same versions
