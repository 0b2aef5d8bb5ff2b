"""JabRef's group kinds in the library: their definitions, and which entries they hold.

A group of the library keeps only a name, colour and place; a JabRef file
says much more about it: its kind (a static group, a keyword group, a
search group, an automatic group, a TeX group), its settings, its
hierarchical context (independent, refining, including), whether it is
expanded, its icon. All of that is read back from the group tree the file
brought (kept as the file's own ``jabref-meta: grouping`` block), by the
group's name, which is unique in the library. So:

- ``group_definitions`` gives each library group its JabRef node;
- ``group_members`` computes, as JabRef does, which references a group
  holds: the static members, the entries a keyword or search group's
  condition matches, the entries an automatic group sorts (those that have
  its field), the keys a TeX group's .aux file cites; then the context:
  a refining group keeps only what its parent holds, an including group
  adds what its subgroups hold.

Nothing here is recursive on the tree's depth or on a search expression's
nesting: trees are walked with lists, expressions through a stack.

Both answers are kept per library (engine) and reused while the library
reads the same: a fingerprint of the references (count, highest id, the
sum of their versions, which every edit bumps), of the memberships, of the
group rows and of the kept group trees is one aggregate query, so a window
that paints its counts again and again computes the members once per
change, not once per paint (``evaluations`` counts the computations).
"""

from __future__ import annotations

import hashlib
import re
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from models import BibBlock as StoredBlock
from models import Reference, SourceGroup, reference_groups
from references.bibtex import plain_value
from references.bibtex.groups import (
    ALL_ENTRIES,
    GROUPING_KEY,
    LEGACY_EXPLICIT_GROUP,
    LEGACY_GROUPING_KEY,
    STATIC_GROUP,
    GroupNode,
    parse_group_lines,
)
from references.bibtex.model import BlockKind

INDEPENDENT, REFINING, INCLUDING = 0, 1, 2
# Kinds whose members are listed, not computed.
LISTED_KINDS = frozenset({STATIC_GROUP, LEGACY_EXPLICIT_GROUP, "SmartGroup"})
# Fields JabRef reads as keyword lists (split at the separator, not into words).
_KEYWORD_FIELDS = frozenset({"keywords", "groups", "keyword"})
_KEYWORD_SEPARATORS = re.compile(r"\s*[,;]\s*")
_WORD_SEPARATORS = re.compile(r"[\s,;.:!?()\[\]{}\"']+")
_AUX_CITATION = re.compile(r"\\citation\{([^}]*)\}")


class _LibraryCache:
    """The last group definitions and members computed for one library, with what they were computed from."""

    __slots__ = ("definitions", "definitions_key", "members", "members_key")

    def __init__(self) -> None:
        self.definitions_key: object = None
        self.definitions: dict[str, GroupNode] = {}
        self.members_key: object = None
        self.members: _Members | None = None


_CACHES: weakref.WeakKeyDictionary[Engine, _LibraryCache] = weakref.WeakKeyDictionary()
# How many times the members were computed from the entries (the work a test counts).
evaluations = 0


def _cache(session: Session) -> _LibraryCache | None:
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else getattr(bind, "engine", None)
    if not isinstance(engine, Engine):
        return None
    cache = _CACHES.get(engine)
    if cache is None:
        cache = _CACHES[engine] = _LibraryCache()
    return cache


def _kept_trees(session: Session) -> list[str]:
    rows = session.execute(
        select(StoredBlock.raw)
        .where(StoredBlock.kind == str(BlockKind.JABREF_META))
        .order_by(StoredBlock.source_id, StoredBlock.position)
    ).scalars()
    return [raw for raw in rows if "grouping:" in raw[:80].lower() or "groupstree:" in raw[:80].lower()]


def _trees_key(raws: list[str]) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for raw in raws:
        digest.update(raw.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def group_definitions(session: Session) -> dict[str, GroupNode]:
    """Group name -> the JabRef node that defined it, from the kept group trees (first file first).

    The nodes are shared with later calls while the kept trees stay the same: do not change them."""
    raws = _kept_trees(session)
    key = _trees_key(raws)
    cache = _cache(session)
    if cache is not None and cache.definitions_key == key:
        return cache.definitions
    found = _parse_definitions(raws)
    if cache is not None:
        cache.definitions_key, cache.definitions = key, found
    return found


def _parse_definitions(raws: list[str]) -> dict[str, GroupNode]:
    found: dict[str, GroupNode] = {}
    trees: list[tuple[bool, GroupNode]] = []
    for raw in raws:
        from references.bibtex import parse_bib  # the parser, only where a group tree is stored

        for block in parse_bib(raw).blocks:
            if block.kind is BlockKind.JABREF_META and block.key in (GROUPING_KEY, LEGACY_GROUPING_KEY):
                root, _errors = parse_group_lines(block.value or "")
                if root is not None:
                    trees.append((block.key == GROUPING_KEY, root))
    for _newest, root in sorted(trees, key=lambda item: not item[0]):  # JabRef prefers the newer format
        for _level, node in root.walk():
            if node is not root and node.kind != ALL_ENTRIES:
                found.setdefault(node.name, node)
    return found


def is_computed(node: GroupNode | None) -> bool:
    """True for a group whose members JabRef computes (keyword, search, automatic, TeX groups)."""
    return node is not None and node.kind not in LISTED_KINDS and node.kind in _OWN_MEMBERS


@dataclass(frozen=True, slots=True)
class _Entry:
    id: int
    key: str
    entry_type: str
    fields: Mapping[str, str]  # lower-case name -> plain text


def group_members(session: Session, group_ids: Iterable[int] | None = None) -> dict[int, frozenset[int]]:
    """Reference ids each group holds, JabRef's way (see the module docstring).

    ``group_ids`` limits the answer (all groups are still computed, as a
    refining group needs its parent and an including one its subgroups).
    The computation is reused while the library reads the same (the module docstring).
    """
    members = _members(session).effective
    wanted = set(group_ids) if group_ids is not None else None
    return {gid: ids for gid, ids in members.items() if wanted is None or gid in wanted}


def members_with_subgroups(session: Session) -> dict[int, frozenset[int]]:
    """Each group's members together with its subgroups' (what a group tree counts), reused like ``group_members``."""
    return _members(session).with_subgroups


@dataclass(frozen=True, slots=True)
class _Members:
    effective: dict[int, frozenset[int]]
    with_subgroups: dict[int, frozenset[int]]


def _members(session: Session) -> _Members:
    definitions = group_definitions(session)
    groups = list(session.execute(select(SourceGroup.id, SourceGroup.parent_id, SourceGroup.name).order_by(SourceGroup.position, SourceGroup.id)))
    cache = _cache(session)
    if cache is None:
        return _compute_members(session, definitions, groups)
    key = _library_key(session, cache.definitions_key, definitions, groups)
    if cache.members_key != key or cache.members is None:
        cache.members_key, cache.members = key, _compute_members(session, definitions, groups)
    return cache.members


def _library_key(session: Session, trees: object, definitions: dict[str, GroupNode], groups: list[Any]) -> tuple[object, ...]:
    """What the members are computed from, read in two aggregate queries (no row per entry)."""
    references = tuple(session.execute(
        select(func.count(Reference.id), func.max(Reference.id), func.sum(Reference.version),
               func.sum(Reference.id * Reference.version))
    ).one())
    memberships = tuple(session.execute(
        select(func.count(), func.sum(reference_groups.c.reference_id), func.sum(reference_groups.c.group_id),
               func.sum(reference_groups.c.reference_id * reference_groups.c.group_id))
        .select_from(reference_groups)
    ).one())
    aux_files: list[tuple[str, float]] = []
    for node in definitions.values():  # a TeX group follows its .aux file
        if node.kind == "TexGroup" and node.parameters:
            try:
                aux_files.append((node.parameters[0], Path(node.parameters[0]).stat().st_mtime))
            except OSError:
                aux_files.append((node.parameters[0], -1.0))
    return (trees, references, memberships, tuple(tuple(row) for row in groups), tuple(aux_files))


def _compute_members(session: Session, definitions: dict[str, GroupNode], groups: list[Any]) -> _Members:
    global evaluations
    evaluations += 1
    children: dict[int | None, list[int]] = {}
    for gid, parent_id, _name in groups:
        children.setdefault(parent_id, []).append(gid)
    order: list[int] = list(children.get(None, []))
    for gid in order:  # parents before children; grows while walking
        order.extend(children.get(gid, []))
    parent_of = {gid: parent_id for gid, parent_id, _name in groups}
    node_of = {gid: definitions.get(name) for gid, _parent, name in groups}

    listed: dict[int, set[int]] = {}
    for rid, gid in session.execute(select(reference_groups.c.reference_id, reference_groups.c.group_id)):
        listed.setdefault(gid, set()).add(rid)
    entries: list[_Entry] | None = None
    own: dict[int, set[int]] = {}
    for gid in order:
        node = node_of.get(gid)
        members = set(listed.get(gid, ()))
        if is_computed(node):
            assert node is not None
            if entries is None:
                entries = _entries(session)
            members |= _OWN_MEMBERS[node.kind](node, entries)
        own[gid] = members
    effective: dict[int, set[int]] = {}
    for gid in order:  # refining: only what the parent holds
        node = node_of.get(gid)
        parent = parent_of.get(gid)
        members = own[gid]
        if node is not None and node.context == REFINING and parent is not None:
            members = members & effective[parent]
        effective[gid] = members
    for gid in reversed(order):  # including: what the subgroups hold too
        node = node_of.get(gid)
        if node is not None and node.context == INCLUDING:
            for child in children.get(gid, []):
                effective[gid] = effective[gid] | effective[child]
    with_subgroups: dict[int, frozenset[int]] = {}
    for gid in reversed(order):  # children before parents: each subtree's union once
        union = set(effective[gid])
        for child in children.get(gid, []):
            union |= with_subgroups[child]
        with_subgroups[gid] = frozenset(union)
    return _Members({gid: frozenset(ids) for gid, ids in effective.items()}, with_subgroups)


def _entries(session: Session) -> list[_Entry]:
    out: list[_Entry] = []
    for rid, key, entry_type, fields in session.execute(
        select(Reference.id, Reference.key, Reference.entry_type, Reference.fields)
    ):
        plain: dict[str, str] = {}
        for name, value in fields or []:
            plain.setdefault(name.lower(), plain_value(value, None, name))
        out.append(_Entry(rid, key, entry_type, plain))
    return out


# --- each kind's own members ---------------------------------------------------------


def _flag(text: str) -> bool:
    return text.strip().lower() in ("1", "true")


def _keyword_group(node: GroupNode, entries: list[_Entry]) -> set[int]:
    """JabRef's KeywordGroup; with its regex flag set it is what JabRef calls a RegexKeywordGroup."""
    field, expression, case_sensitive, regex = (list(node.parameters) + ["", "", "0", "0"])[:4]
    return {e.id for e in entries if _field_matches(e, field.lower(), expression, _flag(case_sensitive), _flag(regex))}


def _field_matches(entry: _Entry, field: str, expression: str, case_sensitive: bool, regex: bool) -> bool:
    value = _field_text(entry, field)
    if not value:
        return False
    if regex:
        try:
            return re.search(expression, value, 0 if case_sensitive else re.IGNORECASE) is not None
        except re.error:
            return False
    fold = (lambda text: text) if case_sensitive else str.casefold
    if field in _KEYWORD_FIELDS:
        have = {fold(word) for word in _KEYWORD_SEPARATORS.split(value) if word}
        wanted = {fold(word) for word in _KEYWORD_SEPARATORS.split(expression.strip()) if word}
    else:
        have = {fold(word) for word in _WORD_SEPARATORS.split(value) if word}
        wanted = {fold(word) for word in _WORD_SEPARATORS.split(expression) if word}
    return bool(wanted) and wanted <= have


def _field_text(entry: _Entry, field: str) -> str:
    if field in ("citationkey", "bibtexkey", "key"):
        return entry.key
    if field in ("entrytype", "type") and field not in entry.fields:
        return entry.entry_type
    return entry.fields.get(field, "")


def _search_group(node: GroupNode, entries: list[_Entry]) -> set[int]:
    expression, case_sensitive, regex = (list(node.parameters) + ["", "0", "0"])[:3]
    program = compile_search(expression)
    return {e.id for e in entries if program.matches(e, _flag(case_sensitive), _flag(regex))}


def _has_field(node: GroupNode, entries: list[_Entry]) -> set[int]:
    field = (node.parameters[0] if node.parameters else "").lower()
    return {e.id for e in entries if _field_text(e, field).strip()}


def _all_entries(_node: GroupNode, entries: list[_Entry]) -> set[int]:
    return {e.id for e in entries}


def _tex_group(node: GroupNode, entries: list[_Entry]) -> set[int]:
    path = Path(node.parameters[0]) if node.parameters else None
    try:
        text = path.read_text(encoding="utf-8", errors="replace") if path is not None else ""
    except OSError:
        return set()  # the .aux file is not on this machine: JabRef shows the group empty too
    cited = {key.strip() for match in _AUX_CITATION.finditer(text) for key in match.group(1).split(",")}
    return {e.id for e in entries if e.key in cited}


_OWN_MEMBERS = {
    "KeywordGroup": _keyword_group,
    "SearchGroup": _search_group,
    "AutomaticKeywordGroup": _has_field,
    "AutomaticPersonsGroup": _has_field,
    "AutomaticDateGroup": _has_field,
    "AutomaticEntryTypeGroup": _all_entries,
    "TexGroup": _tex_group,
}


# --- JabRef's search expressions -------------------------------------------------------

_TOKEN = re.compile(
    r"""\s*(?:(?P<open>\()|(?P<close>\))|"""
    r"""(?P<term>(?:[\w-]+\s*(?:!==|!=~|==|!=|=~|=|:)\s*)?(?:"[^"]*"|[^\s()"]+)))""",
    re.UNICODE,
)
_COMPARISON = re.compile(r"^([\w-]+)\s*(!==|!=~|==|!=|=~|=|:)\s*(.*)$", re.DOTALL)
_OPERATORS = {"and": 2, "or": 1, "not": 3}


@dataclass(frozen=True, slots=True)
class _Term:
    field: str | None  # None: any field
    operator: str  # "=" contains, "==" is, "=~" matches; "!=", "!==", "!=~" their negations
    value: str

    def matches(self, entry: _Entry, case_sensitive: bool, regex: bool) -> bool:
        fields = [self.field] if self.field not in (None, "anyfield", "any") else list(entry.fields)
        if self.field == "anykeyword":
            fields = [name for name in entry.fields if name in _KEYWORD_FIELDS]
        found = any(self._one(_field_text(entry, name), case_sensitive, regex) for name in fields if name)
        return not found if self.operator.startswith("!") else found

    def _one(self, text: str, case_sensitive: bool, regex: bool) -> bool:
        if regex or self.operator in ("=~", "!=~"):
            try:
                return re.search(self.value, text, 0 if case_sensitive else re.IGNORECASE) is not None
            except re.error:
                return False
        if not case_sensitive:
            text, value = text.casefold(), self.value.casefold()
        else:
            value = self.value
        return text == value if self.operator in ("==", "!==") else value in text


@dataclass(frozen=True, slots=True)
class SearchProgram:
    """A search expression in postfix order: terms and "and"/"or"/"not"."""

    steps: tuple[_Term | str, ...]

    def matches(self, entry: _Entry, case_sensitive: bool, regex: bool) -> bool:
        stack: list[bool] = []
        for step in self.steps:
            if isinstance(step, _Term):
                stack.append(step.matches(entry, case_sensitive, regex))
            elif step == "not":
                if stack:
                    stack.append(not stack.pop())
            elif len(stack) >= 2:
                right, left = stack.pop(), stack.pop()
                stack.append(left and right if step == "and" else left or right)
        return bool(stack) and all(stack)


def compile_search(expression: str) -> SearchProgram:
    """JabRef's search syntax: ``field=term``, ``field==exact``, ``field!=term``, bare words
    (any field), quotes, parentheses, ``and``/``or``/``not`` (and between terms by default)."""
    output: list[_Term | str] = []
    operators: list[str] = []
    previous_was_operand = False
    for match in _TOKEN.finditer(expression):
        if match.group("open"):
            if previous_was_operand:
                _push_operator("and", operators, output)
            operators.append("(")
            previous_was_operand = False
        elif match.group("close"):
            while operators and operators[-1] != "(":
                output.append(operators.pop())
            if operators:
                operators.pop()
            previous_was_operand = True
        else:
            word = match.group("term")
            lowered = word.lower()
            if lowered in _OPERATORS:
                if lowered == "not" and previous_was_operand:
                    _push_operator("and", operators, output)
                _push_operator(lowered, operators, output)
                previous_was_operand = False
                continue
            if previous_was_operand:
                _push_operator("and", operators, output)
            output.append(_term(word))
            previous_was_operand = True
    while operators:
        operator = operators.pop()
        if operator != "(":
            output.append(operator)
    return SearchProgram(tuple(output))


def _push_operator(operator: str, operators: list[str], output: list[_Term | str]) -> None:
    if operator == "not":  # unary, right-associative
        operators.append(operator)
        return
    while operators and operators[-1] != "(" and _OPERATORS[operators[-1]] >= _OPERATORS[operator]:
        output.append(operators.pop())
    operators.append(operator)


def _term(word: str) -> _Term:
    comparison = _COMPARISON.match(word)
    if comparison is None:
        return _Term(None, "=", word.strip('"'))
    field, operator, value = comparison.groups()
    return _Term(field.lower(), "=" if operator == ":" else operator, value.strip('"'))


__all__ = ["SearchProgram", "compile_search", "group_definitions", "group_members", "is_computed", "members_with_subgroups"]
