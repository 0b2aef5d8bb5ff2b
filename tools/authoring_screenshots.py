"""Screenshots of the author tools on the bundled thesis.

    PYTHONPATH=. xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/authoring_screenshots.py --out OUT

Builds a fresh library in a temporary folder, opens the real window and
walks through scenes: the citation audit with a late first citation shown in
the reader, the paragraph editor, the reference picker, the renumbering
preview, and the merge of [158] into [9] with its field chooser. Each scene
is the whole screen, so dialogs are in the picture.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.gui import configure_application
from app.main_window import MainWindow
from references.library import open_or_create

Scene = Callable[[MainWindow], None]


def close_dialogs(window: MainWindow) -> None:
    c = window.authoring
    for dialog in (c.picker, c.bulk.renumber_dialog, c.bulk.duplicates_dialog):
        if dialog is not None:
            dialog.reject()


def audit_scene(window: MainWindow) -> None:
    c = window.authoring
    c.audit_action.trigger()
    dock = c.audit_dock
    window.resizeDocks([dock], [330], Qt.Orientation.Vertical)
    dock.kind_filter.setCurrentIndex(dock.kind_filter.findData("first-citation-order"))
    index = dock.proxy.index(3, 2)
    dock.table.setCurrentIndex(index)
    c.audit.show_finding(dock.visible_findings()[3])


def editor_scene(window: MainWindow) -> None:
    c = window.authoring
    assert window.index is not None
    citation = next(x for x in window.index.view.citations if x.marker == "[57]")
    c.editor_dock.show()
    c.editor_dock.raise_()
    c.show_in_editor(citation.block_id, citation.start)
    window.reader.show_span(citation.block_id, citation.start, citation.end)


def picker_scene(window: MainWindow) -> None:
    c = window.authoring
    c.insert_citation()
    picker = c.picker
    if picker is not None:
        picker.search.setText("сыртқы саясат")
        picker.model.set_chosen({3, 4, 5, 27})
        picker.move(260, 140)


def renumber_scene(window: MainWindow) -> None:
    close_dialogs(window)
    window.authoring.renumber_action.trigger()
    dialog = window.authoring.bulk.renumber_dialog
    if dialog is not None:
        dialog.changed_only.setChecked(True)
        dialog.move(330, 120)


def merge_scene(window: MainWindow) -> None:
    close_dialogs(window)
    c = window.authoring
    c.duplicates_action.trigger()
    dialog = c.bulk.duplicates_dialog
    assert window.index is not None and dialog is not None
    numbers = window.index.references_by_number
    dialog.choose_pair(numbers[9].id, numbers[158].id)
    dialog.renumber_box.setChecked(True)
    dialog.move(330, 120)


SCENES: list[tuple[str, Scene]] = [
    ("authoring-audit", audit_scene),
    ("authoring-editor", editor_scene),
    ("authoring-picker", picker_scene),
    ("authoring-renumber", renumber_scene),
    ("authoring-merge", merge_scene),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path, help="folder for the PNG files")
    parser.add_argument("--size", default="1600x1000", help="window size, e.g. 1600x1000")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    width, height = (int(v) for v in args.size.split("x"))

    app = QApplication(sys.argv[:1])
    configure_application(app)
    folder = tempfile.TemporaryDirectory()
    library = open_or_create(Path(folder.name) / "library.sqlite")
    window = MainWindow(library, QSettings(str(Path(folder.name) / "s.ini"), QSettings.Format.IniFormat))
    window.resize(width, height)
    window.move(0, 0)
    window.show()
    pending = list(SCENES)

    def shoot(name: str) -> None:
        picture = QGuiApplication.primaryScreen().grabWindow(0, 0, 0, width, height)
        if picture.isNull() or QGuiApplication.platformName() == "offscreen":
            picture = window.grab()
        path = args.out / f"{name}.png"
        picture.save(str(path))
        print(path)
        QTimer.singleShot(100, next_scene)

    def next_scene() -> None:
        if not pending:
            close_dialogs(window)
            window.close()
            app.quit()
            return
        name, scene = pending.pop(0)
        scene(window)
        QTimer.singleShot(1200, lambda: shoot(name))

    window.document_loaded.connect(lambda: QTimer.singleShot(600, next_scene) if pending == SCENES else None)
    window.load_failed.connect(lambda message: (print(message, file=sys.stderr), app.exit(1)))
    window.load()
    code = app.exec()
    library.close()
    folder.cleanup()
    return code


if __name__ == "__main__":
    sys.exit(main())
