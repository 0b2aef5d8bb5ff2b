"""Real-world .bib files through the library: nothing dropped, encodings kept, exports never fail."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from models import BibBlock as StoredBlock
from models import Reference, SourceGroup
from models.db import open_library
from references.library.bib_export import export_bib_file
from references.bibtex import parse_bib, read_bib_file
from references.library.repeated_keys import give_own_keys, key_conflicts, merge_same_works
from tests.conftest import DATA as TEST_DATA

DATA = TEST_DATA / "interchange"
DUPLICATES = DATA / "ru-thesis-duplicates.bib"
CP1252 = DATA / "jabref210-windows1252-groupstree.bib"
SCOPUS = DATA / "scopus-odd-fields.bib"


def _cli(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def _count(db: Path, stmt) -> int:  # noqa: ANN001 - a select of one count
    library = open_library(db)
    try:
        with library.session() as s:
            return int(s.scalar(stmt) or 0)
    finally:
        library.close()


def test_every_entry_with_a_repeated_or_empty_key_is_kept_and_written_back_byte_for_byte(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    entries_in_file = len(read_bib_file(DUPLICATES).entries)
    assert _cli(db, "import-bib", str(DUPLICATES)) == 0
    assert _count(db, select(func.count(Reference.id))) == entries_in_file
    out = tmp_path / "out.bib"
    assert _cli(db, "export-bib", str(out)) == 0
    assert out.read_bytes() == DUPLICATES.read_bytes()


def test_importing_the_same_file_again_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "lib.sqlite"
    for source in (DUPLICATES, CP1252):
        assert _cli(db, "import-bib", str(source)) == 0
    first = tmp_path / "first.bib"
    _cli(db, "export-bib", str(first))
    references = _count(db, select(func.count(Reference.id)))
    capsys.readouterr()
    for source in (DUPLICATES, CP1252):
        assert _cli(db, "import-bib", str(source)) == 0
        assert "Added 0 entries" in capsys.readouterr().out
    second = tmp_path / "second.bib"
    _cli(db, "export-bib", str(second))
    assert _count(db, select(func.count(Reference.id))) == references
    assert second.read_bytes() == first.read_bytes()
    text = second.read_bytes().decode("utf-8", errors="replace")
    assert text.count("@String{vkaznu") == 1
    assert text.count("jabref-meta: databaseType") == 1
    assert text.count("% Encoding:") == 2  # one per file, as they were


def test_a_repeated_key_is_listed_and_renamed_on_request_with_undo(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    _cli(db, "import-bib", str(DUPLICATES))
    library = open_library(db)
    try:
        with library.session() as s:
            conflicts = key_conflicts(s)
            written = sorted(c.written_key for c in conflicts)
            # tokaev2001 three times, an empty key, laumulin2006 twice, zakon1995/Zakon1995 (case only)
            assert written == ["", "Zakon1995", "laumulin2006", "tokaev2001", "tokaev2001"]
            assert {c.library_key for c in conflicts} >= {"tokaev2001a", "tokaev2001b"}
            given = give_own_keys(s)
        with library.session() as s:
            assert key_conflicts(s) == []
            text = export_bib_file(s).text
            keys = [e.key for e in parse_bib(text).entries]
            assert len(keys) == len(set(k.lower() for k in keys))  # every key its own now
            given.undo(s)
        with library.session() as s:
            assert len(key_conflicts(s)) == 5
            assert export_bib_file(s).text == DUPLICATES.read_text(encoding="utf-8")
    finally:
        library.close()


def test_merge_folds_only_the_same_work_into_the_entry_whose_key_it_repeats(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    _cli(db, "import-bib", str(DUPLICATES))
    library = open_library(db)
    try:
        with library.session() as s:
            merged = merge_same_works(s)
            assert len(merged) == 1  # laumulin2006 twice: one work (same DOI, title up to case)
            left = sorted(c.written_key for c in key_conflicts(s))
            assert left == ["", "Zakon1995", "tokaev2001", "tokaev2001"]  # different works stay
    finally:
        library.close()


def test_a_file_is_written_back_in_the_encoding_it_declares(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    assert _cli(db, "import-bib", str(CP1252)) == 0
    out = tmp_path / "out.bib"
    assert _cli(db, "export-bib", str(out)) == 0
    assert out.read_bytes() == CP1252.read_bytes()
    assert "25\u00b0".encode("cp1252") in out.read_bytes() or b"\xb0 C" in out.read_bytes()


def test_a_character_the_declared_encoding_cannot_hold_makes_the_file_utf8_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "lib.sqlite"
    _cli(db, "import-bib", str(CP1252))
    kazakh = tmp_path / "kk.bib"
    kazakh.write_text("@book{Satbaev2019, author = {Сәтбаев, Қ.}, title = {Құқық негіздері}, year = {2019}}\n", encoding="utf-8")
    _cli(db, "import-bib", str(kazakh))
    out = tmp_path / "out.bib"
    capsys.readouterr()
    assert _cli(db, "export-bib", str(out)) == 0
    assert "UTF-8" in capsys.readouterr().err
    text = out.read_bytes().decode("utf-8")  # valid UTF-8 throughout
    assert "% Encoding: UTF-8" in text.splitlines()[1]
    assert "Müller, Jürgen" in text and "Сәтбаев" in text


def test_legacy_groupstree_wrapped_at_70_columns_keeps_every_membership(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    _cli(db, "import-bib", str(CP1252))
    library = open_library(db)
    try:
        with library.session() as s:
            cu2o = s.scalars(select(SourceGroup).where(SourceGroup.name == "Cu2O")).one()
            cuo = s.scalars(select(SourceGroup).where(SourceGroup.name == "CuO")).one()
            assert len(cu2o.references) == 20 and len(cuo.references) == 6
            assert cu2o.parent is not None and cu2o.parent.name == "Oxides"
            assert "Dobrovol'skii_1963" in {r.key for r in cu2o.references}
    finally:
        library.close()


@pytest.mark.parametrize(
    "selection", [[], ["--document", "T"], ["--document", "T", "--cited-only"], ["--group", "Cu2O"]]
)
def test_what_was_imported_always_exports_and_reads_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], selection: list[str]
) -> None:
    db = tmp_path / "lib.sqlite"
    thesis = tmp_path / "thesis.txt"
    thesis.write_text(
        "Кіріспе\n\nСыртқы саясат зерттелді [1, 2] және [3].\n\nӘдебиеттер\n\n1. A.\n2. B.\n3. C.\n", encoding="utf-8"
    )
    assert _cli(db, "import-text", str(thesis), "--title", "T") == 0
    for source in (SCOPUS, CP1252, DUPLICATES):
        assert _cli(db, "import-bib", str(source), "--document", "T") == 0
    library = open_library(db)
    try:
        with library.session() as s:  # a group name only a careless import could make
            group = s.scalars(select(SourceGroup).where(SourceGroup.name == "Cu2O")).one()
            odd = SourceGroup(name="Legal\nacts, {draft}", color="#112233", position=10)
            s.add(odd)
            first = s.scalars(select(Reference).where(Reference.number == 1)).one()
            first.groups.extend([group, odd])
    finally:
        library.close()
    out = tmp_path / "out.bib"
    capsys.readouterr()
    assert _cli(db, "export-bib", str(out), *selection) == 0
    err = capsys.readouterr().err
    text = out.read_bytes().decode("utf-8")
    result = parse_bib(text)
    assert result.entries
    if selection:  # a selection is written from the library: nothing in it is broken
        assert not [p for p in result.problems if p.kind in ("unbalanced braces", "groups", "junk")]
    if selection != ["--group", "Cu2O"]:
        assert "Legal acts; (draft)" in text and "written as 'Legal acts; (draft)'" in err
    if selection == ["--document", "T"]:
        assert "funding_text_1" in text and "funding_text\xa01" not in text
        assert "'funding_text\\xa01' was written as 'funding_text_1'" in err
        assert "Dobrovol'skii_1963" in text


def test_safe_writing_keeps_the_text_of_an_unbalanced_value() -> None:
    from references.bibtex.write import format_entry_safely

    text, notes = format_entry_safely("article", "A1", [("title", "{Thi\\{'ebaux}"), ("", "{x}")])
    entry = parse_bib(text).entries[0]
    assert entry.fields == (("title", "{Thi\\textbraceleft{}'ebaux}"), ("unnamed", "{x}"))
    assert len(notes) == 2


def test_a_copy_of_a_stored_block_is_not_added_by_a_second_file_with_the_same_header(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    other = tmp_path / "other.bib"
    shutil.copyfile(DUPLICATES, other)
    with other.open("a", encoding="utf-8") as handle:
        handle.write("\n@Book{new2024,\n  author = {Жаңа, Автор},\n  title = {Жаңа кітап},\n  year = {2024},\n}\n")
    _cli(db, "import-bib", str(DUPLICATES))
    blocks_before = _count(db, select(func.count(StoredBlock.id)).where(StoredBlock.kind != "entry"))
    _cli(db, "import-bib", str(other))
    out = tmp_path / "out.bib"
    _cli(db, "export-bib", str(out))
    text = out.read_text(encoding="utf-8")
    assert text.startswith(DUPLICATES.read_text(encoding="utf-8"))
    assert text.count("@Book{new2024") == 1 and text.count("@String{vkaznu") == 1
    assert _count(db, select(func.count(StoredBlock.id)).where(StoredBlock.kind != "entry")) <= blocks_before + 2


def test_name_lists_biber_rejects_are_reported_on_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "mendeley.bib"
    source.write_text(
        "@article{a2019,\n  author = {Smith, J., Doe, A., Roe, B.},\n  title = {Commas},\n  year = {2019}\n}\n\n"
        "@article{b2019,\n  author = {Абенов, А., Жунусова, Д., Сейтқали, М.},\n  title = {Үтірлер},\n  year = {2019}\n}\n\n"
        "@article{c2019,\n  author = {King, Jr., Martin Luther and Doe, Jane},\n  title = {A suffix},\n  year = {2019}\n}\n",
        encoding="utf-8",
    )
    assert _cli(tmp_path / "lib.sqlite", "import-bib", str(source)) == 0
    err = capsys.readouterr().err
    assert f"{source}:2: name list: " in err and "biber rejects the name 'Smith, J., Doe, A., Roe, B.'" in err
    assert f"{source}:8: name list: " in err
    assert "King" not in err  # Last, Jr, First is one name biber reads right
    assert _count(tmp_path / "lib.sqlite", select(func.count(Reference.id))) == 3  # reported, still imported
