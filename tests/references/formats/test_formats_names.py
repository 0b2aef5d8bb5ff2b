"""Name lists as BibTeX writes them, split into the parts RIS and CSL need."""

from __future__ import annotations

import pytest

from references.formats.names import (
    PersonName,
    format_name_list,
    parse_name,
    parse_names,
    split_name_list,
)
from tests.references.formats.test_formats_samples import bib_records

pytestmark = pytest.mark.filterwarnings("error")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hanks, Reuel R.", PersonName(family="Hanks", given="Reuel R.")),
        ("Reuel R. Hanks", PersonName(family="Hanks", given="Reuel R.")),
        ("Назарбаев, Нұрсұлтан", PersonName(family="Назарбаев", given="Нұрсұлтан")),
        ("Ludwig van Beethoven", PersonName(family="Beethoven", given="Ludwig", particle="van")),
        ("van Beethoven, Ludwig", PersonName(family="Beethoven", given="Ludwig", particle="van")),
        ("Reagle, Jr., Joseph M.", PersonName(family="Reagle", given="Joseph M.", suffix="Jr.")),
        ("Plato", PersonName(family="Plato")),
        ("{Ministry of Foreign Affairs}", PersonName(literal="Ministry of Foreign Affairs")),
        ("Ministry of Foreign Affairs", PersonName(literal="Ministry of Foreign Affairs")),
        ("World Bank", PersonName(literal="World Bank")),
        (
            "Қазақстан Республикасының Сыртқы істер министрлігі",
            PersonName(literal="Қазақстан Республикасының Сыртқы істер министрлігі"),
        ),
    ],
)
def test_parse_name(text: str, expected: PersonName) -> None:
    assert parse_name(text) == expected


def test_and_inside_braces_does_not_split() -> None:
    assert split_name_list("{Barnes and Noble} and Smith, J.") == ["{Barnes and Noble}", "Smith, J."]
    assert parse_names("{Barnes and Noble} and Smith, J.")[0].literal == "Barnes and Noble"


def test_others_is_left_out() -> None:
    names = parse_names("Hanks, Reuel R. and others")
    assert names == [PersonName(family="Hanks", given="Reuel R.")]


def test_line_breaks_and_tabs_inside_a_list() -> None:
    # jabref-complex.bib style: a list broken across lines, TAB-indented
    assert len(parse_names("Hanks, Reuel R.\n\tand Cooley, Alexander")) == 2


def test_formatting_a_list_reads_back_the_same() -> None:
    text = "Hanks, Reuel R. and {Ministry of Foreign Affairs} and van Beethoven, Ludwig"
    names = parse_names(text)
    assert format_name_list(names) == text
    assert parse_names(format_name_list(names)) == names


@pytest.mark.parametrize("file_name", ["xampl.bib", "biblatex-examples.bib"])
def test_every_name_list_in_the_shared_bib_files_round_trips(file_name: str) -> None:
    lists = [
        value
        for record in bib_records(file_name)
        for field, value in record.fields.items()
        if field in ("author", "editor", "translator")
    ]
    assert lists
    for text in lists:
        names = parse_names(text)
        assert names, text
        assert all(n.literal or n.family for n in names), text
        assert parse_names(format_name_list(names)) == names, text
