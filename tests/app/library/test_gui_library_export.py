"""File ▸ Export: BibTeX of a group to a file, a GOST bibliography to the clipboard."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QFileDialog
from pytestqt.qtbot import QtBot

from app.library.controller import LibraryController
from app.library.export_actions import BibliographyStyle, ExportFormat, ExportRequest, Output
from app.library.export_dialog import SCOPE_GROUP, ExportDialog
from app.main_window import MainWindow
from models.db import Library
from references.library.bib_export import ExportSelection
from references.bibtex import parse_bib
from tests.app.library.test_gui_library_support import controller, sql, window  # noqa: F401 - fixtures

TIMEOUT_MS = 20_000


def open_dialog(controller: LibraryController, export_format: ExportFormat) -> ExportDialog:
    controller.ask_export(export_format)
    dialog = controller.export_dialog
    assert dialog is not None
    return dialog


def choose(box: QComboBox, data: object) -> None:
    index = box.findData(data)
    assert index >= 0
    box.setCurrentIndex(index)


def test_bibtex_of_one_group_through_the_dialog(
    window: MainWindow,
    controller: LibraryController,
    sample_library: Library,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "legal.bib"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    dialog = open_dialog(controller, ExportFormat.BIBTEX)
    choose(dialog.scope_box, SCOPE_GROUP)
    choose(dialog.group_box, "Құқықтық актілер")
    assert not dialog.style_box.isEnabled()  # styles are for formatted bibliographies only
    with qtbot.waitSignal(controller.export_done, timeout=TIMEOUT_MS) as done:
        dialog.accept()
    assert done.args[0].count == 6
    entries = parse_bib(target.read_text(encoding="utf-8")).entries
    # resources/bibliography.bib: the legal acts are ref3 to ref8, written as imported.
    assert [e.key for e in entries] == ["ref3", "ref4", "ref5", "ref6", "ref7", "ref8"]
    raw = dict(sql(sample_library, "SELECT key, raw FROM \"references\" WHERE key IN ('ref3', 'ref8')"))
    assert raw["ref3"].strip() in target.read_text(encoding="utf-8")


def test_a_gost_bibliography_of_the_document_goes_to_the_clipboard(
    window: MainWindow, controller: LibraryController, sample_library: Library, qtbot: QtBot
) -> None:
    dialog = open_dialog(controller, ExportFormat.BIBLIOGRAPHY)
    assert dialog.style_box.isEnabled()
    choose(dialog.output_box, Output.CLIPBOARD)
    choose(dialog.scope_box, SCOPE_GROUP)
    choose(dialog.group_box, "Құқықтық актілер")
    with qtbot.waitSignal(controller.export_done, timeout=TIMEOUT_MS):
        dialog.accept()
    lines = QGuiApplication.clipboard().mimeData().text().splitlines()
    assert [line.split(".", 1)[0] for line in lines] == ["3", "4", "5", "6", "7", "8"]
    # resources/bibliography.bib, ref5's title as the thesis gives it.
    assert "Қазақстан Республикасының 2020-2030 жылдарға арналған сыртқы саясат тұжырымдамасы" in lines[2]
    assert QGuiApplication.clipboard().mimeData().hasHtml()


def test_ris_and_csl_json_of_the_cited_references(
    controller: LibraryController, sample_library: Library, qtbot: QtBot, tmp_path: Path
) -> None:
    (cited,) = sql(
        sample_library,
        'SELECT count(*) FROM "references" r WHERE EXISTS (SELECT 1 FROM citation_targets t WHERE t.reference_id = r.id)',
    )[0]
    for export_format, name in ((ExportFormat.RIS, "cited.ris"), (ExportFormat.CSL_JSON, "cited.json")):
        request = ExportRequest(export_format, ExportSelection(cited_only=True), path=tmp_path / name)
        with qtbot.waitSignal(controller.export_done, timeout=TIMEOUT_MS) as done:
            controller.export(request)
        assert done.args[0].count == cited
    assert (tmp_path / "cited.ris").read_text(encoding="utf-8").count("ER  -") == cited
    assert len(json.loads((tmp_path / "cited.json").read_text(encoding="utf-8"))) == cited


def test_an_apa_bibliography_saved_as_html(
    controller: LibraryController, sample_library: Library, qtbot: QtBot, tmp_path: Path
) -> None:
    target = tmp_path / "legal.html"
    request = ExportRequest(
        ExportFormat.BIBLIOGRAPHY,
        ExportSelection(group="Legal acts"),
        BibliographyStyle.APA,
        Output.HTML,
        target,
    )
    with qtbot.waitSignal(controller.export_done, timeout=TIMEOUT_MS):
        controller.export(request)
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert page.count("<p>") == 6  # references 3-8
    # resources/bibliography.bib: [6] is "[Қазақстан Республикасының Ата заңы]", with no date:
    # APA sets the title of a work on its own in italics and writes "n.d." for the date.
    assert "<i>[Қазақстан Республикасының Ата заңы]</i>. (n.d.)." in page
