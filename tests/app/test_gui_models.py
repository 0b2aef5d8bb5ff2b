"""Every custom Qt model of the window passes Qt's model tester, with real rows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app import references_model
from app.main_window import MainWindow
from app.references_model import ReferencesModel
from models.db import Library
from references.thesis.document_view import citation_places
from tests.app.test_gui_support import close_window, open_window


@pytest.fixture
def window(qtbot: QtBot, sample_library: Library, tmp_path: Path) -> Iterator[MainWindow]:
    main = open_window(qtbot, sample_library, tmp_path)
    yield main
    close_window(main)


def test_outline_model(qtmodeltester: ModelTester, window: MainWindow) -> None:
    model = window.outline_dock.model
    assert model.rowCount() == 5  # introduction, three chapters, conclusion
    qtmodeltester.check(model)


def test_claims_model_and_its_filter_proxy(qtmodeltester: ModelTester, window: MainWindow) -> None:
    dock = window.claims_dock
    qtmodeltester.check(dock.model)
    dock.text_filter.setText("Қазақстан")
    dock.table.sortByColumn(dock.model.column_of("groups"), Qt.SortOrder.DescendingOrder)
    assert 0 < dock.proxy.rowCount() < dock.model.rowCount()
    qtmodeltester.check(dock.proxy)


def test_references_and_places_models(qtmodeltester: ModelTester, window: MainWindow) -> None:
    qtmodeltester.check(window.references_dock.model)
    cited = max(window.index.view.references, key=lambda r: r.times_cited)
    window.references_dock.select_references([cited.id])
    assert window.references_dock.places.rowCount() == cited.times_cited
    qtmodeltester.check(window.references_dock.places)


def test_search_results_model(qtmodeltester: ModelTester, window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.search_dock.results_ready, timeout=10_000):
        window.search_dock.search_now("саясат")
    assert window.search_dock.model.rowCount() > 10
    qtmodeltester.check(window.search_dock.model)


def test_references_model_hands_out_pages(
    qtmodeltester: ModelTester, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(references_model, "PAGE_SIZE", 50)
    model = ReferencesModel()
    model.set_document(window.index)
    assert model.rowCount() == 50 and model.canFetchMore(QModelIndex())
    last = window.index.view.references[-1]
    assert model.row_of(last.id) == 227
    assert model.rowCount() == 228 and not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_places_come_in_reading_order(window: MainWindow) -> None:
    view = window.index.view
    reference = max(view.references, key=lambda r: r.times_cited)
    places = citation_places(view, reference.id)
    order = {b.id: b.position for b in view.blocks}
    keys = [(order[p.block_id], p.start) for p in places]
    assert keys == sorted(keys)


def test_every_table_model_shares_one_base() -> None:
    # Row count, column count, headers and flags are written once, in
    # app/rows_table_model.py: no table model of the window starts from Qt's own.
    import ast

    from tests.conftest import ROOT

    own = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(getattr(b, "id", "") == "QAbstractTableModel" for b in node.bases):
                own.append(f"{path.relative_to(ROOT).as_posix()}:{node.name}")
    assert own == ["app/rows_table_model.py:RowsTableModel"]
