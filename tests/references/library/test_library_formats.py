"""RIS, CSL-JSON and formatted bibliographies from the library, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from sqlalchemy import select

from app.cli import main
from models import Reference
from models.db import open_library
from tests.conftest import ROOT


def test_csl_json_of_the_thesis_is_valid_and_numbered(sample_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "thesis.json"
    assert main(["--db", str(sample_path), "export-csl-json", str(out), "--document", "1"]) == 0
    items = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "resources" / "csl" / "csl-data.json").read_text(encoding="utf-8"))
    jsonschema.validate(items, schema)
    assert [i["citation-number"] for i in items] == list(range(1, 229))
    hanks = items[56]
    assert hanks["id"] == "ref57" and "Multi-vector politics" in hanks["title"]


def test_gost_bibliography_follows_the_numbers(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(sample_path), "bibliography", "-", "--document", "1", "--group", "Legal acts"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(".", 1)[0] for line in lines] == [str(n) for n in range(3, 9)]
    assert "Ата заңы" in lines[3]


def test_ris_round_trip_through_a_fresh_library(sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "thesis.ris"
    assert main(["--db", str(sample_path), "export-ris", str(out), "--document", "1", "--cited-only"]) == 0
    fresh = tmp_path / "fresh.sqlite"
    assert main(["--db", str(fresh), "import-ris", str(out)]) == 0
    assert "Added 184 entries" in capsys.readouterr().out
    library = open_library(fresh)
    try:
        with library.session() as s:
            titles = {r.key: r.title for r in s.scalars(select(Reference))}
    finally:
        library.close()
    assert "Multi-vector politics" in titles["ref57"]
    # importing again matches every entry instead of duplicating it
    assert main(["--db", str(fresh), "import-ris", str(out)]) == 0
    assert "Added 0 entries; 184 matched" in capsys.readouterr().out


def test_broken_ris_reports_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.ris"
    bad.write_text("TY  - JOUR\nTI  - Бір\nER  - \nnonsense line\nTY  - BOOK\nTI  - Екі\n", encoding="utf-8")
    db = tmp_path / "lib.sqlite"
    assert main(["--db", str(db), "import-ris", str(bad), "--strict"]) == 1
    assert "--strict" in capsys.readouterr().err
    assert main(["--db", str(db), "import-ris", str(bad)]) == 0
    err = capsys.readouterr().err
    assert f"{bad}:4:" in err
