"""Markdown in a comment is written to Word as formatting: bold, italic,
code and real hyperlinks, never as ``**raw**`` text."""

from __future__ import annotations

from pathlib import Path

import docx

from app.cli import main
from models.db import Library
from references.review.annotations import create_annotation
from references.review.markdown_safe import Span, comment_paragraphs
from tests.app.annotations.test_gui_annotations_support import unique_span

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
MARKDOWN = "Бет **нөмірі** *жоқ*: [заң мәтіні](https://adilet.zan.kz/kaz/docs/K950001000_) қараңыз.\n\n- `p. 12`"


def test_markdown_becomes_spans() -> None:
    (first, second) = comment_paragraphs(MARKDOWN, "text/markdown")
    assert Span("нөмірі", bold=True) in first and Span("жоқ", italic=True) in first
    assert Span("заң мәтіні", link="https://adilet.zan.kz/kaz/docs/K950001000_") in first
    assert second == [Span("• "), Span("p. 12", code=True)]
    assert comment_paragraphs("**not markdown**", "text/plain") == [[Span("**not markdown**")]]


def test_a_markdown_comment_is_formatted_in_word(sample_library: Library, sample_db: str, tmp_path: Path) -> None:
    start, end = unique_span(sample_library, "деп атайды [23]")
    with sample_library.session() as session:
        create_annotation(session, 1, start, end, author="Рецензент", comment=MARKDOWN, comment_format="text/markdown")
    out = tmp_path / "thesis.docx"
    assert main(["--db", sample_db, "export-docx", str(out)]) == 0
    word = docx.Document(str(out))
    (comment,) = list(word.comments)
    assert "**" not in comment.text and "](" not in comment.text
    runs = [run for paragraph in comment.paragraphs for run in paragraph.runs]
    assert any(run.text == "нөмірі" and run.bold for run in runs)
    assert any(run.text == "жоқ" and run.italic for run in runs)
    assert any(run.text == "p. 12" and run.font.name == "Courier New" for run in runs)
    links = [link for paragraph in comment.paragraphs for link in paragraph._p.iter(f"{W}hyperlink")]
    assert len(links) == 1
    part = comment.paragraphs[0].part
    assert part.rels[links[0].get(f"{R}id")].target_ref == "https://adilet.zan.kz/kaz/docs/K950001000_"
    assert "".join(t.text for t in links[0].iter(f"{W}t")) == "заң мәтіні"
