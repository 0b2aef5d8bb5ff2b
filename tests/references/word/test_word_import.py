"""`silteme import-docx`: Word theses of several makes, and what is refused."""

from __future__ import annotations

import io
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from docx import Document as WordDocument
from sqlalchemy import select

from app.cli import main
from models import Annotation, Block, Citation, Reference, Section, WordSource
from models.db import open_library
from references.bibtex import plain_value
from references.word.importer import VERBATIM_FIELD
from references.word.libreoffice import convert
from tests.references.word.word_docs import GOST_KK, ThesisSpec, build_thesis


def _import(tmp_path: Path, docx: Path, *extra: str) -> Path:
    db = tmp_path / "lib.sqlite"
    assert main(["--db", str(db), "import-docx", str(docx), *extra]) == 0
    return db


def _folder(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    return folder


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608 - our table names


def _structure(db: Path) -> dict[str, object]:
    library = open_library(db)
    try:
        with library.session() as s:
            sections = [(x.number, x.title, x.kind, x.level) for x in s.scalars(select(Section).order_by(Section.position))]
            blocks = [(b.kind, b.text, b.caption) for b in s.scalars(select(Block).order_by(Block.position))]
            markers = [c.marker for c in s.scalars(select(Citation).join(Block).order_by(Block.position, Citation.start))]
            refs = {r.number: r for r in s.scalars(select(Reference))}
            references = {
                n: (r.entry_type, r.complete, plain_value(r.field(VERBATIM_FIELD) or ""), {k: plain_value(v) for k, v in r.fields})
                for n, r in refs.items()
            }
            annotations = [
                (a.author, a.comment, a.status, a.exact, [(r.author, r.body) for r in a.replies])
                for a in s.scalars(select(Annotation).order_by(Annotation.start))
            ]
            sources = [(w.name, w.data) for w in s.scalars(select(WordSource))]
        return {"sections": sections, "blocks": blocks, "markers": markers, "references": references,
                "annotations": annotations, "sources": sources}
    finally:
        library.close()


def test_a_styled_thesis_comes_in_whole(tmp_path: Path) -> None:
    docx = build_thesis(tmp_path / "thesis.docx")
    got = _structure(_import(tmp_path, docx, "--title", "Менің тезисім"))
    assert [s[:3] for s in got["sections"][1:]] == [
        (None, "КІРІСПЕ", "introduction"),
        ("1", "ТЕОРИЯЛЫҚ НЕГІЗДЕР", "chapter"),
        ("1.1", "Көпвекторлылық ұғымы", "section"),
        ("1.2", "Орта держава теориясы", "section"),
        (None, "ҚОРЫТЫНДЫ", "conclusion"),
        (None, "ПАЙДАЛАНЫЛҒАН ӘДЕБИЕТТЕР ТІЗІМІ", "chapter"),
        (None, "ҚОСЫМША А", "chapter"),
    ]
    kinds = [b[0] for b in got["blocks"]]
    assert kinds.count("table") == 1 and kinds.count("footnote") == 1 and kinds.count("list_item") == 3
    table = next(b for b in got["blocks"] if b[0] == "table")
    assert table[2] == "Кесте 1 – Сыртқы саясаттың бағыттары"
    assert table[1].splitlines()[1] == "Ресей\tШарт [2]"
    texts = [b[1] for b in got["blocks"]]
    assert not any("\t3" in t for t in texts), "the table of contents is not text of the thesis"
    assert "Бұл тұжырым ресми құжатқа сүйенеді [7]." in texts  # the footnote, with its marker
    assert got["markers"] == ["[1]", "[2, б. 15]", "[3-5]", "[1; 4]", "[5, p. 7]", "[3]", "[2]", "[5]",
                              "[2]", "[6]", "[6, с. 12-14]", "[1–3]", "[7]"]
    refs = got["references"]
    assert sorted(refs) == list(range(1, 8))
    assert [refs[n][2] for n in range(1, 8)] == GOST_KK  # verbatim, without the "1. " prefix
    assert all(complete is False for _t, complete, _v, _f in refs.values())
    article = refs[2][3]
    assert refs[2][0] == "article" and article["journal"].startswith("ҚазҰУ Хабаршысы")
    assert (article["year"], article["volume"], article["number"], article["pages"]) == ("2019", "5", "2", "10–20")
    assert refs[3][3]["url"] == "https://adilet.zan.kz/kaz/docs/K950001000_" and refs[3][3]["urldate"] == "2023-03-12"
    assert refs[4][3]["author"] == "Иванов, И. И." and refs[4][3]["publisher"] == "Наука"
    assert refs[6][0] == "book" and refs[6][3]["publisher"] == "Yale University Press"
    assert set(refs[7][3]) == {VERBATIM_FIELD, "silteme-number", "silteme-complete"}  # nothing guessed
    by_author = {a[0]: a for a in got["annotations"]}
    first = by_author["Асқар Бекұлы"]
    assert first[2] == "open" and first[3].startswith("Тақырыптың өзектілігі.")
    assert first[4] == [("Асқар Бекұлы", "Жауап берілді.")]
    second = by_author["Reviewer Two"]
    assert second[1] == "Неге даулы?\nДәлел келтіріңіз." and second[2] == "resolved" and second[3] == "Бұл тұжырым даулы."
    assert got["sources"] == [("thesis.docx", docx.read_bytes())]


def test_direct_formatting_and_a_word_numbered_list_give_the_same_thesis(tmp_path: Path) -> None:
    styled = _structure(_import(_folder(tmp_path, "a"), build_thesis(tmp_path / "a.docx")))
    direct_docx = build_thesis(tmp_path / "b.docx", ThesisSpec(direct=True, word_numbered_list=True))
    direct = _structure(_import(_folder(tmp_path, "b"), direct_docx))
    assert [s[:3] for s in direct["sections"]] == [s[:3] for s in styled["sections"]]
    assert direct["markers"] == styled["markers"]
    assert {n: r[2] for n, r in direct["references"].items()} == {n: r[2] for n, r in styled["references"].items()}


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is installed by tools/setup.sh --test")
def test_files_as_libreoffice_writes_them_odt_and_docx(tmp_path: Path) -> None:
    docx = build_thesis(tmp_path / "thesis.docx")
    odt = convert(docx, "odt", _folder(tmp_path, "odt"))
    again = convert(odt, "docx", _folder(tmp_path, "back"))
    original = _structure(_import(_folder(tmp_path, "o"), docx))
    from_odt = _structure(_import(_folder(tmp_path, "p"), odt))
    from_lo_docx = _structure(_import(_folder(tmp_path, "q"), again))
    for other in (from_odt, from_lo_docx):
        assert [s[:3] for s in other["sections"]] == [s[:3] for s in original["sections"]]
        assert other["markers"] == original["markers"]
        assert {n: r[2] for n, r in other["references"].items()} == {n: r[2] for n, r in original["references"].items()}
        # LibreOffice keeps every comment and its resolved state, but not Word's reply links.
        assert _said(other) == _said(original)
        assert [a[2] for a in other["annotations"] if a[0] == "Reviewer Two"] == ["resolved"]


def _said(structure: dict[str, object]) -> list[tuple[str, str]]:
    said = []
    for author, comment, _status, _exact, replies in structure["annotations"]:
        said.append((author, comment))
        said.extend(replies)
    return sorted(said)


def test_odt_without_libreoffice_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    odt = tmp_path / "thesis.odt"
    odt.write_bytes(b"PK\x03\x04 not really")
    # Not installed anywhere: neither on PATH nor in LibreOffice's usual places.
    import references.word.libreoffice as libreoffice

    monkeypatch.setattr(libreoffice, "find_program", lambda program: None)
    db = tmp_path / "lib.sqlite"
    assert main(["--db", str(db), "import-docx", str(odt)]) == 1
    err = capsys.readouterr().err.strip()
    assert "needs LibreOffice, which is not installed" in err and err.count("\n") == 0


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _no_headings(path: Path) -> None:
    doc = WordDocument()
    doc.add_paragraph("Тек мәтін [1].")
    doc.add_paragraph("1. Назарбаев Н.Ә. Қазақстан жолы. – Астана: Елорда, 2006. – 372 б.")
    doc.save(path)


def _no_reference_list(path: Path) -> None:
    doc = WordDocument()
    doc.add_heading("КІРІСПЕ", 1)
    doc.add_paragraph("Мәтін [1].")
    doc.save(path)


def _empty_document(path: Path) -> None:
    WordDocument().save(path)


BAD = {
    "renamed.doc.docx": (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)), "Word 97-2003"),
    "sheet.docx": (lambda p: p.write_bytes(_zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<x/>"})), "not a Word document"),
    "plain.docx": (lambda p: p.write_bytes(b"just some text"), "not a zip package"),
    "truncated.docx": (lambda p: p.write_bytes(build_thesis(p).read_bytes()[:3000]), "truncated"),
    "zero.docx": (lambda p: p.write_bytes(b""), "is empty"),
    "empty.docx": (_empty_document, "holds no text"),
    "noheadings.docx": (_no_headings, "has no headings"),
    "nolist.docx": (_no_reference_list, "has no reference list"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_gets_one_sentence_and_nothing_is_written(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, words = BAD[name]
    path = tmp_path / name
    make(path)
    db = tmp_path / "lib.sqlite"
    assert main(["--db", str(db), "import-docx", str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert words in err and err.count("\n") == 0 and "Traceback" not in err
    for table in ("documents", "blocks", "references", "annotations", "word_sources"):
        assert _count(db, table) == 0


def test_a_russian_thesis_set_by_hand_with_a_typed_contents(tmp_path: Path) -> None:
    from tests.references.word.word_docs import RUSSIAN_ENTRIES, build_russian_by_hand

    got = _structure(_import(tmp_path, build_russian_by_hand(tmp_path / "ru.docx")))
    assert [s[:3] for s in got["sections"][1:]] == [
        (None, "ВВЕДЕНИЕ", "introduction"),
        ("1", "ТЕОРЕТИЧЕСКИЕ ОСНОВЫ", "chapter"),
        ("1.1", "Понятие многовекторности", "section"),
        (None, "ЗАКЛЮЧЕНИЕ", "conclusion"),
        (None, "СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ", "chapter"),
        (None, "ПРИЛОЖЕНИЕ А", "chapter"),
    ]
    assert not any("\t" in b[1] or "...." in b[1] for b in got["blocks"])  # the typed contents is left out
    assert ("paragraph", "1. Первый этап становления внешней политики.", None) in got["blocks"]  # not chapter 1
    assert got["markers"] == ["[1, с. 5]", "[2; 3]", "[1–3]"]
    refs = got["references"]
    assert [refs[n][2] for n in (1, 2, 3)] == RUSSIAN_ENTRIES
    assert refs[1][3]["address"] == "Караганда" and refs[1][3]["year"] == "2006" and refs[1][3]["pagetotal"] == "372"
    assert refs[2][0] == "book" and refs[2][3]["author"] == "Cooley, A."
    assert refs[3][0] == "article" and refs[3][3]["journal"] == "Казахстан-Спектр" and refs[3][3]["number"] == "3"


def test_headings_numbered_by_word_get_their_numbers(tmp_path: Path) -> None:
    numbered = _structure(_import(_folder(tmp_path, "n"), build_thesis(tmp_path / "n.docx", ThesisSpec(numbered_headings=True))))
    typed = _structure(_import(_folder(tmp_path, "t"), build_thesis(tmp_path / "t.docx")))
    assert [s[:3] for s in numbered["sections"]] == [s[:3] for s in typed["sections"]]
    assert numbered["markers"] == typed["markers"]
