"""import-annotations reads every W3C collection form and says when it finds nothing; a revision
orphans an annotation whose own passage was deleted even when its twin stands elsewhere (item 13)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import select

import app.cli
from models import Annotation
from models.db import open_library
from references.review.w3c import from_jsonld
from tests.conftest import THESIS



def silteme(argv: Sequence[str]) -> int:
    return app.cli.main(list(argv))


def note(id_: str, exact: str = "Жұмыстың жалпы сипаттамасы") -> dict[str, object]:
    return {"id": id_, "type": "Annotation", "bodyValue": "note",
            "target": {"source": "urn:x", "selector": {"type": "TextQuoteSelector", "exact": exact}}}


FORMS = {
    "items on the collection": {"type": "AnnotationCollection", "items": [note("urn:1"), note("urn:2")]},
    "first page": {"type": "AnnotationCollection", "first": {"type": "AnnotationPage",
                                                             "items": [note("urn:1"), note("urn:2")]}},
    "embedded chain": {"type": "AnnotationCollection", "first": {
        "type": "AnnotationPage", "items": [note("urn:1")],
        "next": {"type": "AnnotationPage", "items": [note("urn:2")]}}},
    "pages side by side": [
        {"id": "urn:p1", "type": "AnnotationPage", "items": [note("urn:1")], "next": "urn:p2"},
        {"id": "urn:p2", "type": "AnnotationPage", "items": [note("urn:2")]},
    ],
    "collection with pages after it": [
        {"type": "AnnotationCollection", "first": "urn:p1", "items": []},
        {"id": "urn:p1", "type": "AnnotationPage", "items": [note("urn:1")], "next": "urn:p2"},
        {"id": "urn:p2", "type": "AnnotationPage", "items": [note("urn:2")]},
    ],
    "a long chain": {"type": "AnnotationPage", "items": [note("urn:1")],
                     "next": {"type": "AnnotationPage", "items": [note("urn:2")]}},
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_every_collection_form_is_read(form: str) -> None:
    assert sorted(r.id for r in from_jsonld(FORMS[form])) == ["urn:1", "urn:2"]


def test_a_chain_of_pages_thousands_long_is_read_without_recursion() -> None:
    page: dict[str, object] = {"type": "AnnotationPage", "items": [note("urn:last")]}
    for number in range(5000):
        page = {"type": "AnnotationPage", "items": [note(f"urn:{number}")], "next": page}
    assert len(from_jsonld({"type": "AnnotationCollection", "first": page})) == 5001


def test_a_next_page_that_is_not_in_the_file_is_named() -> None:
    with pytest.raises(ValueError, match="urn:p9 is not in this file"):
        from_jsonld([{"id": "urn:p1", "type": "AnnotationPage", "items": [note("urn:1")], "next": "urn:p9"}])


@pytest.mark.parametrize("content", [
    {"type": "AnnotationCollection", "total": 0},
    {"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": []}},
    [],
])
def test_a_file_without_annotations_says_so_and_exits_non_zero(
    content: object, sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.jsonld"
    path.write_text(json.dumps(content), encoding="utf-8")
    assert silteme(["--db", str(sample_path), "import-annotations", str(path)]) == 1
    err = capsys.readouterr().err
    assert "holds no W3C annotation" in err and err.count("\n") == 1


def test_a_revision_orphans_an_annotation_whose_passage_was_deleted_not_moves_it_to_its_twin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paragraphs = THESIS.read_text(encoding="utf-8").split("\n\n")
    index = next(i for i, p in enumerate(paragraphs) if len(p) > 400 and "[" not in p and i > 20)
    passage = paragraphs[index]
    words = passage.split()
    twin = " ".join(words[:8]) + "\n" + " ".join(words[8:])  # the same words, other line breaks
    assert twin != passage and twin.split() == words
    original = paragraphs[: index + 1] + [twin] + paragraphs[index + 1 :]
    revised = paragraphs[:index] + [twin] + paragraphs[index + 1 :]  # the first of the two deleted
    (tmp_path / "v1.txt").write_text("\n\n".join(original), encoding="utf-8")
    (tmp_path / "v2.txt").write_text("\n\n".join(revised), encoding="utf-8")
    db = ["--db", str(tmp_path / "lib.sqlite")]
    assert silteme([*db, "import-text", str(tmp_path / "v1.txt"), "--title", "T"]) == 0
    quote = " ".join(words[3:14])  # crosses the twin's line break: matches both after folding spaces
    before = "\n\n".join(original[:index])[-40:]
    assert silteme([*db, "annotate", "--quote", passage[passage.index(words[3]):passage.index(words[14]) - 1],
                    "--prefix", before + "\n\n" + " ".join(words[:3]) + " ", "--comment", "on the first"]) == 0
    capsys.readouterr()
    assert silteme([*db, "revise", str(tmp_path / "v2.txt"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["orphaned"] == 1, report
    with open_library(tmp_path / "lib.sqlite").session() as session:
        ann = session.scalars(select(Annotation)).one()
        assert (ann.anchor, ann.start) == ("orphaned", ann.start)
        assert quote.split() == ann.exact.split()


def test_paragraphs_are_paired_by_their_written_text_so_a_deleted_twin_orphans() -> None:
    from references.anchoring import TextPosition, TextQuote, anchor_all

    first = "Бірінші абзац мұнда тұр және ол ұзақ сөйлем."
    twin = "Қазақстанның көпвекторлы саясаты аймақтағы күштер балансын сақтауға бағытталған."
    wrapped = twin.replace(" саясаты ", " саясаты\n")  # the same words, another line break
    last = "Үшінші абзац басқа нәрсе туралы айтады."
    old = "\n\n".join([first, twin, wrapped, last])
    new = "\n\n".join([first, wrapped, last])  # the annotated (first) one deleted
    start = old.index(twin)
    end = start + len(twin)
    quote = TextQuote(twin, old[start - 32 : start], old[end : end + 32])
    [place] = anchor_all(new, [(quote, TextPosition(start, end))], old_text=old)
    assert place.orphaned
    # The one that stays keeps its annotation.
    start = old.index(wrapped)
    end = start + len(wrapped)
    quote = TextQuote(wrapped, old[start - 32 : start], old[end : end + 32])
    [place] = anchor_all(new, [(quote, TextPosition(start, end))], old_text=old)
    assert (place.start, place.method) == (new.index(wrapped), "exact")
