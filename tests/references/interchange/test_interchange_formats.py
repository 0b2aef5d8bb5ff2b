"""Files from Zotero, pandoc, EndNote, PubMed, Web of Science and RIS tools: told apart, read, imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from models import Reference
from models.db import open_library
from references.bibtex import parse_bib
from references.library.file_import import file_format
from references.interchange.readers import FileFormat, detect_format, read_items
from tests.conftest import DATA, ROOT

FORMATS = DATA / "interchange" / "formats"
SHARED_RIS = ROOT / "resources"

# file, format, command, entries it holds
FILES = [
    ("zotero-csl.json", FileFormat.CSL_JSON, "import-csl-json", 5),
    ("pandoc-references.yaml", FileFormat.CSL_YAML, "import-csl-json", 2),
    ("endnote-x9.xml", FileFormat.ENDNOTE_XML, "import-endnote-xml", 3),
    ("pubmed.nbib", FileFormat.PUBMED, "import-pubmed", 2),
    ("wos-savedrecs.txt", FileFormat.WOS, "import-wos", 2),
    ("zotero.rdf", FileFormat.ZOTERO_RDF, "import-zotero-rdf", 2),
]


def _entries(db: Path) -> dict[str, Reference]:
    library = open_library(db)
    try:
        with library.session() as s:
            refs = list(s.scalars(select(Reference)))
            s.expunge_all()
            return {ref.key: ref for ref in refs}
    finally:
        library.close()


@pytest.mark.parametrize(("name", "kind", "command", "count"), FILES)
def test_each_format_is_told_by_its_content(name: str, kind: FileFormat, command: str, count: int) -> None:
    assert file_format(FORMATS / name) is kind
    assert detect_format((FORMATS / name).read_text(encoding="utf-8-sig")) is kind


@pytest.mark.parametrize(("name", "kind", "command", "count"), FILES)
def test_each_format_imports_with_its_command_and_again_adds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, kind: FileFormat, command: str, count: int
) -> None:
    db = tmp_path / "lib.sqlite"
    assert main(["--db", str(db), command, str(FORMATS / name)]) == 0
    out = capsys.readouterr().out
    assert f"Added {count} entries to the library ({kind})" in out
    assert len(_entries(db)) == count
    assert main(["--db", str(db), "import", str(FORMATS / name)]) == 0
    assert "Added 0 entries" in capsys.readouterr().out
    exported = tmp_path / "out.bib"
    assert main(["--db", str(db), "export-bib", str(exported)]) == 0
    result = parse_bib(exported.read_text(encoding="utf-8"))
    assert len(result.entries) == count and not result.problems


@pytest.mark.parametrize(("name", "kind", "command", "count"), FILES)
def test_import_bib_refuses_another_format_and_says_which(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, kind: FileFormat, command: str, count: int
) -> None:
    db = tmp_path / "lib.sqlite"
    assert main(["--db", str(db), "import-bib", str(FORMATS / name)]) == 1
    err = capsys.readouterr().err
    assert f"is a {kind} file, not BibTeX" in err and command in err
    assert "Traceback" not in err
    assert _entries(db) == {}


def test_import_bib_on_plain_text_says_it_is_not_bibtex(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("Some notes about Kazakhstan's foreign policy.\nNo references here.\n", encoding="utf-8")
    assert main(["--db", str(tmp_path / "lib.sqlite"), "import-bib", str(text)]) == 1
    assert "not one BibTeX block" in capsys.readouterr().err


def test_values_land_in_the_right_fields(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    for name, *_rest in FILES:
        assert main(["--db", str(db), "import", str(FORMATS / name)]) == 0
    refs = _entries(db)
    by_title = {ref.title: ref for ref in refs.values()}
    # CSL-JSON: Zotero's item URI is no key; names, container, pages, dates
    article = by_title["Kazakhstan's multi-vector foreign policy: between Russia and China"]
    assert article.key == "Vanderhill2019" and article.entry_type == "article"
    assert article.field("journal") == "{Central Asian Survey}" and article.field("pages") == "{387--402}"
    assert article.field("urldate") == "{2024-02-11}" and article.authors.startswith("Vanderhill")
    assert refs["mfa2023"].field("author") == "{{Министерство иностранных дел Республики Казахстан}}"
    assert refs["sultanov2004"].entry_type == "phdthesis" and refs["sultanov2004"].field("pagetotal") == "{310}"
    assert refs["abdrakhmanova2015"].field("editor") == "{Әбжанов, Хангелді}"
    # EndNote: every URL kept, a book's pages are its page count, a thesis's tertiary author its advisor
    hanks = by_title["'Multi-vector politics' and Kazakhstan's emerging role as a geo-strategic player in Central Asia"]
    assert hanks.field("url2") == "{https://www.tandfonline.com/doi/abs/10.1080/19448950903152110}"
    assert hanks.field("doi") == "{10.1080/19448950903152110}"
    assert refs["Nazarbaev2017"].field("pagetotal") == "{508}"
    assert refs["Zhumabaev2021"].field("advisor") == "{Сұлтанов, Б. К.}"
    # PubMed: full author names, continuation lines joined, DOI from AID
    tobacco = next(r for r in refs.values() if r.title.startswith("Tobacco use"))
    assert tobacco.field("author") == "{Abdrakhmanova, Shynar and Ospanova, Dinara A}"
    assert "results of the Global Youth Tobacco Survey" in tobacco.title
    assert tobacco.field("doi") == "{10.1186/s12889-019-7591-1}" and tobacco.field("pmid") == "{31543210}"
    reform = next(r for r in refs.values() if r.title.startswith("Health system reform"))
    assert reform.field("pages") == "{112--8}" and reform.field("author") == "{Katsaga, Alexandr and Kulzhanov, Maksut}"
    # Web of Science: AF names, BP/EP pages, UT kept
    anceschi = next(r for r in refs.values() if r.title.startswith("Regime-building"))
    assert anceschi.key == "Anceschi2014" and anceschi.field("pages") == "{733--749}"
    assert anceschi.field("wos-ut") == "{WOS:000341234500001}" and anceschi.field("doi") == "{10.1080/00905992.2014.916663}"
    assert refs["Cooley2012"].entry_type == "book"
    # Zotero RDF: the journal it is part of, tags, the publisher's place; attachments are no entries
    kassenova = by_title["Kazakhstan's relations with China"]
    assert kassenova.field("journal") == "{Europe-Asia Studies}" and kassenova.field("keywords") == "{Kazakhstan, China}"
    assert refs["Shaykhutdinov2021"].field("address") == "{Нур-Султан}"
    assert not any(r.title == "Full Text PDF" for r in refs.values())


def test_damaged_files_are_problems_not_tracebacks() -> None:
    for kind, text in (
        (FileFormat.CSL_JSON, '[{"id": "a", "type": "book", "title": "A"}, 17, '),
        (FileFormat.ENDNOTE_XML, "<xml><records><record><titles><title>A</title></titles></record>"),
        (FileFormat.ZOTERO_RDF, "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><broken"),
        (FileFormat.WOS, "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI Unfinished\n"),
        (FileFormat.PUBMED, "PMID- 1\nTI  - \n"),
        (FileFormat.CSL_YAML, "references:\n- id: a\n  title: [unclosed\n"),
    ):
        read = read_items(text, kind)
        assert read.problems or read.items, kind
        for problem in read.problems:
            assert problem.line >= 1 and problem.message.endswith(".")


def test_ris_round_trip_keeps_every_value_and_unknown_tag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = FORMATS / "zotero-extra-tags.ris"
    db = tmp_path / "lib.sqlite"
    assert main(["--db", str(db), "import-ris", str(source)]) == 0
    assert "not imported" not in capsys.readouterr().err
    out = tmp_path / "out.ris"
    assert main(["--db", str(db), "export-ris", str(out)]) == 0
    written = [line for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("ID  -")]
    assert sorted(written) == sorted(source.read_text(encoding="utf-8").splitlines())


def test_a_ris_file_with_a_provider_header_is_still_ris(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ris = tmp_path / "citation.ris"
    ris.write_text(
        'Provider: Taylor & Francis\nDatabase: Taylor & Francis\nContent: text/plain; charset="UTF-8"\n\n'
        "TY  - JOUR\nT1  - Kazakhstan's multi-vector foreign policy\nAU  - Vanderhill, Rachel\nY1  - 2019\n"
        "JO  - Central Asian Survey\nER  - \n",
        encoding="utf-8",
    )
    assert file_format(ris) is FileFormat.RIS
    assert main(["--db", str(tmp_path / "lib.sqlite"), "import", str(ris)]) == 0
    assert "Added 1 entry to the library (RIS)" in capsys.readouterr().out
