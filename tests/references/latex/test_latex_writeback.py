"""Writing a LaTeX thesis back: unchanged files byte for byte, citation edits as minimal diffs."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from app import cli
from models import Block, Reference
from models.db import Library, open_library
from tests.empty_library import library  # noqa: F401 - the fixture
from references.thesis.editing import insert_citation, remove_citation, set_citation_numbers
from references.latex import import_latex
from references.latex.writeback import export_latex
from tests.conftest import DATA

LATEX = DATA / "latex"


def project_files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def changed_lines(before: bytes, after: bytes) -> list[str]:
    diff = difflib.unified_diff(before.decode().splitlines(), after.decode().splitlines(), n=0, lineterm="")
    return sorted(line for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---")))



@pytest.mark.parametrize("project", ["natbib", "biblatex"])
def test_unchanged_project_is_written_back_identical(project: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    source = LATEX / project
    main = next(p for p in source.glob("*.tex") if "\\documentclass" in p.read_text(encoding="utf-8"))
    db = str(tmp_path / "lib.sqlite")
    assert cli.main(["--db", db, "import-latex", str(main)]) == 0
    assert cli.main(["--db", db, "export-latex", str(tmp_path / "out")]) == 0
    assert "0 changed" in capsys.readouterr().out
    assert project_files(tmp_path / "out") == project_files(source)


def test_citation_edits_rewrite_only_their_commands(library: Library, tmp_path: Path) -> None:
    source = LATEX / "natbib"
    with library.session() as session:
        summary = import_latex(session, source / "thesis.tex")
        number = {r.key: r.number for r in session.scalars(select(Reference))}
        blocks = list(session.scalars(select(Block).order_by(Block.position)))
        syr = next(b for b in blocks if b.text.startswith("The upper riparians"))
        first, _, last = syr.citations  # \citep{micklin2007} ... \citep{wegerich2015, micklin2007, dukhovny2008}
        set_citation_numbers(session, first.id, [number["micklin2007"], number["zhupankhan2019"]])
        remove_citation(session, last.id)
        intro = next(b for b in blocks if b.text.startswith("Shared rivers"))
        insert_citation(session, intro.id, intro.text.index(", but it is far"), [number["kazbekov2016"]])
    with library.session() as session:
        result = export_latex(session, summary.document_id, tmp_path / "out")
    written, original = project_files(tmp_path / "out"), project_files(source)
    assert set(result.changed) == {"chapters/basins.tex", "chapters/introduction.tex"}
    for name in original:
        if name not in result.changed:
            assert written[name] == original[name], name
    assert changed_lines(original["chapters/basins.tex"], written["chapters/basins.tex"]) == sorted([
        "-The upper riparians release water in winter for hydropower \\citep{micklin2007},",
        "-\\citep[ch.~3]{abdullaev2009}. The Toktogul reservoir is the key to both",
        "-\\citep{wegerich2015, micklin2007, dukhovny2008}.",
        "+The upper riparians release water in winter for hydropower \\citep{micklin2007,zhupankhan2019},",
        "+\\citep[ch.~3]{abdullaev2009}. The Toktogul reservoir is the key to both.",
    ])
    assert changed_lines(original["chapters/introduction.tex"], written["chapters/introduction.tex"]) == sorted([
        "-best-known case\\footnote{On the Aral Sea see \\citet{micklin2007}, who gives the",
        "+best-known case~\\citep{kazbekov2016}\\footnote{On the Aral Sea see \\citet{micklin2007}, who gives the",
    ])
    # the written project reads back with the edited citations
    with library.session() as session:
        again = import_latex(session, tmp_path / "out" / "thesis.tex", title="again")
        assert again.citations == summary.citations  # one marker changed, one removed, one added


def test_notes_and_multicite_groups_survive_a_key_change(library: Library, tmp_path: Path) -> None:
    with library.session() as session:
        summary = import_latex(session, LATEX / "biblatex" / "main.tex")
        number = {r.key: r.number for r in session.scalars(select(Reference))}
        blocks = list(session.scalars(select(Block).order_by(Block.position)))
        cites = next(c for b in blocks for c in b.citations if c.marker.startswith("[3; "))
        set_citation_numbers(session, cites.id, [number["mol2011"], number["krashen2004"], number["allington2012"]])
        post = next(c for b in blocks for c in b.citations if c.marker == "[1, p. 3]")
        set_citation_numbers(session, post.id, [number["clark2011"]])
    with library.session() as session:
        result = export_latex(session, summary.document_id, tmp_path / "out")
    text = (tmp_path / "out" / "sections" / "method.tex").read_text(encoding="utf-8")
    assert "\\cites(for reviews see)()[ch.~2]{mol2011,allington2012}[p.~7]{krashen2004}." in text
    assert "\\parencite[p.~3]{clark2011};" in text
    assert len(result.changed["sections/method.tex"]) == 2


def test_edited_reference_is_written_to_its_bib_file(library: Library, tmp_path: Path) -> None:
    with library.session() as session:
        summary = import_latex(session, LATEX / "natbib" / "thesis.tex")
        ref = session.scalar(select(Reference).where(Reference.key == "micklin2007"))
        assert ref is not None
        ref.fields = [[n, "{2008}" if n == "year" else v] for n, v in ref.fields]
        ref.modified = True
    with library.session() as session:
        result = export_latex(session, summary.document_id, tmp_path / "out")
    assert list(result.changed) == ["references.bib"]
    original = (LATEX / "natbib" / "references.bib").read_text(encoding="utf-8")
    written = (tmp_path / "out" / "references.bib").read_text(encoding="utf-8")
    assert "2008" in written and original.replace("@article{micklin2007", "") != written
    # every other entry and the comment and @string as they were
    for key in ("wegerich2015", "dukhovny2008", "kazbekov2016", "uncited1999"):
        start = original.index("@", original.index(key) - 20)
        entry = original[start : original.index("\n}\n", start) + 3]
        assert entry in written
    assert written.startswith("% Bibliography of the water governance thesis.\n@string{jhyd")


def test_export_never_writes_over_the_library(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    db = out / "references.bib"  # a library file named like a file of the project
    assert cli.main(["--db", str(db), "import-latex", str(LATEX / "natbib" / "thesis.tex")]) == 0
    before = db.read_bytes()
    assert cli.main(["--db", str(db), "export-latex", str(out)]) == 1
    err = capsys.readouterr().err
    assert "is the library itself" in err and err.count("\n") == 1
    assert db.read_bytes() == before and not (out / "thesis.tex").exists()


def test_a_bib_that_is_not_bibtex_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "p"
    shutil.copytree(LATEX / "natbib", project)
    (project / "references.bib").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert cli.main(["--db", str(tmp_path / "lib.sqlite"), "import-latex", str(project / "thesis.tex")]) == 1
    assert "references.bib" in capsys.readouterr().err


def test_reimporting_an_edited_project_is_a_revision(tmp_path: Path) -> None:
    from models import Annotation, Document
    from references.review.annotations import annotate_quote

    project = tmp_path / "thesis"
    shutil.copytree(LATEX / "natbib", project)
    lib = open_library(tmp_path / "lib.sqlite")
    try:
        with lib.session() as session:
            first = import_latex(session, project / "thesis.tex")
            kept = annotate_quote(session, first.document_id, "Councils meet four times a year",
                                  comment="Which years?", author="Reviewer")
            gone = annotate_quote(session, first.document_id, "Turkmenistan's Karakum canal takes a large share",
                                  comment="Source?", author="Reviewer")
            kept_id, gone_id = kept.id, gone.id
        basins = project / "chapters" / "basins.tex"
        text = basins.read_text(encoding="utf-8")
        basins.write_text(text.replace("  \\item Turkmenistan's Karakum canal takes a large share.\n", "")
                          .replace("\\section{The Amu Darya}", "\\section{The Amu Darya}\nA new paragraph \\citep{sievers2003}.\n"),
                          encoding="utf-8")
        with lib.session() as session:
            second = import_latex(session, project / "thesis.tex")
            assert second.revised and second.document_id == first.document_id
            assert session.query(Document).count() == 1
            assert second.annotations == {"exact": 1, "fuzzy": 0, "orphaned": 1}
            moved = session.get(Annotation, kept_id)
            orphan = session.get(Annotation, gone_id)
            assert moved is not None and moved.anchor == "exact" and orphan is not None and orphan.anchor == "orphaned"
            text = "\n\n".join(session.scalars(select(Block.text).where(Block.document_id == first.document_id)
                                              .order_by(Block.position)))
            assert text[moved.start : moved.end] == "Councils meet four times a year"
            # sievers2003 is now cited in the text before \nocite: it moves up in first-citation order
            assert session.scalar(select(Reference.number).where(Reference.key == "sievers2003")) == 7
            assert session.query(Reference).count() == 8  # the .bib entries were matched, not copied again
    finally:
        lib.close()
