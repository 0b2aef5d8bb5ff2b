"""Duplicates in real .bib files and in the bundled thesis, and merging two entries.

Which entries are the same work was decided by reading the files (cited
below), not by running the finder.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import BibBlock, Block, Citation, CitationTarget, Claim, Document, Reference
from models.db import Library, open_library
from references.library.bib_import import apply_bib_import, plan_bib_file
from references.thesis.text_map import document_text
from references.library.duplicates import (
    DuplicatePair,
    find_duplicates,
    merge_conflicts,
    merge_references,
    normalise_isbn,
    unmerge,
)
from references.bibtex.values import unwrapped
from references.errors import InputError
from references.thesis.reference_fields import refresh_plain_columns
from tests.conftest import SHARED_BIB



@pytest.fixture
def bib_library(tmp_path: Path) -> Iterator[Library]:
    """An empty library holding the entries of three real .bib files."""
    library = open_library(tmp_path / "bib.sqlite")
    with library.session() as session:
        for name in ("xampl.bib", "biblatex-examples.bib", "jabref-complex.bib"):
            apply_bib_import(session, plan_bib_file(session, SHARED_BIB / name))
    yield library
    library.close()


def _pairs(pairs: list[DuplicatePair]) -> dict[frozenset[str], DuplicatePair]:
    return {frozenset((p.first_key, p.second_key)): p for p in pairs}


def test_isbn_10_and_13_are_one_number() -> None:
    # ISBN-13 check digit of 978-0-822-32714 worked out by hand: weights 1,3,1,3,... give 99.
    assert normalise_isbn("0-822-32714-7") == "9780822327141"
    assert normalise_isbn("978-0-8223-2714-1") == "9780822327141"
    assert normalise_isbn("12345") == ""


def test_xampl_minimal_and_full_entries_are_found_but_crossrefs_and_other_titles_are_not(bib_library: Library) -> None:
    with bib_library.session() as session:
        pairs = _pairs(find_duplicates(session))
    # xampl.bib lines 11-29: same author, title, journal and year.
    article = pairs[frozenset({"article-minimal", "article-full"})]
    assert article.score == 1.0 and "same year 1986" in article.reasons
    assert frozenset({"book-minimal", "book-full"}) in pairs  # lines 92-110
    # article-crossref crossrefs WHOLE-JOURNAL (upper case), book-crossref whole-set: parts of them.
    assert frozenset({"article-crossref", "whole-journal"}) not in pairs
    assert frozenset({"book-crossref", "whole-set"}) not in pairs
    # booklet-minimal has a title and nothing else to compare: not enough.
    assert not any("booklet-minimal" in keys for keys in pairs)
    # Same author (Knuth), different titles.
    assert frozenset({"inbook-minimal", "book-minimal"}) not in pairs


def test_biblatex_examples_same_item_twice_and_a_chapter_of_a_collection(bib_library: Library) -> None:
    with bib_library.session() as session:
        pairs = _pairs(find_duplicates(session))
    # Its annotation: "baez/article which is the same item given as an article entry".
    assert frozenset({"baez/article", "baez/online"}) in pairs
    # gaonkar:in is a chapter of the collection gaonkar: same ISBN, not the same work.
    assert frozenset({"gaonkar", "gaonkar:in"}) not in pairs


def test_a_shared_doi_with_different_titles_is_reported_for_a_look(bib_library: Library) -> None:
    with bib_library.session() as session:
        pairs = _pairs(find_duplicates(session))
    # jabref-complex.bib gives 10250999 ("Article with complex Authornames") the DOI of 1025014.
    pair = pairs[frozenset({"10250999", "1025014"})]
    assert pair.reasons[0] == "same DOI 10.1109/msp.2004.81"
    assert pair.score < 1.0 and "titles only" in pair.reasons[1]


def test_an_isbn_written_as_13_digits_matches_its_10_digit_form(bib_library: Library) -> None:
    with bib_library.session() as session:
        original = session.scalars(select(Reference).where(Reference.key == "gaonkar")).one()
        copy = Reference(
            key="gaonkar-13",
            entry_type=original.entry_type,
            fields=[[n, "{978-0-8223-2714-1}" if n == "isbn" else v] for n, v in original.fields],
        )
        refresh_plain_columns(copy)
        session.add(copy)
        session.flush()
        pair = _pairs(find_duplicates(session))[frozenset({"gaonkar", "gaonkar-13"})]
        assert pair.reasons == ("same ISBN 9780822327141",)


def test_the_bundled_bibliography_has_no_pair_made_of_missing_fields(sample_library: Library) -> None:
    with sample_library.session() as session:
        document_id = session.scalars(select(Document.id)).one()
        refs = {r.number: r for r in session.scalars(select(Reference))}
        pairs = find_duplicates(session, document_id)
    for pair in pairs:
        assert refs[pair.first_number].title and refs[pair.second_number].title
    numbers = {frozenset((p.first_number, p.second_number)) for p in pairs}
    # [22] and [58] name the same author (Контесси) and nothing else in common.
    assert refs[22].authors.startswith("Контесси") and refs[58].authors.startswith("Контесси")
    assert frozenset({22, 58}) not in numbers
    # [4] and [5] are foreign policy concepts for 2014–2020 and 2020-2030.
    assert frozenset({4, 5}) not in numbers


def _state(session: Session) -> dict[str, object]:
    session.flush()
    return {
        "text": document_text(session, session.scalars(select(Document.id)).one()),
        "targets": sorted(
            (t.citation_id, t.position, t.number, t.reference_id) for t in session.scalars(select(CitationTarget))
        ),
        "references": sorted(
            (r.id, r.number, r.key, r.modified, r.complete, r.title, tuple(map(tuple, r.fields)),
             tuple(g.id for g in r.groups))
            for r in session.scalars(select(Reference))
        ),
        "claims": sorted((c.id, c.block_id, c.start, c.end) for c in session.scalars(select(Claim))),
        "bib_blocks": sorted((b.id, b.reference_id) for b in session.scalars(select(BibBlock))),
    }


def test_merging_two_numbers_of_one_source_rewrites_markers_and_unmerge_restores_all(sample_library: Library) -> None:
    with sample_library.session() as session:
        # The thesis cites the same sentence of 2.2 with [9] and with [158] (resources/DATA.md).
        keep = session.scalars(select(Reference).where(Reference.number == 9)).one()
        drop = session.scalars(select(Reference).where(Reference.number == 158)).one()
        marker = session.scalars(select(Citation).where(Citation.marker == "[158]")).one()
        last = session.scalars(select(Citation).where(Citation.marker == "[228]")).one()
        before = _state(session)

        keep_excerpt = unwrapped(keep.field("silteme-provenance"))
        drop_excerpt = unwrapped(drop.field("silteme-provenance"))
        assert keep_excerpt != drop_excerpt  # two places of the thesis, two excerpts
        # What the thesis says beside each entry is not a conflict to settle: both are kept.
        assert merge_conflicts(session, keep.id, drop.id) == []

        result = merge_references(session, keep.id, drop.id, renumber=True)

        assert unwrapped(keep.field("silteme-provenance")).split("\n") == [keep_excerpt, drop_excerpt]
        assert marker.marker == "[9]" and [t.reference_id for t in marker.targets] == [keep.id]
        assert session.get(Reference, result.drop.id) is None
        assert {g.name_en for g in keep.groups} == {"Diplomatic documents", "Scholarly literature"}
        numbers = sorted(session.scalars(select(Reference.number)))
        assert numbers == list(range(1, 228))
        assert last.marker == "[227]"  # every number after 158 moved down by one
        assert not session.scalars(select(CitationTarget).where(CitationTarget.reference_id.is_(None))).first()
        assert session.scalars(select(Block).where(Block.id == marker.block_id)).one().text[
            marker.start : marker.end
        ] == "[9]"

        restored = unmerge(session, result)

        assert restored == result.drop.id
        assert _state(session) == before


def test_a_placeholder_merged_into_a_library_entry_hands_it_its_number(sample_library: Library) -> None:
    with sample_library.session() as session:
        placeholder = session.scalars(select(Reference).where(Reference.number == 2)).one()
        # The same article entered again in the library, unnumbered (fields copied from [2]).
        own = ("groups", "silteme-number", "silteme-complete")
        entry = Reference(
            key="nazarbayev-1992",
            entry_type=placeholder.entry_type,
            fields=[[name, value] for name, value in placeholder.fields if name not in own],
        )
        refresh_plain_columns(entry)
        session.add(entry)
        session.flush()
        pair = _pairs(find_duplicates(session))[frozenset({"ref2", "nazarbayev-1992"})]
        assert {"same year 1992", "titles 100% alike", "authors 100% alike"} == set(pair.reasons)
        text = document_text(session, session.scalars(select(Document.id)).one())
        before = _state(session)

        result = merge_references(session, entry.id, placeholder.id)

        assert (entry.number, entry.document_id) == (2, result.drop.document_id)
        cited = session.scalars(select(CitationTarget).where(CitationTarget.number == 2)).all()
        assert cited and all(t.reference_id == entry.id for t in cited)
        assert result.marker_edits == () and len(result.retargeted) == len(cited)
        assert document_text(session, result.drop.document_id) == text

        unmerge(session, result)
        assert _state(session) == before


def test_a_choice_for_the_excerpts_still_decides_and_a_real_conflict_still_asks(sample_library: Library) -> None:
    with sample_library.session() as session:
        keep = session.scalars(select(Reference).where(Reference.number == 9)).one()
        drop = session.scalars(select(Reference).where(Reference.number == 158)).one()
        keep.fields = [*keep.fields, ["year", "{2014}"]]
        drop.fields = [*drop.fields, ["year", "{2015}"]]
        session.flush()
        before = _state(session)
        assert [c.name for c in merge_conflicts(session, keep.id, drop.id)] == ["year"]
        with pytest.raises(InputError, match="differ in year"):
            merge_references(session, keep.id, drop.id)
        assert _state(session) == before

        merge_references(session, keep.id, drop.id, {"year": "drop", "silteme-provenance": "keep"})

        assert keep.field("year") == "{2015}"
        assert keep.field("silteme-provenance") == dict(before_fields(before, keep.id))["silteme-provenance"]


def before_fields(state: dict[str, object], reference_id: int) -> tuple[tuple[str, str], ...]:
    (row,) = [r for r in state["references"] if r[0] == reference_id]  # type: ignore[attr-defined]
    return row[6]
