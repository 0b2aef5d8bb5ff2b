"""Words and rules written once: review verdicts, and which group colours a reference."""

from __future__ import annotations

from sqlalchemy import select

from app.annotations.vocabulary import VERDICT_COLORS, verdict_label, verdict_short
from models import Annotation
from models.db import Library
from references.errors import InputError
from references.review import annotations, w3c, word_export
from references.review.vocabulary import VERDICTS
from references.thesis.document_view import GroupRow, load_document_view
from references.thesis.group_colours import (
    NO_GROUP,
    NO_GROUP_COLOR,
    NOT_IN_BIBLIOGRAPHY,
    NOT_IN_BIBLIOGRAPHY_COLOR,
    GroupColours,
)


def test_every_place_that_names_a_verdict_knows_the_same_verdicts() -> None:
    assert annotations.VERDICTS == VERDICTS == w3c.VERDICTS
    assert set(w3c.VERDICT_LABELS) == set(VERDICTS)
    assert set(word_export.VERDICT_WORDS) == set(VERDICTS)
    assert set(VERDICT_COLORS) == {None, *VERDICTS}
    for verdict in VERDICTS:  # a label for people, never the stored code
        assert verdict_label(verdict) != verdict
        assert verdict_short(verdict) and "_" not in verdict_short(verdict)


def test_a_verdict_outside_the_list_is_refused(sample_library: Library) -> None:
    with sample_library.session() as session:
        document_id = 1
        note = annotations.create_annotation(session, document_id, 0, 10, author="R", comment="c", verdict="supported")
        try:
            annotations.update_annotation(session, note.id, verdict="probably")
        except InputError as problem:
            assert "probably" in str(problem) and "supported" in str(problem)
        else:
            raise AssertionError("an unknown verdict was stored")
        stored = session.scalar(select(Annotation.verdict).where(Annotation.id == note.id))
        assert stored == "supported"


def _group(id_: int, depth: int, color: str) -> GroupRow:
    return GroupRow(id_, None, f"g{id_}", "", color, False, depth, (f"g{id_}",))


def test_a_reference_takes_its_most_specific_group_and_ties_go_to_tree_order() -> None:
    groups = [_group(1, 0, "#111111"), _group(2, 1, "#222222"), _group(3, 0, "#333333"), _group(4, 1, "#444444")]
    colours = GroupColours(groups)
    assert colours.colour_of([1, 2]) == colours.colour_of([2, 1]) == "#222222"
    assert colours.colour_of([4, 2]) == "#222222"  # two subgroups: the first in the tree
    assert colours.colour_of([3]) == "#333333"
    assert colours.display_group([]) == NO_GROUP and colours.colour_of([]) == NO_GROUP_COLOR
    assert colours.colour_of([99]) == NO_GROUP_COLOR  # a group this document does not have
    assert colours.colour_of_group(NOT_IN_BIBLIOGRAPHY) == NOT_IN_BIBLIOGRAPHY_COLOR


def test_the_bundled_references_are_coloured_by_their_deepest_group(sample_library: Library) -> None:
    with sample_library.session() as session:
        view = load_document_view(session, 1)
    colours = GroupColours(view.groups)
    by_id = {g.id: g for g in view.groups}
    coloured = 0
    for reference in view.references:
        known = [by_id[g] for g in reference.group_ids if g in by_id]
        if not known:
            assert colours.colour_of(reference.group_ids) == NO_GROUP_COLOR
            continue
        deepest = max(g.depth for g in known)
        assert colours.colour_of(reference.group_ids) in {g.color for g in known if g.depth == deepest}
        coloured += 1
    assert coloured > 100
