"""Silteme's BibTeX engine: a pure library, no database and no Qt.

Reading
    ``parse_bib(text)`` / ``read_bib_file(path)`` -> ``BibParseResult`` with
    ordered ``blocks`` (whose raw texts joined give the file back byte for
    byte), ``strings`` (@string macros), ``problems`` (1-based line, kind,
    sentence) and ``groups`` (JabRef group tree and entry membership).
Writing
    ``write_bib(blocks, groups=None)``: untouched blocks from their raw text,
    modified ones from their fields; ``format_entry`` for one entry;
    ``field_value(field, text)`` to store what a user typed;
    ``escape_latex`` for LaTeX's special characters.
Reading values
    ``plain_value(raw, strings, field)``: the human text of a raw value;
    ``split_names`` for author/editor lists.
Keys and checks
    ``generate_key``, ``is_valid_key``, ``entry_type_fields``,
    ``validate_entry``.
Groups
    ``GroupNode``/``GroupTree``, ``format_groups_comment``,
    ``parse_groups_field``/``format_groups_field``, ``group_name_problem``.
Silteme's fields
    ``silteme-number`` and ``silteme-complete``: see ``silteme_fields``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

# The package's names load with the submodule that defines them, when first
# asked for: a caller that needs one value rule does not load the parser
# (bibtexparser) or the writer with it.
if TYPE_CHECKING:
    from references.bibtex.entry_types import entry_type_fields, known_entry_types
    from references.bibtex.fileio import read_bib_file
    from references.bibtex.groups import (
        GroupNode,
        GroupTree,
        format_groups_comment,
        format_groups_field,
        group_name_problem,
        parse_groups_field,
    )
    from references.bibtex.keys import generate_key, is_valid_field_name, is_valid_key
    from references.bibtex.latex import escape_latex, latex_to_unicode
    from references.bibtex.model import (
        BibBlock,
        BibParseResult,
        BibProblem,
        BlockKind,
        ProblemKind,
        RawField,
    )
    from references.bibtex.names import PersonName, split_names
    from references.bibtex.parse import parse_bib
    from references.bibtex.silteme_fields import COMPLETE_FIELD, NUMBER_FIELD
    from references.bibtex.validate import FieldProblem, validate_entry
    from references.bibtex.values import VERBATIM_FIELDS, field_value, plain_value
    from references.bibtex.write import format_entry, write_bib

_SUBMODULE = {
    "entry_type_fields": "entry_types",
    "known_entry_types": "entry_types",
    "read_bib_file": "fileio",
    "GroupNode": "groups",
    "GroupTree": "groups",
    "format_groups_comment": "groups",
    "format_groups_field": "groups",
    "group_name_problem": "groups",
    "parse_groups_field": "groups",
    "generate_key": "keys",
    "is_valid_field_name": "keys",
    "is_valid_key": "keys",
    "escape_latex": "latex",
    "latex_to_unicode": "latex",
    "BibBlock": "model",
    "BibParseResult": "model",
    "BibProblem": "model",
    "BlockKind": "model",
    "ProblemKind": "model",
    "RawField": "model",
    "PersonName": "names",
    "split_names": "names",
    "parse_bib": "parse",
    "COMPLETE_FIELD": "silteme_fields",
    "NUMBER_FIELD": "silteme_fields",
    "FieldProblem": "validate",
    "validate_entry": "validate",
    "VERBATIM_FIELDS": "values",
    "field_value": "values",
    "plain_value": "values",
    "format_entry": "write",
    "write_bib": "write",
}


__all__ = [
    "COMPLETE_FIELD",
    "NUMBER_FIELD",
    "VERBATIM_FIELDS",
    "BibBlock",
    "BibParseResult",
    "BibProblem",
    "BlockKind",
    "FieldProblem",
    "GroupNode",
    "GroupTree",
    "PersonName",
    "ProblemKind",
    "RawField",
    "entry_type_fields",
    "escape_latex",
    "field_value",
    "format_entry",
    "format_groups_comment",
    "format_groups_field",
    "generate_key",
    "group_name_problem",
    "is_valid_field_name",
    "is_valid_key",
    "known_entry_types",
    "latex_to_unicode",
    "parse_bib",
    "parse_groups_field",
    "plain_value",
    "read_bib_file",
    "split_names",
    "validate_entry",
    "write_bib",
]


def __getattr__(name: str) -> object:
    submodule = _SUBMODULE.get(name)
    if submodule is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{submodule}"), name)
    globals()[name] = value  # once loaded, an ordinary attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_SUBMODULE})
