"""A year typed in the editor is written as ``year`` (what every .bst style
reads), and ``year`` and ``date`` never disagree."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.library.library_window import LibraryWindow
from app.main_window import MainWindow
from models.db import Library
from references.bibtex import entry_type_fields
from references.bibtex.dates import companion_values, date_with_year
from references.library.entry_edits import set_reference_field
from tests.app.library.test_gui_library_support import controller, field_value, library_window, reference_id, window
from tests.references.library.test_library_ops import run

__all__ = ["controller", "library_window", "window"]  # pytest fixtures used here


def test_the_year_comes_before_the_date_among_the_alternatives() -> None:
    for entry_type in ("misc", "article", "book", "online", "legislation"):
        required, _optional = entry_type_fields(entry_type)
        dates = [r for r in required if "date" in r]
        assert dates == [("year", "date")], entry_type


def test_a_year_or_a_date_brings_the_other_into_step() -> None:
    assert companion_values("year", "2015", "2014", "2014-05-03") == {"date": "2015-05-03"}
    assert companion_values("year", "2014", "2014", "2014-05-03") == {}
    assert companion_values("year", "2014", None, None) == {}  # no date: none is invented
    assert companion_values("date", "2019-09-24", None, None) == {"year": "2019"}
    assert companion_values("date", "1992-05", "1991", "1991-05") == {"year": "1992"}
    assert companion_values("date", "n.d.", "2001", None) == {}
    assert date_with_year("2014/2015", "2016") == "2016/2015"


def test_typing_a_year_in_the_editor_writes_year(
    window: MainWindow, library_window: LibraryWindow, sample_library: Library, qtbot: QtBot
) -> None:
    rid = reference_id(sample_library, 9)  # a @misc with neither year nor date
    assert field_value(sample_library, 9, "year") is None and field_value(sample_library, 9, "date") is None
    library_window.select_reference(rid)
    editor = library_window.editor.field_editor("year")
    assert editor is not None  # the year row is offered, not a date row
    assert library_window.editor.field_editor("date") is None
    editor.setFocus()
    editor.setText("2014")
    with qtbot.waitSignal(window.document_loaded, timeout=30_000):
        editor.committed.emit("2014")
    assert field_value(sample_library, 9, "year") == "{2014}"
    assert field_value(sample_library, 9, "date") is None


def test_editing_one_of_year_and_date_changes_the_other_in_the_same_step(sample_library: Library) -> None:
    rid = reference_id(sample_library, 1)  # year 2019, date 2019-09-24
    edit = run(sample_library, lambda s: set_reference_field(s, rid, "year", "2018"))
    assert (field_value(sample_library, 1, "year"), field_value(sample_library, 1, "date")) == ("{2018}", "{2018-09-24}")
    run(sample_library, edit.undo)
    assert (field_value(sample_library, 1, "year"), field_value(sample_library, 1, "date")) == ("{2019}", "{2019-09-24}")
    run(sample_library, lambda s: set_reference_field(s, rid, "date", "2020-01-02"))
    assert (field_value(sample_library, 1, "year"), field_value(sample_library, 1, "date")) == ("{2020}", "{2020-01-02}")
