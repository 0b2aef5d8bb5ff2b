"""Screenshots of the real window, for the README and for looking at it.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m app.screenshot --db LIBRARY --out docs/screenshots

Opens the window on a library (the bundled sample on first use of a new
file), waits for the document, then walks through a few scenes: a clicked
marker with its references and claim, the claims filtered by a group, the
statistics, a search, a marker's tooltip. Settings go to a temporary folder.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QHelpEvent
from PySide6.QtWidgets import QApplication

from app.gui import configure_application
from app.main_window import MainWindow
from references.library import open_or_create

Scene = Callable[[MainWindow], None]


def marker_scene(marker: str) -> Scene:
    def scene(window: MainWindow) -> None:
        assert window.index is not None
        citation = next(c for c in window.index.view.citations if c.marker == marker)
        window.claims_dock.raise_()
        window.show_citation(citation.id)
        window.reader.marker_rect(citation.id)  # scrolls it into view

    return scene


def claims_by_group(name: str) -> Scene:
    def scene(window: MainWindow) -> None:
        assert window.index is not None
        group = next(g for g in window.index.view.groups if g.name == name)
        window.claims_dock.raise_()
        window.claims_dock.group_filter.set_checked({group.id})

    return scene


def statistics(window: MainWindow) -> None:
    window.claims_dock.group_filter.set_checked(None)
    window.stats_dock.raise_()
    # Tall enough for both charts without scrolling.
    window.resizeDocks([window.stats_dock], [620], Qt.Orientation.Vertical)


def search_scene(query: str) -> Scene:
    def scene(window: MainWindow) -> None:
        window.resizeDocks([window.claims_dock], [300], Qt.Orientation.Vertical)
        window.claims_dock.raise_()
        window.search_dock.focus_query()
        window.search_dock.search_now(query)
        window.search_dock.results_ready.connect(lambda: window.search_dock.step(1))

    return scene


def tooltip_scene(marker: str) -> Scene:
    def scene(window: MainWindow) -> None:
        assert window.index is not None
        citation = next(c for c in window.index.view.citations if c.marker == marker)
        rect = window.reader.marker_rect(citation.id)
        if rect is not None:
            viewport = window.reader.viewport()
            point = rect.center()
            QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point)))

    return scene


SCENES: list[tuple[str, Scene]] = [
    ("main-window", marker_scene("[9–14]")),
    ("claims-legal-acts", claims_by_group("Legal acts")),
    ("statistics", statistics),
    ("search", search_scene("әдебиет")),
    ("marker-tooltip", tooltip_scene("[3-5]")),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="library file (created with the sample if new)")
    parser.add_argument("--out", required=True, type=Path, help="folder for the PNG files")
    parser.add_argument("--size", default="1600x1000", help="window size, e.g. 1600x1000")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    width, height = (int(v) for v in args.size.split("x"))

    app = QApplication(sys.argv[:1])
    configure_application(app)
    library = open_or_create(args.db)
    settings_dir = tempfile.TemporaryDirectory()
    window = MainWindow(library, QSettings(str(Path(settings_dir.name) / "s.ini"), QSettings.Format.IniFormat))
    window.resize(width, height)
    window.move(0, 0)
    window.show()
    pending = list(SCENES)

    def shoot(name: str) -> None:
        screen = QGuiApplication.primaryScreen()
        # The screen, not the widget: tooltips are windows of their own.
        picture = screen.grabWindow(0, 0, 0, width, height)
        if picture.isNull() or QGuiApplication.platformName() == "offscreen":
            picture = window.grab()
        path = args.out / f"{name}.png"
        picture.save(str(path))
        print(path)
        QTimer.singleShot(100, next_scene)

    def next_scene() -> None:
        if not pending:
            window.close()
            app.quit()
            return
        name, scene = pending.pop(0)
        scene(window)
        QTimer.singleShot(700, lambda: shoot(name))

    window.document_loaded.connect(lambda: QTimer.singleShot(400, next_scene))
    window.load_failed.connect(lambda message: (print(message, file=sys.stderr), app.exit(1)))
    window.load()
    code = app.exec()
    library.close()
    settings_dir.cleanup()
    return code


if __name__ == "__main__":
    sys.exit(main())
