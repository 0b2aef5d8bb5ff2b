"""Author edits on the bundled thesis: markers, claims, page breaks and notes stay in step.

After every edit the stored rows must be what a fresh parse of the new text
gives (markers, their numbers, the claims holding them), every offset must
still point at what it names, and undo must give back the library exactly.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import Annotation, Block, Citation, Claim, Document, PageBreak, Reference
from models.db import Library
from models.errors import ConcurrentEditError
from references.review.annotations import create_annotation
from references.thesis.text_map import document_text
from references.thesis.editing import (
    insert_citation,
    remove_citation,
    replace_block_text,
    revert_text_edit,
    set_citation_numbers,
    set_paragraph_text,
)
from references.errors import InputError
from references.thesis.citation_markers import format_marker, replace_numbers, rewrite_marker
from references.text import find_citations, parse_marker
from references.text.claims import find_claims


def _document(session: Session) -> Document:
    return session.scalars(select(Document)).one()


def assert_consistent(
    session: Session, document_id: int, moved_annotations: tuple[int, ...] = (), block_ids: set[int] | None = None
) -> None:
    """Every stored offset names what it should, and markers and claims are
    exactly what the parser finds in each block's text (in ``block_ids``, or all)."""
    session.flush()
    numbers = {
        number: ref_id
        for number, ref_id in session.execute(
            select(Reference.number, Reference.id).where(Reference.document_id == document_id)
        )
    }
    blocks = session.scalars(
        select(Block)
        .where(Block.document_id == document_id)
        .order_by(Block.position)
        .options(
            selectinload(Block.citations).selectinload(Citation.targets),
            selectinload(Block.claims).selectinload(Claim.citations),
            selectinload(Block.page_breaks),
        )
    )
    offset = 0
    for block in blocks:
        assert block.doc_start == offset, f"block {block.id} starts at {block.doc_start}, not {offset}"
        offset += len(block.text) + 2
        if block_ids is not None and block.id not in block_ids:
            continue
        found, _rejected = find_citations(block.text)
        stored = sorted(block.citations, key=lambda c: c.start)
        assert [(c.start, c.end, c.marker) for c in stored] == [(f.start, f.end, f.marker) for f in found]
        for citation in stored:
            assert citation.numbers == parse_marker(citation.marker)
            assert [t.reference_id for t in citation.targets] == [numbers.get(n) for n in citation.numbers]
        claims = sorted((c for c in block.claims if c.origin == "sentence"), key=lambda c: c.start)
        parsed = find_claims(block.text, found)
        assert [(c.start, c.end) for c in claims] == [(p.start, p.end) for p in parsed]
        for claim, p in zip(claims, parsed):
            assert claim.text == block.text[claim.start : claim.end]
            assert sorted(c.id for c in claim.citations) == sorted(stored[i].id for i in p.citation_indexes)
        for page_break in block.page_breaks:
            assert 0 <= page_break.offset <= len(block.text)
    text = document_text(session, document_id)
    for annotation in session.scalars(select(Annotation).where(Annotation.document_id == document_id)):
        if annotation.id not in moved_annotations:
            assert text[annotation.start : annotation.end] == annotation.exact


def snapshot(session: Session) -> dict[str, object]:
    """Everything an edit may change, by content (rows re-created on undo get new ids)."""
    session.flush()
    blocks = [(b.id, b.doc_start, b.text) for b in session.scalars(select(Block).order_by(Block.id))]
    citations = sorted(
        (c.block_id, c.start, c.end, c.marker, tuple((t.number, t.reference_id) for t in c.targets),
         (c.claim.start, c.claim.end) if c.claim else None)
        for c in session.scalars(select(Citation).options(selectinload(Citation.targets), selectinload(Citation.claim)))
    )
    claims = sorted((c.block_id, c.start, c.end, c.text, c.origin) for c in session.scalars(select(Claim)))
    annotations = sorted(
        (a.id, a.start, a.end, (a.claim.block_id, a.claim.start, a.claim.end) if a.claim else None)
        for a in session.scalars(select(Annotation).options(selectinload(Annotation.claim)))
    )
    page_breaks = sorted((p.id, p.block_id, p.offset) for p in session.scalars(select(PageBreak)))
    return {"blocks": blocks, "citations": citations, "claims": claims, "annotations": annotations,
            "page_breaks": page_breaks}


def first_marker(session: Session, marker: str) -> Citation:
    rows = session.scalars(select(Citation).join(Block).where(Citation.marker == marker).order_by(Block.position))
    return rows.first()  # type: ignore[return-value]  # the thesis has every marker asked for


def annotate(session: Session, document_id: int, start: int, end: int) -> Annotation:
    return create_annotation(session, document_id, start, end, author="Reviewer", comment="check")


def test_marker_style_follows_the_document() -> None:
    assert format_marker([5, 3, 4, 4], "–") == "[3–5]"
    assert format_marker([9, 3, 4], "-") == "[3, 4, 9]"
    assert rewrite_marker("[9–14]", {9: 20, 10: 21, 11: 22, 12: 23, 13: 24, 14: 25}, "-") == "[20-25]"
    # A page locator belongs to the work before it and survives a renumbering.
    assert rewrite_marker("[5, с. 12]", {5: 7}) == "[7, с. 12]"
    assert parse_marker(rewrite_marker("[5, с. 12]", {5: 7})) == [7]
    assert replace_numbers("[5, с. 12]", [5, 8]) == "[5, с. 12; 8]"
    assert replace_numbers("[5, с. 12]", [6]) == "[6]"


def test_changing_a_markers_numbers_moves_everything_after_it(sample_library: Library) -> None:
    with sample_library.session() as session:
        document = _document(session)
        marker = first_marker(session, "[57]")
        block = marker.block
        later_block = session.scalars(select(Block).where(Block.position == block.position + 1)).one()
        text = document_text(session, document.id)
        marker_at = block.doc_start + marker.start
        before = annotate(session, document.id, marker_at - 20, marker_at - 5)
        around = annotate(session, document.id, marker_at - 10, marker_at + 4)
        after = annotate(session, document.id, later_block.doc_start, later_block.doc_start + 30)
        claim_id = marker.claim_id
        old_later_start = later_block.doc_start

        change = set_citation_numbers(session, marker.id, [53, 51, 52, 52])

        assert document.range_dash == "-"
        assert change.new_marker == "[51-53]" and change.old_numbers == (57,)
        assert change.citation_id == marker.id and marker.numbers == [51, 52, 53]
        assert marker.claim_id == claim_id
        assert block.text[marker.start : marker.end] == "[51-53]"
        assert later_block.doc_start == old_later_start + 3
        assert (before.start, before.end) == (marker_at - 20, marker_at - 5)
        assert (after.start, after.end) == (old_later_start + 3, old_later_start + 33)
        assert change.edit.reanchor_annotation_ids == (around.id,)
        assert_consistent(session, document.id, moved_annotations=(around.id,))

        undo = change.undo(session)
        assert undo.new_marker == "[57]" and marker.numbers == [57]
        assert document_text(session, document.id) == text
        assert (around.start, around.end) == (marker_at - 10, marker_at + 4)
        assert_consistent(session, document.id)


def test_unknown_number_is_refused_naming_it_and_the_document(sample_library: Library) -> None:
    with sample_library.session() as session:
        document = _document(session)
        marker = first_marker(session, "[57]")
        state = snapshot(session)
        with pytest.raises(InputError, match=rf"No reference numbered 229 in document {document.id} \(") as info:
            set_citation_numbers(session, marker.id, [57, 229])
        assert document.title in str(info.value)
        with pytest.raises(InputError, match="229, 300"):
            insert_citation(session, marker.block_id, 0, [300, 229])
        assert snapshot(session) == state


def test_inserting_a_marker_makes_its_sentence_a_claim_and_undo_removes_it(sample_library: Library) -> None:
    with sample_library.session() as session:
        document = _document(session)
        state = snapshot(session)
        # The introduction's first paragraph has no marker; its first sentence ends at the first stop.
        block = session.scalars(
            select(Block).where(Block.kind == "paragraph", ~Block.citations.any()).order_by(Block.position)
        ).first()
        assert block is not None and not block.claims
        stop = block.text.index(". ")

        change = insert_citation(session, block.id, stop, [3, 5, 4])

        assert block.text[stop : stop + 6] == " [3-5]"  # set off by a space, in the document's style
        assert change.marker_start == stop + 1 and change.new_numbers == (3, 4, 5)
        assert [(c.start, c.end) for c in block.claims] == [(0, stop + 7)]
        assert_consistent(session, document.id)

        change.undo(session)
        assert snapshot(session) == state


def test_removing_a_claims_only_marker_drops_the_claim_and_undo_relinks_its_note(sample_library: Library) -> None:
    with sample_library.session() as session:
        document = _document(session)
        marker = first_marker(session, "[57]")
        claim = marker.claim
        assert claim is not None and len(claim.citations) == 1
        claim_at = marker.block.doc_start + claim.start
        note = annotate(session, document.id, claim_at, claim_at + 25)
        assert note.claim_id == claim.id
        state = snapshot(session)

        change = remove_citation(session, marker.id)

        assert change.edit.old_text == " [57]" and change.old_numbers == (57,)
        assert session.scalars(select(Claim).where(Claim.id == claim.id)).first() is None
        assert note.claim_id is None
        assert_consistent(session, document.id)

        redo = change.undo(session)
        assert redo.citation_id is not None
        assert snapshot(session) == state  # the note points at the re-created claim again
        assert_consistent(session, document.id)


def test_joining_two_cited_sentences_merges_their_claims(sample_library: Library) -> None:
    with sample_library.session() as session:
        document = _document(session)
        # A block where two consecutive claims are separated by ". " only.
        for block in session.scalars(select(Block).order_by(Block.position)):
            claims = sorted(block.claims, key=lambda c: c.start)
            pair = next(
                ((a, b) for a, b in zip(claims, claims[1:]) if block.text[a.end - 1 : b.start] == ". "), None
            )
            if pair:
                break
        first, second = pair
        note = annotate(session, document.id, block.doc_start + second.start, block.doc_start + second.start + 10)
        assert note.claim_id == second.id
        state = snapshot(session)

        edit = replace_block_text(session, block.id, first.end - 1, first.end, ",")

        merged = [c for c in block.claims if c.start <= first.start < c.end]
        assert len(merged) == 1 and merged[0].end >= second.end
        assert note.claim_id == merged[0].id  # the note follows its sentence into the merged claim
        assert_consistent(session, document.id)

        revert_text_edit(session, edit)
        assert snapshot(session) == state


def test_editing_a_paragraph_keeps_untouched_markers_and_notes(sample_library: Library) -> None:
    with sample_library.session() as session:
        document = _document(session)
        block = max(session.scalars(select(Block)), key=lambda b: len(b.citations))
        citations = sorted(block.citations, key=lambda c: c.start)
        first, last = citations[0], citations[-1]
        annotate(session, document.id, block.doc_start + last.start - 30, block.doc_start + last.start)
        ids = [c.id for c in citations]
        state = snapshot(session)
        # Two small edits far apart: a word before the first marker, and the last marker's number.
        word = re.search(r"\w{6,}", block.text)
        assert word is not None and word.end() < first.start
        new_text = (
            block.text[: word.start()] + "ЖАҢА" + block.text[word.end() : last.start]
            + format_marker([1]) + block.text[last.end :]
        )

        change = set_paragraph_text(session, block.id, new_text)

        assert block.text == new_text
        assert sorted(c.id for c in block.citations) == sorted(ids)  # rows kept, the last one renumbered
        assert last.numbers == [1]
        assert change.reanchor_annotation_ids == ()
        assert_consistent(session, document.id)

        change.undo(session)
        assert snapshot(session) == state


def test_a_page_break_after_an_edit_moves_with_the_text(sample_library: Library) -> None:
    with sample_library.session() as session:
        document = _document(session)
        page_break = session.scalars(select(PageBreak).where(PageBreak.offset > 40).order_by(PageBreak.id)).first()
        assert page_break is not None
        block = page_break.block
        offset = page_break.offset
        text_after = block.text[offset:]

        edit = replace_block_text(session, block.id, 0, 10, "")

        assert page_break.offset == offset - 10
        assert block.text[page_break.offset :] == text_after
        assert_consistent(session, document.id)
        revert_text_edit(session, edit)
        assert page_break.offset == offset


def test_undo_is_refused_when_a_later_edit_changed_the_text(sample_library: Library) -> None:
    with sample_library.session() as session:
        marker = first_marker(session, "[57]")
        change = set_citation_numbers(session, marker.id, [58])
        set_citation_numbers(session, marker.id, [59])
        with pytest.raises(ConcurrentEditError, match="changed since this edit"):
            change.undo(session)


def test_a_blank_line_cannot_be_typed_into_a_paragraph(sample_library: Library) -> None:
    with sample_library.session() as session:
        block = session.scalars(select(Block).where(Block.kind == "paragraph")).first()
        assert block is not None
        with pytest.raises(InputError, match="blank line"):
            set_paragraph_text(session, block.id, block.text + "\n\nКелесі")


# Text an author might type over any span: words, stops, spaces and marker pieces.
_TYPED = st.lists(
    st.sampled_from(
        ["сөз", " ", ".", ". ", "Келесі", "[", "]", "[3]", "[57]", "[9–14]", "12", "-", ",", "т.б."]
    ),
    max_size=4,
).map("".join)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data(), typed=_TYPED)
def test_any_edit_of_a_cited_paragraph_keeps_rows_in_step_and_undoes_exactly(
    sample_library: Library, data: st.DataObject, typed: str
) -> None:
    session = sample_library.sessions()
    try:
        document = _document(session)
        blocks = session.scalars(select(Block).where(Block.citations.any()).order_by(Block.position)).all()
        block = data.draw(st.sampled_from(blocks), label="block")
        start = data.draw(st.integers(0, len(block.text)), label="start")
        end = data.draw(st.integers(start, min(len(block.text), start + 40)), label="end")
        note = annotate(session, document.id, block.doc_start, block.doc_start + len(block.text))
        state, state_text = snapshot(session), block.text

        edit = replace_block_text(session, block.id, start, end, typed)

        assert block.text[start : start + len(typed)] == typed
        # The note spans the whole paragraph: text typed at its very start or end is not inside it.
        inside = edit.old_text != typed and (start < end or 0 < start < len(state_text))
        assert edit.reanchor_annotation_ids == ((note.id,) if inside else ())
        assert_consistent(session, document.id, edit.reanchor_annotation_ids, block_ids={block.id})
        revert_text_edit(session, edit)
        assert snapshot(session) == state
    finally:
        session.rollback()
        session.close()
