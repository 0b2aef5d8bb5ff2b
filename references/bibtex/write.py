"""Writing .bib text: untouched blocks byte for byte, changed ones re-serialised.

JabRef's promise, kept here: a block that nobody changed is written from its
``raw`` text, so saving a file changes only the entries the user edited. A
modified block (``modified=True``) is rendered from its fields, in their
order, at the same place, with the text around it untouched. A new block
(``raw is None``) is rendered and set off by a blank line. Values are
written exactly as stored (Unicode stays Unicode; nothing is LaTeX-encoded).

An entry is rendered the way JabRef does, one field per line, each ending
with a comma::

    @article{Satbaev2019,
      author = {Сәтбаев, Қ.},
      title = {Құқық негіздері},
    }
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence

from references.bibtex.groups import (
    GROUPING_KEY,
    LEGACY_GROUPING_KEY,
    GroupNode,
    format_groups_comment,
    parse_group_lines,
    same_tree,
    split_meta_comment,
)
from references.bibtex.keys import is_valid_field_name, is_valid_key
from references.bibtex.model import BibBlock, BlockKind, RawField
from references.bibtex.values import is_wellformed

_INDENT = "  "
# What ends a key or a field name for BibTeX or bibtexparser, or breaks the line.
_UNSAFE_IN_KEY = re.compile(r"[\s,{}()\"#%=\\]")
_UNSAFE_IN_NAME = re.compile(r"[\s\"#%'(){}=,\\]+")


def format_entry(entry_type: str, key: str, fields: Iterable[RawField]) -> str:
    """One entry as BibTeX text, fields in the given order, values as given.

    Raises ``ValueError`` for anything that would corrupt the file: an
    unusable key, a bad field name, or a value that is not valid BibTeX
    (make values from user text with ``values.field_value``).
    """
    if not entry_type or not entry_type.isidentifier():
        raise ValueError(f"not a BibTeX entry type: {entry_type!r}")
    if not is_valid_key(key):
        raise ValueError(f"not a usable citation key: {key!r}")
    lines = [f"@{entry_type}{{{key},"]
    for name, value in fields:
        if not is_valid_field_name(name):
            raise ValueError(f"not a BibTeX field name: {name!r}")
        if not is_wellformed(value):
            raise ValueError(f"the value of {name!r} is not valid BibTeX: {value!r}")
        lines.append(f"{_INDENT}{name} = {value},")
    lines.append("}")
    return "\n".join(lines)


def format_entry_safely(entry_type: str, key: str, fields: Iterable[RawField]) -> tuple[str, list[str]]:
    """One entry as BibTeX text that always reads back, and what had to change for that.

    What a file gave can be kept even where ``format_entry`` would refuse it
    for a new entry: a key with an apostrophe (``Dobrovol'skii_1963``), which
    BibTeX and biber read. What would break the file is made safe, and each
    change is told in a sentence: characters that end a key or a field name
    become ``_`` (a field without a name is called ``unnamed``), and
    unbalanced braces in a value are written as ``\textbraceleft{}`` /
    ``\textbraceright{}`` (escaped ones) or dropped (bare ones).
    """
    notes: list[str] = []
    kind = entry_type if entry_type and entry_type.isidentifier() else "misc"
    if kind != entry_type:
        notes.append(f"the entry type {entry_type!r} was written as @misc")
    safe_key = key if is_valid_key(key) or is_writable_key(key) else _UNSAFE_IN_KEY.sub("_", key)
    if safe_key != key:
        notes.append(f"the key {key!r} was written as {safe_key!r}")
    lines = [f"@{kind}{{{safe_key},"]
    for name, value in fields:
        safe_name = name if is_valid_field_name(name) else _UNSAFE_IN_NAME.sub("_", name.strip()) or "unnamed"
        if safe_name != name:
            notes.append(f"the field {name!r} was written as {safe_name!r}")
        safe_value = value if is_wellformed(value) else balanced_value(value)
        if safe_value != value:
            notes.append(f"the value of {safe_name!r} had unbalanced braces and was written as {safe_value!r}")
        lines.append(f"{_INDENT}{safe_name} = {safe_value},")
    lines.append("}")
    return "\n".join(lines), notes


def is_writable_key(key: str) -> bool:
    """True if ``key`` reads back as the same key (BibTeX ends a key only at these characters)."""
    return bool(key) and key.isprintable() and not _UNSAFE_IN_KEY.search(key)


def balanced_value(raw: str) -> str:
    """A braced value with the text of ``raw`` whose braces balance, as BibTeX counts them."""
    text = raw.strip()
    if len(text) >= 2 and ((text[0] == "{" and text[-1] == "}") or (text[0] == '"' and text[-1] == '"')):
        text = text[1:-1]
    out: list[str] = []
    opened: list[int] = []  # indexes in out of the braces still open
    for index, char in enumerate(text):
        escaped = index > 0 and text[index - 1] == "\\"
        if char == "{":
            opened.append(len(out))
            out.append(char)
        elif char == "}":
            if opened:
                opened.pop()
                out.append(char)
            elif escaped:
                out[-1] = "\\textbraceright{}"
        else:
            out.append(char)
    for position in reversed(opened):
        if position > 0 and out[position - 1] == "\\":
            out[position - 1] = ""
            out[position] = "\\textbraceleft{}"
        else:
            out[position] = ""
    return "{" + "".join(out) + "}"


def render_block(block: BibBlock) -> str:
    """A block's text from its parts (for modified and new blocks)."""
    if block.kind is BlockKind.ENTRY:
        return format_entry_safely(block.entry_type or "misc", block.key or "", block.fields)[0]
    if block.kind is BlockKind.STRING:
        return f"@string{{{block.key} = {block.value}}}"
    if block.kind is BlockKind.PREAMBLE:
        return f"@preamble{{{block.value}}}"
    if block.kind is BlockKind.COMMENT:
        return f"@comment{{{block.value}}}"
    if block.kind is BlockKind.JABREF_META:
        return f"@Comment{{jabref-meta: {block.key}:{block.value}}}"
    return block.value or block.raw or ""


def write_bib(blocks: Sequence[BibBlock], groups: GroupNode | None = None) -> str:
    """The .bib text of ``blocks``.

    With ``groups``, the file's JabRef group tree is set to it: the existing
    ``grouping``/``groupstree`` comment is kept verbatim when it already says
    the same, rewritten when not, added at the end when missing, and
    dropped when the tree has no groups (as JabRef does).
    """
    if groups is not None:
        blocks = _with_groups(blocks, groups)
    out: list[str] = []
    for block in blocks:
        if block.raw is not None and not block.modified:
            out.append(block.raw)
        elif block.raw is not None:
            out.append(render_block(block))
        else:
            _separate(out)
            out.append(render_block(block))
            out.append("\n")
    return "".join(out)


def _separate(out: list[str]) -> None:
    """Make what is written so far end in a blank line (or be empty)."""
    tail = "".join(out[-2:])
    if not tail or tail.endswith("\n\n"):
        return
    out.append("\n" if tail.endswith("\n") else "\n\n")


def _with_groups(blocks: Sequence[BibBlock], root: GroupNode) -> list[BibBlock]:
    wanted = format_groups_comment(root) if root.children else None
    result: list[BibBlock] = []
    placed = False
    for block in blocks:
        if not _is_group_block(block):
            result.append(block)
            continue
        if placed or wanted is None:
            continue  # one tree per file; an empty tree is not written
        placed = True
        existing, _errors = parse_group_lines(block.value or "")
        if existing is not None and same_tree(existing, root):
            result.append(block)
        else:
            result.append(_groups_block(wanted, block))
    if not placed and wanted is not None:
        result.append(_groups_block(wanted, None))
    return result


def _is_group_block(block: BibBlock) -> bool:
    return block.kind is BlockKind.JABREF_META and block.key in (GROUPING_KEY, LEGACY_GROUPING_KEY)


def _groups_block(text: str, replacing: BibBlock | None) -> BibBlock:
    meta = split_meta_comment(text[len("@Comment{") : -1])
    assert meta is not None  # format_groups_comment always writes a meta comment
    key, value = meta
    if replacing is None:
        return BibBlock(BlockKind.JABREF_META, None, key=key, value=value)
    return dataclasses.replace(replacing, raw=text, key=key, value=value, modified=False)
