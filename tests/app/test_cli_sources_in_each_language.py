"""The LaTeX and PDF commands speak the chosen language, with plural forms done right."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import app.cli
from tests.conftest import ROOT

LATEX = ROOT / "tests" / "data" / "latex" / "biblatex" / "main.tex"
PDF = ROOT / "tests" / "data" / "pdf" / "thesis.pdf"
# Words of the English messages; none may be left in a Kazakh or Russian one.
ENGLISH = re.compile(r"\b(Imported|document|sections?|blocks?|claims?|markers?|page|file\(s\)|Wrote|changed|"
                     r"already|Taken out|joined|hyphenated|highlights?|replies|references?)\b")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert app.cli.main(list(args)) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_import_and_export_latex_and_pdf_say_it_in_the_language(
    language: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "lib.sqlite")
    out = run(capsys, "--lang", language, "--db", db, "import-latex", str(LATEX))
    out += run(capsys, "--lang", language, "--db", db, "export-latex", str(tmp_path / "project"))
    out += run(capsys, "--lang", language, "--db", str(tmp_path / "pdf.sqlite"), "import-pdf", str(PDF))
    texts = out.replace(str(LATEX), "").replace(str(tmp_path), "").replace("main.tex", "").replace(".tex", "")
    assert not ENGLISH.search(texts), texts
    assert "(s)" not in texts and "(-ies)" not in texts
    word = {"kk": "құжат", "ru": "документ"}[language]
    assert texts.count(word) >= 2


def test_in_english_the_counts_take_their_plural(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = run(capsys, "--lang", "en", "--db", str(tmp_path / "pdf.sqlite"), "import-pdf", str(PDF))
    assert re.search(r"from 3 pages: \d+ sections, \d+ blocks, \d+ claims, \d+ citation markers\.", out), out
    assert "(s)" not in out
