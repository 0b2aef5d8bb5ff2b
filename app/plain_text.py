"""User data shown as typed, never as markup.

A QLabel in its default (auto-detect) format and every tooltip render text
that merely looks like HTML as rich text: a crafted document title would show
a big red "FAKE TITLE" and a link. Labels that show user data get
``plain_label``; tooltips that show it go through ``plain_tooltip``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain_tooltip(text: str | None) -> str | None:
    """A tooltip that shows ``text`` as typed (None and "" stay as they are)."""
    if not text:
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def plain_label(label: QLabel) -> QLabel:
    """``label`` set to show its text as plain text."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
