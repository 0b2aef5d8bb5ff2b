"""The window's read-only views, checked against SQL written independently here."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import text

from models.db import Library
from references.thesis import document_view as queries
from references.thesis.document_view import NO_GROUP, NOT_IN_BIBLIOGRAPHY, DocumentView


@pytest.fixture(scope="module")
def library(shared_sample: Library) -> Library:
    # Read-only use: the session-wide sample is shared, never written here.
    return shared_sample


@pytest.fixture(scope="module")
def view(library: Library) -> DocumentView:
    with library.session() as session:
        document_id = queries.documents(session)[0].id
        return queries.load_document_view(session, document_id)


def scalar(library: Library, sql: str, **params: object) -> object:
    with library.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def rows(library: Library, sql: str, **params: object) -> list:
    with library.engine.connect() as conn:
        return list(conn.execute(text(sql), params))


def test_view_holds_every_row_of_the_document(library: Library, view: DocumentView) -> None:
    doc = view.document.id
    assert len(view.blocks) == scalar(library, "SELECT count(*) FROM blocks WHERE document_id = :d", d=doc)
    assert len(view.citations) == scalar(
        library, "SELECT count(*) FROM citations c JOIN blocks b ON b.id = c.block_id WHERE b.document_id = :d", d=doc
    )
    assert len(view.claims) == scalar(
        library, "SELECT count(*) FROM claims c JOIN blocks b ON b.id = c.block_id WHERE b.document_id = :d", d=doc
    )
    assert len(view.references) == scalar(library, 'SELECT count(*) FROM "references" WHERE document_id = :d', d=doc)
    assert len(view.references) == 228  # the bundled bibliography, resources/bibliography.bib
    # Reading order, and each marker is the text it stands on.
    assert [b.position for b in view.blocks] == sorted(b.position for b in view.blocks)
    blocks = {b.id: b for b in view.blocks}
    for citation in view.citations:
        assert blocks[citation.block_id].text[citation.start : citation.end] == citation.marker


def test_marker_numbers_and_references_come_from_the_targets(library: Library, view: DocumentView) -> None:
    marker = next(c for c in view.citations if c.marker == "[9–14]")
    assert marker.numbers == (9, 10, 11, 12, 13, 14)
    expected = [
        r[0]
        for r in rows(
            library,
            "SELECT reference_id FROM citation_targets WHERE citation_id = :c ORDER BY position",
            c=marker.id,
        )
    ]
    assert list(marker.reference_ids) == expected


def test_times_cited_counts_markers(library: Library, view: DocumentView) -> None:
    expected = dict(
        rows(
            library,
            "SELECT reference_id, count(DISTINCT citation_id) FROM citation_targets "
            "WHERE reference_id IS NOT NULL GROUP BY reference_id",
        )
    )
    for reference in view.references:
        assert reference.times_cited == expected.get(reference.id, 0), reference.number
    assert [r.number for r in view.references] == list(range(1, 229))


def test_groups_are_in_tree_order_with_paths(view: DocumentView) -> None:
    names = [g.path for g in view.groups]
    # resources/source-groups.json: six top-level groups, three under Scholarly literature.
    assert names[0] == ("Құқықтық актілер",)
    western = names.index(("Ғылыми мақалалар мен монографиялар", "Батыстық әдебиеттер"))
    assert names[western - 1] == ("Ғылыми мақалалар мен монографиялар",)
    assert {g.depth for g in view.groups} == {0, 1}


def test_claim_rows_carry_their_markers_and_groups(library: Library, view: DocumentView) -> None:
    legal = next(g.id for g in view.groups if g.name_en == "Legal acts")
    citing_legal = {
        r[0]
        for r in rows(
            library,
            "SELECT DISTINCT c.claim_id FROM citations c JOIN citation_targets t ON t.citation_id = c.id "
            "JOIN reference_groups rg ON rg.reference_id = t.reference_id WHERE rg.group_id = :g "
            "AND c.claim_id IS NOT NULL",
            g=legal,
        )
    }
    assert citing_legal, "the thesis cites legal acts [3-8]"
    assert {c.id for c in view.claims if legal in c.group_ids} == citing_legal
    claim = next(c for c in view.claims if "[9–14]" in c.markers)
    assert set(range(9, 15)) <= set(claim.numbers)
    assert claim.text in {b.id: b for b in view.blocks}[claim.block_id].text


def test_outline_counts_markers_of_each_section_and_its_subsections(library: Library, view: DocumentView) -> None:
    per_section = dict(
        rows(
            library,
            "WITH RECURSIVE tree(top, id) AS (SELECT id, id FROM sections WHERE parent_id IS NULL "
            "UNION ALL SELECT tree.top, s.id FROM sections s JOIN tree ON s.parent_id = tree.id) "
            "SELECT tree.top, count(c.id) FROM tree JOIN blocks b ON b.section_id = tree.id "
            "JOIN citations c ON c.block_id = b.id GROUP BY tree.top",
        )
    )
    assert {n.section_id: n.markers for n in view.outline} == {
        n.section_id: per_section.get(n.section_id, 0) for n in view.outline
    }
    labels = [n.label for n in view.outline]
    assert labels[0] == "КІРІСПЕ" and labels[-1] == "ҚОРЫТЫНДЫ"
    tables = [child for n in view.outline for s in n.children for child in s.children if child.kind == "table"]
    tables += [child for n in view.outline for child in n.children if child.kind == "table"]
    assert len(tables) == scalar(library, "SELECT count(*) FROM blocks WHERE kind = 'table'")
    assert all(t.label.startswith("Кесте") for t in tables)  # the captions as printed


def test_statistics_totals_equal_targets_per_chapter(library: Library, view: DocumentView) -> None:
    per_chapter = dict(
        rows(
            library,
            "WITH RECURSIVE tree(top, id) AS (SELECT id, id FROM sections WHERE parent_id IS NULL "
            "UNION ALL SELECT tree.top, s.id FROM sections s JOIN tree ON s.parent_id = tree.id) "
            "SELECT tree.top, count(t.id) FROM tree JOIN blocks b ON b.section_id = tree.id "
            "JOIN citations c ON c.block_id = b.id JOIN citation_targets t ON t.citation_id = c.id "
            "GROUP BY tree.top",
        )
    )
    assert {c.section_id: c.total for c in view.statistics.chapters} == {k: v for k, v in per_chapter.items() if v}
    assert view.statistics.claims_total == len(view.claims)


def test_display_group_prefers_the_most_specific_group(view: DocumentView) -> None:
    scholarly = next(g.id for g in view.groups if g.name_en == "Scholarly literature")
    western = next(g.id for g in view.groups if g.name_en == "Western")
    legal = next(g.id for g in view.groups if g.name_en == "Legal acts")
    assert queries.display_group([scholarly, western], view.groups) == western
    assert queries.display_group([western, scholarly], view.groups) == western
    assert queries.display_group([legal], view.groups) == legal
    assert queries.display_group([], view.groups) == NO_GROUP


def test_statistics_put_unresolved_numbers_apart() -> None:
    section = queries.SectionRow(1, None, 0, 1, "1", "Chapter", "chapter")
    block = queries.BlockRow(10, 1, 0, "paragraph", "Text [1, 2].", None, 0)
    citation = queries.CitationRow(100, 10, 1000, 5, 11, "[1, 2]", (1, 2), (7, None))
    reference = queries.ReferenceRow(7, 1, "k", "book", "A", "T", "2000", True, (), 1)
    claim = queries.ClaimRow(1000, 10, 1, 0, 12, "Text [1, 2].", "sentence", (100,), ("[1, 2]",), (1, 2), (7,), frozenset())
    stats = queries.build_statistics([section], [block], [citation], [claim], [reference], [])
    assert stats.chapters[0].by_group == {NO_GROUP: 1, NOT_IN_BIBLIOGRAPHY: 1}
    assert stats.claims_by_group == {NO_GROUP: 1}


def test_citation_places_follow_the_targets(library: Library, view: DocumentView) -> None:
    reference = max(view.references, key=lambda r: r.times_cited)
    places = queries.citation_places(view, reference.id)
    expected = [
        r[0]
        for r in rows(
            library,
            "SELECT c.id FROM citations c JOIN blocks b ON b.id = c.block_id WHERE c.id IN "
            "(SELECT t.citation_id FROM citation_targets t WHERE t.reference_id = :r) ORDER BY b.position, c.start",
            r=reference.id,
        )
    ]
    assert [p.citation_id for p in places] == expected
    assert len(places) == reference.times_cited
    assert all(p.marker in p.context for p in places)


def test_references_can_be_paged(library: Library, view: DocumentView) -> None:
    with library.session() as session:
        page = queries.references(session, view.document.id, offset=100, limit=25)
    assert [r.number for r in page] == list(range(101, 126))
    assert Counter(r.id for r in page) == Counter(r.id for r in view.references[100:125])


def test_excerpt_keeps_the_span_and_marks_cuts() -> None:
    text = "a " * 100 + "[12]" + " b" * 100
    start = text.index("[12]")
    short = queries.excerpt(text, start, start + 4, context=10)
    assert "[12]" in short and short.startswith("…") and short.endswith("…")
    assert queries.excerpt("x [1] y", 2, 5) == "x [1] y"
