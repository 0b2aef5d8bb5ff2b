"""Bad files and bad places given as a library, through the command line.

Each case ends with one sentence on stderr (no traceback), a non-zero exit
code, and the file exactly as it was. Read-only places and a full disk are
made for real where this machine allows it (chmod as a normal user, a small
tmpfs as root); where it does not, the case is skipped and says why.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from app.cli import main
from models.errors import LibraryError
from references.storage.backups import backup_now
from tests.conftest import THESIS
from tests.library_snapshot import digests, integrity

RUNNING_AS_ROOT = os.geteuid() == 0


def _permissions_bind_us() -> bool:
    """False for root (or anyone with CAP_DAC_OVERRIDE), whom chmod does not stop."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe"
        probe.write_text("", encoding="utf-8")
        probe.chmod(0o444)
        try:
            with probe.open("a", encoding="utf-8"):
                return False
        except PermissionError:
            return True


CHMOD_WORKS = _permissions_bind_us()
CHMOD_SKIP = "this process writes to read-only files anyway (root); the read-only mount case covers it"


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def assert_refused(code: int, err: str, *words: str) -> None:
    assert code == 1
    assert err.startswith("silteme: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    for word in words:
        assert word in err


@contextmanager
def tmpfs(mount_point: Path, size_bytes: int) -> Iterator[None]:
    """A small RAM file system at ``mount_point``, unmounted afterwards (root only)."""
    if not RUNNING_AS_ROOT or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root; a normal user covers read-only files with chmod")
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_bytes}", "tmpfs", str(mount_point)],
        capture_output=True, text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"this machine cannot mount a tmpfs: {done.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=True)


def remount_read_only(mount_point: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)


def test_a_text_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "library.sqlite"
    path.write_text("% my notes, not a library\n", encoding="utf-8")
    code, _, err = run_cli(["--db", str(path), "stats"], capsys)
    assert_refused(code, err, "not an SQLite database")
    assert path.read_text(encoding="utf-8") == "% my notes, not a library\n"


def test_a_truncated_library_is_refused(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = sample_path.read_bytes()
    sample_path.write_bytes(data[: len(data) // 2])
    for command in (["stats"], ["import-text", str(THESIS)]):
        code, _, err = run_cli(["--db", str(sample_path), *command], capsys)
        assert_refused(code, err, "damaged")
    assert sample_path.read_bytes() == data[: len(data) // 2]


def test_a_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(["--db", str(tmp_path), "stats"], capsys)
    assert_refused(code, err, "is a folder")


@pytest.mark.skipif(not CHMOD_WORKS, reason=CHMOD_SKIP)
def test_a_read_only_file_can_be_read_but_not_changed(
    sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sample_path.read_bytes()
    sample_path.chmod(0o444)
    try:
        code, out, _ = run_cli(["--db", str(sample_path), "stats"], capsys)
        assert code == 0 and "documents: 1" in out
        code, _, err = run_cli(["--db", str(sample_path), "import-text", str(THESIS)], capsys)
        assert_refused(code, err, "read-only")
    finally:
        sample_path.chmod(0o644)
    assert sample_path.read_bytes() == before


@pytest.mark.skipif(not CHMOD_WORKS, reason=CHMOD_SKIP)
def test_a_library_in_a_read_only_folder_is_refused_clearly(
    sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sample_path.read_bytes()
    sample_path.parent.chmod(0o555)
    try:
        code, _, err = run_cli(["--db", str(sample_path), "import-text", str(THESIS)], capsys)
        assert_refused(code, err)
    finally:
        sample_path.parent.chmod(0o755)
    assert sample_path.read_bytes() == before


def test_a_library_on_a_read_only_file_system_is_read_and_a_write_refused_clearly(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mount_point = tmp_path / "ro"
    with tmpfs(mount_point, 2 * sample_path.stat().st_size):
        library = mount_point / "library.sqlite"
        shutil.copyfile(sample_path, library)
        before = library.read_bytes()
        remount_read_only(mount_point)
        code, out, _ = run_cli(["--db", str(library), "stats"], capsys)
        assert code == 0 and "documents: 1" in out
        code, _, err = run_cli(["--db", str(library), "import-text", str(THESIS)], capsys)
        assert_refused(code, err, str(library), "read-only")
        assert library.read_bytes() == before
        assert sorted(p.name for p in mount_point.iterdir()) == ["library.sqlite"]


def test_a_wal_library_on_read_only_media_can_be_read_exported_and_copied_out(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mount_point = tmp_path / "ro"
    with tmpfs(mount_point, 4 * sample_path.stat().st_size):
        library = mount_point / "library.sqlite"
        shutil.copyfile(sample_path, library)
        (mount_point / "backups").mkdir()
        # A WAL library whose last transaction is still in its -wal (the program was killed).
        subprocess.run([sys.executable, "-c", (
            "import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode=WAL');"
            "c.execute('PRAGMA wal_autocheckpoint=0'); c.execute(\"UPDATE documents SET title = 'In the WAL'\");"
            "c.commit(); os._exit(0)"), str(library)], check=True)
        assert (mount_point / "library.sqlite-wal").stat().st_size > 0
        remount_read_only(mount_point)
        names = sorted(p.name for p in mount_point.iterdir())
        db = ["--db", str(library)]
        code, out, _ = run_cli([*db, "stats"], capsys)
        assert code == 0 and "documents: 1" in out
        code, _, _ = run_cli([*db, "export-bib", str(tmp_path / "out.bib")], capsys)
        assert code == 0 and (tmp_path / "out.bib").read_text(encoding="utf-8").count("@") >= 228
        code, _, _ = run_cli([*db, "backup", str(tmp_path / "copy.sqlite")], capsys)
        assert code == 0
        with closing(sqlite3.connect(tmp_path / "copy.sqlite")) as copy:
            assert copy.execute("SELECT title FROM documents").fetchone()[0] == "In the WAL"
        for command in (["backup"], ["annotate", "--quote", "Жұмыстың жалпы", "--comment", "x"]):
            code, _, err = run_cli([*db, *command], capsys)
            assert_refused(code, err, "read-only")
        assert sorted(p.name for p in mount_point.iterdir()) == names


def test_a_full_disk_stops_an_import_cleanly_and_keeps_the_library(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mount_point = tmp_path / "full"
    size = sample_path.stat().st_size
    # Room for the library and a little more, far less than an import writes.
    with tmpfs(mount_point, size + 512 * 1024):
        library = mount_point / "library.sqlite"
        shutil.copyfile(sample_path, library)
        before_bytes, before_rows = library.read_bytes(), digests(library)
        code, _, err = run_cli(["--db", str(library), "import-text", str(THESIS)], capsys)
        assert_refused(code, err, "full", "nothing was written")
        assert library.read_bytes() == before_bytes
        assert digests(library) == before_rows
        code, out, _ = run_cli(["--db", str(library), "stats"], capsys)  # reading still works
        assert code == 0 and "documents: 1" in out
        assert integrity(library) == "ok"


def test_a_backup_onto_a_full_disk_fails_cleanly(sample_path: Path, tmp_path: Path) -> None:
    mount_point = tmp_path / "small"
    with tmpfs(mount_point, sample_path.stat().st_size // 2):
        with pytest.raises(LibraryError, match="full"):
            backup_now(sample_path, mount_point / "copy.sqlite")
        assert list(mount_point.iterdir()) == []  # no half copy left behind
