"""crossref, xref and xdata resolved as biber does in CSL-JSON, RIS and formatted lists; the .bib keeps them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from references.formats import EntryRecord
from references.interchange.inheritance import finder, resolve
from tests.conftest import DATA

SOURCE = DATA / "interchange" / "crossref-xdata.bib"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    assert main(["--db", str(path), "import-bib", str(SOURCE)]) == 0
    return path


def _csl(db: Path, tmp_path: Path) -> dict[str, dict]:
    out = tmp_path / "out.json"
    assert main(["--db", str(db), "export-csl-json", str(out)]) == 0
    return {item["id"]: item for item in json.loads(out.read_text(encoding="utf-8"))}


def test_children_get_their_hosts_data_with_biblatex_renames(db: Path, tmp_path: Path) -> None:
    items = _csl(db, tmp_path)
    chapter = items["abdrakhmanova:2015"]
    assert chapter["container-title"] == "Тәуелсіз Қазақстан"  # the collection's title is its booktitle
    assert chapter["title"] == "Қазақстанның сыртқы саясатының негіздері"  # its own title stays
    assert chapter["publisher"] == "Қазақ университеті" and chapter["publisher-place"] == "Алматы"  # via xdata
    assert chapter["issued"] == {"date-parts": [[2015]]} and chapter["editor"][0]["family"] == "Әбжанов"
    assert items["sultanov:2015"]["publisher-place"] == "Нұр-Сұлтан"  # the child's own field wins
    # a chain: inbook -> book (volume 3) -> mvbook
    section = items["history:kz:3:ch2"]
    assert section["container-title"] == "Казахстан в новое время" and section["publisher"] == "Атамұра"
    assert section["issued"] == {"date-parts": [[2010]]} and section["volume"] == "3"
    article = items["nurmagambetov:2019"]
    assert article["container-title"] == "Вестник КазНУ" and article["volume"] == "85"


def test_xref_inherits_nothing_granular_xdata_one_field_and_xdata_entries_are_no_references(db: Path, tmp_path: Path) -> None:
    items = _csl(db, tmp_path)
    assert "pub:kaznu" not in items and "pub:kaznu2015" not in items
    kassenov = items["kassenov:2018"]
    assert "container-title" not in kassenov and "editor" not in kassenov
    assert kassenov["publisher"] == "Қазақ университеті"
    assert "container-title" not in items["orphan:2020"]  # a missing parent is no failure


def test_ris_and_the_formatted_list_see_the_same_and_the_bib_keeps_what_was_written(db: Path, tmp_path: Path) -> None:
    ris = tmp_path / "out.ris"
    assert main(["--db", str(db), "export-ris", str(ris)]) == 0
    text = ris.read_text(encoding="utf-8")
    assert text.count("TY  - ") == 11
    assert "Тәуелсіз Қазақстан" in text.split("Қазақстанның сыртқы саясатының негіздері")[1].split("ER  -")[0]
    listing = tmp_path / "list.txt"
    assert main(["--db", str(db), "bibliography", str(listing)]) == 0
    lines = listing.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 11
    assert any("Абдрахманова" in line and "Қазақ университеті" in line and "2015" in line for line in lines)
    bib = tmp_path / "out.bib"
    assert main(["--db", str(db), "export-bib", str(bib)]) == 0
    assert bib.read_bytes() == SOURCE.read_bytes()


def test_cycles_do_not_loop() -> None:
    records = {
        "a": EntryRecord("incollection", "a", {"crossref": "b", "title": "A"}),
        "b": EntryRecord("collection", "b", {"crossref": "a", "title": "B", "year": "2001"}),
        "x": EntryRecord("book", "x", {"xdata": "y"}),
        "y": EntryRecord("xdata", "y", {"xdata": "x, y", "publisher": "P"}),
    }
    out = {r.key: r for r in resolve(records.values(), finder(records))}
    assert out["a"].fields["booktitle"] == "B" and out["a"].fields["year"] == "2001"
    assert out["x"].fields["publisher"] == "P" and "y" not in out


def test_string_macros_reach_the_other_formats(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    source = DATA / "interchange" / "ru-thesis-duplicates.bib"
    assert main(["--db", str(db), "import-bib", str(source)]) == 0
    items = _csl(db, tmp_path)
    article = next(item for item in items.values() if item.get("title") == "Внешняя политика Казахстана в условиях глобализации")
    assert article["container-title"] == "Вестник КазНУ. Серия международные отношения и международное право"
