"""Importing a thesis from a PDF: text with pages, PDF furniture removed, reviewers' notes anchored."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from sqlalchemy import select

from app import cli
from models import Annotation, Block, Document, Section
from models.db import Library, open_library
from tests.empty_library import library  # noqa: F401 - the fixture
from references.thesis.text_map import document_text
from references.pdf import import_pdf
from references.pdf.layout import build_text
from references.thesis.pages import page_at, page_starts
from references.pdf.reading import PdfChar, PdfLine, PdfPage
from tests.data.pdf.make_fixtures import INTRO, PARAGRAPHS
from tests.pdf_notes import Note, annotate, phrase_boxes
from tests.conftest import DATA

PDF = DATA / "pdf" / "thesis.pdf"
_MARKER = re.compile(r"\[\d[^\]]*\]")



def test_text_structure_and_pages(library: Library) -> None:
    with library.session() as session:
        summary = import_pdf(session, PDF)
        assert summary.new_document and summary.pages == 3
        sections = [(s.number, s.title) for s in session.scalars(select(Section).order_by(Section.position))]
        assert sections == [
            (None, "INTRODUCTION"),
            ("1", "THE VECTORS OF THE POLICY IN PART 1"), ("1.1", "Commitments of vector 1"),
            ("1.2", "Commitments of vector 2"),
            ("2", "THE VECTORS OF THE POLICY IN PART 2"), ("2.1", "Commitments of vector 1"),
            ("2.2", "Commitments of vector 2"),
            (None, "CONCLUSION"),
        ]
        blocks = list(session.scalars(select(Block).order_by(Block.position)))
        text = document_text(session, summary.document_id)
        # the running head and the page numbers are gone; the words are whole
        assert "doctoral thesis" not in text
        assert not any(re.fullmatch(r"\d+", b.text.strip()) for b in blocks)
        assert "a landlocked state between two great powers" in text
        assert "compatible" in text and "\u00ad" not in text
        # every marker the thesis has, once per place it was written (four sections of three paragraphs)
        expected = len(_MARKER.findall(INTRO)) + 4 * sum(len(_MARKER.findall(p)) for p in PARAGRAPHS) + 2 + 1
        assert sum(len(b.citations) for b in blocks) == expected
        assert [b.caption for b in blocks if b.kind == "table"] == [
            "Table 1 - Trade with the three partners, billion USD", "Table 2 - Trade with the three partners, billion USD"]
        # each block knows its page: where pdfminer itself finds the block's first words
        starts = page_starts(session, summary.document_id)
        data = PDF.read_bytes()
        for block in blocks:
            if block.kind != "paragraph":
                continue
            words = " ".join(block.text.split()[:4])
            page = page_at(starts, block.doc_start)
            assert phrase_boxes(data, page, words), (words, page)


NOTES = [
    Note(1, "/Highlight", "a landlocked state between two great powers cannot afford", "Which states?"),
    Note(1, "/Text", "Critics argue that the balancing is reactive and", "Name the critics.", author="Reviewer B",
         date="D:20260116140000Z"),
    Note(1, "/Text", None, "They are named in chapter 2.", author="Author", reply_to=1),
    Note(2, "/Underline", "the policy has outlived a change of leadership", "Evidence?", name="nm-underline-1"),
    Note(3, "/Highlight", "through several pipelines made this choice concrete", "Good point."),
    Note(3, "/FreeText", "balance keeps shifting", "Shifting towards whom?"),
    Note(2, "/Highlight", None, "A highlight over nothing."),
]


def test_reviewer_notes_come_in_anchored_with_threads(library: Library, tmp_path: Path) -> None:
    annotated = tmp_path / "reviewed.pdf"
    annotated.write_bytes(annotate(PDF.read_bytes(), NOTES))
    with library.session() as session:
        summary = import_pdf(session, annotated)
        assert (summary.notes.found, summary.notes.added, summary.notes.replies, summary.notes.orphaned) == (7, 6, 1, 1)
        notes = {a.comment: a for a in session.scalars(select(Annotation))}
        text = document_text(session, summary.document_id)
        starts = page_starts(session, summary.document_id)
        for note in NOTES:
            if note.reply_to is not None or note.phrase is None:
                continue
            stored = notes[note.contents]
            assert stored.anchor == "exact" and stored.start is not None and stored.end is not None
            assert note.phrase in text[stored.start : stored.end + 10]
            assert page_at(starts, stored.start) == note.page
            assert f"page {note.page}" in stored.tag_names
        critics = notes["Name the critics."]
        assert critics.author == "Reviewer B" and critics.created.isoformat().startswith("2026-01-16T14:00:00")
        assert [(r.author, r.body) for r in critics.replies] == [("Author", "They are named in chapter 2.")]
        assert notes["Which states?"].created.utcoffset().total_seconds() == 6 * 3600
        orphan = notes["A highlight over nothing."]
        assert orphan.anchor == "orphaned" and orphan.start is None and "page 2" in orphan.exact
    with library.session() as session:
        again = import_pdf(session, annotated)
        assert not again.new_document and again.notes.added == 0 and again.notes.replies == 0
        assert session.query(Document).count() == 1 and session.query(Annotation).count() == 6


def test_a_reviewers_copy_adds_its_notes_to_the_document_already_imported(library: Library, tmp_path: Path) -> None:
    with library.session() as session:
        first = import_pdf(session, PDF)
    copy = tmp_path / "thesis-with-notes.pdf"
    copy.write_bytes(annotate(PDF.read_bytes(), NOTES[:2]))
    with library.session() as session:
        second = import_pdf(session, copy)
        assert second.document_id == first.document_id and not second.new_document
        assert second.notes.added == 2


def _encrypted(tmp_path: Path) -> Path:
    writer = PdfWriter(clone_from=PdfReader(PDF))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as out:
        writer.write(out)
    return path


def _blank(tmp_path: Path) -> Path:
    writer = PdfWriter()
    for _ in range(2):
        writer.add_blank_page(width=595, height=842)
    path = tmp_path / "scan.pdf"
    buffer = io.BytesIO()
    writer.write(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def _damaged(tmp_path: Path) -> Path:
    path = tmp_path / "damaged.pdf"
    data = PDF.read_bytes()
    path.write_bytes(data[:200] + bytes(range(256)) * 20)
    return path


def _not_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "thesis.pdf"
    path.write_text("This is a text file named .pdf", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [(_encrypted, "is encrypted"), (_blank, "no text layer.*OCR"), (_damaged, "damaged"), (_not_pdf, "not a PDF")],
    ids=["encrypted", "scanned", "damaged", "not-pdf"],
)
def test_bad_pdfs_are_refused_with_a_sentence(tmp_path: Path, make, message: str,  # noqa: ANN001 - a maker
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = make(tmp_path)
    db = tmp_path / "lib.sqlite"
    assert cli.main(["--db", str(db), "import-pdf", str(path)]) == 1
    err = capsys.readouterr().err
    assert re.search(message, err), err
    assert err.count("\n") == 1 and "Traceback" not in err
    lib = open_library(db)
    try:
        with lib.session() as session:
            assert session.query(Document).count() == 0
    finally:
        lib.close()


def _line(page: int, y: float, text: str, x: float = 50.0) -> PdfLine:
    chars = tuple(PdfChar(c, x + 5 * i, y, x + 5 * i + 5, y + 10) for i, c in enumerate(text))
    return PdfLine(page, text, x, y, x + 5 * len(text), y + 10, 10.0, chars)


def test_hyphens_are_joined_by_what_the_document_writes_elsewhere() -> None:
    pages = [
        PdfPage(n, 400, 600, (
            _line(n, 570, f"Running head of the thesis {n}"),
            _line(n, 500, "The geo-"),
            _line(n, 488, "political balance is a well-"),
            _line(n, 476, "known geopolitical theme, and well-known it is."),
            _line(n, 464, "The multi-"),
            _line(n, 452, "vector policy, a multi-vector one."),
            _line(n, 20, str(n), x=200),
        ))
        for n in (1, 2, 3)
    ]
    built = build_text(pages)
    words = " ".join(built.text.split())
    assert "The geopolitical balance" in words  # "geopolitical" is written elsewhere, "geo-political" never
    assert "well-known geopolitical" in words  # "well-known" is written mid-line: a real hyphen
    assert "The multi-vector policy" in words
    assert "Running head" not in words and built.hyphens_joined == 3
    assert len(built.removed) == 6  # three running heads, three page numbers


def test_headings_set_in_larger_type_are_headings(library: Library) -> None:
    """A LaTeX-report layout: "Chapter 1" over a mixed-case title, numbered sections in bold, soft hyphens."""
    with library.session() as session:
        import_pdf(session, PDF.parent / "report.pdf")
        sections = [(s.number, s.title, s.kind) for s in session.scalars(select(Section).order_by(Section.position))]
        assert sections == [
            ("1", "Introduction", "chapter"),
            ("1.1", "Background of the study", "section"), ("1.2", "What earlier work found", "section"),
            ("2", "Sources and Method", "chapter"),
            ("2.1", "Background of the study", "section"), ("2.2", "What earlier work found", "section"),
        ]
        text = " ".join(session.scalars(select(Block.text)))
        # words LibreOffice broke at a soft hyphen are whole again
        for word in ("landlocked", "pipelines", "compatible"):
            assert word in text
        assert "land-" not in text and "pipe-" not in text
