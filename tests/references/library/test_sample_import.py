"""The first start: the bundled thesis, its references and groups in the library."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from models import Block, Citation, CitationTarget, Claim, Document, Reference, Section, SourceGroup
from models.db import Library, open_library
from references.thesis.text_import import import_text_file
from references.numbers import parse_number_list
from tests.conftest import THESIS

MARKER = re.compile(r"\[(\d+)(?:\s*[-–]\s*(\d+))?\]")


def _numbers_in_source() -> list[list[int]]:
    text = THESIS.read_text(encoding="utf-8")
    out = []
    for m in MARKER.finditer(text):
        low, high = int(m.group(1)), int(m.group(2) or m.group(1))
        out.append(list(range(low, high + 1)))
    return out


def test_stats_json_on_the_bundled_thesis(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(sample_path), "stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    source_markers = _numbers_in_source()
    cited = {n for numbers in source_markers for n in numbers}
    assert stats["documents"] == 1
    assert stats["tables"] == 9
    assert stats["citation_markers"] == len(source_markers) == 235
    assert stats["references"] == 228
    assert stats["cited_references"] == len(cited) == 184
    assert stats["uncited_references"] == 228 - 184
    # introduction, 3 chapters, 9 sections, conclusion
    assert stats["sections"] == 14
    assert stats["claims"] > 150
    groups = stats["groups"]
    assert groups["Құқықтық актілер"] == len(range(3, 9))
    assert groups["Дипломатиялық құжаттар"] == len(range(9, 15))
    assert groups["Аналитикалық баяндамалар"] == len(range(15, 24))
    assert groups["Ресми мәлімдемелер мен сөздер"] == 2 + len(range(24, 36))
    assert groups["Анықтамалық материалдар мен ресми деректер"] == len(range(36, 50))
    assert groups["Ғылыми мақалалар мен монографиялар"] == len(range(50, 229))


def test_outline_is_a_hierarchy(sample_library: Library) -> None:
    with sample_library.session() as s:
        top = list(s.scalars(select(Section).where(Section.parent_id.is_(None)).order_by(Section.position)))
        assert [t.kind for t in top] == ["introduction", "chapter", "chapter", "chapter", "conclusion"]
        assert [t.number for t in top[1:4]] == ["1", "2", "3"]
        assert top[0].title.strip() == "КІРІСПЕ" and top[-1].title.strip() == "ҚОРЫТЫНДЫ"
        children = {t.number: [c.number for c in t.children] for t in top[1:4]}
        assert children == {"1": ["1.1", "1.2", "1.3"], "2": ["2.1", "2.2", "2.3"], "3": ["3.1", "3.2", "3.3"]}
        # chapter titles wrap over two lines in the source: joined here
        assert top[2].title.startswith("ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ КӨПВЕКТОРЛЫ СЫРТҚЫ")
        assert "\n" not in top[2].title and len(top[2].title.split()) > 4


def test_stored_text_is_lossless(sample_library: Library) -> None:
    source = THESIS.read_text(encoding="utf-8")
    with sample_library.session() as s:
        pieces = []
        for block in s.scalars(select(Block).order_by(Block.position)):
            text = block.text
            for page in reversed(block.page_breaks):
                text = text[: page.offset] + " " + page.label + " " + text[page.offset :]
            pieces.append((block.caption or "") + " " + text)
    squash = re.compile(r"\s+")
    assert squash.sub("", " ".join(pieces)) == squash.sub("", source)


def test_text_keeps_latin_schwa_and_real_hyphens(sample_library: Library) -> None:
    with sample_library.session() as s:
        texts = " ".join(s.scalars(select(Block.text)))
    assert "жəне" in texts and "және" not in THESIS.read_text(encoding="utf-8")
    assert "теке-тірестер" in texts and "тепе-теңдік" in texts
    # hard line breaks are gone from paragraphs
    with sample_library.session() as s:
        paragraphs = list(s.scalars(select(Block.text).where(Block.kind == "paragraph")))
    assert all("\n" not in p for p in paragraphs)


def test_every_marker_is_stored_and_resolved(sample_library: Library) -> None:
    with sample_library.session() as s:
        markers = list(s.scalars(select(Citation).join(Block).order_by(Block.position, Citation.start)))
        assert [c.numbers for c in markers] == _numbers_in_source()
        unresolved = s.scalar(select(func.count()).where(CitationTarget.reference_id.is_(None)))
        assert unresolved == 0
        for citation in markers:
            assert citation.block.text[citation.start : citation.end] == citation.marker
            assert all(t.reference.number == t.number for t in citation.targets)


def test_every_claim_links_its_references_and_groups(sample_library: Library) -> None:
    with sample_library.session() as s:
        claims = list(s.scalars(select(Claim)))
        assert claims
        for claim in claims:
            assert claim.citations, "a claim is a sentence that carries a marker"
            assert claim.block.text[claim.start : claim.end] == claim.text
            for citation in claim.citations:
                assert claim.start <= citation.start and citation.end <= claim.end + 1
        unclaimed = s.scalar(select(func.count()).select_from(Citation).where(Citation.claim_id.is_(None)))
        assert unclaimed == 0
        # the Hanks sentence of the literature review backs its claim with [57]
        hanks = next(c for c in claims if "Хэнкс" in c.text)
        refs = [t.reference for cit in hanks.citations for t in cit.targets]
        assert [r.number for r in refs] == [57]
        assert {g.name_en for g in refs[0].groups} >= {"Scholarly literature"}


def test_references_hold_only_what_the_thesis_says(sample_library: Library) -> None:
    with sample_library.session() as s:
        refs = list(s.scalars(select(Reference).order_by(Reference.number)))
        assert [r.number for r in refs] == list(range(1, 229))
        assert not any(r.complete for r in refs), "every bundled entry waits for a person to complete it"
        assert len({r.key for r in refs}) == 228
        assert refs[56].authors and "Хэнкс" in refs[56].authors
        # the thesis gives no identifiers; a journal appears only where it names one
        assert all(r.field(f) is None for r in refs for f in ("doi", "isbn", "url"))
        source = THESIS.read_text(encoding="utf-8")
        from references.thesis.reference_fields import plain

        for ref in refs:
            for name in ("journal", "publisher"):
                value = plain(ref, name)
                assert not value or value in source, f"[{ref.number}] {name}={value!r} is not in the thesis"


def test_groups_follow_the_declaration(sample_library: Library) -> None:
    with sample_library.session() as s:
        def numbers(name: str) -> list[int]:
            group = s.scalars(select(SourceGroup).where(SourceGroup.name_en == name)).one()
            return sorted(r.number for r in group.references)

        assert numbers("Legal acts") == parse_number_list("3-8")
        assert numbers("Speeches and statements") == parse_number_list("1, 2, 24-35")
        scholarly = s.scalars(select(SourceGroup).where(SourceGroup.name_en == "Scholarly literature")).one()
        assert [c.name_en for c in scholarly.children] == ["Western", "Russian", "Kazakhstani"]
        assert s.scalars(select(SourceGroup).where(SourceGroup.name_en == "Legal acts")).one().primary


def test_import_text_of_another_thesis(sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.txt"
    other.write_text(
        " КІРІСПЕ \nБұл сынақ мəтіні [1]. Екінші сөйлем [2-3].\n\nҮшінші абзац [3].\n", encoding="utf-8"
    )
    assert main(["--db", str(sample_path), "import-text", str(other), "--title", "Сынақ"]) == 0
    assert "Сынақ" in capsys.readouterr().out
    library = open_library(sample_path)
    try:
        with library.session() as s:
            doc = s.scalars(select(Document).where(Document.title == "Сынақ")).one()
            refs = list(s.scalars(select(Reference).where(Reference.document_id == doc.id)))
            assert sorted(r.number for r in refs) == [1, 2, 3]
            assert not any(r.complete for r in refs)
    finally:
        library.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        ("Қазақстан".encode("cp1251", errors="replace") + b"\xc1\xc2 text", "not UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
    ],
)
def test_bad_text_files_change_nothing(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    before = _counts(sample_path)
    assert main(["--db", str(sample_path), "import-text", str(bad)]) == 1
    err = capsys.readouterr().err
    assert message in err and str(bad) in err and "Traceback" not in err
    assert _counts(sample_path) == before


def _counts(path: Path) -> tuple[int, int]:
    library = open_library(path)
    try:
        with library.session() as s:
            return (s.scalar(select(func.count(Document.id))), s.scalar(select(func.count(Block.id))))
    finally:
        library.close()


def test_import_is_one_transaction(sample_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import references.thesis.text_import as importer

    def explode(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk pulled out mid-import")

    other = tmp_path / "other.txt"
    other.write_text("Мəтін [1].\n", encoding="utf-8")
    before = _counts(sample_path)
    monkeypatch.setattr(importer, "store_parsed", explode)
    library = open_library(sample_path)
    try:
        with pytest.raises(RuntimeError):
            with library.session() as s:
                import_text_file(s, other, "half")
    finally:
        library.close()
    assert _counts(sample_path) == before
