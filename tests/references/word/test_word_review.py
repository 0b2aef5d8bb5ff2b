"""`silteme import-review`: the reviewer's Word file merged back, once."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from models import Annotation
from models.db import open_library
from references.word.libreoffice import convert
from tests.references.word.word_docs import build_thesis, review_as_word_would


def _sent(tmp_path: Path) -> tuple[Path, Path]:
    db = tmp_path / "lib.sqlite"
    assert main(["--db", str(db), "import-docx", str(build_thesis(tmp_path / "thesis.docx"))]) == 0
    sent = tmp_path / "sent.docx"
    assert main(["--db", str(db), "export-docx", str(sent)]) == 0
    return db, sent


def _threads(db: Path) -> list[tuple[str, str, str, list[tuple[str, str]], str]]:
    library = open_library(db)
    with library.session() as s:
        rows = [
            (a.author, a.comment, a.status, [(r.author, r.body) for r in a.replies], a.exact)
            for a in s.scalars(select(Annotation).order_by(Annotation.id))
        ]
    library.close()
    return rows


def _review(db: Path, path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["--db", str(db), "import-review", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_replies_new_comments_and_resolutions_come_in_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, sent = _sent(tmp_path)
    capsys.readouterr()
    before = _threads(db)
    reviewed = tmp_path / "reviewed.docx"
    review_as_word_would(sent, reviewed)
    report = _review(db, reviewed, capsys)
    assert (report["new_comments"], report["new_replies"], report["resolved"], report["unanchored"]) == (1, 1, 1, 0)
    assert report["text_edits"] == ["changed: «Сұхбат сұрақтары.» -> «Сұхбат сұрақтары мен жауаптары.»"]
    after = _threads(db)
    assert after[0][2] == "resolved"
    assert sorted(after[0][3]) == sorted([*before[0][3], ("Reviewer Two", "Келісемін, дереккөз керек.")])
    assert after[1] == before[1]
    assert after[2][:3] == ("Жаңа Рецензент", "Қорытынды тым қысқа.", "open")
    assert after[2][4] == "Қорыта айтқанда, көпвекторлы саясат өзін ақтады [1–3]."
    again = _review(db, reviewed, capsys)
    assert (again["new_comments"], again["new_replies"], again["resolved"], again["reopened"]) == (0, 0, 0, 0)
    assert _threads(db) == after
    text = [line for line in _export_text(db, tmp_path) if "Сұхбат" in line]
    assert text == ["Сұхбат сұрақтары."]  # the reviewer's edit was reported, not applied


def _export_text(db: Path, tmp_path: Path) -> list[str]:
    from docx import Document as WordDocument

    out = tmp_path / "again.docx"
    assert main(["--db", str(db), "export-docx", str(out)]) == 0
    return [p.text for p in WordDocument(str(out)).paragraphs]


def test_a_review_in_a_changed_text_is_anchored_or_kept_orphaned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, sent = _sent(tmp_path)
    reviewed = tmp_path / "reviewed.docx"
    review_as_word_would(sent, reviewed)
    library = open_library(db)
    from models import Block
    from references.thesis.editing import set_paragraph_text

    with library.session() as s:
        block = s.scalars(select(Block).where(Block.text.like("Қорыта айтқанда%"))).one()
        set_paragraph_text(s, block.id, "Түбегейлі жаңа қорытынды мәтін.")
    library.close()
    capsys.readouterr()
    report = _review(db, reviewed, capsys)
    assert report["new_comments"] == 1 and report["unanchored"] == 1
    new = _threads(db)[-1]
    assert new[:3] == ("Жаңа Рецензент", "Қорытынды тым қысқа.", "open")
    assert new[4] == "Қорыта айтқанда, көпвекторлы саясат өзін ақтады [1–3]."  # kept with its quote


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is installed by tools/setup.sh --test")
def test_a_file_saved_again_by_libreoffice_adds_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, sent = _sent(tmp_path)
    before = _threads(db)
    (tmp_path / "odt").mkdir()
    (tmp_path / "back").mkdir()
    resaved = convert(convert(sent, "odt", tmp_path / "odt"), "docx", tmp_path / "back")
    capsys.readouterr()
    report = _review(db, resaved, capsys)
    assert (report["new_comments"], report["new_replies"]) == (0, 0)
    assert _threads(db) == before


def test_a_review_of_the_generated_export_of_a_text_thesis(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from references.review.annotations import annotate_quote

    library = open_library(sample_path)
    with library.session() as s:
        ann = annotate_quote(s, 1, "деп атайды [23]", comment="Бет нөмірі?", author="Рецензент", status="resolved")
        ann_id = ann.id
    library.close()
    sent = tmp_path / "sent.docx"
    assert main(["--db", str(sample_path), "export-docx", str(sent)]) == 0
    capsys.readouterr()
    report = _review(sample_path, sent, capsys)
    assert (report["new_comments"], report["new_replies"], report["reopened"], report["resolved"]) == (0, 0, 0, 0)
    assert report["text_edits"] == []
    library = open_library(sample_path)
    with library.session() as s:
        assert s.get(Annotation, ann_id).status == "resolved"
        assert s.scalar(select(func.count(Annotation.id))) == 1
    library.close()
