"""Files Silteme writes get the user's umask, and a replaced file keeps its mode."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from references.storage.safe_write import current_umask, write_text_atomically


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_new_file_gets_the_umask_and_a_replaced_one_keeps_its_mode(tmp_path: Path, umask_022: None) -> None:
    assert current_umask() == 0o022
    new = tmp_path / "new.txt"
    write_text_atomically(new, "one")
    assert mode(new) == 0o644
    new.chmod(0o640)
    write_text_atomically(new, "two")
    assert new.read_text() == "two" and mode(new) == 0o640


def test_an_export_from_the_command_line_is_readable_by_the_group(
    sample_path: Path, tmp_path: Path, umask_022: None
) -> None:
    out = tmp_path / "refs.bib"
    assert main(["--db", str(sample_path), "export-bib", str(out)]) == 0
    assert mode(out) == 0o644
    os.umask(0o077)
    private = tmp_path / "private.ris"
    assert main(["--db", str(sample_path), "export-ris", str(private)]) == 0
    assert mode(private) == 0o600
