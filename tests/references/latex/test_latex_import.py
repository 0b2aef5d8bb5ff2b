"""Importing LaTeX projects: structure, text, citations tied to keys, the .bib as the library."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from app import cli
from models import Block, Citation, Document, LatexProject, Reference, Section
from models.db import Library, open_library
from tests.empty_library import library  # noqa: F401 - the fixture
from references.audit.citation_audit import run_audit
from references.latex import import_latex
from references.latex.writeback import export_latex
from tests.conftest import DATA

LATEX = DATA / "latex"
NATBIB = LATEX / "natbib"
BIBLATEX = LATEX / "biblatex"
# The natbib thesis's text in reading order (\input, \include, \subfile, \import).
NATBIB_ORDER = ["thesis.tex", "chapters/introduction.tex", "chapters/basins.tex", "chapters/practice.tex",
                "parts/appendix/data.tex"]
_CITE = re.compile(r"\\(?:no)?cite[a-z]*\*?(?:\s*\[[^\]]*\])*\s*\{([^}]*)\}")


def first_citation_keys(folder: Path, files: list[str]) -> list[str]:
    """An independent oracle: keys in order of first citation, by regex over the files in reading order."""
    keys: dict[str, None] = {}
    for name in files:
        text = (folder / name).read_text(encoding="utf-8")
        text = re.sub(r"(?<!\\)%.*", "", text)
        text = re.sub(r"\\begin\{verbatim\}.*?\\end\{verbatim\}", "", text, flags=re.S)
        body = text.split("\\begin{document}", 1)[-1]
        if name == "thesis.tex":  # the files it includes come after the abstract, before the appendix
            body = body.split("\\tableofcontents", 1)[0]
        for match in _CITE.finditer(body):
            for key in match.group(1).split(","):
                keys.setdefault(key.strip())
    return list(keys)



def test_natbib_thesis_structure_text_and_numbering(library: Library) -> None:
    with library.session() as session:
        summary = import_latex(session, NATBIB / "thesis.tex")
    with library.session() as session:
        document = session.get(Document, summary.document_id)
        assert document is not None
        assert document.title.startswith("Water Governance in Central Asia")
        sections = [(s.number, s.title, s.kind, s.level) for s in
                    session.scalars(select(Section).where(Section.document_id == document.id).order_by(Section.position))]
        assert sections == [
            (None, "Abstract", "front_matter", 1),
            (None, "Introduction", "introduction", 1),
            ("1", "The Two Basins", "chapter", 1),
            ("1.1", "The Syr Darya", "section", 2),
            (None, "Seasonal conflict", "section", 3),
            ("1.2", "The Amu Darya", "section", 2),
            ("2", "Practice", "chapter", 1),  # from the \subfile
            ("2.1", "Basin councils", "section", 2),
            ("A", "Data sources", "chapter", 1),  # after \appendix, from the \import
        ]
        numbers = {r.key: r.number for r in session.scalars(select(Reference).where(Reference.document_id == document.id))}
        oracle = first_citation_keys(NATBIB, NATBIB_ORDER)
        assert "commented2000" not in oracle and "notacite" not in oracle
        expected = {key: n for n, key in enumerate(oracle, start=1) if key != "missingkey2020"}
        assert {k: v for k, v in numbers.items() if k in expected} == expected
        assert numbers["uncited1999"] == len(oracle) + 1  # never cited: after every cited entry
        assert summary.dangling == ("missingkey2020",) and summary.uncited == ("uncited1999",)
        assert summary.order == "citation" and "unsrtnat" in summary.order_reason
        blocks = list(session.scalars(select(Block).where(Block.document_id == document.id).order_by(Block.position)))
        text = "\n".join(b.text for b in blocks)
        # accents, dashes, ~, Kazakh, math as written, comments gone, verbatim kept as written
        assert "Naïve readings — as Abdullaev and Rakhmatullaev" in text
        assert "Қазақстанның су саясаты туралы да пікірлер әртүрлі [" in text
        assert "$Q = \\sum_i q_i$" in text and "50%" in text
        assert "commented2000" not in text
        assert "council: {meets: 4}   % not a comment, \\cite{notacite}" in text
        footnote = next(b for b in blocks if b.text.startswith("¹ "))
        assert "see Micklin [" in footnote.text
        table = next(b for b in blocks if b.kind == "table")
        assert table.caption == "Mean annual flow of the two rivers"
        assert table.text.splitlines()[0] == "River | Flow (km$^3$) | Source"
        assert [c.numbers for c in table.citations] == [[numbers["dukhovny2008"]], [numbers["micklin2007"]]]
        items = [b.text for b in blocks if b.kind == "list_item"]
        assert len(items) == 2 and items[1].startswith("Turkmenistan")
        # every marker sits on text that says it, and names the references of its keys
        for block in blocks:
            for citation in block.citations:
                assert block.text[citation.start : citation.end] == citation.marker
        pre_post = next(c for b in blocks for c in b.citations if "p. 12" in c.marker)
        assert sorted(pre_post.numbers) == sorted([numbers["wegerich2015"], numbers["dukhovny2008"]])
        assert "treaties see [" in pre_post.block.text


def test_dangling_and_uncited_keys_are_in_the_audit(library: Library) -> None:
    with library.session() as session:
        summary = import_latex(session, NATBIB / "thesis.tex")
        findings = run_audit(session, summary.document_id)
    kinds = {(f.kind, f.data.get("key")) for f in findings}
    assert ("uncited-reference", "uncited1999") in kinds
    dangling = [f for f in findings if f.kind == "dangling-marker"]
    assert len(dangling) == 1 and "missingkey2020" in dangling[0].message


def test_biblatex_thesis_every_citing_command(library: Library) -> None:
    with library.session() as session:
        summary = import_latex(session, BIBLATEX / "main.tex", title="Reading habits")
        assert summary.order == "citation" and summary.order_reason == "biblatex sorting=none"
        numbers = {r.key: r.number for r in session.scalars(select(Reference))}
        # first citations: sullivan, clark, mol (autocite), krashen (\cites), then \nocite{*} brings the rest
        assert [k for k, _ in sorted(numbers.items(), key=lambda kv: kv[1])] == [
            "sullivan2015", "clark2011", "mol2011", "krashen2004", "allington2012"]
        blocks = list(session.scalars(select(Block).order_by(Block.position)))
        text = "\n".join(b.text for b in blocks)
        assert "Clark [2] found the same" in text  # \textcite
        assert "Sullivan and Brown [1, p. 45] add" in text  # \textcite with a postnote (pages)
        assert "see [2, 3, pp. 12–14]" in text  # \autocite with pre- and postnote, two keys
        assert "for reviews see [3; 2, 4, p. 7] (ch. 2)" in text  # \cites: global prenote, two groups
        assert "followed Clark closely [2]" in text  # \citeauthor then \cite*
        assert "librarians [4]" in text  # \supercite in an unnumbered section
        markers = [c for b in blocks for c in b.citations]
        cites = next(c for c in markers if c.marker.startswith("[3; "))
        assert cites.numbers == [2, 3, 4]
        assert sum(1 for b in blocks if b.kind == "list_item") == 2
        assert session.scalar(select(Section.title).where(Section.number == "2.2")) == "Measures"


def test_biblatex_default_sorting_is_by_name_title_year(library: Library, tmp_path: Path) -> None:
    project = tmp_path / "sorted"
    shutil.copytree(BIBLATEX, project)
    main = project / "main.tex"
    main.write_text(main.read_text(encoding="utf-8").replace(",sorting=none", ""), encoding="utf-8")
    with library.session() as session:
        summary = import_latex(session, main)
        assert summary.order == "nty" and "default" in summary.order_reason
        ordered = list(session.scalars(select(Reference.key).order_by(Reference.number)))
    # \nocite{*} cites allington2012 too, so all five are sorted together by author
    assert ordered == ["allington2012", "clark2011", "krashen2004", "mol2011", "sullivan2015"]


def test_the_project_is_kept_byte_for_byte(library: Library) -> None:
    with library.session() as session:
        summary = import_latex(session, NATBIB / "thesis.tex")
        stored = session.scalar(select(LatexProject).where(LatexProject.document_id == summary.document_id))
        assert stored is not None
        kept = {f.path: f.data for f in stored.files}
    on_disk = {str(p.relative_to(NATBIB)): p.read_bytes() for p in NATBIB.rglob("*") if p.is_file()}
    assert kept == on_disk


def write_project(folder: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder / "main.tex"


DOC = "\\documentclass{{article}}{preamble}\n\\begin{{document}}\n{body}\n\\end{{document}}\n"


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"main.tex": DOC.format(preamble="", body="\\input{chapters/one}")}, r"chapters/one\.tex does not exist"),
        ({"main.tex": DOC.format(preamble="", body="\\input{a}"), "a.tex": "A \\input{b}", "b.tex": "B \\input{a}"},
         r"Circular inclusion: a\.tex → b\.tex → a\.tex"),
        ({"main.tex": DOC.format(preamble="", body="Text \\emph{open\n\nmore")}, r"Unbalanced braces: the \{ at main\.tex, line 3"),
        ({"main.tex": DOC.format(preamble="", body="Caf\xe9").encode("latin-1")}, r"main\.tex is not UTF-8 \(byte 0xe9 on line 3\)"),
        ({"main.tex": DOC.format(preamble="", body="\\bibliography{nowhere}\\cite{x}")}, r"nowhere\.bib .* does not exist"),
    ],
    ids=["missing-include", "circular", "unbalanced", "not-utf8", "missing-bib"],
)
def test_bad_projects_are_refused_with_a_sentence(tmp_path: Path, files: dict[str, str | bytes], message: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    main = write_project(tmp_path / "project", files)
    db = tmp_path / "lib.sqlite"
    assert cli.main(["--db", str(db), "import-latex", str(main)]) == 1
    err = capsys.readouterr().err
    assert re.search(message, err), err
    assert err.count("\n") == 1 and "Traceback" not in err
    lib = open_library(db)
    try:
        with lib.session() as session:
            assert session.scalar(select(Document.id)) is None  # nothing half-imported
    finally:
        lib.close()


def test_a_latin1_project_that_declares_it_is_read(library: Library, tmp_path: Path) -> None:
    source = DOC.format(preamble="\n\\usepackage[latin1]{inputenc}", body="\\section{Caf\xe9}\nNa\xefve caf\xe9s \\cite{k}.")
    main = write_project(tmp_path / "p", {"main.tex": source.encode("latin-1"), "chap.tex": "x"})
    with library.session() as session:
        import_latex(session, main)
        assert session.scalar(select(Section.title)) == "Café"
        assert "Naïve cafés [1]." in session.scalar(select(Block.text).where(Block.kind == "paragraph"))


def test_bib_problems_are_reported_with_line_numbers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bib = "@article{good,\n  title = {Good},\n  year = 2020\n}\n\n@article{broken,\n  title = {Never closed,\n  year = 2021\n"
    main = write_project(tmp_path / "p", {
        "main.tex": DOC.format(preamble="\n\\usepackage{natbib}", body="See \\citet{good}.\n\\bibliography{refs}"),
        "refs.bib": bib,
    })
    assert cli.main(["--db", str(tmp_path / "lib.sqlite"), "import-latex", str(main)]) == 0
    err = capsys.readouterr().err
    assert re.search(r"refs\.bib:6: ", err), err


def test_citations_remember_their_source(library: Library) -> None:
    with library.session() as session:
        summary = import_latex(session, NATBIB / "thesis.tex")
        stored = session.scalar(select(LatexProject).where(LatexProject.document_id == summary.document_id))
        assert stored is not None
        files = {f.path: f for f in stored.files}
        citations = stored.layout["citations"]
        assert len(citations) >= session.query(Citation).count()
        for record in citations:
            source = files[record["file"]].data.decode(files[record["file"]].encoding)
            written = source[record["start"] : record["end"]]
            assert written.startswith("\\") and "cite" in written and written.endswith("}")
            assert all(key in written for key in record["keys"])


def test_a_real_thesis_template_reads_and_writes_back(library: Library, tmp_path: Path) -> None:
    """kks32/phd-thesis-template (MIT, see data/latex/SOURCES.md), as a student receives it."""
    source = LATEX / "cambridge"
    with library.session() as session:
        summary = import_latex(session, source / "thesis.tex")
        assert summary.order == "nyt" and "apalike" in summary.order_reason
        chapters = [(s.number, s.title) for s in session.scalars(
            select(Section).where(Section.level == 1, Section.number.is_not(None)).order_by(Section.position))]
        assert chapters == [("1", "Getting started"), ("2", "My second chapter"), ("3", "My third chapter"),
                            ("A", "How to install LaTeX"), ("B", "Installing the CUED class file")]
        markers = [c for b in session.scalars(select(Block).order_by(Block.position)) for c in b.citations]
        oracle = [m for f in ("Chapter1/chapter1.tex", "Chapter2/chapter2.tex", "Chapter3/chapter3.tex")
                  for m in _CITE.findall((source / f).read_text(encoding="utf-8"))]
        assert len(markers) == len(oracle) == 3
        numbers = {r.key: r.number for r in session.scalars(select(Reference))}
        assert [sorted(c.numbers) for c in markers] == [
            sorted(numbers[k.strip()] for k in group.split(",")) for group in oracle]
        text = "\n".join(session.scalars(select(Block.text)))
        assert "Figs/Raster" not in text and "[z-cif]" not in text  # \graphicspath and \nomenclature leave nothing
    with library.session() as session:
        export_latex(session, summary.document_id, tmp_path / "out")
    written = {p.relative_to(tmp_path / "out"): p.read_bytes() for p in (tmp_path / "out").rglob("*") if p.is_file()}
    assert written == {p.relative_to(source): p.read_bytes() for p in source.rglob("*") if p.suffix in (".tex", ".bib")}


def test_a_thesis_with_its_own_bibitem_list(library: Library) -> None:
    """Kazakh and Russian theses often write the list by hand: \\bibitem order is the numbering."""
    with library.session() as session:
        summary = import_latex(session, LATEX / "bibitem" / "main.tex")
        assert summary.order == "list"
        listed = re.findall(r"\\bibitem(?:\[[^\]]*\])?\{([^}]*)\}", (LATEX / "bibitem" / "main.tex").read_text(encoding="utf-8"))
        assert list(session.scalars(select(Reference.key).order_by(Reference.number))) == listed
        cooley = session.scalar(select(Reference).where(Reference.key == "cooley2012"))
        assert cooley is not None and cooley.field("note") == "{Cooley A. Great Games, Local Rules. – Oxford University Press, 2012.}"
        assert not cooley.complete
        texts = list(session.scalars(select(Block.text).where(Block.kind == "paragraph").order_by(Block.position)))
        assert texts[0] == "Қазақстанның сыртқы саясаты көпвекторлы [2]. Бұл тәсілді зерттеушілер түрліше бағалайды [1, 3]."
        assert texts[1] == "Орта державалар теориясы [3, с. 45] бойынша сипатталады [5]."
        assert summary.dangling == ("unknown",) and summary.uncited == ("never",)
        assert session.scalar(select(Section.kind).where(Section.title == "КІРІСПЕ")) == "introduction"
        # babel's last language is the document's: [kazakh,russian]
        assert session.scalar(select(Document.language).where(Document.id == summary.document_id)) == "ru"
