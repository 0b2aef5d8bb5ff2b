"""Every text colour the window sets meets WCAG AA contrast (4.5:1) on the
background it is drawn on."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.annotations.annotation_editor import AnnotationEditor
from app.annotations.annotations_model import RESOLVED_COLOR
from app.authoring.audit_model import SEVERITY_COLORS
from app.chips import relative_luminance
from app.library.entry_editor import NOTE_STYLE, PROBLEM_STYLE
from app.library.references_table_model import INCOMPLETE_COLOR as LIBRARY_INCOMPLETE
from app.references_model import INCOMPLETE_COLOR, MISSING_COLOR

AA = 4.5


def contrast(foreground: QColor, background: QColor) -> float:
    high, low = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def style_color(style: str) -> QColor:
    match = re.search(r"color:\s*(#[0-9a-fA-F]{3,6})", style)
    assert match is not None, style
    return QColor(match.group(1))


def test_the_contrast_formula_matches_wcag() -> None:
    assert round(contrast(QColor("black"), QColor("white")), 1) == 21.0
    assert round(contrast(QColor("#9f9f9f"), QColor("#efefef")), 1) == 2.3  # the old quote colour


@pytest.mark.parametrize(
    "name, color",
    [
        ("incomplete (references dock)", INCOMPLETE_COLOR),
        ("incomplete (library)", LIBRARY_INCOMPLETE),
        ("missing title", MISSING_COLOR),
        ("resolved annotation", RESOLVED_COLOR),
        *((f"audit {kind}", color) for kind, color in SEVERITY_COLORS.items()),
    ],
)
def test_table_text_colours_read_on_white_rows(name: str, color: QColor, qapp: QApplication) -> None:
    base = qapp.palette().color(QPalette.ColorRole.Base)
    assert contrast(color, base) >= AA, name
    assert contrast(color, QColor("white")) >= AA, name


@pytest.mark.parametrize("style", [NOTE_STYLE, PROBLEM_STYLE])
def test_the_entry_editor_notes_read_on_the_window(style: str, qapp: QApplication) -> None:
    window = qapp.palette().color(QPalette.ColorRole.Window)
    assert contrast(style_color(style), window) >= AA


def test_the_quote_in_the_annotation_editor_reads_on_the_dialog(qtbot: QtBot) -> None:
    editor = AnnotationEditor("деп атайды [23]", None, (), None)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    label = editor.quote_label
    shown = label.grab().toImage()
    background = editor.palette().color(QPalette.ColorRole.Window)
    # The darkest pixel of the rendered quote is its text colour.
    darkest = min(
        (QColor(shown.pixel(x, y)) for x in range(0, shown.width(), 2) for y in range(shown.height())),
        key=relative_luminance,
    )
    assert contrast(darkest, background) >= AA
