"""How the author tools name a reference in messages. Message arguments are
filled with ``app.i18n.fill`` (Qt's ``%1 … %n`` placeholders, in one pass)."""

from __future__ import annotations


def reference_label(number: int | None, key: str) -> str:
    """How a reference is named in messages: "[9] ref9", or its key when unnumbered."""
    return f"[{number}] {key}" if number is not None else key
