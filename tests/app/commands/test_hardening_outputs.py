"""No output ever lands on the library, its journals or its backups; --db paths are literal."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

import app.cli
from models.backup import make_backup
from tests.library_snapshot import digests
from tests.conftest import THESIS

WRITERS = (
    ["export-bib"],
    ["export-ris"],
    ["export-csl-json"],
    ["bibliography", "--style", "apa"],
    ["review-report"],
    ["export-annotations"],
    ["export-docx"],
)


def silteme(argv: Sequence[str]) -> int:
    return app.cli.main(list(argv))


def _targets(library: Path) -> list[Path]:
    folder = library.parent
    (folder / "backups").mkdir(exist_ok=True)
    link = folder / "link.bib"
    link.symlink_to(library)
    hard = folder / "hard.bib"
    os.link(library, hard)
    return [library, library.with_name(library.name + "-wal"), folder / "backups" / "out.bib", link, hard]


@pytest.mark.parametrize("writer", WRITERS, ids=lambda w: w[0])
def test_no_writer_overwrites_the_library_or_its_files(
    writer: list[str], sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert silteme(["--db", str(sample_path), "backup"]) == 0
    before = digests(sample_path)
    for target in _targets(sample_path):
        wal_before = target.read_bytes() if target.name.endswith("-wal") and target.exists() else None
        assert silteme(["--db", str(sample_path), writer[0], str(target), *writer[1:]]) == 1, target
        err = capsys.readouterr().err
        assert "never" in err and err.count("\n") == 1, err
        if wal_before is not None:
            assert target.read_bytes() == wal_before
    assert not (sample_path.parent / "backups" / "out.bib").exists()
    assert digests(sample_path) == before


def test_an_export_never_replaces_another_database_file(sample_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other-library.db"
    shutil.copyfile(sample_path, other)
    assert silteme(["--db", str(sample_path), "export-bib", str(other)]) == 1
    assert digests(other) == digests(sample_path)


@pytest.mark.parametrize("name", ["q?x.sqlite", "pct%41.sqlite", "hash#1.sqlite", "at@host:1.sqlite"])
def test_db_paths_are_taken_literally(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    thesis = THESIS
    assert silteme(["--db", name, "import-text", str(thesis), "--title", "T"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".sqlite") == [name]
    capsys.readouterr()
    assert silteme(["--db", name, "stats", "--json"]) == 0
    assert '"documents": 1' in capsys.readouterr().out


def test_a_symlink_loop_as_db_is_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    assert silteme(["--db", str(tmp_path / "a"), "stats"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("silteme: ") and err.count("\n") == 1 and "Traceback" not in err


def test_backups_belong_to_exactly_one_library_of_a_stem(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "library.db"  # same stem as library.sqlite, same folder
    shutil.copyfile(sample_path, other)
    for _ in range(6):
        make_backup(other, "before-renumbering")  # automatic backups of the other one
    theirs = sorted((tmp_path / "backups").iterdir())
    assert len(theirs) == 5
    assert silteme(["--db", str(sample_path), "backup"]) == 0
    for _ in range(5):
        make_backup(sample_path, "before-renumbering")
    assert silteme(["--db", str(sample_path), "renumber"]) == 0  # its sixth automatic backup, then pruning
    assert [p for p in theirs if not p.exists()] == []  # none of the other library's was pruned
    capsys.readouterr()
    assert silteme(["--db", str(sample_path), "backups", "--json"]) == 0
    import json

    listed = [Path(b["path"]) for b in json.loads(capsys.readouterr().out)]
    assert len(listed) == 6 and not set(listed) & set(theirs)  # its manual one and 5 automatic


def test_backups_named_by_stem_by_older_versions_still_count_when_the_stem_is_unambiguous(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "backups").mkdir()
    old = tmp_path / "backups" / "library-20250101T000000000000Z-manual.sqlite"
    shutil.copyfile(sample_path, old)
    assert silteme(["--db", str(sample_path), "backups", "--json"]) == 0
    assert str(old) in capsys.readouterr().out
    shutil.copyfile(sample_path, tmp_path / "library.db")
    assert silteme(["--db", str(sample_path), "backups", "--json"]) == 0
    assert str(old) not in capsys.readouterr().out  # now it may be library.db's: not claimed


def test_partials_left_by_killed_backups_are_cleaned_and_a_copy_under_way_is_not(
    sample_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    stale = [out / ".copy.sqlite.partial", out / ".copy.sqlite.partial-journal",
             tmp_path / "backups" / ".library.sqlite-20250101T000000000000Z-manual.sqlite.partial"]
    stale[2].parent.mkdir()
    fresh = out / ".other.sqlite.partial"
    notes = out / ".notes.partial"  # a user's own file that happens to look alike
    for path in (*stale, fresh):
        path.write_bytes(sample_path.read_bytes()[:4096])
    notes.write_text("my notes", encoding="utf-8")
    an_hour_ago = time.time() - 3600
    for path in (*stale, notes):
        os.utime(path, (an_hour_ago, an_hour_ago))
    assert silteme(["--db", str(sample_path), "backup", str(out / "new.sqlite")]) == 0
    assert silteme(["--db", str(sample_path), "backup"]) == 0
    assert [p for p in stale if p.exists()] == []
    assert fresh.exists() and notes.read_text(encoding="utf-8") == "my notes"


def test_a_value_ending_in_a_backslash_before_its_closing_brace_is_read_as_bibtex_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bib = tmp_path / "paths.bib"
    text = "@misc{a, note = {C:\\\\dir\\}, title = {T}}\n\n@misc{b, title = {B}}\n"
    bib.write_text(text, encoding="utf-8")
    db = ["--db", str(tmp_path / "lib.sqlite")]
    assert silteme([*db, "import-bib", str(bib)]) == 0
    assert "problem" not in capsys.readouterr().err
    assert silteme([*db, "export-bib", str(tmp_path / "out.bib")]) == 0
    assert (tmp_path / "out.bib").read_text(encoding="utf-8") == text  # byte for byte
