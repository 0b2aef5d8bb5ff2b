"""Windows open within the screen's available area, restored sizes are
clipped to it, and the panes that are read and typed in keep a usable size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize
from pytestqt.qtbot import QtBot

from app.library.library_window import EDITOR_MINIMUM_WIDTH
from app.main_window import SETTINGS_GEOMETRY, MainWindow
from app.window_geometry import available_area, fitted, inside
from models.db import Library
from tests.app.annotations.test_gui_annotations_support import controller, open_annotating_window
from tests.app.test_gui_support import close_window, open_window, temporary_settings

LAPTOP = QRect(0, 0, 1280, 720)


def test_a_size_too_large_for_the_screen_is_cut_to_the_available_area() -> None:
    assert fitted(QSize(1500, 820), LAPTOP) == QSize(1280, 720)
    assert fitted(QSize(1400, 900), LAPTOP, QSize(2, 30)) == QSize(1278, 690)
    assert fitted(QSize(900, 600), LAPTOP) == QSize(900, 600)
    # A panel on the left: the area starts at x=64.
    panel = QRect(64, 0, 1216, 720)
    assert inside(QRect(1000, 500, 600, 400), panel) == (QRect(680, 320, 600, 400).topLeft())
    assert inside(QRect(-50, -20, 300, 200), panel) == QRect(64, 0, 300, 200).topLeft()


def within(window_rect: QRect, area: QRect) -> bool:
    return area.contains(window_rect.topLeft()) and area.contains(window_rect.bottomRight())


def test_the_main_window_opens_within_the_screen_with_its_status_bar_shown(
    qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> None:
    window = open_window(qtbot, sample_library, tmp_path)
    area = available_area(window)
    assert within(window.frameGeometry(), area), (window.frameGeometry(), area)
    status = window.statusBar()
    assert status.isVisible()
    assert window.rect().contains(status.geometry())
    assert window.claims_dock.isVisible() and window.claims_dock.height() >= 150
    close_window(window)


def test_a_saved_size_larger_than_the_screen_is_clipped(qtbot: QtBot, sample_library: Library, tmp_path: Path) -> None:
    # Saved on a large monitor: 2400 x 1500 at (1800, 900).
    big = MainWindow(sample_library, temporary_settings(tmp_path / "big"))
    qtbot.addWidget(big)
    big.setGeometry(1800, 900, 2400, 1500)
    saved = big.saveGeometry()
    big.close()
    settings = temporary_settings(tmp_path)
    settings.setValue(SETTINGS_GEOMETRY, saved)
    settings.sync()
    window = open_window(qtbot, sample_library, tmp_path)
    assert within(window.frameGeometry(), available_area(window))
    close_window(window)


def test_the_library_window_fits_and_its_editor_keeps_a_usable_width(
    qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> None:
    window = open_window(qtbot, sample_library, tmp_path)
    shown = window.reference_library.open_window()
    qtbot.waitExposed(shown)
    assert within(shown.frameGeometry(), available_area(shown))
    assert shown.editor.width() >= EDITOR_MINIMUM_WIDTH
    assert shown.editor.geometry().right() <= shown.centralWidget().width()
    shown.close()
    close_window(window)


def test_the_annotation_thread_and_lists_keep_rows_to_read(qtbot: QtBot, sample_library: Library, tmp_path: Path) -> None:
    window = open_annotating_window(qtbot, sample_library, tmp_path)
    dock = controller(window).dock
    dock.show()
    dock.raise_()
    line = dock.fontMetrics().height()
    qtbot.waitUntil(lambda: dock.thread_view.height() >= 5 * line)
    assert dock.tabs.height() >= 8 * line
    dock.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dock.orphans.table.height() >= 4 * line)
    close_window(window)


def test_the_view_menu_lists_the_docks_together_then_the_layout_actions(
    qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QDockWidget

    window = open_window(qtbot, sample_library, tmp_path)
    menu = next(top.menu() for top in window.menuBar().actions() if window.outline_dock.toggleViewAction() in top.menu().actions())
    toggles = {dock.toggleViewAction() for dock in window.findChildren(QDockWidget)}
    kinds = ["---" if a.isSeparator() else ("dock" if a in toggles else "other") for a in menu.actions()]
    squeezed = [k for i, k in enumerate(kinds) if i == 0 or k != kinds[i - 1]]
    assert squeezed == ["other", "---", "dock", "---", "other"], [a.text() for a in menu.actions()]
    assert menu.actions()[-1].text() == window.tr("Restore &Default Layout")
    assert sum(a in toggles for a in menu.actions()) >= 8  # outline ... annotations, paragraph, audit
    close_window(window)
