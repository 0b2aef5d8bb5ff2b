"""Nothing assumes Linux: Windows line endings, and file and folder names
with Kazakh letters and spaces, work wherever a path or a text comes in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from tests.conftest import ROOT

THESIS = ROOT / "resources" / "dissertation-kk.txt"


def silteme(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANGUAGE": "en"}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=300
    )


def counts(library: Path, cwd: Path) -> dict[str, object]:
    result = silteme("--db", str(library), "stats", "--json", cwd=cwd)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_windows_line_endings_give_the_same_thesis(tmp_path: Path) -> None:
    folder = tmp_path / "Менің диссертациям" / "2-нұсқа"
    folder.mkdir(parents=True)
    unix = folder / "тезис (LF).txt"
    windows = folder / "тезис (CRLF).txt"
    text = THESIS.read_text(encoding="utf-8")
    unix.write_bytes(text.encode("utf-8"))
    windows.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    assert b"\r\n" in windows.read_bytes()

    results = []
    for source in (unix, windows):
        library = folder / f"кітапхана {source.stem}.sqlite"
        done = silteme("--db", str(library), "import-text", str(source), "--title", "Тезис", cwd=folder)
        assert done.returncode == 0, done.stderr
        results.append(counts(library, folder))
    assert results[0] == results[1]
    assert results[0]["claims"] == 200 and results[0]["citation_markers"] == 235


def test_a_library_in_a_folder_with_kazakh_letters_and_spaces(tmp_path: Path) -> None:
    folder = tmp_path / "Әлия Қасымова" / "Құжаттар"
    folder.mkdir(parents=True)
    library = folder / "Сілтеме кітапханасы.sqlite"
    done = silteme("--db", str(library), "import-text", str(THESIS), "--title", "Тезис", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    backup = silteme("--db", str(library), "backup", cwd=tmp_path)
    assert backup.returncode == 0, backup.stderr
    assert counts(library, tmp_path)["references"] == 228
    out = folder / "Әдебиеттер тізімі.bib"
    exported = silteme("--db", str(library), "export-bib", str(out), cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert out.read_text(encoding="utf-8").count("@") >= 228
