"""Raw field values: their parts, their human text, and making new ones.

A raw value is what stands right of ``=`` in a .bib file: ``{Text}``,
``"Text"``, ``2010``, a macro name like ``jan``, or several of these joined
with ``#`` (``dtv # { and Walter de Gruyter}``). ``plain_value`` gives the
text a person reads (delimiters gone, macros resolved, LaTeX decoded) for
display, search and formatting; ``field_value`` makes a raw value from what
a user typed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from references.bibtex.latex import escape_latex, latex_to_unicode

#: Fields whose content is verbatim (biblatex's ``verbatim`` data type):
#: no LaTeX inside, so nothing is escaped on the way in or decoded on the way out.
VERBATIM_FIELDS = frozenset(
    {"url", "doi", "eprint", "file", "pdf", "verba", "verbb", "verbc", "urlraw"}
)

# The month macros every BibTeX style defines.
MONTH_MACROS: dict[str, str] = {
    "jan": "January",
    "feb": "February",
    "mar": "March",
    "apr": "April",
    "may": "May",
    "jun": "June",
    "jul": "July",
    "aug": "August",
    "sep": "September",
    "oct": "October",
    "nov": "November",
    "dec": "December",
}

# Line breaks and tabs inside a value; not U+00A0, which is a deliberate tie (~).
_WHITESPACE = re.compile(r"[ \t\r\n\f\v]+")
# A line that starts with "@" inside a value makes bibtexparser (and some
# other readers) think a new entry begins there.
_AT_LINE_START = re.compile(r"(^|\n)([ \t]*)@")
_MAX_MACRO_DEPTH = 32
_BRACE = re.compile(r"[{}]")

PartKind = Literal["braced", "quoted", "number", "macro"]


@dataclass(frozen=True, slots=True)
class ValuePart:
    """One operand of a ``#`` concatenation; ``text`` has no delimiters."""

    kind: PartKind
    text: str


class MalformedValue(ValueError):
    """A raw value that is not valid BibTeX (e.g. an unclosed brace)."""


def split_value(raw: str) -> list[ValuePart]:
    """The operands of a raw value, in order.

    Raises ``MalformedValue`` for unbalanced delimiters or junk between parts.
    """
    parts: list[ValuePart] = []
    pos, end = 0, len(raw)
    while True:
        pos = _skip_space(raw, pos)
        if pos >= end:
            if parts:
                raise MalformedValue(f"value ends with '#': {raw!r}")
            return parts
        char = raw[pos]
        if char == "{":
            close = _matching_brace(raw, pos)
            parts.append(ValuePart("braced", raw[pos + 1 : close]))
            pos = close + 1
        elif char == '"':
            close = _closing_quote(raw, pos)
            parts.append(ValuePart("quoted", raw[pos + 1 : close]))
            pos = close + 1
        else:
            stop = pos
            while stop < end and not raw[stop].isspace() and raw[stop] not in '#{}"':
                stop += 1
            word = raw[pos:stop]
            if not word:
                raise MalformedValue(f"unexpected {char!r} in value {raw!r}")
            parts.append(ValuePart("number" if word.isdigit() else "macro", word))
            pos = stop
        pos = _skip_space(raw, pos)
        if pos >= end:
            return parts
        if raw[pos] != "#":
            raise MalformedValue(f"expected '#' between parts of {raw!r}")
        pos += 1


def is_wellformed(raw: str) -> bool:
    try:
        return bool(split_value(raw))
    except MalformedValue:
        return False


def unwrapped(raw: str, strings: Mapping[str, str] | None = None) -> str:
    """The value's text with delimiters removed and macros resolved, LaTeX kept.

    A value that is not valid BibTeX comes back stripped but otherwise as is,
    so that displaying a damaged field never fails.
    """
    return _resolve(raw, strings or {}, 0)


def plain_value(
    raw: str, strings: Mapping[str, str] | None = None, field: str | None = None, *, keep_lines: bool = False
) -> str:
    """The human text of a raw value: what display, search and styles use.

    Delimiters are stripped, ``@string`` macros resolved (then the standard
    month macros), LaTeX decoded and runs of whitespace (a value's line
    breaks) collapsed to one space. Values of verbatim fields (url, doi,
    file...) are not LaTeX-decoded. ``keep_lines``: line breaks are kept
    (one value per line, as an RIS file's repeated tags are stored).
    """
    text = unwrapped(raw, strings)
    if field is None or field.lower() not in VERBATIM_FIELDS:
        text = latex_to_unicode(text)
    if keep_lines:
        return "\n".join(_WHITESPACE.sub(" ", line).strip() for line in text.splitlines() if line.strip())
    return _WHITESPACE.sub(" ", text).strip()


def field_value(field: str, text: str) -> str:
    """A raw braced value holding ``text`` exactly as the user typed it.

    Ordinary fields get LaTeX's special characters escaped. Verbatim fields
    keep the text as is; braces, which BibTeX cannot escape there, are
    percent-encoded in a URL and refused (``ValueError``) elsewhere.
    """
    name = field.lower()
    if name not in VERBATIM_FIELDS:
        body = _AT_LINE_START.sub(r"\1\2{}@", escape_latex(text))
        return "{" + body + "}"
    if name in {"url", "urlraw"}:
        text = text.replace("{", "%7B").replace("}", "%7D")
    if not _braces_balance(text):
        raise ValueError(f"the {field} value cannot hold unbalanced braces: {text!r}")
    return "{" + text + "}"


def _resolve(raw: str, strings: Mapping[str, str], depth: int) -> str:
    try:
        parts = split_value(raw)
    except MalformedValue:
        return raw.strip()
    pieces: list[str] = []
    for part in parts:
        if part.kind != "macro":
            pieces.append(part.text)
            continue
        name = part.text.lower()
        if name in strings and depth < _MAX_MACRO_DEPTH:
            pieces.append(_resolve(strings[name], strings, depth + 1))
        else:
            pieces.append(MONTH_MACROS.get(name, part.text))
    return "".join(pieces)


def _skip_space(raw: str, pos: int) -> int:
    while pos < len(raw) and raw[pos].isspace():
        pos += 1
    return pos


# BibTeX counts every brace, escaped or not (for it \{ opens a group too),
# so balance is checked the same way here.
def _matching_brace(raw: str, start: int) -> int:
    depth = 0
    for match in _BRACE.finditer(raw, start):
        if match.group() == "{":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return match.start()
    raise MalformedValue(f"unclosed '{{' in {raw!r}")


def _closing_quote(raw: str, start: int) -> int:
    """A quoted value ends at the first ``"`` outside braces (BibTeX's rule)."""
    depth = 0
    for index in range(start + 1, len(raw)):
        char = raw[index]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth < 0:
                break
        elif char == '"' and depth == 0:
            return index
    raise MalformedValue(f"unclosed '\"' in {raw!r}")


def _braces_balance(text: str) -> bool:
    depth = 0
    for char in text:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0
