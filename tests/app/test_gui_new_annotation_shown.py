"""After OK on a new annotation the dock is in front with it chosen, and the
reader shows its highlight instead of the text selection that covered it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.main_window import MainWindow
from tests.app.annotations.test_gui_annotations_support import COOLEY_END, annotate, controller, window

__all__ = ["window"]  # the pytest fixture used here


def test_a_new_annotation_is_chosen_in_front_and_highlighted(window: MainWindow, qtbot: QtBot) -> None:
    c = controller(window)
    window.references_dock.raise_()  # the dock that shares the Annotations dock's place is in front
    uri = annotate(qtbot, window, COOLEY_END, comment="Бет нөмірі керек")
    assert not window.reader.textCursor().hasSelection()
    assert c.dock.isVisible() and not c.dock.visibleRegion().isEmpty()
    assert c.dock.current_uri() == uri and c.dock.actionable_uri() == uri
    assert c.layer.current == uri and c.layer.span_of(uri) is not None
