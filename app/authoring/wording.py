"""Filling translated templates: Qt's ``%1 … %n`` placeholders, in one pass.

One pass, so a value that itself holds "%2" (a BibTeX key may) is never
filled again.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """``fill("%1 of %2", 3, 7)`` -> ``"3 of 7"``; unknown placeholders stay."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def reference_label(number: int | None, key: str) -> str:
    """How a reference is named in messages: "[9] ref9", or its key when unnumbered."""
    return f"[{number}] {key}" if number is not None else key
