"""BibTeX every style can read: the thesis excerpts live in a field of
Silteme's own (never ``note``, which styles print), and an export for LaTeX
leaves Silteme's fields out so that biber's data model has nothing to warn
about, with a ``year`` for every dated entry."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.cli import main
from references.bibtex import parse_bib
from references.bibtex.model import BlockKind
from references.bibtex.silteme_fields import PROVENANCE_FIELD, SILTEME_ONLY_FIELDS
from references.bibtex.values import plain_value
from references.thesis.text_import import import_text
from models.db import open_library


def entries(text: str) -> dict[str, dict[str, str]]:
    result = parse_bib(text)
    return {
        block.key: {name.lower(): plain_value(value, None, name.lower()) for name, value in block.fields}
        for block in result.blocks
        if block.kind is BlockKind.ENTRY
    }


def export(db: Path, out: Path, *options: str) -> dict[str, dict[str, str]]:
    assert main(["--db", str(db), "export-bib", str(out), *options]) == 0
    return entries(out.read_text(encoding="utf-8"))


def test_the_sample_keeps_its_excerpts_out_of_note_in_every_export(sample_path: Path, tmp_path: Path) -> None:
    written = export(sample_path, tmp_path / "all.bib")
    assert len(written) == 228
    assert not [key for key, fields in written.items() if "Тезисте" in fields.get("note", "")]
    assert written["ref1"][PROVENANCE_FIELD].startswith("Тезисте: «Президент Қасым-Жомарт Тоқаев")
    assert all(fields.get(PROVENANCE_FIELD) for fields in written.values())


def test_an_export_for_latex_has_no_silteme_fields_and_a_year_beside_every_date(
    sample_path: Path, tmp_path: Path
) -> None:
    written = export(sample_path, tmp_path / "latex.bib", "--for-latex")
    assert len(written) == 228
    for key, fields in written.items():
        assert not SILTEME_ONLY_FIELDS & fields.keys(), key
        if "date" in fields:
            assert fields["year"] == fields["date"][:4], key
    assert (written["ref1"]["year"], written["ref1"]["date"]) == ("2019", "2019-09-24")
    assert written["ref1"]["title"] == "[БҰҰ Бас Ассамблеясының 74-сессиясында сөйлеген сөзі]"


def test_a_year_is_added_to_an_entry_that_only_has_a_date(tmp_path: Path) -> None:
    db = tmp_path / "l.sqlite"
    bib = tmp_path / "in.bib"
    bib.write_text("@online{w, title = {Ministry page}, date = {2014-05-03}, url = {https://example.org}}\n", "utf-8")
    assert main(["--db", str(db), "import-bib", str(bib)]) == 0
    written = export(db, tmp_path / "out.bib", "--for-latex")
    assert written["w"]["year"] == "2014" and written["w"]["date"] == "2014-05-03"


@pytest.mark.skipif(shutil.which("biber") is None, reason="biber is not on PATH (Debian: apt-get install biber)")
def test_biber_finds_no_field_outside_its_data_model_in_an_export_for_latex(sample_path: Path, tmp_path: Path) -> None:
    export(sample_path, tmp_path / "latex.bib", "--for-latex")
    export(sample_path, tmp_path / "full.bib")

    def invalid_fields(name: str) -> list[str]:
        completed = subprocess.run(
            ["biber", "--tool", "--validate-datamodel", f"--output-file={name}.out", name],
            cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
        )
        return re.findall(r"Field '([^']+)' invalid in data model", completed.stdout)

    assert set(invalid_fields("full.bib")) >= {PROVENANCE_FIELD, "silteme-number"}  # the check sees them
    assert invalid_fields("latex.bib") == []


def test_references_the_text_importer_creates_keep_their_origin_out_of_note(tmp_path: Path) -> None:
    library = open_library(tmp_path / "t.sqlite")  # empty: no sample
    try:
        with library.session() as session:
            import_text(session, "КІРІСПЕ\n\nБір сөйлем [1]. Екінші сөйлем [3].\n", title="T")
        written = export(tmp_path / "t.sqlite", tmp_path / "t.bib")
    finally:
        library.close()
    assert sorted(written) == ["doc1-ref1", "doc1-ref2", "doc1-ref3"]
    for fields in written.values():
        assert "note" not in fields and fields[PROVENANCE_FIELD].startswith("Created from the thesis")
