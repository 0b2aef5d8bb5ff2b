"""`silteme audit` and `silteme renumber` on a copy of the bundled sample library."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from app import cli
from tests.conftest import THESIS



def _texts(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("SELECT text FROM blocks ORDER BY document_id, position")]


def test_audit_json_lists_the_uncited_numbers(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--db", str(sample_path), "audit", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["format"] == 1
    uncited = [f["data"]["number"] for f in report["findings"] if f["kind"] == "uncited-reference"]
    cited = {
        n
        for m in re.finditer(r"\[(\d+)\s*(?:[-–]\s*(\d+))?\]", THESIS.read_text(encoding="utf-8"))
        for n in range(int(m.group(1)), int(m.group(2) or m.group(1)) + 1)
    }
    assert uncited == sorted(set(range(1, 229)) - cited)


def test_audit_prints_one_line_per_finding_with_its_place(
    sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--db", str(sample_path), "audit", "--long-range", "15"]) == 0
    lines = capsys.readouterr().out.splitlines()
    long_ranges = [line for line in lines if line.endswith("[long-range]")]
    assert len(long_ranges) == 1  # [81–100] cites 20; [80-91] only 12
    assert long_ranges[0].startswith("warning: КІРІСПЕ: «… ") and "[81–100]»" in long_ranges[0]
    summary = re.fullmatch(r"Audit of «.+»: 0 errors, (\d+) warnings?, 0 notes\.", lines[-1])
    assert summary is not None and int(summary.group(1)) == len(lines) - 1
    assert all(re.match(r"warning: ", line) for line in lines[:-1])


def test_strict_audit_fails_on_warnings_for_ci(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--db", str(sample_path), "audit", "--strict"]) == 1
    assert re.search(r"\d+ warnings?,", capsys.readouterr().out)


def test_an_unknown_section_ends_with_one_sentence(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--db", str(sample_path), "audit", "--primary-in", "9.9"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("silteme: No section '9.9'") and "Traceback" not in err


def test_renumber_dry_run_changes_nothing_and_renumber_fixes_the_order(
    sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _texts(sample_path)
    assert cli.main(["--db", str(sample_path), "renumber", "--dry-run", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["applied"] is False and plan["markers_changed"] > 0
    assert _texts(sample_path) == before

    assert cli.main(["--db", str(sample_path), "renumber"]) == 0
    out = capsys.readouterr().out
    assert f"{plan['markers_changed']} of {plan['markers_total']} markers changed" in out
    assert _texts(sample_path) != before

    assert cli.main(["--db", str(sample_path), "audit", "--json"]) == 0
    kinds = {f["kind"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert "first-citation-order" not in kinds and "uncited-reference" in kinds


def test_renumber_can_leave_uncited_numbers_where_they_are(
    sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--db", str(sample_path), "renumber", "--uncited", "keep", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["applied"] is True
    uncited = [n for n in plan["numbers"] if not n["cited"]]
    assert len(uncited) == 44 and all(n["old_number"] == n["new_number"] for n in uncited)
