"""JabRef groups: the tree in ``@Comment{jabref-meta: grouping: ...}``.

JabRef (checked against its GroupSerializer, MetaDataSerializer,
GroupsParser, MetaDataParser and QuotedStringTokenizer) writes the tree one
node per line, depth first, each line ``<level> <group>``, under the root
``0 AllEntriesGroup:``::

    @Comment{jabref-meta: grouping:
    0 AllEntriesGroup:;
    1 StaticGroup:Legal acts\\;0\\;1\\;0x8a8a8aff\\;\\;\\;;
    2 StaticGroup:Laws of 1995\\;0\\;1\\;\\;\\;\\;;
    }

A group is ``Kind:`` then ``;``-separated units: name, hierarchical context
(0 independent, 1 refining, 2 including), the kind's own parameters, then
expanded (1/0), colour ``0xRRGGBBAA``, icon and description. Inside a unit
``\\`` and ``;`` are escaped with ``\\``; the whole line is then escaped once
more for the meta-data level, and ends with ``;``. Which entries belong to
a static group is not in the tree: each entry lists its groups in its own
``groups = {Legal acts, Western}`` field.

The legacy ``groupstree:`` format (groupsversion 3) is read too: its
``ExplicitGroup:`` lines list their member keys inline, and lines without
the four trailing details are kept that way so they are written back as
they were. Kinds this module does not know are kept with their units
verbatim.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from references.bibtex.values import unwrapped
from models.messages import Message, Messages

BibtexErrors = Messages("BibtexErrors")

GROUPING_KEY = "grouping"
LEGACY_GROUPING_KEY = "groupstree"
ALL_ENTRIES = "AllEntriesGroup"
STATIC_GROUP = "StaticGroup"
LEGACY_EXPLICIT_GROUP = "ExplicitGroup"
GROUPS_FIELD = "groups"

_META_PREFIX = "jabref-meta: "
_QUOTE = "\\"
_SEPARATOR = ";"

# How many units after name and context each known kind has before the
# four details (expanded, colour, icon, description).
_PARAMETER_COUNTS = {
    STATIC_GROUP: 0,
    "SmartGroup": 0,
    "KeywordGroup": 4,  # field, expression, case sensitive, regex
    "SearchGroup": 3,  # expression, case sensitive, regex
    "AutomaticKeywordGroup": 3,  # field, delimiter, hierarchical delimiter
    "AutomaticPersonsGroup": 1,  # field
    "AutomaticEntryTypeGroup": 0,
    "AutomaticDateGroup": 2,  # field, granularity
    "TexGroup": 1,  # .aux file path
}


@dataclass(slots=True)
class GroupNode:
    """One JabRef group; ``kind`` is the serialised type without the colon."""

    name: str
    kind: str = STATIC_GROUP
    context: int = 0
    expanded: bool = True
    color: str | None = None
    icon: str = ""
    description: str = ""
    # The kind's own units (keyword groups: field, expression, flags;
    # legacy explicit groups: their member keys), unescaped.
    parameters: tuple[str, ...] = ()
    # False for legacy lines that end before expanded/colour/icon/description.
    has_details: bool = True
    children: list[GroupNode] = field(default_factory=list)

    def walk(self) -> Iterator[tuple[int, GroupNode]]:
        """(level, node) for this node and all below it, depth first."""
        stack: list[tuple[int, GroupNode]] = [(0, self)]
        while stack:
            level, node = stack.pop()
            yield level, node
            stack.extend((level + 1, child) for child in reversed(node.children))


@dataclass(slots=True)
class GroupTree:
    """The group tree of a file and which entry keys are in which groups.

    ``membership`` maps an entry key to its group names, from the entries'
    ``groups`` fields and from legacy explicit groups' inline key lists.
    """

    root: GroupNode
    membership: dict[str, list[str]] = field(default_factory=dict)

    def find(self, name: str) -> GroupNode | None:
        for _level, node in self.root.walk():
            if node is not self.root and node.name == name:
                return node
        return None


@dataclass(frozen=True, slots=True)
class GroupLineError:
    """A group line that could not be read; ``offset`` is within the meta value."""

    offset: int
    message: str


def new_root() -> GroupNode:
    return GroupNode(name="", kind=ALL_ENTRIES, has_details=False)


def split_meta_comment(comment_body: str) -> tuple[str, str] | None:
    """``(key, value)`` of a ``jabref-meta: key:value`` comment body, else None."""
    if not comment_body.startswith(_META_PREFIX):
        return None
    rest = comment_body[len(_META_PREFIX) :]
    colon = rest.find(":")
    if colon < 0:
        return None
    return rest[:colon].strip(), rest[colon + 1 :]


# Deeper groups are hung at this depth (and reported): every reader of the tree
# may then walk it by calls, and no file can make one recurse without bound.
MAX_GROUP_DEPTH = 32


def parse_group_lines(value: str) -> tuple[GroupNode | None, list[GroupLineError]]:
    """The tree in a ``grouping``/``groupstree`` meta value, and unreadable lines."""
    root: GroupNode | None = None
    path: list[tuple[int, GroupNode]] = []  # the current node and its ancestors
    errors: list[GroupLineError] = []
    too_deep = False
    # JabRef 2.x wrapped the groupstree at 70 columns, in the middle of a
    # name or key; JabRef drops every line break of a meta value before
    # reading it, and so is it done here (units end at ';', not at lines).
    origin = [index for index, char in enumerate(value) if char not in "\r\n"]
    joined = "".join(value[index] for index in origin)
    origin.append(len(value))
    for joined_offset, unit in _meta_units(joined):
        offset = origin[min(joined_offset, len(origin) - 1)]
        line = unit.strip()
        if not line:
            continue
        offset = origin[min(joined_offset + len(unit) - len(unit.lstrip()), len(origin) - 1)]  # where its text starts
        level_text, space, group_text = line.partition(" ")
        try:
            if not space or not level_text.isdigit():
                raise ValueError("it does not start with a level number and a space")
            level = int(level_text)
            node = _group_from_string(group_text)
        except ValueError as error:
            errors.append(
                GroupLineError(offset, f"The group line {line!r} was skipped: {error}.")
            )
            continue
        if root is None:
            root = node
            path = [(level, node)]
            continue
        while len(path) > 1 and level <= path[-1][0]:
            path.pop()
        if len(path) > MAX_GROUP_DEPTH:
            if not too_deep:  # one problem for the tree, at its first group too deep
                errors.append(GroupLineError(
                    offset, f"The group {node.name!r} is nested {level} levels deep; Silteme keeps groups at "
                    f"most {MAX_GROUP_DEPTH} levels deep, so it and any deeper groups were placed at level "
                    f"{MAX_GROUP_DEPTH}."
                ))
            too_deep = True
            del path[MAX_GROUP_DEPTH:]
        path[-1][1].children.append(node)
        path.append((level, node))
    return root, errors


def serialize_group_tree(root: GroupNode) -> list[str]:
    """The tree's lines as JabRef writes them in the meta value, with the final ``;``."""
    lines = []
    for level, node in root.walk():
        line = f"{level} {_group_to_string(node)}"
        lines.append(_quote(line, _SEPARATOR) + _SEPARATOR)
    return lines


def group_name_problem(name: str) -> Message | None:
    """Why ``name`` cannot be a group name in a .bib file, or None if it can.

    Braces would unbalance the ``@Comment`` block, a line break would split
    the line-based tree, and a comma would split the ``groups`` field.
    """
    if not name.strip():
        return BibtexErrors.tr("A group name cannot be empty.")
    if "{" in name or "}" in name:
        return BibtexErrors.tr("The group name %1 contains a brace, which a .bib file cannot hold there.", repr(name))
    if "\n" in name:
        return BibtexErrors.tr("The group name %1 contains a line break, which a .bib file cannot hold there.", repr(name))
    if "," in name:
        return BibtexErrors.tr("The group name %1 contains a comma, which a .bib file cannot hold there.", repr(name))
    return None


def safe_group_name(name: str) -> str:
    """``name`` as a .bib file can hold it: line breaks and tabs become spaces,
    braces parentheses, commas semicolons (``group_name_problem`` says why)."""
    cleaned = " ".join(name.split())
    cleaned = cleaned.replace("{", "(").replace("}", ")").replace(",", ";")
    return cleaned or "unnamed group"


def format_groups_comment(root: GroupNode) -> str:
    """The whole ``@Comment{jabref-meta: grouping: ...}`` block for a tree.

    Raises ``ValueError`` for a group whose name ``group_name_problem`` rejects,
    or whose description holds a brace or line break.
    """
    for _level, node in root.walk():
        if node is root:
            continue
        problem = group_name_problem(node.name)
        if problem is None and any(char in node.description for char in "{}\n"):
            problem = f"the description of group {node.name!r} contains a brace or line break"
        if problem is not None:
            raise ValueError(str(problem))
    body = "".join(line + "\n" for line in serialize_group_tree(root))
    return f"@Comment{{{_META_PREFIX}{GROUPING_KEY}:\n{body}}}"


def parse_groups_field(raw_value: str, strings: Mapping[str, str] | None = None) -> list[str]:
    """Group names in an entry's raw ``groups`` field (comma separated, as JabRef)."""
    names = (name.strip() for name in unwrapped(raw_value, strings).split(","))
    return [name for name in names if name]


def format_groups_field(names: Iterable[str]) -> str:
    """A raw ``groups`` value listing ``names`` in order, without repeats."""
    unique = list(dict.fromkeys(name.strip() for name in names if name.strip()))
    return "{" + ", ".join(unique) + "}"


def legacy_members(root: GroupNode) -> dict[str, list[str]]:
    """Entry key -> group names, from legacy explicit groups' inline key lists."""
    members: dict[str, list[str]] = {}
    for _level, node in root.walk():
        if node.kind == LEGACY_EXPLICIT_GROUP:
            for key in node.parameters:
                members.setdefault(key, []).append(node.name)
    return members


def same_tree(first: GroupNode, second: GroupNode) -> bool:
    return dataclasses.astuple(first) == dataclasses.astuple(second)


def _meta_units(value: str) -> Iterator[tuple[int, str]]:
    """Split a meta value at unescaped ``;``, unescaping ``\\;`` and ``\\\\``.

    As JabRef's MetaDataParser: any other backslash pair is kept as is.
    """
    unit: list[str] = []
    start = 0
    index = 0
    while index < len(value):
        char = value[index]
        if char == _QUOTE and index + 1 < len(value):
            following = value[index + 1]
            if following not in (_SEPARATOR, _QUOTE):
                unit.append(char)
            unit.append(following)
            index += 2
            continue
        if char == _SEPARATOR:
            yield start, "".join(unit)
            unit.clear()
            start = index + 1
        else:
            unit.append(char)
        index += 1
    if unit:
        yield start, "".join(unit)


def _tokens(text: str) -> list[str]:
    """JabRef's QuotedStringTokenizer: units at unquoted ``;``, quotes kept."""
    tokens: list[str] = []
    index = 0
    while index < len(text) and text[index] == _SEPARATOR:
        index += 1  # leading separators are skipped
    current: list[str] = []
    while index < len(text):
        char = text[index]
        if char == _QUOTE:
            current.append(text[index : index + 2])
            index += 2
            continue
        if char == _SEPARATOR:
            tokens.append("".join(current))
            current.clear()
        else:
            current.append(char)
        index += 1
    if current:
        tokens.append("".join(current))
    return tokens


def _unquote(token: str) -> str:
    out: list[str] = []
    quoted = False
    for char in token:
        if quoted:
            if char != "\n":
                out.append(char)
            quoted = False
        elif char == _QUOTE:
            quoted = True
        else:
            out.append(char)
    return "".join(out)


def _quote(text: str, specials: str) -> str:
    return "".join(_QUOTE + char if char == _QUOTE or char in specials else char for char in text)


def _group_from_string(text: str) -> GroupNode:
    kind, colon, rest = text.partition(":")
    if not colon or not kind or not kind.isidentifier():
        raise ValueError("it does not start with a group type such as 'StaticGroup:'")
    if kind == ALL_ENTRIES:
        return new_root()
    tokens = _tokens(rest)
    if not tokens:
        raise ValueError("the group has no name")
    name = _unquote(tokens[0])
    if kind == LEGACY_EXPLICIT_GROUP:
        return GroupNode(
            name=name,
            kind=kind,
            context=_context(tokens),
            parameters=tuple(_unquote(token) for token in tokens[2:]),
            has_details=False,
        )
    count = _PARAMETER_COUNTS.get(kind)
    if count is None:  # a kind we do not know: keep every unit as it was
        return GroupNode(
            name=name,
            kind=kind,
            parameters=tuple(_unquote(token) for token in tokens[1:]),
            has_details=False,
        )
    context = _context(tokens)
    parameters = tuple(_unquote(token) for token in tokens[2 : 2 + count])
    if len(parameters) < count:
        raise ValueError(f"a {kind} needs {count} settings after its name and context")
    details = tokens[2 + count :]
    if not details:
        return GroupNode(name, kind, context, parameters=parameters, has_details=False)
    expanded, color, icon, description = (list(details) + ["", "", "", ""])[:4]
    return GroupNode(
        name=name,
        kind=kind,
        context=context,
        expanded=expanded.strip() != "0",
        color=_unquote(color) or None,
        icon=_unquote(icon),
        description=_unquote(description),
        parameters=parameters,
    )


def _context(tokens: Sequence[str]) -> int:
    if len(tokens) < 2:
        raise ValueError("the hierarchical context (0, 1 or 2) is missing")
    try:
        context = int(tokens[1])
    except ValueError:
        raise ValueError(f"the hierarchical context {tokens[1]!r} is not a number") from None
    return context if context in (0, 1, 2) else 0  # JabRef's getByNumberOrDefault


def _group_to_string(node: GroupNode) -> str:
    if node.kind == ALL_ENTRIES:
        return f"{ALL_ENTRIES}:"
    units = [_quote(node.name, _SEPARATOR)]
    if node.kind in _PARAMETER_COUNTS or node.kind == LEGACY_EXPLICIT_GROUP:
        units.append(str(node.context))
    units.extend(_quote(parameter, _SEPARATOR) for parameter in node.parameters)
    if node.has_details:
        units += [
            "1" if node.expanded else "0",
            _quote(node.color or "", _SEPARATOR),
            _quote(node.icon, _SEPARATOR),
            _quote(node.description, _SEPARATOR),
        ]
    return f"{node.kind}:" + "".join(unit + _SEPARATOR for unit in units)
