"""Duplicates and merging from the Tools menu.

The bundled thesis cites one sentence of 2.2 twice, with [9] and with [158]
(resources/DATA.md); merging [158] into [9] is the author's fix. The finder
sees no likely pair in the bundled bibliography (its entries hold notes
only), so the two are chosen by hand; real pairs come from xampl.bib.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.authoring.duplicates_model import DuplicatePairsModel, MergeChoicesModel
from models import Reference
from models.db import Library, open_library
from references.storage.backups import list_backups
from references.library.bib_import import apply_bib_import, plan_bib_file
from references.library.duplicates import find_duplicates
from tests.conftest import SHARED_BIB
from tests.app.authoring.test_gui_authoring_support import authoring, press_in_reader, ready_window, reloaded, sql
from tests.app.test_gui_support import close_window


def note_of(stored_fields: str) -> str:
    """The note field of a reference's stored fields (a JSON list of [name, value])."""
    return next(value for name, value in json.loads(stored_fields) if name == "silteme-provenance")


def year_of(stored_fields: str) -> str:
    return next(value for name, value in json.loads(stored_fields) if name == "year")


def library_state(library: Library) -> dict[str, object]:
    return {
        "references": sql(library, 'SELECT id, number, key, fields, modified, complete FROM "references" ORDER BY id'),
        "groups": sql(library, "SELECT reference_id, group_id FROM reference_groups ORDER BY 1, 2"),
        "targets": sql(library, "SELECT citation_id, position, number, reference_id FROM citation_targets "
                       "ORDER BY 1, 2"),
        "text": sql(library, "SELECT id, text FROM blocks ORDER BY id"),
    }


def test_merging_158_into_9_rewrites_its_marker_and_undo_restores_everything(
    qtbot: QtBot, qtmodeltester: ModelTester, sample_library: Library, sample_path: Path, tmp_path: Path
) -> None:
    numbers = dict(sql(sample_library, 'SELECT number, id FROM "references" WHERE number IS NOT NULL'))
    keep_id, drop_id = numbers[9], numbers[158]
    marker_id, block_id, start = sql(sample_library, "SELECT id, block_id, start FROM citations "
                                     "WHERE marker = '[158]'")[0]
    last_id, last_block, last_start = sql(sample_library, "SELECT id, block_id, start FROM citations "
                                          "WHERE marker = '[228]'")[0]
    # The author has typed a year into each entry, and they differ: a field to choose between.
    with sample_library.session() as session:
        for ref_id, year in ((keep_id, "{2014}"), (drop_id, "{2015}")):
            ref = session.get(Reference, ref_id)
            ref.fields = [*ref.fields, ["year", year]]
    fields_before = dict(sql(sample_library, 'SELECT id, fields FROM "references" WHERE id IN (:a, :b)',
                             a=keep_id, b=drop_id))
    assert note_of(fields_before[keep_id]) != note_of(fields_before[drop_id])
    before = library_state(sample_library)

    window = ready_window(qtbot, sample_library, tmp_path)
    try:
        controller = authoring(window)
        controller.duplicates_action.trigger()
        dialog = controller.bulk.duplicates_dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: "No likely duplicates" in dialog.pairs_label.text(), timeout=10_000)
        assert dialog.pairs.rowCount() == 0 and not dialog.merge_button.isEnabled()

        dialog.keep_combo.setCurrentIndex(dialog.keep_combo.findData(keep_id))
        dialog.drop_combo.setCurrentIndex(dialog.drop_combo.findData(drop_id))
        assert dialog.keep_combo.currentText().startswith("[9] ref9")
        qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=10_000)
        # The years differ; the excerpts of the thesis differ too, but both are kept, so no choice.
        choices = dialog.choices
        assert choices.rowCount() == 1 and choices.index(0, 0).data() == "year"
        assert choices.index(0, MergeChoicesModel.KEEP).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        assert choices.index(0, MergeChoicesModel.DROP).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
        assert "[9] ref9" == choices.headerData(MergeChoicesModel.KEEP, Qt.Orientation.Horizontal)
        qtmodeltester.check(choices)
        # Unchecking a value is no choice; checking the other side is.
        assert not choices.setData(choices.index(0, MergeChoicesModel.KEEP), Qt.CheckState.Unchecked,
                                   Qt.ItemDataRole.CheckStateRole)
        assert choices.setData(choices.index(0, MergeChoicesModel.DROP), Qt.CheckState.Checked,
                               Qt.ItemDataRole.CheckStateRole)
        assert dialog.request().choices == {"year": "drop"}
        choices.setData(choices.index(0, MergeChoicesModel.KEEP), Qt.CheckState.Checked.value,
                        Qt.ItemDataRole.CheckStateRole)
        assert dialog.request().choices == {"year": "keep"}
        dialog.renumber_box.setChecked(True)
        with reloaded(qtbot, window):
            qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: controller.busy_step is None)

        (marker,) = sql(sample_library, "SELECT marker FROM citations WHERE id = :c", c=marker_id)[0]
        assert marker == "[9]"
        (text,) = sql(sample_library, "SELECT text FROM blocks WHERE id = :b", b=block_id)[0]
        assert text[start : start + 3] == "[9]"
        assert sql(sample_library, "SELECT reference_id FROM citation_targets WHERE citation_id = :c",
                   c=marker_id) == [(keep_id,)]
        assert not sql(sample_library, 'SELECT id FROM "references" WHERE id = :d', d=drop_id)
        # The gap is closed: every number after 158 moved down by one.
        assert [n for (n,) in sql(sample_library, 'SELECT number FROM "references" ORDER BY number')] == list(
            range(1, 228)
        )
        assert sql(sample_library, "SELECT marker FROM citations WHERE id = :c", c=last_id) == [("[227]",)]
        (kept_fields,) = sql(sample_library, 'SELECT fields FROM "references" WHERE id = :k', k=keep_id)[0]
        assert year_of(kept_fields) == "{2014}"  # the kept entry's year, as chosen
        # Both places of the thesis stay recorded: the kept entry's excerpt, then the dropped one's.
        assert note_of(kept_fields) == "{" + "\n".join(
            note_of(fields_before[i])[1:-1] for i in (keep_id, drop_id)
        ) + "}"
        assert drop_id not in window.index.references and len(window.index.view.references) == 227
        assert "before-merge" in {b.reason for b in list_backups(sample_path)}

        with reloaded(qtbot, window):
            press_in_reader(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: controller.busy_step is None)
        assert library_state(sample_library) == before
        (text,) = sql(sample_library, "SELECT text FROM blocks WHERE id = :b", b=last_block)[0]
        assert text[last_start : last_start + 5] == "[228]"

        with reloaded(qtbot, window):
            window.redo_action.trigger()
        qtbot.waitUntil(lambda: controller.busy_step is None)
        assert sql(sample_library, "SELECT marker FROM citations WHERE id = :c", c=marker_id) == [("[9]",)]
    finally:
        close_window(window)


def test_likely_pairs_of_a_real_bib_file_in_the_pairs_model(qtmodeltester: ModelTester, tmp_path: Path) -> None:
    library = open_library(tmp_path / "xampl.sqlite")
    try:
        with library.session() as session:
            apply_bib_import(session, plan_bib_file(session, SHARED_BIB / "xampl.bib"))
            pairs = find_duplicates(session)
    finally:
        library.close()
    model = DuplicatePairsModel()
    model.set_pairs(pairs)
    qtmodeltester.check(model)
    shown = {
        frozenset((model.index(r, 0).data(), model.index(r, 1).data())) for r in range(model.rowCount())
    }
    # xampl.bib lines 11-29: the minimal and the full article are one work (same author, title, year).
    assert frozenset(("article-minimal", "article-full")) in shown
    row = next(r for r in range(model.rowCount()) if {model.index(r, 0).data(), model.index(r, 1).data()}
               == {"article-minimal", "article-full"})
    assert model.index(row, DuplicatePairsModel.SCORE).data() == "100%"
    assert "same year 1986" in model.index(row, DuplicatePairsModel.REASONS).data()
