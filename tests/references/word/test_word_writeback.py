"""`silteme export-docx` on a thesis imported from Word: the author's own file comes back."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document as WordDocument
from lxml import etree
from sqlalchemy import select

from app.cli import main
from models import Block, Reference
from models.db import open_library
from references.thesis.editing import set_paragraph_text
from references.thesis.reference_fields import set_field
from references.text.markers import MARKER
from tests.references.word.word_docs import GOST_KK, ThesisSpec, build_thesis

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"


def _roundtrip(tmp_path: Path, spec: ThesisSpec = ThesisSpec(), *commands: list[str]) -> tuple[Path, Path, Path]:
    docx = build_thesis(tmp_path / "thesis.docx", spec)
    db = tmp_path / "lib.sqlite"
    assert main(["--db", str(db), "import-docx", str(docx)]) == 0
    for command in commands:
        assert main(["--db", str(db), *command]) == 0
    out = tmp_path / "back.docx"
    assert main(["--db", str(db), "export-docx", str(out)]) == 0
    return docx, db, out


def _paragraphs(path: Path) -> list[tuple[str, list[tuple[str, object, object, object, object, object]]]]:
    """Every paragraph of body, tables, headers and footers: its text and each character's formatting."""
    doc = WordDocument(str(path))
    found = []
    paragraphs = list(doc.paragraphs)
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    for section in doc.sections:
        paragraphs.extend(section.header.paragraphs)
        paragraphs.extend(section.footer.paragraphs)
    for p in paragraphs:
        chars = [
            (ch, r.bold, r.italic, r.font.superscript, r.font.size, r.style.name if r.style is not None else None)
            for r in p.runs
            for ch in r.text
        ]
        found.append((p.text, chars))
    return found


def _part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def _names(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as archive:
        return set(archive.namelist())


def test_an_unchanged_thesis_comes_back_the_same(tmp_path: Path) -> None:
    docx, _db, out = _roundtrip(tmp_path)
    assert _paragraphs(out) == _paragraphs(docx)
    for name in _names(docx):
        if name.startswith("word/media/") or "header" in name or "footer" in name or name == "word/styles.xml":
            assert _part(out, name) == _part(docx, name), name
    body_old = etree.fromstring(_part(docx, "word/document.xml"))
    body_new = etree.fromstring(_part(out, "word/document.xml"))
    assert etree.tostring(body_new.find(f".//{W}sectPr")) == etree.tostring(body_old.find(f".//{W}sectPr"))
    for tag in ("bookmarkStart", "drawing", "instrText", "footnoteReference"):
        assert len(body_new.findall(f".//{W}{tag}")) == len(body_old.findall(f".//{W}{tag}")), tag
    assert _part(out, "word/footnotes.xml") == _part(docx, "word/footnotes.xml")
    word = WordDocument(str(out))
    comments = {c.text: c for c in word.comments}
    assert set(comments) == {"Дереккөзді нақтылаңыз.", "Жауап берілді.", "Неге даулы?\nДәлел келтіріңіз."}
    assert comments["Неге даулы?\nДәлел келтіріңіз."].author == "Reviewer Two"
    extended = etree.fromstring(_part(out, "word/commentsExtended.xml"))
    entries = extended.findall(f"{W15}commentEx")
    assert sorted(e.get(f"{W15}done") for e in entries) == ["0", "0", "1"]
    assert sum(1 for e in entries if e.get(f"{W15}paraIdParent")) == 1  # the reply is a Word reply


def _unmarked(text: str) -> str:
    return MARKER.sub("[]", text)


def test_after_renumbering_only_the_markers_and_the_list_differ(tmp_path: Path) -> None:
    docx, db, out = _roundtrip(tmp_path, ThesisSpec(first_marker="[6]"), ["renumber"])
    before, after = _paragraphs(docx), _paragraphs(out)
    assert len(before) == len(after)
    entries_before, entries_after = [], []
    changed_markers = 0
    for (old_text, old_chars), (new_text, new_chars) in zip(before, after, strict=True):
        if re.match(r"\d+\. ", old_text):
            entries_before.append(old_text.split(". ", 1)[1])
            entries_after.append(new_text)
            continue
        assert _unmarked(new_text) == _unmarked(old_text)
        changed_markers += old_text != new_text
        if old_text == new_text:
            assert new_chars == old_chars
    assert changed_markers >= 4
    assert sorted(entries_before) == sorted(GOST_KK)
    assert [t.split(". ", 1)[0] for t in entries_after] == [str(n) for n in range(1, 8)]
    assert entries_after[0] == "1. " + GOST_KK[5]  # the first cited, [6], is number 1 now
    library = open_library(db)
    with library.session() as s:
        texts = [b.text for b in s.scalars(select(Block).where(Block.kind == "table"))]
    library.close()
    word = WordDocument(str(out))
    assert word.tables[0].cell(2, 1).text == texts[0].splitlines()[2].split("\t")[1]


def test_edited_paragraphs_and_a_completed_reference_are_written_in_place(tmp_path: Path) -> None:
    docx = build_thesis(tmp_path / "thesis.docx")
    db = tmp_path / "lib.sqlite"
    assert main(["--db", str(db), "import-docx", str(docx)]) == 0
    library = open_library(db)
    with library.session() as s:
        block = s.scalars(select(Block).where(Block.text.like("Тақырыптың өзектілігі%"))).one()
        set_paragraph_text(s, block.id, block.text.replace("көпвекторлы сипатта", "көпвекторлы және прагматикалық сипатта"))
        ref = s.scalars(select(Reference).where(Reference.number == 7)).one()
        set_field(ref, "author", "{Сыртқы істер министрлігі}")
        set_field(ref, "title", "{Жылдық есеп}")
        set_field(ref, "year", "{2021}")
    library.close()
    out = tmp_path / "back.docx"
    assert main(["--db", str(db), "export-docx", str(out)]) == 0
    word = WordDocument(str(out))
    intro = next(p for p in word.paragraphs if p.text.startswith("Тақырыптың өзектілігі"))
    assert "көпвекторлы және прагматикалық сипатта" in intro.text
    assert [(r.text, r.bold, r.italic) for r in intro.runs if r.bold or r.italic] == [
        ("Зерттеудің мақсаты", True, None), ("орта держава", None, True)
    ]
    entries = [p.text for p in word.paragraphs if re.match(r"\d+\. ", p.text)]
    assert entries[:6] == [f"{n}. {e}" for n, e in enumerate(GOST_KK[:6], start=1)]
    assert entries[6].startswith("7. ") and "Жылдық есеп" in entries[6] and "2021" in entries[6]


def test_a_thesis_from_plain_text_keeps_the_generated_docx(tmp_path: Path) -> None:
    text = tmp_path / "thesis.txt"
    text.write_text("КІРІСПЕ\n\nМәтін [1].\n", encoding="utf-8")
    db = tmp_path / "lib.sqlite"
    assert main(["--db", str(db), "import-text", str(text)]) == 0
    out = tmp_path / "out.docx"
    assert main(["--db", str(db), "export-docx", str(out)]) == 0
    assert [p.text for p in WordDocument(str(out)).paragraphs][:3] == ["thesis", "КІРІСПЕ", "Мәтін [1]."]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is installed by tools/setup.sh --test")
def test_libreoffice_opens_the_written_file_comments_included(tmp_path: Path) -> None:
    _docx, _db, out = _roundtrip(tmp_path, ThesisSpec(first_marker="[6]"), ["renumber"])
    profile = f"-env:UserInstallation=file://{tmp_path}/lo-profile"
    for target, folder in (("pdf", "pdf"), ("odt", "odt")):
        (tmp_path / folder).mkdir()
        result = subprocess.run(
            ["soffice", "--headless", profile, "--convert-to", target, "--outdir", str(tmp_path / folder), str(out)],
            capture_output=True, text=True, timeout=240, check=False,
        )
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "pdf" / "back.pdf").read_bytes().startswith(b"%PDF")
    content = zipfile.ZipFile(tmp_path / "odt" / "back.odt").read("content.xml").decode()
    assert content.count("<office:annotation ") == 3 and "Неге даулы?" in content
    assert "[1, с. 12-14]" in content


def test_an_annotation_whose_text_is_gone_still_comes_back_as_a_comment(tmp_path: Path) -> None:
    docx = build_thesis(tmp_path / "thesis.docx")
    db = tmp_path / "lib.sqlite"
    assert main(["--db", str(db), "import-docx", str(docx)]) == 0
    library = open_library(db)
    from models import Annotation

    with library.session() as s:
        ann = s.scalars(select(Annotation).where(Annotation.author == "Reviewer Two")).one()
        ann.anchor, ann.start, ann.end = "orphaned", None, None
    library.close()
    out = tmp_path / "back.docx"
    assert main(["--db", str(db), "export-docx", str(out)]) == 0
    comments = {c.author: c.text for c in WordDocument(str(out)).comments}
    assert comments["Reviewer Two"].startswith("Неге даулы?\nДәлел келтіріңіз.\nSilteme: its text is gone")
    assert "«Бұл тұжырым даулы.»" in comments["Reviewer Two"]


def test_a_list_numbered_by_word_is_reordered_and_keeps_its_numbering(tmp_path: Path) -> None:
    docx, _db, out = _roundtrip(tmp_path, ThesisSpec(first_marker="[6]", word_numbered_list=True), ["renumber"])
    entries = [p for p in WordDocument(str(out)).paragraphs if p.style.name == "List Number" and p.text in GOST_KK]
    assert [p.text for p in entries][:2] == [GOST_KK[5], GOST_KK[1]]
    assert sorted(p.text for p in entries) == sorted(GOST_KK)
    before = [p for p in WordDocument(str(docx)).paragraphs if p.text == GOST_KK[5]][0]
    after = next(p for p in entries if p.text == GOST_KK[5])
    assert [(r.text, r.bold, r.italic) for r in after.runs] == [(r.text, r.bold, r.italic) for r in before.runs]


def test_text_xml_cannot_hold_still_gives_a_valid_file(tmp_path: Path) -> None:
    docx = build_thesis(tmp_path / "thesis.docx")
    db = tmp_path / "lib.sqlite"
    assert main(["--db", str(db), "import-docx", str(docx)]) == 0
    library = open_library(db)
    with library.session() as s:
        block = s.scalars(select(Block).where(Block.text.like("Ресми құжаттарда%"))).one()
        block.text = block.text.replace("Ресми", "Ресми\x01\x0c")
    library.close()
    out = tmp_path / "back.docx"
    assert main(["--db", str(db), "export-docx", str(out)]) == 0
    texts = [p.text for p in WordDocument(str(out)).paragraphs]
    assert "Ресми\ufffd\ufffd құжаттарда да осы ұстаным бекітілген [3]." in texts
