"""The data a parsed .bib file is made of: blocks, problems, the parse result.

A file is an ordered list of ``BibBlock``s whose ``raw`` texts, joined, give
the file back byte for byte. Entries also carry their type, key and fields;
every field value is kept EXACTLY as written (outer ``{}``/``""`` delimiters,
bare macro names, ``#`` concatenations), so an entry nobody touched can be
written back from ``raw`` and a touched one re-serialised from its fields.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from references.bibtex.groups import GroupTree

#: One field as stored: (name as written, value as written with delimiters).
RawField = tuple[str, str]


def fields_by_name(fields: Mapping[str, str] | Iterable[RawField]) -> dict[str, str]:
    """Fields keyed by lower-case name; the first of repeated fields wins (as in BibTeX)."""
    items = fields.items() if isinstance(fields, Mapping) else fields
    by_name: dict[str, str] = {}
    for name, value in items:
        by_name.setdefault(name.lower(), value)
    return by_name


class BlockKind(StrEnum):
    ENTRY = "entry"
    STRING = "string"
    PREAMBLE = "preamble"
    COMMENT = "comment"
    #: Free text between blocks (BibTeX ignores it), including whitespace.
    TEXT = "text"
    JABREF_META = "jabref-meta"
    #: Something that starts like a block but could not be read; kept verbatim.
    INVALID = "invalid"


class ProblemKind(StrEnum):
    MALFORMED_ENTRY = "malformed entry"
    UNBALANCED_BRACES = "unbalanced braces"
    DUPLICATE_KEY = "duplicate key"
    DUPLICATE_FIELD = "duplicate field"
    DUPLICATE_STRING = "duplicate string"
    JUNK = "junk"
    GROUPS = "groups"
    ENCODING = "encoding"
    NOT_BIBTEX = "not bibtex"
    NAMES = "name list"


@dataclass(frozen=True, slots=True)
class BibProblem:
    """Something wrong in a file, at a 1-based line, told in a sentence."""

    line: int
    kind: ProblemKind
    message: str


@dataclass(frozen=True, slots=True)
class BibBlock:
    """One top-level piece of a .bib file.

    ``raw`` is the exact source text (``None`` for a block created in the
    program that was never in a file). For entries, ``entry_type`` is lower
    case, ``key`` and field names are as written. For ``string`` blocks
    ``key`` is the macro name and ``value`` its raw value; for ``preamble``,
    ``comment`` and ``jabref-meta`` blocks ``value`` is the body text (for
    ``jabref-meta``, ``key`` is the meta item name, e.g. ``grouping``).
    ``modified`` marks an entry to be re-serialised from its fields.
    """

    kind: BlockKind
    raw: str | None
    start_line: int = 0
    entry_type: str | None = None
    key: str | None = None
    fields: tuple[RawField, ...] = ()
    value: str | None = None
    modified: bool = False

    def field(self, name: str) -> str | None:
        """Raw value of the first field called ``name`` (any letter case)."""
        wanted = name.lower()
        for field_name, value in self.fields:
            if field_name.lower() == wanted:
                return value
        return None

    def with_field(self, name: str, raw_value: str | None) -> BibBlock:
        """A modified copy with ``name`` set to ``raw_value`` (``None`` removes it).

        An existing field keeps its place and spelling; a new one goes last.
        """
        wanted = name.lower()
        fields: list[RawField] = []
        replaced = False
        for field_name, value in self.fields:
            if field_name.lower() != wanted:
                fields.append((field_name, value))
            elif not replaced and raw_value is not None:
                fields.append((field_name, raw_value))
                replaced = True
            else:
                replaced = True  # drop removed fields and later duplicates
        if not replaced and raw_value is not None:
            fields.append((name, raw_value))
        if tuple(fields) == self.fields:
            return self  # nothing changed: keep writing it from raw
        return dataclasses.replace(self, fields=tuple(fields), modified=True)


@dataclass(slots=True)
class BibParseResult:
    """Everything read from one .bib text.

    ``strings`` maps each ``@string`` macro name, lower-cased (BibTeX macro
    names ignore case), to its raw value. ``encoding`` is how the bytes were
    decoded (only ``read_bib_file`` sets anything but ``utf-8``).
    """

    blocks: list[BibBlock] = field(default_factory=list)
    strings: dict[str, str] = field(default_factory=dict)
    problems: list[BibProblem] = field(default_factory=list)
    groups: GroupTree | None = None
    encoding: str = "utf-8"

    @property
    def entries(self) -> list[BibBlock]:
        return [block for block in self.blocks if block.kind is BlockKind.ENTRY]
