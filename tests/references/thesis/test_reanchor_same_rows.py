"""The domain re-anchors annotations inside the edit itself: `silteme renumber`
and the window's Tools ▸ Renumber leave the same annotation rows.

An annotation is laid over a stretch of text holding a marker that the
renumbering rewrites; its quoted text then no longer stands in the document,
so it must come out ``fuzzy`` (placed by its quote and context), not an
``exact`` whose text no longer matches, whichever way the renumbering ran.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cli import main
from models import Annotation, Block, Citation
from models.db import Library, open_library
from references.review.annotations import create_annotation
from references.thesis.renumbering import plan_renumbering
from references.thesis.text_map import document_text
from tests.app.authoring.test_gui_authoring_support import authoring, ready_window, reloaded, sql
from tests.app.test_gui_support import close_window

ROWS = "SELECT id, start, \"end\", anchor, claim_id, exact, prefix, suffix FROM annotations ORDER BY id"


def _annotate_rewritten_markers(library: Library) -> list[str]:
    """Annotate around the first three markers the renumbering will rewrite, and one
    stretch of text it leaves alone; return the quotes."""
    with library.session() as session:
        (document_id,) = session.scalars(select(Block.document_id).limit(1))
        plan = plan_renumbering(session, document_id)
        text = document_text(session, document_id)
        spans = [_around_marker(session, rewrite.citation_id) for rewrite in plan.markers[:3]]
        first_block = session.scalars(select(Block).order_by(Block.position)).first()
        assert first_block is not None
        spans.append((first_block.doc_start, first_block.doc_start + min(40, len(first_block.text))))
        for start, end in spans:
            create_annotation(session, document_id, start, end, text=text, comment="check this", author="Reviewer")
        return [text[start:end] for start, end in spans]


def _around_marker(session: Session, citation_id: int) -> tuple[int, int]:
    citation = session.get(Citation, citation_id)
    assert citation is not None
    block = citation.block
    start = max(0, citation.start - 25)
    end = min(len(block.text), citation.end + 5)
    return block.doc_start + start, block.doc_start + end


def test_cli_and_window_renumbering_leave_the_same_annotation_rows(
    qtbot: QtBot, sample_library_file: Path, tmp_path: Path
) -> None:
    by_cli, by_window = tmp_path / "cli.sqlite", tmp_path / "window.sqlite"
    shutil.copyfile(sample_library_file, by_cli)
    shutil.copyfile(sample_library_file, by_window)
    for path in (by_cli, by_window):
        library = open_library(path)
        quotes = _annotate_rewritten_markers(library)
        library.close()

    assert main(["--db", str(by_cli), "renumber"]) == 0

    library = open_library(by_window)
    try:
        window = ready_window(qtbot, library, tmp_path / "settings")
        try:
            controller = authoring(window)
            controller.renumber_action.trigger()
            dialog = controller.bulk.renumber_dialog
            assert dialog is not None
            qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
            with reloaded(qtbot, window):
                dialog.apply_button.click()
            qtbot.waitUntil(lambda: not window.busy.visible and controller.busy_step is None)
        finally:
            close_window(window)
        window_rows = sql(library, ROWS)
    finally:
        library.close()

    cli_library = open_library(by_cli)
    try:
        cli_rows = sql(cli_library, ROWS)
        with cli_library.session() as session:
            text = document_text(session, 1)
            anchors = list(session.scalars(select(Annotation).order_by(Annotation.id)))
            # Where the quote is not what stands at its place any more, the row says so.
            for annotation in anchors:
                assert (annotation.anchor == "exact") == (text[annotation.start : annotation.end] == annotation.exact)
            assert [a.exact for a in anchors] == quotes
            assert [a.anchor for a in anchors] == ["fuzzy", "fuzzy", "fuzzy", "exact"]
    finally:
        cli_library.close()
    assert cli_rows == window_rows
