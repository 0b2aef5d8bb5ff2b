"""The paths that grew with the square of their input (item 7 of issue 10) now do a bounded
amount of work per item: counted here (work, not time; times are in benchmarks/bench_scaling)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument
from docx.oxml.comments import CT_Comments
from sqlalchemy import event, select

from models import Document, SourceGroup
from models.db import Library, open_library
from references.review.annotations import create_annotation
from references.library.bib_import import apply_bib_import, plan_bib_file
from references.bibtex import generate_key
from references.bibtex.keys import TakenKeys
from references.review.word_export import export_docx
from references.formats import ris_read
from tests.conftest import THESIS



class CountingSet(set):
    lookups = 0

    def __contains__(self, item: object) -> bool:
        CountingSet.lookups += 1
        return super().__contains__(item)


def test_ris_keys_of_one_author_and_year_take_a_bounded_number_of_lookups_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "".join(f"TY  - JOUR\nAU  - Smith, John\nPY  - 2000\nTI  - Paper {i}\nER  - \n\n" for i in range(800))
    original_init = ris_read._KeyMaker.__init__

    def counting_init(self: ris_read._KeyMaker) -> None:
        original_init(self)
        self.used = CountingSet()

    monkeypatch.setattr(ris_read._KeyMaker, "__init__", counting_init)
    CountingSet.lookups = 0
    records = ris_read.ris_to_records(text).records
    keys = [r.key for r in records]
    assert keys[:3] == ["Smith2000", "Smith2000a", "Smith2000b"] and keys[27] == "Smith20002a"
    assert len(set(keys)) == 800
    assert CountingSet.lookups <= 4 * 800  # was about 800**2 / 2


def test_taken_keys_give_the_keys_generate_key_gives_one_at_a_time_with_bounded_work() -> None:
    fields = {"author": "{Smith, John}", "year": "{2000}"}
    one_at_a_time: list[str] = []
    for _ in range(60):
        one_at_a_time.append(generate_key(fields, one_at_a_time))
    taken = TakenKeys()
    taken._taken = CountingSet()  # noqa: SLF001 - counting the lookups
    CountingSet.lookups = 0
    together = []
    for _ in range(60):
        key = generate_key(fields, taken)
        taken.add(key)
        together.append(key)
    assert together == one_at_a_time
    assert CountingSet.lookups <= 3 * 60


def test_the_word_export_never_searches_the_comments_for_a_free_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = open_library(tmp_path / "lib.sqlite")
    try:
        from references.thesis.text_import import import_text

        with library.session() as session:
            import_text(session, THESIS.read_text(encoding="utf-8")[:20_000], title="T")
            document_id = session.scalars(select(Document.id)).one()
            for i in range(50):
                create_annotation(session, document_id, i * 100, i * 100 + 30, comment=f"note {i}", author="R")

        def searched(_self: object) -> int:
            raise AssertionError("read every comment's id to find a free one")

        monkeypatch.setattr(CT_Comments, "_next_available_comment_id", searched)
        with library.session() as session:
            report = export_docx(session, document_id, tmp_path / "out.docx")
    finally:
        library.close()
    assert report.comments == 50
    comments = WordDocument(str(tmp_path / "out.docx")).comments
    assert sorted(c.comment_id for c in comments) == list(range(50))
    assert CT_Comments._next_available_comment_id is searched  # put back after the export


def test_a_groups_field_naming_thousands_of_groups_takes_a_bounded_number_of_queries(
    tmp_path: Path,
) -> None:
    library: Library = open_library(tmp_path / "lib.sqlite")
    names = [f"group {i}" for i in range(2000)]
    path = tmp_path / "groups.bib"
    path.write_text("@article{a, title = {T}, groups = {" + ", ".join(names) + "}}\n", encoding="utf-8")
    statements: list[str] = []
    event.listen(library.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    try:
        with library.session() as session:
            apply_bib_import(session, plan_bib_file(session, path))
        with library.session() as session:
            assert sorted(session.scalars(select(SourceGroup.name))) == sorted(names)
    finally:
        library.close()
    group_queries = [s for s in statements if "source_groups" in s and s.lstrip().upper().startswith("SELECT")]
    assert len(group_queries) <= 10  # was two per group
