"""Entry validation: required fields per type, and the shape of single values."""

from __future__ import annotations

from pathlib import Path

import pytest

from references.bibtex import entry_type_fields, plain_value, read_bib_file, validate_entry
from references.bibtex.identifiers import check_doi, check_isbn, check_issn, check_pages
from tests.conftest import ROOT, SHARED_BIB

BIB_DIR = SHARED_BIB
BUNDLED = ROOT / "resources" / "bibliography.bib"


def plain_entries(path: Path) -> dict[str, tuple[str, dict[str, str]]]:
    result = read_bib_file(path)
    return {
        entry.key or "": (
            entry.entry_type or "",
            {name: plain_value(value, result.strings, name) for name, value in entry.fields},
        )
        for entry in result.entries
    }


def test_alternatives_for_bibtex_and_biblatex_names() -> None:
    required, optional = entry_type_fields("article")
    assert ("journaltitle", "journal") in required
    assert ("year", "date") in required
    assert "pages" in optional
    assert entry_type_fields("ARTICLE") == (required, optional)
    assert entry_type_fields("mastersthesis") == entry_type_fields("phdthesis")
    assert entry_type_fields("legislation") == entry_type_fields("misc")
    assert entry_type_fields("no-such-type") == entry_type_fields("misc")


def test_complete_biblatex_examples_articles_pass() -> None:
    entries = plain_entries(BIB_DIR / "biblatex-examples.bib")
    for key in ("aksin", "angenendt", "baez/article", "sigfridsson", "glashow"):
        entry_type, fields = entries[key]
        assert validate_entry(entry_type, fields) == [], key


def test_missing_fields_of_the_bundled_bibliography_are_named() -> None:
    entries = plain_entries(BUNDLED)
    # ref3 is @misc with a title but no year or date (resources/bibliography.bib).
    entry_type, fields = entries["ref3"]
    problems = validate_entry(entry_type, fields)
    assert [(p.field, p.message) for p in problems] == [
        ("year", "A @misc entry needs 'year' or 'date'.")
    ]
    # ref1 has author, title, year and date = {2019-09-24}: complete for @misc.
    assert validate_entry(*entries["ref1"]) == []


def test_crossref_children_are_not_blamed_for_inherited_fields() -> None:
    entries = plain_entries(BIB_DIR / "xampl.bib")
    # inbook-crossref (crossref = "whole-set") has no author: it inherits the editor.
    assert validate_entry(*entries["inbook-crossref"]) == []
    entry_type, fields = entries["inbook-crossref"]
    without_crossref = {k: v for k, v in fields.items() if k.lower() != "crossref"}
    assert [p.field for p in validate_entry(entry_type, without_crossref)] == ["author"]


def test_doi_prefixes_of_jabref_complex_are_caught() -> None:
    entries = plain_entries(BIB_DIR / "jabref-complex.bib")
    # entry 10250999: doi = {http://dx.doi.org/10.1109/MSP.2004.81}
    entry_type, fields = entries["10250999"]
    [problem] = [p for p in validate_entry(entry_type, fields) if p.field == "doi"]
    assert "'10.1109/MSP.2004.81'" in problem.message


@pytest.mark.parametrize(
    ("isbn", "ok"),
    [
        ("0-816-52066-6", True),  # biblatex-examples.bib line 621
        ("0-822-32714-7", True),  # biblatex-examples.bib line 1142
        ("978-0-306-40615-7", True),
        ("0-306-40615-2", True),
        ("0-306-40615-3", False),  # wrong check digit
        ("978-0-306-40615-8", False),
        ("978-1-60558-012-X", False),  # jabref-complex.bib; biber also calls it invalid
        ("12345", False),
    ],
)
def test_isbn_check_digits(isbn: str, ok: bool) -> None:
    assert (check_isbn(isbn) is None) is ok


@pytest.mark.parametrize(
    ("pages", "ok"),
    [
        ("12--34", True),
        ("12-34", True),
        ("12–34", True),
        ("xii", True),
        ("xii--xv", True),
        ("S12--S15", True),
        ("12, 15--17", True),
        ("45+", True),
        ("34--12", False),
        ("С. 12-34", False),
        ("12---34", False),
        ("pages", False),
    ],
)
def test_page_shapes(pages: str, ok: bool) -> None:
    assert (check_pages(pages) is None) is ok


def test_years_dates_urls_and_issns() -> None:
    problems = validate_entry(
        "online",
        {
            "title": "T",
            "year": "2019a",
            "date": "2019-02-30",
            "url": "www.example.org",
            "issn": "1540-7993",  # jabref-complex.bib, entry 10250999 (valid)
        },
    )
    assert sorted(p.field for p in problems) == ["date", "url", "year"]
    # biblatex-examples.bib uses date ranges like 1968-05-19/1968-05-25.
    complete = {"title": "T", "date": "1968-05-19/1968-05-25", "url": "https://x.org"}
    assert validate_entry("online", complete) == []
    assert check_issn("1540-7993") is None
    assert check_issn("1540-7994") is not None
    assert check_doi("10.1002/(SICI)1096-987X(199803)19:4<377::AID-JCC1>3.0.CO;2-P") is None
