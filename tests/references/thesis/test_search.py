"""Full-text search over the bundled thesis: folding, safety, offsets, claims."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from models.db import Library
from references.normalize import fold
from references.thesis.search import SearchResult, occurrence_pattern, query_tokens, search


@pytest.fixture(scope="module")
def library(shared_sample: Library) -> Library:
    return shared_sample


@pytest.fixture(scope="module")
def document_id(library: Library) -> int:
    with library.engine.connect() as conn:
        return conn.execute(text("SELECT min(id) FROM documents")).scalar_one()


def run(library: Library, document_id: int, query: str, **kwargs: int) -> SearchResult:
    with library.session() as session:
        return search(session, document_id, query, **kwargs)


def test_latin_and_cyrillic_schwa_find_the_same_places(library: Library, document_id: int) -> None:
    cyrillic = run(library, document_id, "әдебиет")
    latin = run(library, document_id, "əдебиет")
    assert cyrillic.hits and cyrillic.hits == latin.hits
    # The thesis writes the word with the Latin letter (PDF extraction), so
    # without folding the Cyrillic query would find nothing.
    with library.engine.connect() as conn:
        stored = conn.execute(text("SELECT text FROM blocks WHERE id = :b"), {"b": cyrillic.hits[0].block_id}).scalar_one()
    first = cyrillic.hits[0]
    assert stored[first.start : first.end].startswith("əдебиет")
    assert "әдебиет" not in stored[first.start : first.end]


def test_every_text_hit_points_at_the_words_in_the_stored_text(library: Library, document_id: int) -> None:
    result = run(library, document_id, "Сыртқы саясат")
    assert len(result.text_hits) > 50
    with library.engine.connect() as conn:
        texts = dict(conn.execute(text("SELECT id, text FROM blocks")).all())
    for hit in result.text_hits:
        found = " ".join(texts[hit.block_id][hit.start : hit.end].split())
        assert fold(found).startswith("сыртқы саясат"), found
        assert hit.match == found
    positions = [(h.block_id, h.start) for h in result.text_hits]
    assert len(set(positions)) == len(positions)


def test_last_word_is_a_prefix_so_suffixed_forms_are_found(library: Library, document_id: int) -> None:
    hits = run(library, document_id, "көпвекторлы саясат").text_hits
    assert any(h.match.lower() != "көпвекторлы саясат" for h in hits)  # e.g. "...саясатының"
    assert all(fold(h.match).startswith("көпвекторлы саясат") for h in hits)


def test_hits_inside_a_claim_name_it(library: Library, document_id: int) -> None:
    result = run(library, document_id, "Ата заңы")  # "Қазақстан Республикасының Ата заңы [6]"
    with library.engine.connect() as conn:
        claims = {r.id: r for r in conn.execute(text("SELECT id, block_id, start, \"end\" FROM claims"))}
    in_claims = [h for h in result.text_hits if h.claim_id is not None]
    assert in_claims
    for hit in in_claims:
        claim = claims[hit.claim_id]
        assert claim.block_id == hit.block_id and claim.start <= hit.start and hit.end <= claim.end


def test_references_are_searched_too(library: Library, document_id: int) -> None:
    with library.engine.connect() as conn:
        number, authors = conn.execute(
            text('SELECT number, authors FROM "references" WHERE authors != \'\' ORDER BY number LIMIT 1')
        ).one()
    surname = authors.split(",")[0].split()[0]
    result = run(library, document_id, surname)
    assert f"[{number}]" in [h.where for h in result.hits if h.kind == "reference"]


def test_a_table_caption_is_found(library: Library, document_id: int) -> None:
    with library.engine.connect() as conn:
        block_id, caption = conn.execute(
            text("SELECT id, caption FROM blocks WHERE kind = 'table' ORDER BY position LIMIT 1")
        ).one()
    words = " ".join(caption.split()[3:6])  # after "Кесте 1-"
    hits = [h for h in run(library, document_id, words).text_hits if h.block_id == block_id]
    assert hits and fold(hits[0].match).startswith(fold(words.split()[0]))


def test_limit_truncates_and_says_so(library: Library, document_id: int) -> None:
    full = run(library, document_id, "және")
    assert len(full.hits) > 20
    cut = run(library, document_id, "және", limit=20)
    assert len(cut.hits) == 20 and cut.truncated
    assert cut.hits == full.hits[:20]


@pytest.mark.parametrize(
    "query",
    ['"', "сыртқы\" OR \"саясат", "NEAR(сыртқы саясат)", "body:саясат", "саясат AND NOT", "*", "^саясат", "a'b", "))("],
)
def test_fts_syntax_in_a_query_is_only_words(library: Library, document_id: int, query: str) -> None:
    result = run(library, document_id, query)  # must not raise
    tokens = query_tokens(query)
    for hit in result.text_hits:
        assert fold(hit.match).startswith(tokens[0])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_typed_text_is_a_valid_query(library: Library, document_id: int, query: str) -> None:
    tokens = query_tokens(query)
    if tokens:
        occurrence_pattern(tokens)  # compiles
    run(library, document_id, query, limit=5)


def test_empty_and_punctuation_only_queries_find_nothing(library: Library, document_id: int) -> None:
    assert run(library, document_id, "").hits == ()
    assert run(library, document_id, " ,.;– ").hits == ()
