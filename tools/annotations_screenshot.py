"""Screenshots of the annotation views on the bundled thesis.

    PYTHONPATH=. xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/annotations_screenshot.py --out OUT

Builds a fresh library in a temporary folder, adds a few reviewer notes on
quotes of the thesis, opens the real window and walks through scenes: the
highlights with the dock and a thread, the editor, and the orphans list
after a revision that deletes an annotated sentence.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocument

from app.main_window import MainWindow
from app.shots import Scene, Setup, argument_parser, take_screenshots
from references.review.annotations import add_reply, create_annotation
from references.thesis.text_map import document_text
from references.library.location import open_or_create

ROOT = Path(__file__).resolve().parents[1]
THESIS = ROOT / "resources" / "dissertation-kk.txt"

# (quote in the thesis, comment, verdict, tags, status)
NOTES = [
    ("деп атайды [23]", "Қай бетте? The page of the definition is missing.", "needs_source", ["page"], "open"),
    ("Стивен Уолт, күш теңгерімі (күштер балансы)", "Good summary of the balance-of-power idea.", "supported", [], "resolved"),
    ("Идея ретінде,  алғаш рет 1992 жылы", "Which document announced it? Cite it.", "needs_source", ["source"], "open"),
    ("Хэнкс “Multi-vector", "The cited article does not say this; check the **year**.", "partly_supported", ["year"], "open"),
]
DELETED = (
    "Идея ретінде,  алғаш рет 1992 жылы Қазақстанның егемен мемлекет ретінде \n"
    "қалыптасуы мен дамуы жөніндегі стратегия ретінде ресми жарияланған еді. "
)


def seed(library_path: Path) -> None:
    library = open_or_create(library_path)
    with library.session() as session:
        text = document_text(session, 1)
        for quote, comment, verdict, tags, status in NOTES:
            start = text.index(quote)
            ann = create_annotation(
                session, 1, start, start + len(quote), comment=comment, verdict=verdict, tags=tags, status=status,
                author="Ә. Рецензент", comment_format="text/markdown",
            )
            if verdict == "needs_source" and tags == ["page"]:
                add_reply(session, ann.id, "Қосамын: Cooley-дің бет нөмірі.", author="Автор", author_role="author")
    library.close()


def thread_scene(window: MainWindow) -> None:
    c = window.annotations
    c.dock.show()
    c.dock.raise_()
    uri = next(i.uri for i in c.items if i.view.exact.startswith("деп атайды"))
    c.show_annotation(uri)
    window.claims_dock.raise_()
    column = window.claims_dock.model.column_of("annotations")
    window.claims_dock.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)


def editor_scene(window: MainWindow) -> None:
    found = window.reader.document().find("Хэнкс “Multi-vector", 0, QTextDocument.FindFlag.FindCaseSensitively)
    window.reader.setTextCursor(found)
    window.annotations.annotate_action.trigger()
    editor = window.annotations.editor
    if editor is not None:
        editor.comment_edit.setPlainText("Дереккөзде бұл жоқ. *Which page?*")
        editor.verdict_box.setCurrentIndex(editor.verdict_box.findData("not_supported"))
        editor.tags_edit.setText("page, check")


def orphans_scene(revised: Path) -> Setup:
    def scene(window: MainWindow) -> None:
        if window.annotations.editor is not None:
            window.annotations.editor.reject()
        window.annotations.files.import_revised_text(revised)
        window.annotations.files.finished.connect(lambda _result: _close_report(window))

    return scene


def _close_report(window: MainWindow) -> None:
    box = window.annotations.files.last_message
    if box is not None:
        QTimer.singleShot(300, box.accept)


def main(argv: list[str] | None = None) -> int:
    args = argument_parser(__doc__.splitlines()[0]).parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        seed(folder / "library.sqlite")
        revised = folder / "revised.txt"
        revised.write_text(THESIS.read_text(encoding="utf-8").replace(DELETED, "", 1), encoding="utf-8")
        scenes = [
            Scene("annotations", thread_scene, 900),
            Scene("annotations-editor", editor_scene, 700),
            Scene("annotations-orphans", orphans_scene(revised), 4000),  # a file job, then its report
        ]
        return take_screenshots(
            scenes, args.out, args.size, library=folder / "library.sqlite",
            settings={"annotations/user_name": "Ә. Рецензент", "annotations/user_role": "reviewer"},
            # The highlights are drawn once the annotations are in, after the document.
            ready=lambda window: window.annotations.refreshed,
        )


if __name__ == "__main__":
    sys.exit(main())
