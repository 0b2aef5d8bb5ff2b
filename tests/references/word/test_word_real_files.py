"""Files that Microsoft Word wrote (tests/data/word, see SOURCES.md) read as python-docx reads them."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument

from references.word.comments import read_comments
from references.word.extract import extract
from references.word.ooxml import paragraph_text
from references.word.package import read_docx
from tests.conftest import DATA

WORD_FILES = sorted((DATA / "word").glob("*.docx"))


@pytest.mark.parametrize("path", WORD_FILES, ids=lambda p: p.name)
def test_paragraph_text_agrees_with_python_docx(path: Path) -> None:
    doc = WordDocument(str(path))
    assert doc.paragraphs
    assert [paragraph_text(p._p).text for p in doc.paragraphs] == [p.text for p in doc.paragraphs]  # noqa: SLF001


def test_word_comments_come_with_authors_dates_and_their_ranges() -> None:
    path = next(p for p in WORD_FILES if p.name == "comments-rich-para.docx")
    package = read_docx(path)
    mine = read_comments(package)
    theirs = WordDocument(str(path)).comments
    assert sorted((c.comment_id, c.author, c.text) for c in mine.values()) == sorted(
        (str(c.comment_id), c.author, c.text) for c in theirs
    )
    assert all(c.date is not None and c.date.year == 2025 for c in mine.values())
    extracted = extract(package)
    texts = [b.text for b in extracted.blocks]
    for cid in mine:
        (block, start), (end_block, end) = extracted.comment_starts[cid], extracted.comment_ends[cid]
        assert block == end_block and 0 <= start < end <= len(texts[block])
