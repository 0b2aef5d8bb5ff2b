"""A real client reads what we write: ``biber --tool`` on every round-tripped file.

Debian's ``biber`` package provides it (``apt-get install biber``). Warnings
are allowed (xampl.bib's months like ``6-8`` draw them, and they are in the
original files too); errors are not, except the one biber already reports
in the ORIGINAL jabref-bibWithUserComments.bib (an ``@Comment`` without
braces, line 27), which a byte-exact round trip must keep, not repair.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from references.bibtex import (
    GroupNode,
    field_value,
    parse_bib,
    read_bib_file,
    write_bib,
)
from references.bibtex.groups import format_groups_field, new_root
from references.bibtex.silteme_fields import COMPLETE_FIELD, complete_value
from tests.conftest import ROOT, SHARED_BIB

BIB_DIR = SHARED_BIB
BUNDLED = ROOT / "resources" / "bibliography.bib"
FIXTURES = [*sorted(BIB_DIR.glob("*.bib")), BUNDLED]

pytestmark = pytest.mark.skipif(
    shutil.which("biber") is None,
    reason="biber is not on PATH (Debian: apt-get install --no-install-recommends biber)",
)

# biber names its temporary copy of the file; keep only what the message says.
_TEMP_FILE = re.compile(r"/tmp/\S+?\.utf8")


def biber_report(path: Path) -> tuple[list[str], list[str], str]:
    """(ERROR lines, WARN lines, output .bib text) of ``biber --tool`` on ``path``."""
    output = path.with_name(path.stem + ".biber.bib")
    completed = subprocess.run(
        ["biber", "--tool", f"--output-file={output}", path.name],
        cwd=path.parent,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [_TEMP_FILE.sub("<file>", line) for line in completed.stdout.splitlines()]
    errors = [line for line in lines if line.startswith("ERROR")]
    warnings = [line for line in lines if line.startswith("WARN")]
    assert completed.returncode == 0 or errors, completed.stdout + completed.stderr
    text = output.read_text(encoding="utf-8") if output.exists() else ""
    return errors, warnings, text


@pytest.mark.parametrize("source", FIXTURES, ids=lambda path: path.name)
def test_round_tripped_file_gives_biber_no_new_errors(source: Path, tmp_path: Path) -> None:
    original = tmp_path / "original" / source.name
    original.parent.mkdir()
    shutil.copyfile(source, original)
    written = tmp_path / "written" / source.name
    written.parent.mkdir()
    written.write_text(write_bib(read_bib_file(source).blocks), encoding="utf-8")

    errors, _warnings, _text = biber_report(written)
    original_errors, _, _ = biber_report(original)
    assert errors == original_errors
    if source.name == "jabref-bibWithUserComments.bib":
        assert len(errors) == 1 and ", line 27, syntax error" in errors[0]
    else:
        assert errors == []


def test_kazakh_entries_with_groups_written_by_us_are_clean_for_biber(tmp_path: Path) -> None:
    text = BUNDLED.read_text(encoding="utf-8")
    result = parse_bib(text)
    entries = result.entries[:6]
    # Change what the app changes: a field typed by the user, membership, completeness.
    edited = (
        entries[0]
        .with_field("note", field_value("note", "Тексерілді: 100% & «дәйексөз» {бар}"))
        .with_field("groups", format_groups_field(["Speeches and statements", "Тексерілген"]))
        .with_field(COMPLETE_FIELD, complete_value(True))
    )
    root = new_root()
    speeches = GroupNode("Speeches and statements", color="0x8a8a8aff")
    speeches.children.append(GroupNode("Тексерілген", description="Қолмен тексерілген"))
    root.children += [speeches, GroupNode("Legal acts")]
    path = tmp_path / "kazakh.bib"
    path.write_text(write_bib([edited, *entries[1:]], groups=root), encoding="utf-8")

    errors, warnings, output = biber_report(path)
    assert errors == []
    assert warnings == []
    # biber read the Kazakh text as Unicode and wrote it back unchanged.
    assert "Тексерілді: 100\\% \\& «дәйексөз» \\textbraceleft{}бар\\textbraceright{}" in output
    assert "{Тоқаев, Қасым-Жомарт}" in output
    assert "1 StaticGroup:Speeches and statements\\;0\\;1\\;0x8a8a8aff\\;\\;\\;;" in output

    reread = read_bib_file(path)
    assert reread.problems == []
    assert reread.groups is not None and reread.groups.find("Тексерілген") is not None
    assert reread.groups.membership["ref1"] == ["Speeches and statements", "Тексерілген"]
