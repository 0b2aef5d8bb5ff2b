"""The shipped CSL files are the ones SOURCES.md describes, and valid CSL."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import citeproc
import pytest
from lxml import etree

from references.formats.csl_styles import STYLES, load_style, style_resource

CSL_DIR = Path(resources.files("resources.csl"))  # type: ignore[arg-type]
CSL_NS = {"cs": "http://purl.org/net/xbiblio/csl"}


def sources_table() -> dict[str, tuple[int, int, str, str, str]]:
    """file -> (bytes, chars, repository, path, commit) from SOURCES.md."""
    rows = {}
    for line in (CSL_DIR / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 7 and cells[1].isdigit():
            rows[cells[0]] = (int(cells[1]), int(cells[2]), cells[3], cells[4], cells[5])
    return rows


def test_every_shipped_file_is_listed_with_its_size() -> None:
    table = sources_table()
    shipped = {p.name for p in CSL_DIR.iterdir() if p.suffix in (".csl", ".json", ".txt")}
    assert shipped == set(table)
    for name, (size, chars, repo, _path, commit) in table.items():
        data = (CSL_DIR / name).read_bytes()
        assert len(data) == size, name
        assert len(data.decode("utf-8")) == chars, name
        assert repo.startswith("citation-style-language/")
        assert re.fullmatch(r"[0-9a-f]{40}", commit)


@pytest.mark.parametrize("style", sorted(STYLES))
def test_styles_pass_the_csl_schema_citeproc_py_ships(style: str) -> None:
    schema = etree.RelaxNG(etree.parse(citeproc.SCHEMA_PATH))
    document = etree.parse(str(style_resource(STYLES[style])))
    assert schema.validate(document), schema.error_log


@pytest.mark.parametrize(
    ("style", "title", "style_id"),
    [
        ("gost-numeric", "Russian GOST R 7.0.5-2008 (numeric)",
         "http://www.zotero.org/styles/gost-r-7-0-5-2008-numeric"),
        ("apa", "American Psychological Association 7th edition", "http://www.zotero.org/styles/apa"),
    ],
)
def test_styles_are_the_published_ones_with_their_licence(style: str, title: str, style_id: str) -> None:
    document = etree.parse(str(style_resource(STYLES[style])))
    assert document.findtext("cs:info/cs:title", namespaces=CSL_NS) == title
    assert document.findtext("cs:info/cs:id", namespaces=CSL_NS) == style_id
    rights = document.find("cs:info/cs:rights", namespaces=CSL_NS)
    assert rights.get("license") == "http://creativecommons.org/licenses/by-sa/3.0/"


def test_the_locales_the_styles_need_come_with_citeproc_py() -> None:
    locales = Path(citeproc.LOCALES_PATH)
    for style in STYLES.values():
        assert (locales / f"locales-{style.locale}.xml").is_file(), style.locale
        assert load_style(style).root.get("version") == "1.0"


def test_csl_json_schema_and_its_licence() -> None:
    schema = json.loads((CSL_DIR / "csl-data.json").read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert "legislation" in schema["items"]["properties"]["type"]["enum"]
    licence = (CSL_DIR / "LICENSE-csl-schema.txt").read_text(encoding="utf-8")
    assert licence.startswith("MIT License\n\nCopyright (c) 2007-2017 Citation Style Language")
