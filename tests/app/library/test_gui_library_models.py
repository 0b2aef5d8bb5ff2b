"""The Library window's two models pass Qt's model tester with the bundled thesis's rows."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from app.library.group_tree_model import ALL_REFERENCES, GROUP_ID_ROLE
from app.library.library_window import LibraryWindow
from app.library.references_table_model import REFERENCE_ID_ROLE
from models.db import Library
from references.library.table_queries import NO_GROUP, SortColumn
from tests.app.library.test_gui_library_support import (  # noqa: F401 - fixtures
    controller,
    group_id,
    library_window,
    sql,
    window,
)


def test_references_table_model_pages_and_sorts(
    qtmodeltester: ModelTester, library_window: LibraryWindow, sample_library: Library
) -> None:
    model = library_window.table_model
    model.set_query(replace(model.query, document_id=None))
    (total,) = sql(sample_library, 'SELECT count(*) FROM "references"')[0]
    assert model.rowCount() < total  # a first page only
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == total
    numbers = [model.row(i).number for i in range(model.rowCount())]
    assert numbers == sorted(numbers)
    model.sort(model.column_of(SortColumn.YEAR), Qt.SortOrder.DescendingOrder)
    years = [model.index(i, model.column_of(SortColumn.YEAR)).data() for i in range(model.rowCount())]
    assert years == sorted(years, reverse=True)
    assert isinstance(model.index(0, 0).data(REFERENCE_ID_ROLE), int)
    qtmodeltester.check(model)


def test_group_tree_model(qtmodeltester: ModelTester, library_window: LibraryWindow, sample_library: Library) -> None:
    model = library_window.tree_model
    qtmodeltester.check(model)
    top = [model.index(row, 0).data(GROUP_ID_ROLE) for row in range(model.rowCount())]
    assert top == [ALL_REFERENCES, NO_GROUP]
    everything = model.index(0, 0)
    (groups,) = sql(sample_library, "SELECT count(*) FROM source_groups WHERE parent_id IS NULL")[0]
    assert model.rowCount(everything) == groups  # resources/source-groups.json: six top-level groups
    scholarly = model.index_of(group_id(sample_library, "Scholarly literature"))
    names = [model.index(r, 0, scholarly).data(Qt.ItemDataRole.EditRole) for r in range(model.rowCount(scholarly))]
    assert names == ["Батыстық әдебиеттер", "Ресейлік әдебиеттер", "Қазақстандық зерттеушілер"]  # stored names
    # The thesis declares 50-228 as scholarly literature: 179 references.
    assert scholarly.data() == "Scholarly literature (179)"
