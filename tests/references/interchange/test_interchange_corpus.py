"""Every file of the corpus of real files (tests/data/interchange/real, sources in SOURCES.md).

One test per file, so a file dropped into the folder is checked too:

- it imports (the format is detected) without losing a record: the
  library holds as many references as the file has records, counted here
  independently of the importer (an entry is an ``@type{`` at a line start,
  not after a ``%``, as biber reads it; a RIS record a ``TY`` line...);
- an untouched .bib file comes back byte for byte, in its own encoding;
  after one edit it is still written in that encoding;
- every export (BibTeX, BibTeX for LaTeX, RIS, CSL-JSON, the GOST and APA
  lists, each group, a thesis's bibliography) finishes without an error;
- ``biber --tool`` finds no error in our export that it does not find in
  the original file.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from app.cli import main
from models import Reference, SourceGroup
from models.db import open_library
from references.library.entry_edits import set_reference_field
from tests.conftest import DATA

REAL = DATA / "interchange" / "real"
FILES = sorted(path for path in REAL.iterdir() if path.name != "SOURCES.md")
# The four files over 250 kB take half a minute each on a loaded machine: run with the slow tests.
CASES = [
    pytest.param(path, id=path.name, marks=[pytest.mark.slow] if path.stat().st_size > 250_000 else [])
    for path in FILES
]
THESIS_TEXT = "КІРІСПЕ\n\nҚазақстанның сыртқы саясаты көпвекторлы [1, 2].\n"

_ENTRY_START = re.compile(r"^[ \t]*@[ \t]*([A-Za-z][\w-]*)[ \t]*[{(]", re.MULTILINE)
_NOT_ENTRIES = {"comment", "string", "preamble"}
_ENCODING_HEADER = re.compile(rb"^% Encoding: *(\S+)", re.MULTILINE)
_BIBER_TEMP = re.compile(r"/tmp/\S+?\.utf8")


def records_in(path: Path) -> int:
    """How many records the file holds, counted without Silteme's readers."""
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".bib":
        text = data.decode("utf-8", errors="replace")
        return sum(1 for match in _ENTRY_START.finditer(text) if match.group(1).lower() not in _NOT_ENTRIES)
    text = data.decode("utf-8-sig")
    if suffix == ".ris":
        return len(re.findall(r"^TY  - ", text, re.MULTILINE))
    if suffix == ".nbib":
        return len(re.findall(r"^PMID- ", text, re.MULTILINE))
    if suffix in (".isi", ".ciw"):
        return len(re.findall(r"^ER\b", text, re.MULTILINE))
    if suffix == ".xml":
        return text.count("<record>")
    if suffix == ".json":
        return len(json.loads(text))
    if suffix in (".yml", ".yaml"):
        loaded = yaml.safe_load(text)
        return len(loaded["references"] if isinstance(loaded, dict) else loaded)
    raise AssertionError(f"no independent count for {path.name}")


def declared_encoding(data: bytes) -> str:
    """The encoding a JabRef header declares (Java's names), else UTF-8."""
    match = _ENCODING_HEADER.search(data[:400])
    name = match.group(1).decode("ascii").lower().replace("_", "-") if match else "utf-8"
    return {"utf8": "utf-8", "iso8859-1": "iso-8859-1", "cp1252": "windows-1252"}.get(name, name)


def library_facts(db: Path) -> tuple[int, list[str], int | None]:
    """(references, group names, the first reference's id) of a library file."""
    library = open_library(db)
    try:
        with library.session() as session:
            count = len(session.scalars(select(Reference.id)).all())
            groups = list(session.scalars(select(SourceGroup.name).order_by(SourceGroup.id)))
            first = session.scalars(select(Reference.id).order_by(Reference.id).limit(1)).first()
            return count, groups, first
    finally:
        library.close()


def biber_errors(path: Path) -> list[str]:
    completed = subprocess.run(
        ["biber", "--tool", "--quiet", f"--output-file={path.stem}.biber.bib", path.name],
        cwd=path.parent, capture_output=True, text=True, timeout=300, check=False,
    )
    lines = [_BIBER_TEMP.sub("<file>", line) for line in (completed.stdout + completed.stderr).splitlines()]
    errors = [line for line in lines if line.startswith("ERROR")]
    assert completed.returncode == 0 or errors, completed.stdout + completed.stderr
    return errors


def _error_kinds(errors: list[str]) -> list[str]:
    # biber names the temporary file and line it read; what matters is what went wrong
    return sorted(re.sub(r"line \d+", "line N", re.sub(r"<file>[^ ]*", "<file>", line)) for line in errors)


@pytest.mark.parametrize("path", CASES)
def test_a_real_file_imports_whole_round_trips_and_exports(path: Path, tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    assert main(["--db", str(db), "import", str(path)]) == 0
    count, groups, first = library_facts(db)
    assert count == records_in(path), "the library must hold every record of the file"
    exported = tmp_path / "out.bib"
    assert main(["--db", str(db), "export-bib", str(exported)]) == 0
    original = path.read_bytes()
    if path.suffix == ".bib":
        assert exported.read_bytes() == original, "an untouched file comes back byte for byte"
    for command, name in (
        (["export-bib", "--for-latex"], "latex.bib"),
        (["export-ris"], "out.ris"),
        (["export-csl-json"], "out.json"),
        (["bibliography", "--style", "gost-numeric"], "gost.txt"),
        (["bibliography", "--style", "apa"], "apa.txt"),
    ):
        target = tmp_path / name
        assert main(["--db", str(db), *command, str(target)]) == 0, command
        assert target.stat().st_size > 0, command
    assert len(json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))) > 0
    if path.suffix == ".ris":  # every value comes back, repeated tags (AD, N1, UR, SN...) one by one
        tag_lines = lambda text: {line.rstrip() for line in text.splitlines() if re.match(r"^[A-Z][A-Z0-9]  - .", line)}  # noqa: E731
        written = tag_lines((tmp_path / "out.ris").read_text(encoding="utf-8"))
        assert {line for line in tag_lines(original.decode("utf-8-sig")) if not line.startswith("ER")} <= written
    # the same file imported again adds nothing: the export is the same
    assert main(["--db", str(db), "import", str(path)]) == 0
    again = tmp_path / "again.bib"
    assert main(["--db", str(db), "export-bib", str(again)]) == 0
    assert again.read_bytes() == exported.read_bytes()
    for group in groups[:12]:  # every kind of group a file brings can be exported alone
        assert main(["--db", str(db), "export-bib", "--group", group, str(tmp_path / "group.bib")]) == 0, group
    if shutil.which("biber") is not None:
        ours = biber_errors(tmp_path / "latex.bib")
        if path.suffix == ".bib":
            copy = tmp_path / "original.bib"
            copy.write_bytes(original)
            theirs = biber_errors(copy)
            new = [e for e in _error_kinds(ours) if e not in _error_kinds(theirs)]
            assert len(ours) <= len(theirs) and not new, ours
        else:
            assert ours == [], ours
    # an edit the declared encoding can hold: written in that encoding; one it cannot: UTF-8, and the header says so
    assert first is not None
    for note in ("25° C, café", "Қаралды 25° C"):
        _set_note(db, first, note)
        assert main(["--db", str(db), "export-bib", str(exported)]) == 0
        if path.suffix != ".bib":
            continue
        written = exported.read_bytes()
        encoding = declared_encoding(written)
        if note.isascii() or all(_encodes(char, declared_encoding(original)) for char in note):
            assert encoding == declared_encoding(original)
        text = written.decode(encoding)  # raises if the bytes are not what the header declares
        assert note in text
        assert records_in(exported) == records_in(path)


def _set_note(db: Path, reference_id: int, note: str) -> None:
    library = open_library(db)
    try:
        with library.session() as session:
            set_reference_field(session, reference_id, "note", note)
            session.commit()
    finally:
        library.close()


def _encodes(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_a_real_file_as_a_thesis_bibliography_exports(path: Path, tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    thesis = tmp_path / "thesis.txt"
    thesis.write_text(THESIS_TEXT, encoding="utf-8")
    assert main(["--db", str(db), "import-text", str(thesis)]) == 0
    assert main(["--db", str(db), "import", str(path), "--document", "1"]) == 0
    for command, name in (
        (["export-bib", "--document", "1"], "doc.bib"),
        (["export-bib", "--cited-only"], "cited.bib"),
        (["export-bib", "--document", "1", "--for-latex"], "latex.bib"),
        (["export-ris", "--document", "1"], "doc.ris"),
        (["export-csl-json", "--document", "1"], "doc.json"),
        (["bibliography", "--document", "1"], "doc.txt"),
        (["bibliography", "--document", "1", "--style", "gost-2008"], "gost2008.txt"),
    ):
        assert main(["--db", str(db), *command, str(tmp_path / name)]) == 0, command
    lines = (tmp_path / "doc.txt").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 + records_in(path) - _containers(path)  # the thesis's [1] and [2], then the file's
    assert all(re.match(r"^\d+\. \S", line) and "{" not in line for line in lines)


def _containers(path: Path) -> int:
    """biblatex @XData containers: data for other entries, no reference of their own."""
    if path.suffix != ".bib":
        return 0
    return len(re.findall(r"^[ \t]*@xdata[ \t]*[{(]", path.read_text(encoding="utf-8", errors="replace"), re.IGNORECASE | re.MULTILINE))
