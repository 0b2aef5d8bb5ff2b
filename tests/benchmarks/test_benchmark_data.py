"""The synthetic benchmark library is a library the program itself could have
written: offsets point at the text they name, numbers resolve to the right
thesis's references, folded columns and the FTS index agree with the models.
Generated at 1/100 of the benchmark's size."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from benchmarks.bench_large import fts_filter, keystrokes
from benchmarks.generate_large import Generated, Size, generate
from models import BLOCK_SEPARATOR
from models.folding import search_form
from tests.library_snapshot import integrity

SCALE = 0.01


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    return generate(tmp_path_factory.mktemp("large") / "large.sqlite", scale=SCALE, seed=3)


@pytest.fixture
def db(generated: Generated) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(generated.path)) as connection:
        yield connection


def test_sizes_follow_the_scale(generated: Generated) -> None:
    size = Size.at(SCALE)
    rows = generated.rows
    assert rows["references"] == size.references == 1000
    assert rows["documents"] == size.documents
    assert rows["citations"] == pytest.approx(size.citations, rel=0.05)
    assert rows["annotations"] == size.annotations
    assert integrity(Path(generated.path)) == "ok"


def test_the_same_seed_writes_the_same_rows(generated: Generated, tmp_path: Path) -> None:
    again = generate(tmp_path / "again.sqlite", scale=SCALE, seed=3)
    query = 'SELECT key, title, authors, fields FROM "references" ORDER BY id'
    with closing(sqlite3.connect(generated.path)) as a, closing(sqlite3.connect(again.path)) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()


def test_markers_claims_and_notes_name_the_text_they_point_at(db: sqlite3.Connection) -> None:
    for marker, text, start, end in db.execute(
        "SELECT c.marker, b.text, c.start, c.\"end\" FROM citations c JOIN blocks b ON b.id = c.block_id"
    ):
        assert text[start:end] == marker
    for claim, text, start, end in db.execute(
        "SELECT c.text, b.text, c.start, c.\"end\" FROM claims c JOIN blocks b ON b.id = c.block_id"
    ):
        assert text[start:end] == claim
    documents = {
        document_id: BLOCK_SEPARATOR.join(t for (t,) in db.execute(
            "SELECT text FROM blocks WHERE document_id = ? ORDER BY position", (document_id,)))
        for (document_id,) in db.execute("SELECT id FROM documents")
    }
    for document_id, exact, start, end in db.execute('SELECT document_id, exact, start, "end" FROM annotations'):
        assert documents[document_id][start:end] == exact
    blocks = db.execute("SELECT document_id, doc_start, text FROM blocks").fetchall()
    assert all(documents[d][s : s + len(t)] == t for d, s, t in blocks)


def test_every_number_resolves_to_its_own_thesis_reference(db: sqlite3.Connection) -> None:
    wrong = db.execute(
        'SELECT count(*) FROM citation_targets t JOIN citations c ON c.id = t.citation_id '
        'JOIN blocks b ON b.id = c.block_id LEFT JOIN "references" r ON r.id = t.reference_id '
        "WHERE r.id IS NULL OR r.number != t.number OR r.document_id != b.document_id"
    ).fetchone()[0]
    assert wrong == 0
    assert db.execute("SELECT count(*) FROM citation_targets").fetchone()[0] > 0


def test_folded_columns_are_what_the_models_would_store(db: sqlite3.Connection) -> None:
    for key, number, authors, title, year, stored in db.execute(
        'SELECT key, number, authors, title, year, search_text FROM "references"'
    ):
        parts = [key, str(number or ""), authors, title, year]
        assert stored == search_form(" ".join(p for p in parts if p))
    for text, stored in db.execute("SELECT text, search_text FROM claims"):
        assert stored == search_form(text)
    for exact, comment, author, stored in db.execute("SELECT exact, comment, author, search_text FROM annotations"):
        assert stored == search_form(" ".join([exact, comment, author]))


def test_the_index_finds_latin_schwa_text_by_its_cyrillic_spelling(db: sqlite3.Connection) -> None:
    # Half the Kazakh words keep PDF extraction's Latin ə; a Cyrillic query must find them.
    with_latin = db.execute("SELECT count(*) FROM blocks WHERE text LIKE '%ə%'").fetchone()[0]
    assert with_latin > 0
    found = db.execute(
        "SELECT count(*) FROM search_index WHERE search_index MATCH ? AND kind = 'block'", (fts_filter("мәселелері"),)
    ).fetchone()[0]
    spelled_either_way = db.execute(
        "SELECT count(*) FROM blocks WHERE search_text LIKE '%мәселелері%'"
    ).fetchone()[0]
    assert found == spelled_either_way > 0


def test_keystrokes_and_filters_match_what_a_filter_box_sends() -> None:
    assert keystrokes("Фёдоров 1993") == ["Фё", "Фёд", "Фёдо", "Фёдор", "Фёдоро", "Фёдоров", "Фёдоров 1",
                                          "Фёдоров 19", "Фёдоров 199", "Фёдоров 1993"]
    assert fts_filter("Фёдоров 19") == '"фёдоров" "19"*'
    assert fts_filter("Əдебиет") == '"әдебиет"*'
    assert fts_filter("  --  ") is None
