"""A thesis whose text ends with its printed reference list (as a PDF or .txt of a real thesis does).

The bundled thesis has no list; here it gets one, made from the bundled
bibliography (what the thesis says of each of its 228 numbers), hard-wrapped
and broken across pages as PDF-extracted text is. The list's entries become
the thesis's numbered references and never count as citations.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import textwrap
from pathlib import Path

import bibtexparser
import pytest
from sqlalchemy import func, select

import app.cli
from models import CitationTarget, Reference
from models.db import open_library
from references.text import parse_thesis, reconstruct_source
from references.thesis.text_import import import_text
from tests.conftest import ROOT, THESIS

SOURCE = THESIS.read_text(encoding="utf-8")


def printed_entries() -> dict[int, str]:
    """Number -> "Author. Title. – Journal, year." from resources/bibliography.bib, read by bibtexparser."""
    library = bibtexparser.parse_string((ROOT / "resources" / "bibliography.bib").read_text(encoding="utf-8"))
    entries = {}
    for entry in library.entries:
        fields = {f.key: f.value.strip("{}") for f in entry.fields}
        parts = [fields[k] for k in ("author", "title") if fields.get(k)]
        tail = ", ".join(fields[k] for k in ("journal", "publisher", "year") if fields.get(k))
        entries[int(fields["silteme-number"])] = ". ".join(parts) + (f". – {tail}." if tail else ".")
    return entries


def with_list(heading: str, numbering: str) -> str:
    """The thesis, then its list: wrapped at 75 columns, a page number every 20 entries."""
    lines = []
    for number, text in sorted(printed_entries().items()):
        lines.extend(textwrap.wrap(numbering.format(number) + text, 75))
        if number % 20 == 0:
            lines.extend(["", "", "", str(100 + number // 20), ""])
    return SOURCE + f"\n\n\n{heading}\n\n" + "\n".join(lines) + "\n"


STYLES = {
    "kk-brackets": ("ПАЙДАЛАНЫЛҒАН ӘДЕБИЕТТЕР ТІЗІМІ", "[{}] "),
    "ru-dot": ("СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ", "{}. "),
    "en-bare": ("References", "{} "),
}


@pytest.mark.parametrize("style", STYLES)
def test_the_printed_list_is_read_as_the_list_and_adds_no_citation(style: str) -> None:
    heading, numbering = STYLES[style]
    text = with_list(heading, numbering)
    plain, listed = parse_thesis(SOURCE), parse_thesis(text)

    assert [s.kind for s in listed.sections][-1] == "bibliography"
    entries = printed_entries()
    assert [e.number for e in listed.reference_list] == sorted(entries)
    for entry in listed.reference_list:
        assert " ".join(entry.text.split()) == " ".join(entries[entry.number].split())
    # The list's "[12]" and "12." are entry numbers, not citations or claims.
    count = lambda doc: (sum(len(b.citations) for b in doc.blocks), sum(len(b.claims) for b in doc.blocks))  # noqa: E731
    assert count(listed) == count(plain) == (235, 200)
    # Nothing lost: the list is kept as blocks, page numbers included.
    assert re.sub(r"\s+", "", reconstruct_source(listed)) == re.sub(r"\s+", "", text)


def test_importing_the_thesis_makes_its_list_the_numbered_references(tmp_path: Path) -> None:
    library = open_library(tmp_path / "thesis.sqlite")
    entries = printed_entries()
    try:
        with library.session() as session:
            summary = import_text(session, with_list(*STYLES["kk-brackets"]), title="With its list")
            assert (summary.references_listed, summary.references_created, summary.citations) == (228, 228, 235)
            refs = {r.number: r for r in session.scalars(select(Reference))}
            assert sorted(refs) == list(range(1, 229))
            for number, ref in refs.items():
                assert " ".join(ref.field("silteme-verbatim").strip("{}").split()) == " ".join(entries[number].split())
                assert not ref.complete
            # Every marker of the text cites the entry printed under its number.
            unlinked = session.scalar(select(func.count()).select_from(CitationTarget).where(
                CitationTarget.reference_id.is_(None)))
            assert unlinked == 0
            target = session.scalars(select(CitationTarget).where(CitationTarget.number == 57)).first()
            assert target is not None and target.reference_id == refs[57].id
    finally:
        library.close()


def test_a_list_shorter_than_the_citations_gets_placeholders_for_the_rest(tmp_path: Path) -> None:
    text = (
        "КІРІСПЕ\n\nСыртқы саясат көпвекторлы [1]. Оны басқалар да жазды [3].\n\n"
        "ӘДЕБИЕТТЕР ТІЗІМІ\n\n1. Назарбаев Н. Ә. Стратегия. – Алматы : Өнер, 1992. – 56 б.\n"
        "2. Токаев К. К. Под стягом независимости. – Алматы : Білім, 1997. –\n736 с.\n"
    )
    library = open_library(tmp_path / "short.sqlite")
    try:
        with library.session() as session:
            summary = import_text(session, text, title="Short")
            assert (summary.references_listed, summary.references_created, summary.citations) == (2, 3, 2)
            verbatim = {r.number: r.field("silteme-verbatim") for r in session.scalars(select(Reference))}
            assert verbatim[2] == "{Токаев К. К. Под стягом независимости. – Алматы : Білім, 1997. – 736 с.}"
            assert verbatim[3] is None  # cited, not in the list: a placeholder to complete
    finally:
        library.close()


def test_an_unnumbered_list_ends_at_an_appendix_and_a_year_is_not_a_number() -> None:
    text = (
        "ВВЕДЕНИЕ\n\nВнешняя политика многовекторна [1].\n\n"
        "СПИСОК ЛИТЕРАТУРЫ\n\n"
        "1992 жылғы стратегия. – Алматы : Өнер, 1992. – 56 б.\n"
        "Токаев К. К. Под стягом независимости. – Алматы : Білім,\n1997. – 736 с.\n"
        "Cooper A. F. Niche diplomacy. – London : Macmillan, 1997. – 220 p.\n\n"
        "ПРИЛОЖЕНИЕ А\n\nТаблица данных без ссылок [2].\n"
    )
    doc = parse_thesis(text)
    assert [(e.number, e.text[:20]) for e in doc.reference_list] == [
        (None, "1992 жылғы стратегия"), (None, "Токаев К. К. Под стя"), (None, "Cooper A. F. Niche d")]
    assert [s.kind for s in doc.sections] == ["introduction", "bibliography", "appendix"]
    # The appendix is text again: its markers are citations.
    assert [c.marker for b in doc.blocks for c in b.citations] == ["[1]", "[2]"]


def test_the_cli_says_how_many_references_came_from_the_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "thesis.txt"
    source.write_text(with_list(*STYLES["ru-dot"]), encoding="utf-8")
    assert app.cli.main(["--lang", "en", "--db", str(tmp_path / "lib.sqlite"), "import-text", str(source)]) == 0
    out = capsys.readouterr().out
    assert "235 citation markers" in out and "228 references read from the thesis's own reference list" in out


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is installed by tools/setup.sh --test")
def test_a_pdf_thesis_with_its_list_gets_its_references_and_no_list_citations(tmp_path: Path) -> None:
    from docx import Document as WordDocument

    from references.pdf.importer import import_pdf

    entries = [
        "Cooper A. F. Niche diplomacy: middle powers after the Cold War. – London : Macmillan, 1997. – 220 p.",
        "Jordaan E. The concept of a middle power in international relations: distinguishing between emerging "
        "and traditional middle powers // Politikon. – 2003. – Vol. 30, № 1. – P. 165–181.",
        "Токаев К. К. Под стягом независимости. Очерки о внешней политике Казахстана. – Алматы : Білім, 1997. – 736 с.",
    ]
    word = WordDocument()
    word.add_heading("INTRODUCTION", 1)
    word.add_paragraph("A middle power keeps good relations with several great powers at once [1]. "
                       "Kazakhstan has followed this course since independence [2, 3].")
    word.add_heading("CONCLUSION", 1)
    word.add_paragraph("The policy has outlived a change of leadership [3].")
    word.add_heading("REFERENCES", 1)
    for number, entry in enumerate(entries, start=1):
        word.add_paragraph(f"[{number}] {entry}")
    word.save(tmp_path / "thesis.docx")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "thesis.docx")], check=True, capture_output=True, timeout=180)
    library = open_library(tmp_path / "pdf.sqlite")
    try:
        with library.session() as session:
            summary = import_pdf(session, tmp_path / "thesis.pdf")
            assert summary.text is not None
            assert (summary.text.citations, summary.text.references_listed) == (3, 3)
            refs = {r.number: r for r in session.scalars(select(Reference))}
            assert [" ".join(refs[n].field("silteme-verbatim").strip("{}").split()) for n in (1, 2, 3)] == entries
            assert refs[3].title == "Под стягом независимости. Очерки о внешней политике Казахстана"
    finally:
        library.close()
