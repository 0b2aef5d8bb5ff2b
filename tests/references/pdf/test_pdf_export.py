"""Annotations of a PDF document: the page in W3C exports, and highlights written into a copy of the PDF."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app import cli
from models import Annotation
from models.db import open_library
from references.review.annotations import add_reply, annotate_quote
from references.pdf import import_pdf
from tests.pdf_notes import Note, annotate, phrase_boxes
from tests.conftest import DATA

PDF = DATA / "pdf" / "thesis.pdf"


def first_page(phrase: str) -> int:
    for page in (1, 2, 3):
        try:
            phrase_boxes(PDF.read_bytes(), page, phrase)
        except AssertionError:
            continue
        return page
    raise AssertionError(phrase)


def test_w3c_export_gives_the_page_of_each_pdf_annotation(tmp_path: Path) -> None:
    reviewed = tmp_path / "reviewed.pdf"
    reviewed.write_bytes(annotate(PDF.read_bytes(), [
        Note(1, "/Highlight", "a landlocked state", "Which?"),
        Note(3, "/Highlight", "through several pipelines", "Which pipelines?"),
    ]))
    db = str(tmp_path / "lib.sqlite")
    assert cli.main(["--db", db, "import-pdf", str(reviewed)]) == 0
    assert cli.main(["--db", db, "export-annotations", str(tmp_path / "out.jsonld")]) == 0
    exported = json.loads((tmp_path / "out.jsonld").read_text(encoding="utf-8"))
    items = exported["first"]["items"] if "first" in exported else exported["items"]
    pages = {}
    for item in items:
        selectors = {s["type"]: s for s in item["target"]["selector"]}
        assert selectors["FragmentSelector"]["conformsTo"] == "http://tools.ietf.org/rfc/rfc3778"
        pages[item["body"][0]["value"]] = selectors["FragmentSelector"]["value"]
        assert "TextQuoteSelector" in selectors
    assert pages == {"Which?": "page=1", "Which pipelines?": "page=3"}


def test_annotations_are_written_into_a_copy_of_the_pdf_as_highlights(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    lib = open_library(tmp_path / "lib.sqlite")
    try:
        with lib.session() as session:
            summary = import_pdf(session, PDF)
            doc = summary.document_id
            first = annotate_quote(session, doc, "a landlocked state between two great powers cannot afford to choose",
                                   comment="Which powers?", author="Reviewer A")
            add_reply(session, first.id, "Russia and China.", author="Author")
            annotate_quote(session, doc, "the policy has outlived a change of leadership", comment="Evidence?",
                           author="Reviewer B")
            gone = annotate_quote(session, doc, "balance keeps shifting", comment="Towards whom?", author="Reviewer B")
            gone.anchor, gone.start, gone.end = "orphaned", None, None
    finally:
        lib.close()
    out = tmp_path / "annotated.pdf"
    assert cli.main(["--db", str(tmp_path / "lib.sqlite"), "export-pdf-annotations", str(out)]) == 0
    captured = capsys.readouterr()
    assert "2 highlights with their comments" in captured.out and "balance keeps shifting" in captured.err
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    found = []
    for number, page in enumerate(reader.pages, start=1):
        for ref in page.get("/Annots") or []:
            annotation = ref.get_object()
            found.append((number, str(annotation["/Subtype"]), str(annotation.get("/Contents")), str(annotation.get("/T"))))
            if annotation["/Subtype"] == "/Highlight":
                assert len(annotation["/QuadPoints"]) % 8 == 0 and str(annotation["/M"]).startswith("D:")
    assert (1, "/Highlight", "Which powers?", "Reviewer A") in found
    assert (1, "/Text", "Russia and China.", "Author") in found
    # the first place the thesis says it (its paragraphs repeat), found by pdfminer itself
    assert (first_page("the policy has outlived a change of leadership"), "/Highlight", "Evidence?", "Reviewer B") in found
    assert PDF.read_bytes() != out.read_bytes() and len(reader.pages) == 3
    # the copy reads back: the highlights land on the same words, and nothing is added twice here
    with open_library(tmp_path / "lib.sqlite").session() as session:
        again = import_pdf(session, out)
        assert not again.new_document and again.notes.added == 0 and again.notes.already == 3
    other = open_library(tmp_path / "other.sqlite")
    try:
        with other.session() as session:
            imported = import_pdf(session, out)
            quotes = set(session.scalars(select(Annotation.exact)))
            assert imported.notes.added == 2 and imported.notes.replies == 1
            assert "a landlocked state between two great powers cannot afford to choose" in quotes
            assert "the policy has outlived a change of leadership" in quotes
    finally:
        other.close()


def test_a_document_not_from_a_pdf_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "lib.sqlite")
    text = tmp_path / "t.txt"
    text.write_text("INTRODUCTION\n\nA sentence that cites [1].\n", encoding="utf-8")
    assert cli.main(["--db", db, "import-text", str(text)]) == 0
    assert cli.main(["--db", db, "export-pdf-annotations", str(tmp_path / "x.pdf")]) == 1
    assert "was not imported from a PDF" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
