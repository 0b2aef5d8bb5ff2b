"""Renumbering the bundled bibliography by first citation from the Tools menu, then undo.

The order of first citation is worked out here from the stored markers
(reading order, then each marker's own number order), independently of
``references.thesis.renumbering``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.undo import HistoryLock
from app.main_window import MainWindow
from models.db import Library
from references.audit.citation_audit import run_audit
from references.storage.backups import list_backups
from tests.app.authoring.test_gui_authoring_support import authoring, press_in_reader, ready_window, reloaded, sql
from tests.app.test_gui_support import close_window


@pytest.fixture
def window(qtbot: QtBot, sample_library: Library, tmp_path: Path) -> Iterator[MainWindow]:
    main = ready_window(qtbot, sample_library, tmp_path)
    yield main
    close_window(main)


def first_cited_numbers(library: Library) -> list[int]:
    rows = sql(
        library,
        "SELECT t.number FROM citation_targets t JOIN citations c ON c.id = t.citation_id "
        "JOIN blocks b ON b.id = c.block_id ORDER BY b.position, c.start, t.position",
    )
    return list(dict.fromkeys(n for (n,) in rows))


def numbering(library: Library) -> dict[int, int]:
    return dict(sql(library, 'SELECT id, number FROM "references" WHERE number IS NOT NULL'))


def claim_sources(library: Library) -> set[tuple[int, int, int]]:
    """(block, the claim's place among the block's claims, cited reference id): what every
    claim cites, whatever the numbers (markers change length, so offsets move)."""
    rank: dict[int, tuple[int, int]] = {}
    seen: Counter[int] = Counter()
    for claim_id, block_id in sql(library, "SELECT id, block_id FROM claims ORDER BY block_id, start"):
        rank[claim_id] = (block_id, seen[block_id])
        seen[block_id] += 1
    rows = sql(library, "SELECT c.claim_id, t.reference_id FROM citations c "
               "JOIN citation_targets t ON t.citation_id = c.id WHERE c.claim_id IS NOT NULL")
    return {(*rank[claim_id], reference_id) for claim_id, reference_id in rows}


def test_renumber_preview_apply_and_undo(window: MainWindow, sample_library: Library, sample_path: Path,
                                         qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    controller = authoring(window)
    before_numbers = numbering(sample_library)
    before_markers = sql(sample_library, "SELECT id, marker FROM citations ORDER BY id")
    before_sources = claim_sources(sample_library)
    (document_id,) = sql(sample_library, "SELECT id FROM documents")[0]
    cited = [n for n in first_cited_numbers(sample_library) if n in set(before_numbers.values())]
    uncited = sorted(set(before_numbers.values()) - set(cited))
    # In order of first citation, then the uncited ones in their old order.
    expected = {n: i for i, n in enumerate(cited + uncited, start=1)}
    changing = sum(1 for old, new in expected.items() if old != new)
    assert len(uncited) == 44 and changing > 0

    controller.renumber_action.trigger()
    dialog = controller.bulk.renumber_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert f"{changing} of {len(before_numbers)} references get a new number" in dialog.summary.text()
    assert "44 references are not cited" in dialog.summary.text()
    rows = [dialog.numbers.change(r) for r in range(dialog.numbers.rowCount())]
    assert {r.old_number: r.new_number for r in rows} == expected
    assert [r.old_number for r in rows if not r.cited] == uncited
    qtmodeltester.check(dialog.numbers_proxy)
    qtmodeltester.check(dialog.markers)
    dialog.changed_only.setChecked(True)
    assert dialog.numbers_proxy.rowCount() == changing

    # Keeping uncited numbers: every uncited reference keeps its number, the cited take the rest in order.
    dialog.keep_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.uncited == "keep", timeout=10_000)
    kept = {c.old_number: c.new_number for c in (dialog.numbers.change(r) for r in range(dialog.numbers.rowCount()))}
    assert all(kept[n] == n for n in uncited)
    free = [n for n in range(1, len(before_numbers) + 1) if n not in set(uncited)]
    assert [kept[n] for n in cited] == free
    dialog.after_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.uncited == "after", timeout=10_000)

    with reloaded(qtbot, window):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy.visible and controller.busy_step is None)

    after = numbering(sample_library)
    assert {before_numbers[ref_id]: new for ref_id, new in after.items()} == expected
    assert first_cited_numbers(sample_library)[: len(cited)] == list(range(1, len(cited) + 1))
    with sample_library.session() as session:
        kinds = {f.kind for f in run_audit(session, document_id)}
    assert "first-citation-order" not in kinds
    assert claim_sources(sample_library) == before_sources  # every claim cites the same works
    assert [b.reason for b in list_backups(sample_path)] == ["before-renumbering"]
    assert window.index.references_by_number[1].id == next(i for i, n in before_numbers.items() if n == cited[0])

    with reloaded(qtbot, window):
        press_in_reader(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert numbering(sample_library) == before_numbers
    assert sql(sample_library, "SELECT id, marker FROM citations ORDER BY id") == before_markers
    assert claim_sources(sample_library) == before_sources
    assert window.undo_action.isEnabled() is False and window.redo_action.isEnabled()


def test_history_lock_holds_undo_while_a_step_runs(qtbot: QtBot) -> None:
    stack = QUndoStack()
    view = QWidget()
    qtbot.addWidget(view)
    undo, redo = stack.createUndoAction(view), stack.createRedoAction(view)
    lock = HistoryLock(stack, undo, redo, [view])
    stack.push(_Noop("one"))
    stack.push(_Noop("two"))
    assert undo.isEnabled()
    lock.engage()
    assert not undo.isEnabled() and not view.isEnabled()
    stack.undo()  # the stack enables both actions again; the lock does not let it
    assert not undo.isEnabled() and not redo.isEnabled()
    lock.release()
    assert undo.isEnabled() and redo.isEnabled() and view.isEnabled()


class _Noop(QUndoCommand):
    """A step whose effect does not matter here: the lock is about the stack's actions."""

    def redo(self) -> None:
        pass

    def undo(self) -> None:
        pass
