"""natbib and biblatex citing commands: finding them and reading their parts.

Every form the two packages document is read: ``\\cite``, ``\\citep``,
``\\citet``, ``\\parencite``, ``\\textcite``, ``\\autocite``, ``\\footcite``,
``\\supercite`` ... with a star, a prenote and a postnote
(``\\citep[see][p.~5]{key}``), the multicite forms with several key groups
and global notes (``\\cites(see)(and more)[p.~1]{a}[ch.~2]{b,c}``), and
``\\nocite`` (``\\nocite{*}`` cites every entry of the .bib files).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from references.latex.scan import read_arguments, skip_spaces

# Commands that print a numbered marker in a numeric style.
_MARKER = (
    "cite Cite citep Citep citet Citet citealt Citealt citealp Citealp citenum parencite Parencite "
    "textcite Textcite autocite Autocite footcite footcitetext smartcite Smartcite supercite fullcite "
    "footfullcite notecite Notecite pnotecite Pnotecite fnotecite"
).split()
# Commands that print something about the work but no marker; they still cite it.
_TEXT_ONLY = "citeauthor Citeauthor citeyear citeyearpar citetitle Citetitle citedate citeurl".split()
_MULTI = (
    "cites Cites parencites Parencites footcites footcitetexts smartcites Smartcites textcites Textcites "
    "supercites autocites Autocites"
).split()
_TEXTUAL = {"citet", "Citet", "textcite", "Textcite", "textcites", "Textcites", "citealt", "Citealt"}
COMMANDS = re.compile(
    r"\\(" + "|".join(sorted({*_MARKER, *_TEXT_ONLY, *_MULTI, "nocite"}, key=len, reverse=True)) + r")(\*?)(?![A-Za-z@])"
)


@dataclass(frozen=True, slots=True)
class KeyGroup:
    keys: tuple[str, ...]
    prenote: str  # LaTeX source, "" when absent
    postnote: str
    start: int = 0  # the group's notes and keys in the source: [start, end)
    end: int = 0
    keys_start: int = 0  # the keys between the braces: [keys_start, keys_end)
    keys_end: int = 0


@dataclass(frozen=True, slots=True)
class CiteCommand:
    """One citing command as written: ``source[start:end]`` is the whole command."""

    start: int
    end: int
    name: str  # without the backslash and star
    starred: bool
    groups: tuple[KeyGroup, ...]
    global_prenote: str = ""
    global_postnote: str = ""

    @property
    def keys(self) -> list[str]:
        return [k for g in self.groups for k in g.keys]

    @property
    def nocite(self) -> bool:
        return self.name == "nocite"

    @property
    def prints_marker(self) -> bool:
        return self.name in _MARKER or self.name in _MULTI

    @property
    def textual(self) -> bool:
        return self.name in _TEXTUAL

    @property
    def author_only(self) -> bool:
        return self.name in ("citeauthor", "Citeauthor")

    @property
    def year_only(self) -> bool:
        return self.name in ("citeyear", "citeyearpar", "citedate")


def read_cite(text: str, match: re.Match[str]) -> CiteCommand | None:
    """The citing command ``match`` found in ``text``; None when its arguments are broken."""
    name, starred = match.group(1), bool(match.group(2))
    position = match.end()
    if name in _MULTI:
        return _read_multi(text, match.start(), position, name, starred)
    parsed = _key_group(text, position)
    if parsed is None:
        return None
    group, end = parsed
    return CiteCommand(match.start(), end, name, starred, (group,))


def _key_group(text: str, position: int) -> tuple[KeyGroup, int] | None:
    """``[prenote][postnote]{keys}`` at ``position``: one optional note alone is the postnote."""
    parsed = read_arguments(text, position, "[[{")
    if parsed is None:
        return None
    (first, second, keys), end = parsed
    pre, post = "", ""
    if first is not None and second is not None:
        pre, post = first.inner(text), second.inner(text)
    elif first is not None:
        post = first.inner(text)
    assert keys is not None
    start = (first or keys).start
    group = KeyGroup(split_keys(keys.inner(text)), pre.strip(), post.strip(), start, end, keys.inner_start, keys.inner_end)
    return group, end


def _read_multi(text: str, start: int, position: int, name: str, starred: bool) -> CiteCommand | None:
    notes = read_arguments(text, position, "((")
    assert notes is not None  # optional arguments only
    (gpre, gpost), position = notes
    if gpre is not None and gpost is None:
        gpre, gpost = None, gpre  # one (...) is the global postnote
    groups: list[KeyGroup] = []
    while True:
        j = skip_spaces(text, position)
        if j >= len(text) or text[j] not in "[{":
            break
        parsed = _key_group(text, j)
        if parsed is None:
            break
        group, position = parsed
        groups.append(group)
    if not groups:
        return None
    return CiteCommand(
        start, position, name, starred, tuple(groups),
        gpre.inner(text).strip() if gpre else "", gpost.inner(text).strip() if gpost else "",
    )


def split_keys(text: str) -> tuple[str, ...]:
    return tuple(k.strip() for k in text.split(",") if k.strip())
