"""Two processes on one library: the window and a command-line import at once,
two writers at once, and an edit made stale by another process.

Writers wait for each other (WAL, busy timeout) instead of failing with
"database is locked"; no committed change is lost; and an edit of a row that
another process saved in the meantime is refused with a message naming the
row and the two ways out (reload, overwrite).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import Annotation, Document, Reference
from models.db import open_library
from references.library.stale_edits import Resolution
from tests.child_process import Child, children
from tests.conftest import THESIS
from tests.library_snapshot import integrity

CLI = "import sys\nfrom app.cli import main\nsys.exit(main(sys.argv[1:]))"

WINDOW_HOLDING_A_WRITE = """
import sys
from models import Annotation
from models.db import open_library

library = open_library(sys.argv[1])
with library.session() as session:
    session.add(Annotation(uri="urn:x-window:1", document_id=1, exact="Кіріспе",
                           comment="typed in the window", author="Reviewer"))
    session.flush()  # the write lock is held from here to the commit
    print("holding", flush=True)
    sys.stdin.readline()
print("released", flush=True)
"""

WRITER = """
import sys
from sqlalchemy import select
from models import Annotation, Reference
from models.db import open_library

name, first = sys.argv[2], int(sys.argv[3])
library = open_library(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
for number in range(first, first + 40):
    with library.session() as session:
        reference = session.scalars(select(Reference).where(Reference.number == number)).one()
        reference.title = f"checked by {name}"
        session.add(Annotation(uri=f"urn:x-{name}:{number}", document_id=1, exact=reference.key,
                               comment=f"{name} checked [{number}]", author=name))
print("done", flush=True)
"""

STALE_REFERENCE_EDITOR = """
import json, sys
from sqlalchemy import select
from models import Reference
from models.db import open_library
from references.library.stale_edits import StaleEditError, require_version, stale_edits_explained

library = open_library(sys.argv[1])
session = library.sessions()
reference = session.scalars(select(Reference).where(Reference.number == 12)).one()
reference_id = reference.id
print(reference.version, flush=True)  # the version the window shows
sys.stdin.readline()  # meanwhile another process saves its own edit
try:
    with stale_edits_explained(session):
        reference.title = "Title typed in the window"
    session.commit()
    print(json.dumps({"saved": True}), flush=True)
except StaleEditError as error:
    session.rollback()
    print(json.dumps({
        "message": str(error),
        "resolutions": [str(r) for r in error.resolutions],
        "rows": [[r.kind, r.row_id, r.edited_version, r.saved_version] for r in error.rows],
    }), flush=True)
choice = sys.stdin.readline().strip()
with library.session() as again:
    fresh = again.get(Reference, reference_id)
    if choice == "overwrite":
        require_version(fresh, None)
        fresh.title = "Title typed in the window"
print(json.dumps({"title": fresh.title, "version": fresh.version}), flush=True)
"""

STALE_NOTE_EDITOR = """
import json, sys
from models import Annotation
from models.db import open_library
from references.library.stale_edits import StaleEditError, require_version, stale_edits_explained

library = open_library(sys.argv[1])
note_id = int(sys.argv[2])
with library.session() as session:  # the window's rows come from a session long closed
    shown_version = session.get(Annotation, note_id).version
kept = library.sessions()  # ... or from a session kept open
kept_note = kept.get(Annotation, note_id)
print("shown", flush=True)
sys.stdin.readline()
if sys.argv[3] == "edited":
    session = library.sessions()
    note = session.get(Annotation, note_id)
else:
    session, note = kept, kept_note
try:
    with stale_edits_explained(session):
        require_version(note, shown_version)
        note.comment = "edited in the window"
    session.commit()
    print(json.dumps({"saved": True}), flush=True)
except StaleEditError as error:
    session.rollback()
    print(json.dumps({
        "message": str(error),
        "resolutions": [str(r) for r in error.resolutions],
        "rows": [[r.kind, r.row_id, r.edited_version, r.saved_version] for r in error.rows],
    }), flush=True)
"""


def _count(path: Path, model: type, *where: object) -> int:
    library = open_library(path)
    try:
        with library.session() as session:
            return session.scalar(select(func.count()).select_from(model).where(*where)) or 0
    finally:
        library.close()


def _set_reference_title(path: Path, number: int, title: str) -> None:
    library = open_library(path)
    try:
        with library.session() as session:
            session.scalars(select(Reference).where(Reference.number == number)).one().title = title
    finally:
        library.close()


def test_a_command_line_import_waits_for_the_window_and_both_are_kept(sample_path: Path) -> None:
    with children() as started:
        window = Child(WINDOW_HOLDING_A_WRITE, str(sample_path))
        started.append(window)
        window.expect("holding")
        importer = Child(CLI, "--db", str(sample_path), "import-text", str(THESIS), "--title", "Revised thesis")
        started.append(importer)
        time.sleep(2)
        assert importer.process.poll() is None  # it cannot commit while the window holds the lock
        window.send()
        window.expect("released")
        assert importer.finish() == 0, importer.stderr()
        assert "locked" not in importer.stderr() and importer.stderr() == ""
        assert window.finish() == 0
    assert integrity(sample_path) == "ok"
    assert _count(sample_path, Document) == 2
    assert _count(sample_path, Annotation, Annotation.uri == "urn:x-window:1") == 1


def test_two_processes_writing_at_once_lose_no_change(sample_path: Path) -> None:
    with children() as started:
        writers = [
            Child(WRITER, str(sample_path), "alpha", "1"),
            Child(WRITER, str(sample_path), "beta", "41"),
        ]
        started.extend(writers)
        for writer in writers:
            writer.expect("ready")
        for writer in writers:
            writer.send()
        for writer in writers:
            writer.expect("done")
            assert writer.finish() == 0, writer.stderr()
            assert writer.stderr() == ""
    assert integrity(sample_path) == "ok"
    for name, numbers in (("alpha", range(1, 41)), ("beta", range(41, 81))):
        assert _count(sample_path, Annotation, Annotation.author == name) == 40
        assert _count(
            sample_path, Reference, Reference.number.in_(numbers), Reference.title == f"checked by {name}"
        ) == 40


@pytest.mark.parametrize("choice", [Resolution.RELOAD, Resolution.OVERWRITE])
def test_a_stale_reference_edit_is_refused_by_name_then_reloaded_or_overwritten(
    choice: Resolution, sample_path: Path
) -> None:
    with children() as started:
        window = Child(STALE_REFERENCE_EDITOR, str(sample_path))
        started.append(window)
        shown_version = int(window.read_line())
        _set_reference_title(sample_path, 12, "Title saved elsewhere")  # this process wins the race
        window.send()
        refusal = json.loads(window.read_line())
        window.send(str(choice))
        outcome = json.loads(window.read_line())
        assert window.finish() == 0
    assert refusal["rows"][0][0] == "reference"
    assert refusal["rows"][0][2:] == [shown_version, shown_version + 1]
    assert refusal["message"].startswith("Reference [12] ")
    assert "changed in another window or program" in refusal["message"]
    assert "Reload" in refusal["message"] and "overwrite" in refusal["message"]
    assert refusal["resolutions"] == ["reload", "overwrite"]
    if choice is Resolution.RELOAD:
        assert outcome == {"title": "Title saved elsewhere", "version": shown_version + 1}
    else:
        assert outcome == {"title": "Title typed in the window", "version": shown_version + 2}


@pytest.mark.parametrize("elsewhere", ["edited", "deleted"])
def test_a_stale_note_edit_is_refused_whether_the_note_changed_or_went(elsewhere: str, sample_path: Path) -> None:
    library = open_library(sample_path)
    try:
        with library.session() as session:
            note = Annotation(uri="urn:x-note:1", document_id=1, exact="Кіріспе", comment="first", author="Reviewer")
            session.add(note)
        with children() as started:
            window = Child(STALE_NOTE_EDITOR, str(sample_path), str(note.id), elsewhere)
            started.append(window)
            window.expect("shown")
            with library.session() as session:
                stored = session.get(Annotation, note.id)
                if elsewhere == "edited":
                    stored.comment = "edited elsewhere"
                else:
                    session.delete(stored)
            window.send()
            refusal = json.loads(window.read_line())
            assert window.finish() == 0
        with library.session() as session:
            stored = session.get(Annotation, note.id)
            saved_comment = stored.comment if stored else None
    finally:
        library.close()
    assert refusal["rows"] == [["annotation", note.id, 1, 2 if elsewhere == "edited" else None]]
    if elsewhere == "edited":
        assert refusal["message"].startswith("The note by Reviewer on «Кіріспе» was changed")
        assert refusal["resolutions"] == ["reload", "overwrite"]
        assert saved_comment == "edited elsewhere"
    else:
        assert refusal["message"].startswith("The note by Reviewer on «Кіріспе» was deleted")
        assert refusal["resolutions"] == ["reload"]
        assert saved_comment is None
