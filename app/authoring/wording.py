"""How the author tools word things; ``fill`` (Qt's ``%1 … %n`` placeholders,
in one pass) lives in ``app.i18n`` so the command line can use it without Qt."""

from __future__ import annotations

from app.i18n.catalog import fill

__all__ = ["fill", "reference_label"]


def reference_label(number: int | None, key: str) -> str:
    """How a reference is named in messages: "[9] ref9", or its key when unnumbered."""
    return f"[{number}] {key}" if number is not None else key
