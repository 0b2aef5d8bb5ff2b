"""Screenshots of the Word import in the real window.

    PYTHONPATH=. xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/word_screenshots.py --out OUT [--size 1400x900]

Builds a Word thesis with the test suite's builder, then: the File ▸ Import
menu, the summary after importing the thesis, and the imported thesis in
the reader with its references and Word comments, and the summary of a
reviewer's Word file merged back.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer

from app.main_window import MainWindow
from app.shots import Scene, argument_parser, take_screenshots

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from references.word.writeback import write_back  # noqa: E402 - after the path is set
from tests.references.word.word_docs import build_thesis, review_as_word_would  # noqa: E402 - after the path is set

FOLDER = tempfile.TemporaryDirectory()
THESIS = build_thesis(Path(FOLDER.name) / "Менің диссертациям.docx")


def menu_scene(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    window.menuBar().setActiveAction(window.menuBar().actions()[0])
    QTimer.singleShot(200, lambda: file_menu.setActiveAction(window.import_menu.menuAction()))
    QTimer.singleShot(400, lambda: window.import_menu.popup(file_menu.geometry().topRight()))


def import_scene(window: MainWindow) -> None:
    window.import_menu.close()
    window.menuBar().actions()[0].menu().close()
    window.word_import.import_file(THESIS)


def reader_scene(window: MainWindow) -> None:
    if window.word_import.last_message is not None:
        window.word_import.last_message.close()
    window.annotations.dock.show()


def review_scene(window: MainWindow) -> None:
    document_id = window.index.view.document.id if window.index is not None else 1
    sent, reviewed = Path(FOLDER.name) / "sent.docx", Path(FOLDER.name) / "reviewed.docx"
    with window.library.session() as session:
        write_back(session, document_id, sent)
    review_as_word_would(sent, reviewed)
    window.annotations.files.import_reviewed_docx(reviewed)


def main() -> int:
    args = argument_parser(__doc__.splitlines()[0]).parse_args()
    scenes = [
        Scene("word-import-menu", menu_scene, 900),
        Scene("word-import-summary", import_scene, 4000),
        Scene("word-imported-thesis", reader_scene, 2500),
        Scene("word-review-summary", review_scene, 4000),
    ]
    return take_screenshots(scenes, args.out, args.size, language=args.lang)


if __name__ == "__main__":
    sys.exit(main())
