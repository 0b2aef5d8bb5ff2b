"""A real file from a real project: the biblatex-gost documentation's 774 examples."""

from __future__ import annotations

import json
import re
from pathlib import Path

from app.cli import main
from tests.conftest import DATA

REAL = DATA / "interchange" / "real" / "biblatex-gost-examples.bib"


def test_biblatex_gost_examples_round_trip_and_format(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    assert main(["--db", str(db), "import-bib", str(REAL)]) == 0
    out = tmp_path / "out.bib"
    assert main(["--db", str(db), "export-bib", str(out)]) == 0
    assert out.read_bytes() == REAL.read_bytes()
    entries = len(re.findall(r"^@(?!comment|string|preamble)", REAL.read_text(encoding="utf-8"), re.IGNORECASE | re.MULTILINE))
    containers = len(re.findall(r"^@xdata", REAL.read_text(encoding="utf-8"), re.IGNORECASE | re.MULTILINE))
    listing = tmp_path / "list.txt"
    assert main(["--db", str(db), "bibliography", str(listing)]) == 0
    lines = listing.read_text(encoding="utf-8").splitlines()
    assert len(lines) == entries - containers  # XDATA containers are no references
    for line in lines:
        assert line.endswith(".") and "{" not in line and "\\" not in line and ".." not in line.replace("...", "")
    csl = tmp_path / "out.json"
    assert main(["--db", str(db), "export-csl-json", str(csl)]) == 0
    items = json.loads(csl.read_text(encoding="utf-8"))
    assert len(items) == entries - containers
    # an entry whose publisher comes from an XDATA container has it
    assert all(item.get("publisher") for item in items if item["id"] in ("if1", "if2"))
