"""Word and review-report exports of annotated theses."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from app.cli import main
from models.db import Library
from references.review.annotations import add_reply, create_annotation
from references.thesis.text_map import document_text
from references.review.revision import revise_document
from tests.conftest import THESIS


def _annotate(library: Library) -> None:
    with library.session() as s:
        text = document_text(s, 1)
        start = text.index("деп атайды [23]")
        a = create_annotation(s, 1, start, start + len("деп атайды [23]"), comment="Бет нөмірі қайда?",
                              author="Әлия Рецензент", verdict="needs_source", tags=["page"])
        add_reply(s, a.id, "Added in the next revision.", author="Автор", author_role="author")
        start = text.index("Идея ретінде,  алғаш рет")
        create_annotation(s, 1, start, start + 30, comment="<script>alert(1)</script> **bold**",
                          comment_format="text/markdown", author="R", verdict="other")
    source = THESIS.read_text(encoding="utf-8").replace("Идея ретінде,  алғаш рет 1992 жылы", "Кейін", 1)
    with library.session() as s:
        revise_document(s, None, source)


def test_docx_has_headings_markers_and_comments_with_threads(sample_library: Library, sample_db: str, tmp_path: Path) -> None:
    _annotate(sample_library)
    out = tmp_path / "thesis.docx"
    assert main(["--db", sample_db, "export-docx", str(out)]) == 0
    word = docx.Document(str(out))
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert any(h.startswith("1.1 ") or "1.1" in h for h in headings)
    assert "Orphaned annotations" in headings
    body = "\n".join(p.text for p in word.paragraphs)
    assert body.count("[") >= 235 and "[9–14]" in body
    comments = list(word.comments)
    assert len(comments) == 2
    placed = next(c for c in comments if c.author == "Әлия Рецензент")
    assert "Verdict: needs a source" in placed.text and "Бет нөмірі қайда?" in placed.text
    assert "Added in the next revision." in placed.text
    assert placed.timestamp is not None and placed.timestamp.year >= 2026


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is installed by tools/setup.sh --test")
def test_libreoffice_opens_the_docx(sample_library: Library, sample_db: str, tmp_path: Path) -> None:
    _annotate(sample_library)
    out = tmp_path / "thesis.docx"
    assert main(["--db", sample_db, "export-docx", str(out)]) == 0
    result = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        capture_output=True, text=True, timeout=240,
    )
    pdf = tmp_path / "thesis.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stdout + result.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 100_000


def test_review_report_groups_by_section_and_verdict_safely(sample_library: Library, sample_db: str, tmp_path: Path) -> None:
    _annotate(sample_library)
    html_out = tmp_path / "review.html"
    assert main(["--db", sample_db, "review-report", str(html_out)]) == 0
    page = html_out.read_text(encoding="utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "<strong>bold</strong>" in page  # Markdown rendered, HTML in it not live
    assert "needs a source" in page and "[23]" in page and "Аналитикалық баяндамалар" in page
    md_out = tmp_path / "review.md"
    assert main(["--db", sample_db, "review-report", str(md_out)]) == 0
    md = md_out.read_text(encoding="utf-8")
    assert md.index("## КІРІСПЕ") < md.index("### needs a source")
    assert "## Orphaned" in md and "<script>" not in md
