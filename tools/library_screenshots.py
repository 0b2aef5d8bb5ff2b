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

import sys
from collections.abc import Callable
from pathlib import Path

from app.library.controller import LibraryController
from app.library.export_actions import ExportFormat
from app.main_window import MainWindow
from app.shots import Scene, Setup, argument_parser, take_screenshots

ROOT = Path(__file__).resolve().parents[1]
SHARED_BIB = ROOT.parent / "shared" / "bib"


def group_id(controller: LibraryController, name: str) -> int:
    return next(g.id for g in controller.library_window.tree_model.groups() if name in (g.name, g.name_en))


def reference_id(controller: LibraryController, number: int) -> int:
    model = controller.library_window.table_model
    return next(model.row(i).id for i in range(model.rowCount()) if model.row(i).number == number)


def legal_acts(controller: LibraryController) -> None:
    shown = controller.open_window()  # sized to fit the screen, as a user sees it
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


def in_library(step: Callable[[LibraryController], None]) -> Setup:
    return lambda window: step(window.reference_library)


def close_library_window(window: MainWindow) -> None:
    window.reference_library.library_window.close()


SCENES = [
    Scene("library", in_library(legal_acts), 900),
    Scene("library-editor-checks", in_library(typing_a_wrong_year), 900),
    Scene("library-import", in_library(import_dialog), 900),
    Scene("library-export", in_library(export_dialog), 900),
]


def main(argv: list[str] | None = None) -> int:
    args = argument_parser(__doc__.splitlines()[0]).parse_args(argv)
    return take_screenshots(SCENES, args.out, args.size, start_delay_ms=300, before_close=close_library_window)


if __name__ == "__main__":
    sys.exit(main())
