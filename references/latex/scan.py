"""Reading LaTeX source at the lowest level: comments, groups, arguments.

Everything here walks the text once, left to right, with an explicit
counter for brace depth: no recursion, so a deeply nested file cannot
exhaust Python's stack, and nothing is quadratic in the length of a file.

Offsets are ``str`` indexes into the decoded file text; ``mask_source``
keeps every offset in place (it only overwrites characters with spaces),
so a position found in the masked text names the same character in the
file as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Environments whose body is not LaTeX: shown as written, never scanned.
VERBATIM_ENVIRONMENTS = ("verbatim", "verbatim*", "Verbatim", "lstlisting", "minted", "comment", "alltt")
_VERBATIM_BEGIN = re.compile(r"\\begin\s*\{(" + "|".join(re.escape(e) for e in VERBATIM_ENVIRONMENTS) + r")\}")
_VERB = re.compile(r"\\(?:verb|lstinline)\*?(?![A-Za-z@])")
_COMMAND_NAME = re.compile(r"[A-Za-z@]+\*?|.", re.DOTALL)
_TOKEN = re.compile(r"[^\s{}\\%\[\]]+")


@dataclass(frozen=True, slots=True)
class Masked:
    """A file's text with comments blanked (``clean``) and also verbatim text blanked (``masked``)."""

    clean: str
    masked: str
    verbatim: tuple[tuple[int, int], ...]  # (start, end) of each verbatim body or \verb argument


def mask_source(text: str) -> Masked:
    """Blank ``%`` comments (to the end of their line) and hide verbatim text from scanning."""
    clean = list(text)
    masked = list(text)
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "%":
            end = text.find("\n", i)
            end = n if end < 0 else end
            for j in range(i, end):
                clean[j] = masked[j] = " "
            i = end
        elif char == "\\":
            begin = _VERBATIM_BEGIN.match(text, i)
            if begin:
                closing = "\\end{" + begin.group(1) + "}"
                end = text.find(closing, begin.end())
                end = n if end < 0 else end
                _blank(masked, begin.end(), end)
                spans.append((begin.end(), end))
                i = end + len(closing)
                continue
            verb = _VERB.match(text, i)
            if verb and verb.end() < n and not text[verb.end()].isspace():
                delimiter = "}" if text[verb.end()] == "{" else text[verb.end()]
                end = text.find(delimiter, verb.end() + 1)
                end = n if end < 0 else end
                _blank(masked, verb.end() + 1, end)
                spans.append((verb.end() + 1, end))
                i = end + 1
                continue
            i += 2
        else:
            i += 1
    return Masked("".join(clean), "".join(masked), tuple(spans))


def _blank(chars: list[str], start: int, end: int) -> None:
    for j in range(start, end):
        if chars[j] not in "\r\n":
            chars[j] = " "


def group_end(text: str, start: int, opening: str = "{", closing: str = "}") -> int:
    """Index just after the group that opens at ``start``; -1 when it never closes.

    Braces escaped with a backslash do not count; for ``[`` groups, brackets
    inside braces do not count either (``[{a]b}]``).
    """
    depth = 0
    brace = 0
    i, n = start, len(text)
    while i < n:
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if opening != "{":
            if char == "{":
                brace += 1
            elif char == "}":
                brace -= 1
            elif brace == 0 and char == opening:
                depth += 1
            elif brace == 0 and char == closing:
                depth -= 1
                if depth == 0:
                    return i + 1
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def max_depth(text: str) -> int:
    """The deepest brace nesting in ``text`` (escaped braces left out)."""
    depth = deepest = 0
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if char == "{":
            depth += 1
            deepest = max(deepest, depth)
        elif char == "}":
            depth -= 1
        i += 1
    return deepest


def first_unbalanced(text: str) -> int | None:
    """Offset of the first ``}`` that closes nothing, or of the first ``{`` never closed."""
    opened: list[int] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if char == "{":
            opened.append(i)
        elif char == "}":
            if not opened:
                return i
            opened.pop()
        i += 1
    return opened[0] if opened else None


def command_at(text: str, start: int) -> tuple[str, int]:
    """The name of the command whose backslash is at ``start`` (star kept) and where it ends."""
    match = _COMMAND_NAME.match(text, start + 1)
    if match is None:
        return "", start + 1
    return match.group(), match.end()


def skip_spaces(text: str, i: int, *, newlines: bool = True) -> int:
    """The first index at or after ``i`` that is not a space (not past a blank line)."""
    n = len(text)
    seen_newline = False
    while i < n and text[i] in " \t\r\n":
        if text[i] == "\n":
            if seen_newline or not newlines:
                break
            seen_newline = True
        i += 1
    return i


@dataclass(frozen=True, slots=True)
class Argument:
    kind: str  # "[", "(", "{", or "t" for a single token written without braces
    start: int  # index of the opening delimiter (of the token)
    end: int  # index just after the closing delimiter (the token)

    @property
    def inner_start(self) -> int:
        return self.start if self.kind == "t" else self.start + 1

    @property
    def inner_end(self) -> int:
        return self.end if self.kind == "t" else self.end - 1

    def inner(self, text: str) -> str:
        return text[self.inner_start : self.inner_end]


def read_arguments(
    text: str, i: int, spec: str, *, bare: bool = False
) -> tuple[list[Argument | None], int] | None:
    """Arguments after a command name by ``spec`` ("[" optional, "(" optional, "{" required).

    With ``bare``, a required argument may be one token without braces
    (``\\input chapter1``). Returns the arguments (None for an optional one
    not given) and the index after the last; None when a required argument is missing or never closes.
    """
    found: list[Argument | None] = []
    for kind in spec:
        j = skip_spaces(text, i)
        if kind == "{":
            if j >= len(text) or text[j] != "{":
                # \input file and \cite x: a single token is an argument too
                match = _TOKEN.match(text, j) if bare else None
                if match is None:
                    return None
                found.append(Argument("t", match.start(), match.end()))
                i = match.end()
                continue
            end = group_end(text, j)
            if end < 0:
                return None
            found.append(Argument("{", j, end))
            i = end
            continue
        closing = "]" if kind == "[" else ")"
        if j < len(text) and text[j] == kind:
            end = group_end(text, j, kind, closing)
            if end < 0:
                return None
            found.append(Argument(kind, j, end))
            i = end
        else:
            found.append(None)
    return found, i
