"""Screenshots of the author tools on the bundled thesis.

    PYTHONPATH=. xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/authoring_screenshots.py --out OUT

Builds a fresh library in a temporary folder, opens the real window and
walks through scenes: the citation audit with a late first citation shown in
the reader, the paragraph editor, a click in a sentence (the caret where a
citation goes), the reference picker, the renumbering
preview, and the merge of [158] into [9] with its field chooser. Each scene
is the whole screen, so dialogs are in the picture.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt

from app.main_window import MainWindow
from app.shots import Scene, argument_parser, take_screenshots


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


def caret_scene(window: MainWindow) -> None:
    """A click in a sentence: the caret where a citation would go, the Paragraph tab in front."""
    from PySide6.QtTest import QTest

    close_dialogs(window)
    assert window.index is not None
    claim = window.index.view.claims[3]
    reader = window.reader
    reader.scroll_to_block(claim.block_id)
    cursor = reader.textCursor()
    cursor.setPosition(reader.layout_map.position(claim.block_id, claim.start + 3))
    reader.setFocus()
    QTest.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=reader.cursorRect(cursor).center())


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


SCENES = [
    Scene("authoring-audit", audit_scene, 1200),
    Scene("authoring-editor", editor_scene, 1200),
    Scene("authoring-caret", caret_scene, 900),
    Scene("authoring-picker", picker_scene, 1200),
    Scene("authoring-renumber", renumber_scene, 1200),
    Scene("authoring-merge", merge_scene, 1200),
]


def main(argv: list[str] | None = None) -> int:
    args = argument_parser(__doc__.splitlines()[0]).parse_args(argv)
    return take_screenshots(SCENES, args.out, args.size, start_delay_ms=600, before_close=close_dialogs)


if __name__ == "__main__":
    sys.exit(main())
