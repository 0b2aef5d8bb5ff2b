"""Make the PDF fixtures: a short thesis written with python-docx, printed to PDF by LibreOffice.

    .venv/bin/python -m tests.data.pdf.make_fixtures

``thesis.pdf`` has what a real thesis PDF has: a running head on every page,
page numbers in the footer, a first-line indent, numbered headings, a table
with a caption, citation markers, and long words broken across lines with
soft hyphens (LibreOffice prints a hyphen where it breaks one). Tests add
reviewers' annotations to copies of it with pypdf.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
SOFT = "\u00ad"

INTRO = (
    "Multi-vector foreign policy lets a middle power keep good relations with several great powers at once [1]. "
    "Kazakhstan has followed it since independence, balancing Russia, China and the West [2, 3]. "
    "The policy rests on pragmatic cooperation rather than on alliances [4]."
)
PARAGRAPHS = [
    "Scholars describe the policy as a response to geography: a land{s}locked state between two great powers "
    "cannot afford to choose one of them [5]. Energy exports through several pipe{s}lines made this choice "
    "concrete, because each route depends on a different neighbour [6, p. 12].",
    "Critics argue that the balancing is reactive and depends on the person of the president [7]. Others "
    "answer that institutions such as the Ministry of Foreign Affairs have made it routine, and that the "
    "policy has outlived a change of leadership [8–10].",
    "The present chapter compares the three main vectors. It asks which commitments each of them brings "
    "and how the state keeps them com{s}patible with each other, using treaties, statements and trade data [11].",
]


def add_field(paragraph, instruction: str) -> None:  # noqa: ANN001 - python-docx objects
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == "1":
            element = OxmlElement("w:t")
            element.text = text
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def build_docx(path: Path) -> None:
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(21), Cm(14.8)  # A5: several pages from a short text
    section.left_margin = section.right_margin = Cm(2)
    style = document.styles["Normal"]
    style.font.name = "DejaVu Serif"
    style.font.size = Pt(10)
    style.paragraph_format.first_line_indent = Cm(1)
    style.paragraph_format.space_after = Pt(0)
    section.header.paragraphs[0].text = "Multi-vector foreign policy — doctoral thesis"
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(footer, "PAGE")
    document.add_paragraph("INTRODUCTION")
    document.add_paragraph(INTRO)
    for chapter in (1, 2):
        document.add_paragraph("")
        document.add_paragraph(f"{chapter} THE VECTORS OF THE POLICY IN PART {chapter}")
        for number in (1, 2):
            document.add_paragraph(f"{chapter}.{number} Commitments of vector {number}")
            for text in PARAGRAPHS:
                document.add_paragraph(text.format(s=SOFT))
        document.add_paragraph(f"Table {chapter} - Trade with the three partners, billion USD")
        table = document.add_table(rows=3, cols=3)
        for row, cells in enumerate([("Partner", "2015", "2020"), ("Russia", "15.6", "19.3"), ("China", "10.5", "21.4")]):
            for column, value in enumerate(cells):
                table.cell(row, column).text = value
        document.add_paragraph("The table shows that trade with China grew fastest [12].")
    document.add_paragraph("CONCLUSION")
    document.add_paragraph("The multi-vector policy has proved durable, though its balance keeps shifting [13].")
    document.save(path)


def build_report_docx(path: Path) -> None:
    """A thesis laid out as LaTeX's report class does: "Chapter N" over a mixed-case title in large type."""
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(21), Cm(14.8)
    style = document.styles["Normal"]
    style.font.name = "DejaVu Serif"
    style.font.size = Pt(10)
    style.paragraph_format.first_line_indent = Cm(0.7)
    style.paragraph_format.space_after = Pt(0)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(footer, "PAGE")
    for chapter, title in ((1, "Introduction"), (2, "Sources and Method")):
        for text in (f"Chapter {chapter}", title):
            heading = document.add_paragraph()
            run = heading.add_run(text)
            run.font.size, run.bold = Pt(17), True
            heading.paragraph_format.first_line_indent = Cm(0)
            heading.paragraph_format.space_after = Pt(12)
        for number, name in ((1, "Background of the study"), (2, "What earlier work found")):
            sub = document.add_paragraph()
            run = sub.add_run(f"{chapter}.{number} {name}")
            run.font.size, run.bold = Pt(13), True
            sub.paragraph_format.first_line_indent = Cm(0)
            sub.paragraph_format.space_before = Pt(10)
            sub.paragraph_format.space_after = Pt(6)
            for text in PARAGRAPHS:
                document.add_paragraph(text.format(s=SOFT))
    document.save(path)


def to_pdf(docx: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile", "--convert-to", "pdf",
             "--outdir", work, str(docx)],
            check=True, capture_output=True, timeout=300,
        )
        shutil.copyfile(Path(work) / (docx.stem + ".pdf"), out)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / "thesis.docx"
        build_docx(docx)
        to_pdf(docx, HERE / "thesis.pdf")
        report = Path(tmp) / "report.docx"
        build_report_docx(report)
        to_pdf(report, HERE / "report.pdf")
    print(f"Wrote {HERE / 'thesis.pdf'} and {HERE / 'report.pdf'}")
