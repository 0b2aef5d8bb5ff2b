"""Every command: an unexpected error is one sentence naming a log file with the traceback,
and bibtexparser's own log lines never reach stderr (issue 14)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import app.cli
from app.commands import library_cmds
from tests.conftest import ROOT



def test_an_unexpected_error_is_one_sentence_and_a_log_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    def defect(_args: object) -> int:
        raise ZeroDivisionError("a defect deep inside")

    monkeypatch.setattr(library_cmds, "run_stats", defect)
    assert app.cli.main(["--db", str(tmp_path / "lib.sqlite"), "stats"]) == app.cli.EXIT_DEFECT
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "ZeroDivisionError" in err
    log = Path(err.rstrip().rsplit("The details are in ", 1)[1].rstrip("."))
    assert log.parent == app.cli.log_folder() and log.is_relative_to(tmp_path / "state")
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "a defect deep inside" in text and "'stats'" in text


def test_without_a_writable_log_folder_the_sentence_still_comes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocked))  # a file where the folder should be
    monkeypatch.setattr(library_cmds, "run_stats", lambda _args: 1 / 0)
    assert app.cli.main(["--db", str(tmp_path / "lib.sqlite"), "stats"]) == app.cli.EXIT_DEFECT
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ZeroDivisionError" in err


def test_bibtexparser_log_lines_stay_out_of_stderr(tmp_path: Path) -> None:
    broken = tmp_path / "broken.bib"
    broken.write_text("@article{a, title={x}\n\n@article{b, title={y}}\n@book{c, title = {unclosed\n",
                      encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "--db", str(tmp_path / "lib.sqlite"), "import-bib", str(broken)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0
    assert "Parsing of" not in result.stderr and "aborted" not in result.stderr
    lines = result.stderr.splitlines()
    assert [line.split(":")[1] for line in lines] == ["1", "4"]  # Silteme's own, line-numbered problems
