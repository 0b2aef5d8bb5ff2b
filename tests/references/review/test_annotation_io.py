"""W3C annotation files through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from references.library.location import open_or_create


def _listing(db: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["--db", str(db), "annotations", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_export_then_import_into_another_library_keeps_everything(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(sample_path)]
    assert main([*db, "annotate", "--quote", "деп атайды [23]", "--comment", "**Қай бет?**", "--markdown",
                 "--verdict", "partly_supported", "--tag", "Cooley", "--tag", "бет", "--author", "Әлия"]) == 0
    out = tmp_path / "review.jsonld"
    assert main([*db, "export-annotations", str(out)]) == 0
    before = _listing(sample_path, capsys)
    other = tmp_path / "other.sqlite"
    open_or_create(other).close()  # a second library holding the same thesis
    assert main(["--db", str(other), "import-annotations", str(out)]) == 0
    assert "1 placed exactly" in capsys.readouterr().out
    after = _listing(other, capsys)
    keep = ("id", "anchor", "text", "quote", "comment", "comment_format", "verdict", "status", "tags", "author", "created")
    assert [{k: a[k] for k in keep} for a in after] == [{k: b[k] for k in keep} for b in before]
    # importing the same file again adds nothing: ids are kept for ever
    assert main(["--db", str(other), "import-annotations", str(out)]) == 0
    assert "already in the library" in capsys.readouterr().out
    assert len(_listing(other, capsys)) == 1


def test_foreign_source_goes_to_the_named_document(sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    annotation = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://example.org/anno/1",
        "type": "Annotation",
        "body": {"type": "TextualBody", "value": "Дереккөз ескі.", "format": "text/plain"},
        "target": {
            "source": "https://example.org/some-other-copy.pdf",
            "selector": {"type": "TextQuoteSelector", "exact": "деп  атайды\n[23]"},
        },
    }
    path = tmp_path / "one.json"
    path.write_text(json.dumps(annotation, ensure_ascii=False), encoding="utf-8")
    assert main(["--db", str(sample_path), "import-annotations", str(path), "--document", "1"]) == 0
    [item] = _listing(sample_path, capsys)
    # whitespace differences in the quote do not stop it from being placed
    assert item["id"] == "https://example.org/anno/1" and item["text"] == "деп атайды [23]"


@pytest.mark.parametrize(
    ("content", "message"),
    [("{not json", "not JSON (line 1"), ('{"type": "Annotation", "id": "urn:x:1"}', "target")],
)
def test_bad_annotation_files_are_refused_clearly(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    assert main(["--db", str(sample_path), "import-annotations", str(path)]) == 1
    err = capsys.readouterr().err
    assert message in err and str(path) in err
