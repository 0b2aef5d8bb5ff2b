"""Word import and write-back of a 300-page thesis against the plain-text import.

The bundled thesis (about 160 pages of text) is written twice over into one
.docx with python-docx: Word heading styles, paragraphs with their markers,
its tables as Word tables with captions, a reference list of 456 entries and
a Word comment on every 40th paragraph; about 330 pages. "ours" imports that
file with ``import_docx``; the baseline imports the same text with the
plain-text importer (``import_text``), which parses and stores as much. The
write-back of the imported document (after renumbering) is measured too.
Target: the import in seconds, within a few times the text import.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from docx import Document as WordDocument

from benchmarks.harness import Result, best_of
from models.db import open_library
from references.thesis.text_import import import_text
from references.thesis.renumbering import apply_renumbering, plan_renumbering
from references.library.sample import SAMPLE_TEXT
from references.text import parse_thesis
from references.word.importer import import_docx
from references.word.writeback import write_back

COPIES = 2


def build(path: Path) -> str:
    """Write the 300-page .docx; return the plain text the baseline imports."""
    text = SAMPLE_TEXT.read_text(encoding="utf-8")
    parsed = parse_thesis(text)
    doc = WordDocument()
    plain: list[str] = []
    paragraphs = 0
    for copy in range(COPIES):
        for block in parsed.blocks:
            section = parsed.sections[block.section_index]
            if block.kind == "heading":
                doc.add_heading(block.text if copy == 0 or section.number is None else block.text, level=min(section.level, 3))
            elif block.kind == "table":
                doc.add_paragraph(block.caption or "Кесте")
                rows = [line.split("  ") for line in block.text.splitlines() if line.strip()]
                width = max(len(r) for r in rows)
                table = doc.add_table(rows=len(rows), cols=width)
                for r, row in enumerate(rows):
                    for c, cell in enumerate(row):
                        table.cell(r, c).text = cell.strip()
            else:
                paragraph = doc.add_paragraph(block.text, style="List Bullet" if block.kind == "list_item" else None)
                paragraphs += 1
                if paragraphs % 40 == 0 and paragraph.runs:
                    doc.add_comment(paragraph.runs, text="Дереккөзді тексеріңіз.", author="Рецензент", initials="Р")
            plain.append(block.text)
    doc.add_heading("ПАЙДАЛАНЫЛҒАН ӘДЕБИЕТТЕР ТІЗІМІ", level=1)
    for number in range(1, 228 * COPIES + 1):
        doc.add_paragraph(f"{number}. Автор{number} А.Б. Еңбек {number}. – Алматы: Баспа, 20{number % 24:02d}. – {100 + number} б.")
    doc.save(str(path))
    return "\n\n".join(plain)


def run(repeat: int = 3) -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        docx = folder / "thesis-300-pages.docx"
        text = build(docx)
        counter = iter(range(1000))

        def ours() -> None:
            library = open_library(folder / f"w{next(counter)}.sqlite")
            try:
                with library.session() as session:
                    import_docx(session, docx)
            finally:
                library.close()

        def baseline() -> None:
            library = open_library(folder / f"t{next(counter)}.sqlite")
            try:
                with library.session() as session:
                    import_text(session, text, title="bench")
            finally:
                library.close()

        ours_ms = best_of(ours, repeat)
        base_ms = best_of(baseline, repeat)
        library = open_library(folder / "back.sqlite")
        with library.session() as session:
            document_id = import_docx(session, docx).document_id
        with library.session() as session:
            apply_renumbering(session, plan_renumbering(session, document_id))
        started = time.perf_counter()
        with library.session() as session:
            write_back(session, document_id, folder / "back.docx")
        back_ms = (time.perf_counter() - started) * 1000
        library.close()
    return [
        Result("Word import, 300 pages (docx)", ours_ms, base_ms, "plain-text import of the same text", "import in seconds"),
        Result("Word write-back after renumbering", back_ms, base_ms, "plain-text import of the same text", "seconds"),
    ]


if __name__ == "__main__":
    for result in run():
        print(result.line())
