"""Screenshots of the real window, for the README and for looking at it.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m app.screenshot --db LIBRARY --out docs/screenshots

Opens the window on a library (the bundled sample on first use of a new
file), waits for the document, then walks through a few scenes: a clicked
marker with its references and claim, the claims filtered by a group, the
statistics, a search, a marker's tooltip. Settings go to a temporary folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication

from app.main_window import MainWindow
from app.shots import Scene, Setup, argument_parser, take_screenshots


def marker_scene(marker: str) -> Setup:
    def scene(window: MainWindow) -> None:
        assert window.index is not None
        citation = next(c for c in window.index.view.citations if c.marker == marker)
        window.claims_dock.raise_()
        window.show_citation(citation.id)
        window.reader.marker_rect(citation.id)  # scrolls it into view

    return scene


def claims_by_group(name: str) -> Setup:
    def scene(window: MainWindow) -> None:
        assert window.index is not None
        group = next(g for g in window.index.view.groups if name in (g.name, g.name_en))
        window.claims_dock.raise_()
        window.claims_dock.group_filter.set_checked({group.id})

    return scene


def statistics(window: MainWindow) -> None:
    window.claims_dock.group_filter.set_checked(None)
    window.stats_dock.raise_()
    # Tall enough for both charts without scrolling.
    window.resizeDocks([window.stats_dock], [620], Qt.Orientation.Vertical)


def search_scene(query: str) -> Setup:
    def scene(window: MainWindow) -> None:
        window.resizeDocks([window.claims_dock], [300], Qt.Orientation.Vertical)
        window.claims_dock.raise_()
        window.search_dock.focus_query()
        window.search_dock.search_now(query)
        window.search_dock.results_ready.connect(lambda: window.search_dock.step(1))

    return scene


def tooltip_scene(marker: str) -> Setup:
    def scene(window: MainWindow) -> None:
        assert window.index is not None
        citation = next(c for c in window.index.view.citations if c.marker == marker)
        rect = window.reader.marker_rect(citation.id)
        if rect is not None:
            viewport = window.reader.viewport()
            point = rect.center()
            QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point)))

    return scene


SCENES = [
    Scene("main-window", marker_scene("[9–14]")),
    Scene("claims-legal-acts", claims_by_group("Legal acts")),
    Scene("statistics", statistics),
    Scene("search", search_scene("әдебиет")),
    Scene("marker-tooltip", tooltip_scene("[3-5]")),
]


def main(argv: list[str] | None = None) -> int:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path, help="library file (created with the sample if new)")
    args = parser.parse_args(argv)
    return take_screenshots(SCENES, args.out, args.size, library=args.db, language=args.lang)


if __name__ == "__main__":
    sys.exit(main())
