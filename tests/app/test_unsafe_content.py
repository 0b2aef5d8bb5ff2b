"""User text is never live markup: no remote resource in reports, Markdown syntax of plain
comments escaped, labels and tooltips that show user data in plain text (item 10)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from lxml import html as lxml_html
from markdown_it import MarkdownIt
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import app.cli
from models import Document, Reference
from models.db import Library
from tests.app.test_gui_support import close_window, open_window

TRACKER = "![x](http://evil.example/track.png)"
CRAFTED = "<b style='color:red;font-size:40px'>FAKE TITLE</b> <a href='http://evil.example'>link</a>"


def silteme(argv: Sequence[str]) -> int:
    return app.cli.main(list(argv))


@pytest.mark.parametrize("markdown", [False, True])
def test_reports_load_nothing_remote_and_markdown_reports_escape_plain_comments(
    markdown: bool, sample_path: Path, tmp_path: Path
) -> None:
    db = ["--db", str(sample_path)]
    options = ["--markdown"] if markdown else []
    assert silteme([*db, "annotate", "--quote", "Жұмыстың жалпы сипаттамасы", "--comment",
                    f"see {TRACKER} and [click](http://evil.example) <img src=http://evil.example/x.png>",
                    *options]) == 0
    assert silteme([*db, "review-report", str(tmp_path / "r.html")]) == 0
    page = lxml_html.fromstring((tmp_path / "r.html").read_bytes())
    assert page.xpath("//img | //script | //iframe | //link | //object | //*[@src]") == []
    assert silteme([*db, "review-report", str(tmp_path / "r.md")]) == 0
    rendered = lxml_html.fromstring(MarkdownIt("commonmark").render((tmp_path / "r.md").read_text(encoding="utf-8")))
    assert rendered.xpath("//img | //*[@src]") == []
    if not markdown:  # plain text reads back as the very text typed, no link made of it
        assert rendered.xpath("//a") == []
        assert TRACKER in rendered.text_content()


def test_the_window_shows_a_crafted_title_and_reference_as_typed(
    qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> None:
    with sample_library.session() as session:
        session.scalars(select(Document)).one().title = CRAFTED
        session.scalars(select(Reference).where(Reference.number == 1)).one().title = CRAFTED
    window = open_window(qtbot, sample_library, tmp_path)
    try:
        label = window.document_label
        assert label.textFormat() == Qt.TextFormat.PlainText and "FAKE TITLE</b>" in label.text()
        model = window.references_dock.model
        row = next(r for r in range(model.rowCount()) if "FAKE" in str(model.index(r, model.TITLE).data()))
        tip = model.index(row, model.TITLE).data(Qt.ItemDataRole.ToolTipRole)
        assert "&lt;b style=" in tip and "<b style" not in tip
    finally:
        close_window(window)
