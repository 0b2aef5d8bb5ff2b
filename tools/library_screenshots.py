"""Screenshots of the reference library on the bundled thesis.

    PYTHONPATH=. xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/library_screenshots.py --out OUT

Builds a fresh library in a temporary folder, opens the real window, then
the Library window, and walks through scenes: the legal acts selected in
the group tree with one entry in the editor, a year being typed wrong, the
BibTeX import dialog for the biblatex examples, and the export dialog.
Each scene is the whole screen, so dialogs are in the picture. Nothing is
saved: the library is thrown away afterwards.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.gui import configure_application
from app.library.controller import LibraryController
from app.library.export_actions import ExportFormat
from app.main_window import MainWindow
from references.library import open_or_create

ROOT = Path(__file__).resolve().parents[1]
SHARED_BIB = ROOT.parent / "shared" / "bib"
Scene = Callable[[LibraryController], None]


def group_id(controller: LibraryController, name: str) -> int:
    return next(g.id for g in controller.library_window.tree_model.groups() if g.name == name)


def reference_id(controller: LibraryController, number: int) -> int:
    model = controller.library_window.table_model
    return next(model.row(i).id for i in range(model.rowCount()) if model.row(i).number == number)


def legal_acts(controller: LibraryController) -> None:
    shown = controller.open_window()
    shown.move(0, 0)
    shown.resize(1600, 1000)
    shown.select_group(group_id(controller, "Legal acts"))
    shown.select_reference(reference_id(controller, 5))


def typing_a_wrong_year(controller: LibraryController) -> None:
    shown = controller.library_window
    shown.select_group(0)
    shown.select_reference(reference_id(controller, 2))
    year = shown.editor.field_editor("year")
    assert year is not None
    year.setFocus()
    year.selectAll()
    year.insert("1992–1990")


def import_dialog(controller: LibraryController) -> None:
    editor = controller.library_window.editor
    controller.show_entry(editor.details.id if editor.details else None)  # drop the unsaved typing
    controller.import_bib_file(SHARED_BIB / "jabref-complex.bib")


def export_dialog(controller: LibraryController) -> None:
    if controller.import_dialog is not None:
        controller.import_dialog.reject()
    controller.ask_export(ExportFormat.BIBLIOGRAPHY)


SCENES: list[tuple[str, Scene]] = [
    ("library", legal_acts),
    ("library-editor-checks", typing_a_wrong_year),
    ("library-import", import_dialog),
    ("library-export", export_dialog),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path, help="folder for the PNG files")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    configure_application(app)
    folder = tempfile.TemporaryDirectory()
    library = open_or_create(Path(folder.name) / "library.sqlite")
    window = MainWindow(library, QSettings(str(Path(folder.name) / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1600, 1000)
    window.show()
    controller = window.reference_library
    pending = list(SCENES)

    def shoot(name: str) -> None:
        picture = QGuiApplication.primaryScreen().grabWindow(0)
        path = args.out / f"{name}.png"
        picture.save(str(path))
        print(path)
        QTimer.singleShot(100, next_scene)

    def next_scene() -> None:
        if not pending:
            controller.library_window.close()
            window.close()
            app.quit()
            return
        name, scene = pending.pop(0)
        scene(controller)
        QTimer.singleShot(900, lambda: shoot(name))

    window.document_loaded.connect(lambda: QTimer.singleShot(300, next_scene) if pending == SCENES else None)
    window.load()
    code = app.exec()
    window.runner.wait()
    library.close()
    folder.cleanup()
    return code


if __name__ == "__main__":
    sys.exit(main())
