"""CSL-JSON export, validated against the CSL-JSON schema shipped in resources/csl."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from references.formats.csljson import CSL_TYPES, records_to_csl_json
from references.formats.record import EntryRecord
from tests.references.formats.test_formats_samples import (
    BRZEZINSKI_1997,
    BRZEZINSKI_1998,
    THESIS_RECORDS,
    bib_records,
)

pytestmark = pytest.mark.filterwarnings("error")


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    schema = json.loads(resources.files("resources.csl").joinpath("csl-data.json").read_text("utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def test_the_schema_rejects_what_it_should(validator: jsonschema.Draft7Validator) -> None:
    # guard: the validator is really strict, or the tests below would prove nothing
    assert not validator.is_valid([{"id": "x", "type": "book", "journal": "J"}])
    assert not validator.is_valid([{"id": "x", "type": "journal-article"}])
    assert not validator.is_valid([{"id": "x", "type": "book", "author": [{"name": "X"}]}])


@pytest.mark.parametrize("file_name", ["xampl.bib", "biblatex-examples.bib"])
def test_real_bib_files_give_valid_csl_json(
    validator: jsonschema.Draft7Validator, file_name: str
) -> None:
    records = bib_records(file_name)
    items = records_to_csl_json(records)
    errors = [f"{e.json_path}: {e.message}" for e in validator.iter_errors(items)]
    assert errors == []
    assert [item["id"] for item in items] == [r.key for r in records]
    # round trip through JSON text, as it will be written to a file
    assert json.loads(json.dumps(items, ensure_ascii=False)) == items


def test_thesis_records_give_valid_csl_json_with_their_numbers(
    validator: jsonschema.Draft7Validator,
) -> None:
    items = records_to_csl_json(THESIS_RECORDS)
    validator.validate(items)
    assert [item["citation-number"] for item in items] == [r.number for r in THESIS_RECORDS]
    constitution = next(i for i in items if i["id"] == "constitution")
    assert constitution == {
        "id": "constitution",
        "type": "legislation",
        "citation-number": 6,
        "title": "Қазақстан Республикасының Ата заңы",
    }
    nazarbayev = items[0]
    assert nazarbayev["author"] == [{"family": "Назарбаев", "given": "Нұрсұлтан"}]
    assert nazarbayev["issued"] == {"date-parts": [[1992]]}


def test_a_complete_book() -> None:
    [item] = records_to_csl_json([BRZEZINSKI_1998])
    assert item == {
        "id": "brzezinski1998",
        "type": "book",
        "author": [{"family": "Бжезинский", "given": "Збигнев"}],
        "title": "Великая шахматная доска: господство Америки и его геостратегические императивы",
        "language": "russian",
        "publisher-place": "Москва",
        "publisher": "Международные отношения",
        "issued": {"date-parts": [[1998]]},
    }
    assert "citation-number" not in item  # no number, no key


def test_names_institutions_and_particles(validator: jsonschema.Draft7Validator) -> None:
    record = EntryRecord(
        "report",
        "mfa",
        {"author": "{Ministry of Foreign Affairs of the Republic of Kazakhstan} and "
                   "van Beethoven, Ludwig and Reagle, Jr., Joseph M."},
    )
    [item] = records_to_csl_json([record])
    validator.validate([item])
    assert item["author"] == [
        {"literal": "Ministry of Foreign Affairs of the Republic of Kazakhstan"},
        {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"},
        {"family": "Reagle", "given": "Joseph M.", "suffix": "Jr."},
    ]


@pytest.mark.parametrize(
    ("fields", "issued"),
    [
        ({"date": "2019-09-24"}, {"date-parts": [[2019, 9, 24]]}),
        ({"date": "2019-09"}, {"date-parts": [[2019, 9]]}),
        ({"date": "1984/1986"}, {"date-parts": [[1984], [1986]]}),
        ({"date": "1968-05-19/1968-05-25"}, {"date-parts": [[1968, 5, 19], [1968, 5, 25]]}),
        ({"year": "2019", "month": "sep"}, {"date-parts": [[2019, 9]]}),
        ({"year": "2019", "month": "September"}, {"date-parts": [[2019, 9]]}),
        ({"year": "1992"}, {"date-parts": [[1992]]}),
        ({"year": "б.ж."}, {"literal": "б.ж."}),
        ({"date": "весна 1992"}, {"literal": "весна 1992"}),
    ],
)
def test_issued(fields: dict[str, str], issued: dict[str, object]) -> None:
    [item] = records_to_csl_json([EntryRecord("book", "k", fields)])
    assert item["issued"] == issued


def test_number_means_issue_report_number_or_series_number() -> None:
    items = records_to_csl_json(
        [
            EntryRecord("article", "a", {"number": "3", "journal": "J", "pages": "257--267"}),
            EntryRecord("techreport", "r", {"number": "TR-7"}),
            EntryRecord("book", "b", {"number": "12", "series": "S"}),
        ]
    )
    assert (items[0]["issue"], items[0]["container-title"], items[0]["page"]) == ("3", "J", "257-267")
    assert items[1]["number"] == "TR-7"
    assert (items[2]["collection-number"], items[2]["collection-title"]) == ("12", "S")


def test_every_entry_type_maps_to_a_schema_type(validator: jsonschema.Draft7Validator) -> None:
    records = [EntryRecord(t, t, {"title": "T"}) for t in [*CSL_TYPES, "unknown-type"]]
    items = records_to_csl_json(records)
    validator.validate(items)
    assert items[-1]["type"] == "document"
    assert {i["type"] for i in items} >= {
        "article-journal", "book", "chapter", "paper-conference", "thesis", "report",
        "webpage", "legislation", "document",
    }


def test_english_book_with_subtitle() -> None:
    [item] = records_to_csl_json([BRZEZINSKI_1997])
    assert item["title"] == "The Grand Chessboard: American Primacy and Its Geostrategic Imperatives"
