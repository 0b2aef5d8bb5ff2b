"""Long domain jobs report their steps and stop on a cancel, keeping nothing (no Qt here).

The command line passes no progress; the window passes one whose Cancel the
person may press. These tests pass a plain object that cancels after a number
of reports, and check the domain's side of the promise: ``Cancelled`` before
anything is kept, so the caller's rollback leaves every row, and an output
file is never written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from models.db import Library
from references.library.sample import SAMPLE_TEXT
from references.review.revision import revise_document
from references.review.word_export import export_docx
from references.system.progress import Cancelled, Steps

TABLES = ("documents", "sections", "blocks", "claims", "citations", "citation_targets", "page_breaks",
          "annotations", '"references"')


def rows(library: Library) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables a revision rewrites, on either backend."""
    with library.engine.connect() as connection:
        return {t: [tuple(r) for r in connection.execute(text(f"SELECT * FROM {t} ORDER BY id"))] for t in TABLES}


class CancelAfter:
    """A progress that asks to stop once it has heard ``reports`` steps."""

    def __init__(self, reports: int) -> None:
        self.reports = reports
        self.heard: list[tuple[int, int]] = []

    def step(self, done: int, total: int) -> None:
        self.heard.append((done, total))

    def cancelled(self) -> bool:
        return len(self.heard) >= self.reports


def test_steps_report_every_nth_unit_and_the_last_and_raise_once_cancelled() -> None:
    progress = CancelAfter(reports=1_000)
    steps = Steps(progress, 10, every=4)
    for _ in range(10):
        steps.advance()
    assert progress.heard == [(0, 10), (4, 10), (8, 10), (10, 10)]
    progress.reports = 0
    with pytest.raises(Cancelled, match="nothing was changed"):
        steps.check()
    Steps(None, 10).check()  # without a progress nothing is asked


def test_a_cancelled_export_writes_no_file_and_keeps_an_old_one(sample_library: Library, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    old = out / "old.docx"
    old.write_bytes(b"old content")
    for target in (out / "new.docx", old):
        progress = CancelAfter(reports=3)
        with sample_library.session() as session, pytest.raises(Cancelled):
            export_docx(session, 1, target, progress)
        assert len(progress.heard) == 3 and 0 < progress.heard[-1][0] < progress.heard[-1][1]
    assert sorted(p.name for p in out.iterdir()) == ["old.docx"]  # nor a half-written temporary file
    assert old.read_bytes() == b"old content"


def test_a_revision_cancelled_after_its_rows_were_written_keeps_none_of_them(sample_library: Library) -> None:
    before = rows(sample_library)
    added = "Бұл сөйлем редакция кезінде қосылды"
    source = SAMPLE_TEXT.read_text(encoding="utf-8")
    assert added not in source
    revised = source.replace("Қазақстан", f"{added}. Қазақстан", 1)
    progress = CancelAfter(reports=4)  # 0, parsed, backed up, stored: stopped with the new rows written
    with pytest.raises(Cancelled), sample_library.session() as session:
        revise_document(session, 1, revised, progress)
    assert progress.heard[-1] == (3, 5)
    assert rows(sample_library) == before
    with sample_library.engine.connect() as connection:
        stored = connection.execute(text("SELECT count(*) FROM blocks WHERE text LIKE :added"), {"added": f"%{added}%"})
        assert stored.scalar_one() == 0
