"""Annotations in the library: create, thread, undo, JSON listing, revisions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from models import Annotation, Claim
from models.db import Library
from references.review.annotations import (
    add_reply,
    create_annotation,
    delete_annotation,
    list_annotations,
    reattach,
    restore_annotation,
    update_annotation,
)
from references.thesis.text_map import document_text
from references.errors import InputError
from references.review.revision import revise_document
from tests.conftest import THESIS

HANKS = "Хэнкс “Multi-vector"
COOLEY_SENTENCE_END = "деп атайды [23]"


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def test_annotation_on_a_claim_links_the_claim(sample_library: Library) -> None:
    with sample_library.session() as s:
        text = document_text(s, 1)
        start, end = _span(text, COOLEY_SENTENCE_END)
        ann = create_annotation(s, 1, start, end, comment="Which page?", author="Ә. Рецензент", verdict="needs_source", tags=["Cooley", "page"])
        claim = s.get(Claim, ann.claim_id)
        assert claim is not None and "[23]" in claim.text
        assert ann.exact == COOLEY_SENTENCE_END and text[start - len(ann.prefix) : start] == ann.prefix
        assert [t.tag for t in ann.tags] == ["Cooley", "page"]


def test_unknown_verdict_is_refused(sample_library: Library) -> None:
    with sample_library.session() as s, pytest.raises(InputError, match="Unknown verdict 'maybe'"):
        create_annotation(s, 1, 0, 5, comment="x", author="r", verdict="maybe")


def test_thread_edit_delete_and_restore(sample_library: Library) -> None:
    with sample_library.session() as s:
        text = document_text(s, 1)
        start, end = _span(text, HANKS)
        ann = create_annotation(s, 1, start, end, comment="Is this the 2009 article?", author="Reviewer")
        add_reply(s, ann.id, "Yes, Central Asian Survey.", author="Author", author_role="author")
        old = update_annotation(s, ann.id, status="resolved", tags=["checked"])
        assert old == {"status": "open", "tags": ()}
        snapshot = delete_annotation(s, ann.id)
        assert s.scalar(select(func.count(Annotation.id))) == 0
        restored = restore_annotation(s, snapshot)
        assert restored.uri == snapshot.uri and restored.status == "resolved"
        assert [r.body for r in restored.replies] == ["Yes, Central Asian Survey."]
        assert [t.tag for t in restored.tags] == ["checked"]


def test_cli_annotate_and_list_json(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(sample_path)]
    assert main([*db, "annotate", "--quote", COOLEY_SENTENCE_END, "--comment", "Бет нөмірі керек",
                 "--verdict", "needs_source", "--tag", "page", "--author", "Рецензент"]) == 0
    capsys.readouterr()
    assert main([*db, "annotations", "--json"]) == 0
    [item] = json.loads(capsys.readouterr().out)
    assert item["anchor"] == "exact" and item["text"] == item["quote"] == COOLEY_SENTENCE_END
    assert item["id"].startswith("urn:uuid:") and item["claim"] is not None
    assert item["verdict"] == "needs_source" and item["tags"] == ["page"] and item["author"] == "Рецензент"
    assert item["document"]["id"] == 1 and item["created"].endswith("Z")


def test_cli_annotate_unknown_quote_is_a_clear_error(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(sample_path), "annotate", "--quote", "мұндай сөйлем жоқ мүлдем", "--comment", "x"]) == 1
    assert "was not found in the document's text" in capsys.readouterr().err


def _revise(library: Library, new_source: str):  # noqa: ANN202
    with library.session() as s:
        return revise_document(s, None, new_source)


def test_revision_reanchors_exact_fuzzy_and_orphans(sample_library: Library) -> None:
    source = THESIS.read_text(encoding="utf-8")
    with sample_library.session() as s:
        text = document_text(s, 1)
        kept = create_annotation(s, 1, *_span(text, COOLEY_SENTENCE_END), comment="kept", author="r")
        edited = create_annotation(s, 1, *_span(text, "Стивен Уолт, күш теңгерімі (күштер балансы)"), comment="edited", author="r")
        doomed_sentence = "Идея ретінде,  алғаш рет 1992 жылы Қазақстанның егемен мемлекет ретінде"
        doomed = create_annotation(s, 1, *_span(text, doomed_sentence), comment="doomed", author="r")
        before_claims = {c.id: c.text for c in s.scalars(select(Claim))}
        ids = (kept.id, edited.id, doomed.id)
    revised = (
        source.replace("Зерттеу жұмысының өзектілігі.", "Жаңа сөйлем басында тұр. Зерттеу жұмысының өзектілігі.", 1)
        .replace("Стивен Уолт, күш", "Стивен М. Уолт, күш", 1)
        .replace("Идея ретінде,  алғаш рет 1992 жылы Қазақстанның егемен мемлекет ретінде \n"
                 "қалыптасуы мен дамуы жөніндегі стратегия ретінде ресми жарияланған еді. ", "", 1)
    )
    assert revised.count("Идея ретінде,  алғаш рет 1992") == 0, "the test's revision must remove the sentence"
    report = _revise(sample_library, revised)
    assert (report.exact, report.fuzzy, report.orphaned) == (1, 1, 1)
    with sample_library.session() as s:
        new_text = document_text(s, 1)
        k, e, d = (s.get(Annotation, i) for i in ids)
        assert k.anchor == "exact" and new_text[k.start : k.end] == COOLEY_SENTENCE_END
        assert e.anchor == "fuzzy" and new_text[e.start : e.end].startswith("Стивен М. Уолт")
        assert d.anchor == "orphaned" and d.exact.startswith("Идея ретінде") and d.claim_id is None
        assert k.claim_id is not None and "[23]" in s.get(Claim, k.claim_id).text
        # claims keep their references: the Hanks claim still cites reference 57
        hanks = next(c for c in s.scalars(select(Claim)) if "Хэнкс" in c.text)
        assert [t.reference.number for cit in hanks.citations for t in cit.targets] == [57]
        assert len(before_claims) == s.scalar(select(func.count(Claim.id)))


def test_orphan_can_be_reattached_by_hand(sample_library: Library) -> None:
    source = THESIS.read_text(encoding="utf-8")
    with sample_library.session() as s:
        text = document_text(s, 1)
        ann = create_annotation(s, 1, *_span(text, "Идея ретінде,  алғаш рет 1992 жылы"), comment="c", author="r")
        ann_id = ann.id
    _revise(sample_library, source.replace("Идея ретінде,  алғаш рет 1992 жылы", "Бұл ой", 1))
    with sample_library.session() as s:
        assert s.get(Annotation, ann_id).anchor == "orphaned"
        orphans = [a for a in list_annotations(s) if a.anchor == "orphaned"]
        assert [o.id for o in orphans] == [ann_id]
        new_text = document_text(s, 1)
        reattach(s, ann_id, *_span(new_text, "Бұл ой"))
        again = s.get(Annotation, ann_id)
        assert again.anchor == "exact" and new_text[again.start : again.end] == "Бұл ой"


def test_cli_revise_reports_counts(sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(sample_path)]
    assert main([*db, "annotate", "--quote", COOLEY_SENTENCE_END, "--comment", "c"]) == 0
    revised = tmp_path / "revised.txt"
    revised.write_text(THESIS.read_text(encoding="utf-8").replace("жəне", "және"), encoding="utf-8")
    capsys.readouterr()
    assert main([*db, "revise", str(revised), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["annotations"] == 1 and report["orphaned"] == 0
    assert report["citations"] == 235


def test_revision_is_backed_up_first(sample_library: Library) -> None:
    from references.storage.backups import Reason, list_backups
    from references.team.portable import team_backup_stem

    before = THESIS.read_text(encoding="utf-8")
    _revise(sample_library, before.replace("Зерттеу жұмысының өзектілігі.", "Өзектілігі.", 1))
    reasons = [b.reason for b in list_backups(sample_library.path or team_backup_stem(sample_library.url))]
    assert str(Reason.REVISION_IMPORT) in reasons
