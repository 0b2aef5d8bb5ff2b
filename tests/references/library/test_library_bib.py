"""BibTeX through the library: import, export, round trip, groups, bad input."""

from __future__ import annotations

import difflib
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from models import Reference, SourceGroup
from models.db import open_library
from references.library.bib_export import ExportSelection, export_bib
from references.library.bib_import import apply_bib_import, plan_bib_file
from references.bibtex import field_value, parse_bib
from references.thesis.reference_fields import refresh_plain_columns, set_field
from tests.conftest import SHARED_BIB

SHARED_FILES = sorted(SHARED_BIB.glob("*.bib"))


def _import(tmp_path: Path, source: Path) -> Path:
    db = tmp_path / "lib.sqlite"
    library = open_library(db)
    try:
        with library.session() as s:
            apply_bib_import(s, plan_bib_file(s, source))
    finally:
        library.close()
    return db


def _export(db: Path, selection: ExportSelection = ExportSelection()) -> str:
    library = open_library(db)
    try:
        with library.session() as s:
            return export_bib(s, selection)
    finally:
        library.close()


@pytest.mark.parametrize("source", SHARED_FILES, ids=lambda p: p.name)
def test_import_then_export_gives_the_file_back(tmp_path: Path, source: Path) -> None:
    db = _import(tmp_path, source)
    assert _export(db) == source.read_text(encoding="utf-8")


def test_only_the_edited_entry_is_rewritten(tmp_path: Path) -> None:
    source = SHARED_BIB / "biblatex-examples.bib"
    db = _import(tmp_path, source)
    library = open_library(db)
    try:
        with library.session() as s:
            ref = s.scalars(select(Reference).where(Reference.key == "knuth:ct:a")).one()
            set_field(ref, "note", field_value("note", "Қазақша ескерту & 100%"))
            refresh_plain_columns(ref)
    finally:
        library.close()
    before = source.read_text(encoding="utf-8").splitlines(keepends=True)
    after = _export(db).splitlines(keepends=True)
    changed = [line for line in difflib.ndiff(before, after) if line[:1] in "+-"]
    removed = [line for line in changed if line.startswith("-")]
    added = [line for line in changed if line.startswith("+")]
    assert any("Қазақша ескерту \\& 100\\%" in line for line in added)
    # only lines of that entry changed: everything removed belongs to knuth:ct:a
    original_entry = next(b.raw for b in parse_bib("".join(before)).entries if b.key == "knuth:ct:a")
    assert all(line[2:].rstrip("\n") in original_entry for line in removed)
    assert parse_bib("".join(after)).problems == []


def test_groups_round_trip_through_jabref_comment(tmp_path: Path, sample_path: Path) -> None:
    exported = tmp_path / "thesis.bib"
    assert main(["--db", str(sample_path), "export-bib", str(exported), "--document", "1"]) == 0
    text = exported.read_text(encoding="utf-8")
    assert "@Comment{jabref-meta: grouping:\n0 AllEntriesGroup:;\n1 StaticGroup:Құқықтық актілер\\;0\\;1\\;0x" in text
    assert "2 StaticGroup:Батыстық әдебиеттер\\;" in text
    fresh = tmp_path / "fresh.sqlite"
    assert main(["--db", str(fresh), "import-bib", str(exported)]) == 0
    library = open_library(fresh)
    try:
        with library.session() as s:
            def members(name: str) -> set[str]:
                group = s.scalars(select(SourceGroup).where(SourceGroup.name == name)).all()
                return {r.key for g in group for r in g.references}

            # Exports write the stored names: the thesis's Kazakh ones.
            western = s.scalars(select(SourceGroup).where(SourceGroup.name == "Батыстық әдебиеттер")).all()
            assert any(g.parent is not None and g.parent.name == "Ғылыми мақалалар мен монографиялар" for g in western)
            assert {"ref3", "ref8"} <= members("Құқықтық актілер")
            assert "ref57" in members("Батыстық әдебиеттер") or "ref57" in members("Ғылыми мақалалар мен монографиялар")
    finally:
        library.close()


def test_export_selection_by_group_and_cited_only(sample_path: Path) -> None:
    legal = _export(sample_path, ExportSelection(document_id=1, group="Legal acts"))
    assert [b.key for b in parse_bib(legal).entries] == [f"ref{n}" for n in range(3, 9)]
    cited = parse_bib(_export(sample_path, ExportSelection(document_id=1, cited_only=True))).entries
    assert len(cited) == 184 and "ref50" not in {b.key for b in cited}
    scholarly = parse_bib(_export(sample_path, ExportSelection(group="Scholarly literature"))).entries
    assert len(scholarly) == 179


def test_unknown_group_is_a_clear_error(sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(sample_path), "export-bib", str(tmp_path / "x.bib"), "--group", "Poems"]) == 1
    err = capsys.readouterr().err
    assert "No source group named 'Poems'" in err and "Құқықтық актілер" in err
    assert not (tmp_path / "x.bib").exists()


def _count_refs(db: Path) -> int:
    library = open_library(db)
    try:
        with library.session() as s:
            return s.scalar(select(func.count(Reference.id)))
    finally:
        library.close()


def test_malformed_file_reports_lines_and_strict_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.bib"
    bad.write_text(
        "@article{good2020,\n  title = {Жақсы},\n  year = {2020},\n}\n\n"
        "@book{broken,\n  title = {Unbalanced {brace},\n  year = 2019,\n\n"
        "@misc{good2020,\n  title = {Duplicate key},\n}\n",
        encoding="utf-8",
    )
    db = tmp_path / "lib.sqlite"
    assert main(["--db", str(db), "import-bib", str(bad), "--strict"]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:" in err and "--strict" in err
    assert _count_refs(db) == 0
    assert main(["--db", str(db), "import-bib", str(bad)]) == 0
    captured = capsys.readouterr()
    assert f"{bad}:6:" in captured.err  # the broken entry starts on line 6
    assert _count_refs(db) >= 1


def test_same_doi_or_title_matches_instead_of_duplicating(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = tmp_path / "a.bib"
    first.write_text(
        "@article{smith2020,\n  author = {Smith, John},\n  title = {On Multi-Vector Policy},\n"
        "  doi = {10.1000/xyz123},\n  year = {2020},\n}\n",
        encoding="utf-8",
    )
    second = tmp_path / "b.bib"
    second.write_text(
        "@article{other2020,\n  author = {Smith, J.},\n  title = {Something else},\n"
        "  doi = {https://doi.org/10.1000/XYZ123},\n}\n\n"
        "@article{third,\n  author = {Smith, John},\n  title = {On multi-vector policy.},\n}\n\n"
        "@book{new2021,\n  author = {Kim, A.},\n  title = {New},\n  year = {2021},\n}\n",
        encoding="utf-8",
    )
    db = tmp_path / "lib.sqlite"
    assert main(["--db", str(db), "import-bib", str(first)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "import-bib", str(second), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "other2020 matches smith2020 (same DOI)" in out
    assert "third matches smith2020 (same title and authors)" in out
    assert "Would add 1 entry; 2 match existing ones; 0 problems." in out
    assert _count_refs(db) == 1


@pytest.mark.skipif(shutil.which("biber") is None, reason="biber is installed by tools/setup.sh --test")
def test_biber_accepts_the_exported_thesis(sample_path: Path, tmp_path: Path) -> None:
    exported = tmp_path / "thesis.bib"
    assert main(["--db", str(sample_path), "export-bib", str(exported), "--document", "1"]) == 0
    result = subprocess.run(
        ["biber", "--tool", "--output-file", str(tmp_path / "out.bib"), str(exported)],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    assert "ERROR" not in log
