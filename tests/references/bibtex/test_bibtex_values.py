"""Human text of raw values, LaTeX decoding, and values made from user text."""

from __future__ import annotations


import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from references.bibtex import (
    escape_latex,
    field_value,
    latex_to_unicode,
    parse_bib,
    plain_value,
    read_bib_file,
    split_names,
)
from references.bibtex.values import MalformedValue, split_value
from tests.conftest import SHARED_BIB, THESIS

BIB_DIR = SHARED_BIB


@pytest.fixture(scope="module")
def examples() -> dict[str, dict[str, str]]:
    result = read_bib_file(BIB_DIR / "biblatex-examples.bib")
    return {
        entry.key or "": {name.lower(): plain_value(value, result.strings, name)
                          for name, value in entry.fields}
        for entry in result.entries
    }


def test_accents_and_special_letters_of_biblatex_examples(
    examples: dict[str, dict[str, str]],
) -> None:
    # Source line 44: author = {Aks{\i}n, {\"O}zge and T{\"u}rkmen, Hayati and ...
    assert examples["aksin"]["author"].startswith("Aksın, Özge and Türkmen, Hayati")
    # Source line 45: {\c{C}}etinkaya, Bekir
    assert "Çetinkaya, Bekir" in examples["aksin"]["author"]
    # Source line 839: author = {Malinowski, Bronis{\l}aw}
    assert examples["malinowski"]["author"] == "Malinowski, Bronisław"
    # Source line 938: title = {Die Geburt der Trag{\"o}die. Unzeitgem{\"a}{\ss}e ...
    assert examples["nietzsche:ksa1"]["title"].startswith("Die Geburt der Tragödie. Unzeitgemäße")
    # Source line 1113: title = {The New Encyclop{\ae}dia Britannica}
    assert examples["britannica"]["title"] == "The New Encyclopædia Britannica"


def test_macros_and_concatenation_resolve(examples: dict[str, dict[str, str]]) -> None:
    # @string{jomch = {J.~Organomet. Chem.}}; aksin has journaltitle = jomch.
    assert examples["aksin"]["journaltitle"] == "J.\u00a0Organomet. Chem."
    # nietzsche:ksa: publisher = dtv # { and Walter de Gruyter},
    # with @string{dtv = {Deutscher Taschenbuch-Verlag}}.
    assert examples["nietzsche:ksa"]["publisher"] == (
        "Deutscher Taschenbuch-Verlag and Walter de Gruyter"
    )
    # A macro nobody defined stands as its name (BibTeX would print nothing and warn).
    assert plain_value("undefined # { text}") == "undefined text"


def test_article_with_strings_builds_the_author_from_three_parts() -> None:
    result = read_bib_file(BIB_DIR / "bibtexparser-article_with_strings.bib")
    entry = result.entries[0]
    # author = jean # " " # cesar, with @string{jean = {Jean}} and cesar = {César}
    assert plain_value(entry.field("author") or "", result.strings) == "Jean César"
    assert plain_value(entry.field("journal") or "", result.strings) == "Nice Journal"
    assert plain_value(entry.field("month") or "", result.strings) == "January"


def test_xampl_noopsort_and_quoted_accents() -> None:
    result = read_bib_file(BIB_DIR / "xampl.bib")
    by_key = {entry.key: entry for entry in result.entries}
    # year = "{\noopsort{1973b}}1973": the sort key is never printed.
    assert plain_value(by_key["inbook-full"].field("year") or "") == "1973"
    # author = "{\'{E}}douard Masterly"
    assert plain_value(by_key["mastersthesis-full"].field("author") or "") == "Édouard Masterly"


def test_traps_protection_braces_and_multiline_values() -> None:
    entry = read_bib_file(BIB_DIR / "bibtexparser-traps.bib").entries[0]
    assert plain_value(entry.field("title") or "") == "An amazing title"
    # A value broken over lines (second line starts with a TAB) reads as one line.
    abstract = plain_value(entry.field("abstract") or "")
    assert "long enough to test multilines... and with a french érudit word" in abstract


def test_verbatim_fields_are_not_latex_decoded(examples: dict[str, dict[str, str]]) -> None:
    # Source line 1457: url = {http://tug.ctan.org/tex-archive/info/bibtex/tamethebeast/ttb_en.pdf}
    assert examples["markey"]["url"] == (
        "http://tug.ctan.org/tex-archive/info/bibtex/tamethebeast/ttb_en.pdf"
    )
    # Source line 297: the DOI full of <>;:() stays as written.
    assert examples["sigfridsson"]["doi"] == (
        "10.1002/(SICI)1096-987X(199803)19:4<377::AID-JCC1>3.0.CO;2-P"
    )
    escaped_url = "{http://example.org/?a=1\\&b=2}"
    assert plain_value(escaped_url, field="url") == "http://example.org/?a=1\\&b=2"
    assert plain_value(escaped_url, field="note") == "http://example.org/?a=1&b=2"


def test_kazakh_text_from_the_thesis_passes_through_unchanged() -> None:
    lines = THESIS.read_text(encoding="utf-8").split("\n")
    line = next(line for line in lines if "«Ұлттық қауіпсіздік туралы»" in line)
    assert plain_value("{" + line + "}") == " ".join(line.split())
    assert escape_latex(line) == line


def test_names_are_split_as_bibtex_splits_them() -> None:
    # jabref-complex.bib line 145
    raw = (
        "{von Hippel, Eric and Reagle, Jr., Joseph M. and Sherry, John F., Jr. "
        "and van den Huevel, Jr., Johan A}"
    )
    names = split_names(raw)
    assert [(n.von, n.last, n.jr, n.first) for n in names] == [
        ("von", "Hippel", "", "Eric"),
        ("", "Reagle", "Jr.", "Joseph M."),
        ("", "Sherry", "John F.", "Jr."),  # "Last, Jr, First" order, as BibTeX reads it
        ("van den", "Huevel", "Jr.", "Johan A"),
    ]
    [corporate] = split_names("{{Ministry of Justice of the Republic of Kazakhstan}}")
    assert corporate.last == "Ministry of Justice of the Republic of Kazakhstan"
    [gost] = split_names("{Сапарбаев Ә.Т.}")
    assert (gost.last, gost.first) == ("Сапарбаев", "Ә.Т.")
    assert split_names("{Doe, Jane and others}")[1].is_others


def test_split_value_rejects_broken_values() -> None:
    assert [part.kind for part in split_value('apr # "-" # {May} # 2')] == [
        "macro",
        "quoted",
        "braced",
        "number",
    ]
    for broken in ("{open", '"open', "{a} {b}", "{a} #", "}"):
        with pytest.raises(MalformedValue):
            split_value(broken)


def test_field_value_escapes_text_but_not_urls() -> None:
    assert field_value("title", "R&D: 50% of $x_1$ {set}") == (
        "{R\\&D: 50\\% of \\$x\\_1\\$ \\textbraceleft{}set\\textbraceright{}}"
    )
    assert field_value("url", "https://example.org/a_b?x=1&y=%20") == (
        "{https://example.org/a_b?x=1&y=%20}"
    )
    assert field_value("url", "https://example.org/{id}") == "{https://example.org/%7Bid%7D}"
    with pytest.raises(ValueError):
        field_value("doi", "10.1000/{broken")


def test_a_line_starting_with_at_sign_cannot_start_a_new_entry() -> None:
    value = field_value("abstract", "First line\n@article{not, an entry}")
    text = "@misc{k,\n  abstract = " + value + ",\n}\n"
    result = parse_bib(text)
    assert [entry.key for entry in result.entries] == ["k"]
    assert plain_value(result.entries[0].field("abstract") or "") == (
        "First line @article{not, an entry}"
    )


# Text a user may type: any letters incl. Cyrillic, and every LaTeX special
# character; TeX ligatures (--, ``, '') are typography by design, so excluded.
user_text = st.text(
    alphabet=st.characters(
        categories=("L", "N", "P", "S", "Zs"),
        exclude_characters="-`'\u00a0",
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(user_text)
def test_escaped_user_text_reads_back_as_typed(text: str) -> None:
    raw = field_value("title", text)
    assert split_value(raw)  # a well-formed value
    expected = " ".join(text.split())
    assert plain_value(raw) == unicodedata.normalize("NFC", expected)
    assert latex_to_unicode(escape_latex(text)) == unicodedata.normalize("NFC", text)
