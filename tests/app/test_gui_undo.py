"""The window's one undo command (``app.undo``) and its policies, on the real window and the bundled thesis.

A step is made by the domain, pushed already applied, and undone and redone
through the window's Edit menu actions; what the library holds is read back
with SQL after each.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from app import ops
from app.undo import DomainUndoCommand
from app.main_window import MainWindow
from models import Citation, Reference
from models.db import Library
from references.library.entry_edits import set_reference_field
from references.thesis.editing import remove_citation, set_citation_numbers
from references.thesis.renumbering import apply_renumbering, plan_renumbering
from tests.app.test_gui_models import window  # noqa: F401 - the window on the bundled thesis
from tests.app.test_gui_support import LOAD_TIMEOUT_MS

STEP_TIMEOUT_MS = 30_000


def title_of(library: Library, number: int) -> str:
    with library.engine.connect() as connection:
        return connection.execute(text("SELECT title FROM \"references\" WHERE number = :n"), {"n": number}).scalar_one()


def numbers(library: Library) -> list[tuple[int, int | None]]:
    with library.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text('SELECT id, number FROM "references" ORDER BY id'))]


def edit_title(window: MainWindow, number: int, title: str) -> DomainUndoCommand | None:
    with window.library.session() as session:
        ref_id = session.scalars(select(Reference.id).where(Reference.number == number)).one()
        made = set_reference_field(session, ref_id, "title", title)
    command = DomainUndoCommand(window, "Edit title", made)
    return command if command.push() else None


def test_a_step_is_pushed_already_applied_and_announced_with_what_it_changed(
    window: MainWindow, sample_library: Library, qtbot: QtBot
) -> None:
    before = title_of(sample_library, 62)
    with qtbot.waitSignal(window.changed, timeout=STEP_TIMEOUT_MS) as announced:
        command = edit_title(window, 62, "Жаңа атау")
    assert command is not None and window.undo_stack.count() == 1
    assert title_of(sample_library, 62) == "Жаңа атау"  # made once: the push did not make it again
    change = announced.args[0]
    assert isinstance(change, ops.Changes) and change.kinds == {"references"}

    with qtbot.waitSignal(window.changed, timeout=STEP_TIMEOUT_MS):
        window.undo_action.trigger()
    assert title_of(sample_library, 62) == before
    with qtbot.waitSignal(window.changed, timeout=STEP_TIMEOUT_MS):
        window.redo_action.trigger()
    assert title_of(sample_library, 62) == "Жаңа атау"
    assert window.undo_stack.count() == 1 and not command.isObsolete()


def test_a_step_that_changed_nothing_stays_off_the_history(window: MainWindow, sample_library: Library) -> None:
    assert edit_title(window, 62, "Екі рет") is not None
    assert edit_title(window, 62, "Екі рет") is None
    assert window.undo_stack.count() == 1


def test_a_step_made_in_another_library_never_runs_in_the_one_open_now(
    window: MainWindow, sample_library: Library, sample_library_file: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    edited = "Басқа кітапхана"
    edit_title(window, 62, edited)
    other_path = tmp_path / "other.sqlite"
    shutil.copyfile(sample_library_file, other_path)
    with qtbot.waitSignal(window.changed, timeout=LOAD_TIMEOUT_MS):
        window.open_library_file(other_path)
    other = window.library
    assert other is not sample_library
    other_title = title_of(other, 62)

    window.undo_action.trigger()

    assert window.undo_stack.count() == 0  # obsolete: the stack dropped it
    assert title_of(other, 62) == other_title and title_of(sample_library, 62) == edited
    box = window.findChild(QMessageBox, "undo_refused_message")
    assert box is not None and "another library" in box.text() and "taken out of the undo history" in box.text()
    assert "another library" in window.statusBar().currentMessage()
    box.accept()


def test_a_refused_undo_leaves_the_history_and_says_so_in_one_message(
    window: MainWindow, sample_library: Library, qtbot: QtBot
) -> None:
    with window.library.session() as session:
        citation_id = session.scalars(select(Citation.id).where(Citation.marker == "[23]")).first()
        assert citation_id is not None
        made = set_citation_numbers(session, citation_id, [24])
    with qtbot.waitSignal(window.document_loaded, timeout=STEP_TIMEOUT_MS):
        DomainUndoCommand(window, "Change citation", made).push()
    with sample_library.session() as session:  # meanwhile, `silteme` removes that marker
        remove_citation(session, citation_id)
    with sample_library.engine.connect() as connection:
        blocks = list(connection.execute(text("SELECT id, text FROM blocks ORDER BY id")))

    window.undo_action.trigger()

    assert window.undo_stack.count() == 0
    with sample_library.engine.connect() as connection:
        assert list(connection.execute(text("SELECT id, text FROM blocks ORDER BY id"))) == blocks  # nothing half-done
    box = window.findChild(QMessageBox, "undo_refused_message")
    assert box is not None and box.isVisible()
    assert "changed since this edit" in box.text() and "Nothing was changed" in box.text()
    assert "changed since this edit" in window.statusBar().currentMessage()
    box.accept()


def test_a_long_step_flips_in_a_worker_with_the_history_held(
    window: MainWindow, sample_library: Library, qtbot: QtBot
) -> None:
    before = numbers(sample_library)
    document_id = window.index.view.document.id if window.index else None
    assert document_id is not None
    with sample_library.session() as session:
        made = apply_renumbering(session, plan_renumbering(session, document_id))
    after = numbers(sample_library)
    assert after != before
    controller = window.authoring
    with qtbot.waitSignal(window.document_loaded, timeout=STEP_TIMEOUT_MS):
        DomainUndoCommand(window, "Renumber", made, run_in_worker=controller.run_step).push()

    with qtbot.waitSignal(window.document_loaded, timeout=STEP_TIMEOUT_MS):
        window.undo_action.trigger()
        # The worker has the step: undo, redo and the history wait for it.
        assert controller.busy_step == "Renumber"
        assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    assert numbers(sample_library) == before
    assert window.redo_action.isEnabled()
    with qtbot.waitSignal(window.document_loaded, timeout=STEP_TIMEOUT_MS):
        window.redo_action.trigger()
    assert numbers(sample_library) == after
