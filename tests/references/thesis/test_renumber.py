"""Renumbering the bundled thesis's bibliography in order of first citation.

Expected facts are read from the thesis text with a regular expression, not
from the program: the numbers it cites and the order it first cites them in.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Block, Citation, Claim, Document, Reference
from models.db import Library
from references.review.annotations import create_annotation
from references.thesis.text_map import document_text
from references.thesis.editing import replace_block_text, set_citation_numbers
from references.errors import InputError
from references.thesis.renumbering import apply_renumbering, first_citation_order, plan_renumbering
from tests.conftest import THESIS

MARKER = re.compile(r"\[(\d+)\s*(?:[-–]\s*(\d+))?\]")


def thesis_first_citation_order() -> list[int]:
    """Numbers in the order the thesis first cites them, straight from its text."""
    order: dict[int, None] = {}
    for match in MARKER.finditer(THESIS.read_text(encoding="utf-8")):
        low = int(match.group(1))
        for number in range(low, int(match.group(2) or low) + 1):
            order.setdefault(number, None)
    return list(order)


def _document_id(session: Session) -> int:
    return session.scalars(select(Document.id)).one()


def _claim_references(session: Session) -> dict[int, list[int | None]]:
    return {
        claim.id: sorted((t.reference_id or 0) for c in claim.citations for t in c.targets)
        for claim in session.scalars(select(Claim))
    }


def _numbers_by_reference(session: Session) -> dict[int, int | None]:
    return {ref_id: number for ref_id, number in session.execute(select(Reference.id, Reference.number))}


def _targets(session: Session) -> dict[int, list[tuple[int, int | None]]]:
    return {c.id: [(t.number, t.reference_id) for t in c.targets] for c in session.scalars(select(Citation))}


def test_first_citation_order_is_the_thesis_reading_order(sample_library: Library) -> None:
    with sample_library.session() as session:
        order = [f.number for f in first_citation_order(session, _document_id(session))]
    assert order == thesis_first_citation_order()
    assert order[:4] == [1, 2, 3, 4] and order.index(57) < order.index(52) < order.index(51)


def test_renumbering_puts_first_citations_in_order_and_keeps_every_claims_sources(sample_library: Library) -> None:
    expected_order = thesis_first_citation_order()
    with sample_library.session() as session:
        document_id = _document_id(session)
        links = _claim_references(session)
        old_numbers = _numbers_by_reference(session)
        old_markers = {c.id: c.numbers for c in session.scalars(select(Citation))}

        plan = plan_renumbering(session, document_id)
        result = apply_renumbering(session, plan)

        firsts = first_citation_order(session, document_id)
        assert [f.number for f in firsts] == list(range(1, len(expected_order) + 1))
        assert _claim_references(session) == links
        new_numbers = _numbers_by_reference(session)
        by_old = {old_numbers[ref_id]: new for ref_id, new in new_numbers.items()}
        # The n-th number the thesis first cites is now number n.
        assert [by_old[n] for n in expected_order] == list(range(1, len(expected_order) + 1))
        # Uncited references follow, in their old order.
        uncited = sorted(set(range(1, 229)) - set(expected_order))
        assert [by_old[n] for n in uncited] == list(range(len(expected_order) + 1, 229))
        for citation in session.scalars(select(Citation)):
            assert citation.numbers == sorted(by_old[n] for n in old_markers[citation.id])
        assert len(plan.markers) == sum(
            1 for numbers in old_markers.values() if sorted(by_old[n] for n in numbers) != numbers
        )
        assert result.undo_plan.inverse() == plan


def test_applying_the_inverse_plan_restores_text_numbers_and_flags(sample_library: Library) -> None:
    with sample_library.session() as session:
        document_id = _document_id(session)
        text = document_text(session, document_id)
        refs = {r.id: (r.number, r.modified) for r in session.scalars(select(Reference))}
        targets = _targets(session)
        last = session.scalars(select(Block).order_by(Block.position.desc())).first()
        assert last is not None
        note = create_annotation(session, document_id, last.doc_start, last.doc_start + 40, author="R")
        quote = note.exact

        result = apply_renumbering(session, plan_renumbering(session, document_id))
        assert document_text(session, document_id)[note.start : note.end] == quote
        assert all(r.modified for r in session.scalars(select(Reference)) if refs[r.id][0] != r.number)

        apply_renumbering(session, result.undo_plan)
        assert document_text(session, document_id) == text
        assert {r.id: (r.number, r.modified) for r in session.scalars(select(Reference))} == refs
        assert _targets(session) == targets


def test_uncited_references_can_keep_their_numbers(sample_library: Library) -> None:
    expected_order = thesis_first_citation_order()
    uncited = sorted(set(range(1, 229)) - set(expected_order))
    with sample_library.session() as session:
        document_id = _document_id(session)
        plan = plan_renumbering(session, document_id, uncited="keep")
        kept = {n.old_number for n in plan.numbers if not n.cited}
        assert sorted(kept) == uncited
        assert all(n.new_number == n.old_number for n in plan.numbers if not n.cited)
        apply_renumbering(session, plan)
        firsts = [f.number for f in first_citation_order(session, document_id)]
        assert firsts == sorted(firsts)
        assert not set(firsts) & set(uncited)


def test_a_stale_plan_is_refused_and_changes_nothing(sample_library: Library) -> None:
    with sample_library.session() as session:
        document_id = _document_id(session)
        plan = plan_renumbering(session, document_id)
        rewritten = session.get(Citation, plan.markers[0].citation_id)
        assert rewritten is not None
        set_citation_numbers(session, rewritten.id, [1])
        text = document_text(session, document_id)
        with pytest.raises(InputError, match="changed since this renumbering was planned"):
            apply_renumbering(session, plan)
        assert document_text(session, document_id) == text


def test_a_number_no_reference_has_blocks_a_renumbering_that_would_give_it_meaning(sample_library: Library) -> None:
    with sample_library.session() as session:
        document_id = _document_id(session)
        # Reference 50 is never cited; remove it, then type a marker citing 50.
        session.delete(session.scalars(select(Reference).where(Reference.number == 50)).one())
        block = session.scalars(select(Block).where(Block.kind == "paragraph").order_by(Block.position)).first()
        assert block is not None
        replace_block_text(session, block.id, len(block.text), len(block.text), " [50]")
        plan = plan_renumbering(session, document_id)
        assert any("number 50" in p for p in plan.problems)
        with pytest.raises(InputError, match="number 50"):
            apply_renumbering(session, plan)
