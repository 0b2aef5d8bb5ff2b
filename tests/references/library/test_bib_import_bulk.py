"""A .bib import writes its rows at once and the full-text index after them
(models.bulk): search finds every imported entry, Kazakh folding included, the
index trigger is back afterwards, and a failed import leaves both as they were."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from models import Reference
from models.db import open_library
from references.bibtex import parse_bib
from references.library.bib_import import apply_bib_import, plan_bib_import
from references.library.exchange_records import import_ris
from references.library.table_queries import ReferenceQuery, count_references
from references.thesis.reference_fields import refresh_plain_columns

BIB = "\n".join(
    f"@book{{kk{i}, author = {{Сейтқали, Ə.}}, title = {{Сыртқы саясат және əлемдік тәртіп {i}}}, year = {{20{i:02d}}}}}"
    for i in range(40)
) + "\n@article{en1, author = {Cooley, A.}, title = {Great Games, Local Rules}, year = {2012}}\n"


def _import(library_url: str) -> None:
    library = open_library(library_url)
    try:
        with library.session() as session:
            apply_bib_import(session, plan_bib_import(session, parse_bib(BIB), "kk.bib"))
    finally:
        library.close()


def test_search_finds_every_imported_entry_with_kazakh_folding(new_library_url: str) -> None:
    _import(new_library_url)
    library = open_library(new_library_url)
    try:
        with library.session() as session:
            def found(words: str) -> int:
                return count_references(session, ReferenceQuery(text=words))

            assert found("") == 41
            # The file writes a Latin ə; Cyrillic ә, upper case and a word's prefix find it.
            assert found("ӘЛЕМДІК") == found("əлемдік") == found("әлем") == 40
            assert found("сейтқали 2007") == 1
            assert found("cooley great") == 1
            # An entry added afterwards, one at a time, is indexed as before (the trigger is back).
            late = Reference(key="late", entry_type="misc", fields=[["title", "{Әлемдік саясат}"]])
            refresh_plain_columns(late)
            session.add(late)
            session.flush()
            assert found("ӘЛЕМДІК") == 41
    finally:
        library.close()


def test_the_index_holds_what_the_trigger_would_have_written(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _import(str(path))
    with sqlite3.connect(path) as db:
        rows = db.execute(
            'SELECT s.rowid, s.row_id, s.document_id, s.body FROM search_index s WHERE s.kind = \'reference\' '
            "ORDER BY s.row_id"
        ).fetchall()
        expected = db.execute(
            'SELECT id * 8 + 3, id, document_id, search_text FROM "references" ORDER BY id'
        ).fetchall()
        triggers = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert rows == expected and len(rows) == 41
    assert {"references_search_ai", "references_search_ad", "references_search_au"} <= triggers


def test_a_failed_import_leaves_the_rows_the_index_and_the_trigger_as_they_were(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    library = open_library(path)
    try:
        with pytest.raises(RuntimeError), library.session() as session:
            apply_bib_import(session, plan_bib_import(session, parse_bib(BIB), "kk.bib"))
            raise RuntimeError("the import fails after its rows were written")
        with library.session() as session:
            assert session.scalar(select(func.count()).select_from(Reference)) == 0
            assert session.execute(text("SELECT count(*) FROM search_index")).scalar_one() == 0
            trigger = session.execute(
                text("SELECT count(*) FROM sqlite_master WHERE name = 'references_search_ai'")
            ).scalar_one()
            assert trigger == 1
    finally:
        library.close()


def test_a_ris_import_is_indexed_after_its_rows_too(new_library_url: str, tmp_path: Path) -> None:
    ris = tmp_path / "kk.ris"
    ris.write_text("".join(f"TY  - JOUR\nAU  - Сейтқали, Ə.\nPY  - 2010\nTI  - Əлемдік тәртіп {i}\nER  - \n\n"
                           for i in range(30)), encoding="utf-8")
    library = open_library(new_library_url)
    try:
        with library.session() as session:
            assert import_ris(session, ris).added == 30
        with library.session() as session:
            assert count_references(session, ReferenceQuery(text="ӘЛЕМДІК ТӘРТІП")) == 30
            assert count_references(session, ReferenceQuery(text="тәртіп 17")) == 1
    finally:
        library.close()
