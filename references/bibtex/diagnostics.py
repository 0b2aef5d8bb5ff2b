"""Problems in a parsed file, each at a 1-based line in a sentence a person reads.

bibtexparser reports a failed block with a terse internal reason (``Unexpected
block start: `@book`. Was still looking for field-value closing `}```); this
module turns those, and the checks bibtexparser does not make (keys and
field names that differ only in letter case, stray braces between entries),
into ``BibProblem``s.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from references.bibtex.keys import is_valid_field_name, is_valid_key
from references.bibtex.model import BibBlock, BibProblem, ProblemKind
from references.bibtex.values import is_wellformed

# "@word" at the start of a line that did not become a block: BibTeX and
# biber take it for an entry and stop with a syntax error.
_STRAY_AT = re.compile(r"^[ \t]*@[^\s{(]*", re.MULTILINE)
_BLOCK_TYPE = re.compile(r"@\s*([^\s{(]*)")


def failed_block_problem(
    block_raw: str, start_line: int, reason: str, stop_line: int
) -> BibProblem:
    """The problem for a block bibtexparser gave up on."""
    match = _BLOCK_TYPE.match(block_raw)
    what = f"The @{match.group(1)} block" if match and match.group(1) else "The block"
    where = f"{what} starting on line {start_line}"
    if reason.startswith("Unexpected block start"):
        return BibProblem(
            start_line,
            ProblemKind.UNBALANCED_BRACES,
            f"{where} is not closed: a new block starts on line {stop_line} before its "
            "closing brace or quote. Everything from its start up to there is kept as "
            "unreadable text.",
        )
    if reason.startswith("Unexpectedly reached end of file"):
        return BibProblem(
            start_line,
            ProblemKind.UNBALANCED_BRACES,
            f"{where} is never closed: the file ends before its closing brace. "
            "It is kept as unreadable text.",
        )
    if reason.startswith("Expected comma after entry key"):
        detail = "its citation key is not followed by a comma"
    elif reason.startswith("Expected a `=`"):
        detail = "a field name is not followed by '='"
    elif reason.startswith("Expected equals sign"):
        detail = "the macro name is not followed by '='"
    elif reason.startswith("Expected either a `,`"):
        detail = "a field value is not followed by ',' or the closing brace"
    else:
        detail = reason.rstrip(".")
    return BibProblem(
        start_line,
        ProblemKind.MALFORMED_ENTRY,
        f"{where} cannot be read: {detail} (line {stop_line}). It is kept as unreadable text.",
    )


def text_problems(block: BibBlock) -> list[BibProblem]:
    """Stray ``@`` lines and unmatched braces in free text between blocks."""
    raw = block.raw or ""
    problems: list[BibProblem] = []
    for match in _STRAY_AT.finditer(raw):
        line = block.start_line + raw.count("\n", 0, match.start())
        problems.append(
            BibProblem(
                line,
                ProblemKind.JUNK,
                f"Line {line} starts with {match.group().strip()!r} but no '{{' follows, "
                "so it is not an entry; BibTeX and biber stop with a syntax error here. "
                "Remove the '@' or complete the entry.",
            )
        )
    offset = _first_unmatched_brace(raw)
    if offset is not None:
        line = block.start_line + raw.count("\n", 0, offset)
        text = raw[raw.rfind("\n", 0, offset) + 1 :].split("\n", 1)[0].strip()
        problems.append(
            BibProblem(
                line,
                ProblemKind.JUNK,
                f"Line {line} has text outside any entry with an unmatched brace: "
                f"{_shorten(text)!r}. BibTeX ignores it, but it is probably what is left "
                "of a broken entry.",
            )
        )
    return problems


def duplicate_key_problems(entries: Iterable[BibBlock]) -> list[BibProblem]:
    """Keys used twice; BibTeX treats keys differing only in case as one key."""
    first_by_key: dict[str, BibBlock] = {}
    problems: list[BibProblem] = []
    for entry in entries:
        key = entry.key or ""
        if not key:
            continue
        first = first_by_key.setdefault(key.lower(), entry)
        if first is entry:
            continue
        if first.key == key:
            message = (
                f"The key {key!r} on line {entry.start_line} is already used by the entry "
                f"on line {first.start_line}; a citation of it can find only one of them. "
                "Both are kept, and written back as they are until the second is renamed or merged."
            )
        else:
            message = (
                f"The key {key!r} on line {entry.start_line} differs only in letter case "
                f"from {first.key!r} on line {first.start_line}; BibTeX treats them as the "
                "same key. Both are kept, and written back as they are until the second is renamed or merged."
            )
        problems.append(BibProblem(entry.start_line, ProblemKind.DUPLICATE_KEY, message))
    return problems


def duplicate_string_problems(strings: Iterable[BibBlock]) -> list[BibProblem]:
    first_line: dict[str, int] = {}
    problems: list[BibProblem] = []
    for block in strings:
        name = (block.key or "").lower()
        if name in first_line:
            problems.append(
                BibProblem(
                    block.start_line,
                    ProblemKind.DUPLICATE_STRING,
                    f"The @string macro {block.key!r} on line {block.start_line} was already "
                    f"defined on line {first_line[name]}; the later definition replaces it.",
                )
            )
        else:
            first_line[name] = block.start_line
    return problems


def entry_problems(entry: BibBlock, field_line: Callable[[int], int]) -> list[BibProblem]:
    """A missing key, odd field names, repeated fields and unbalanced values.

    ``field_line(index)`` gives the 1-based line of the entry's field at ``index``.
    This runs for every entry of every file read, so the common case (no
    problem) is kept cheap: messages are only built for problems.
    """
    problems: list[BibProblem] = []

    def label() -> str:
        return f"The @{entry.entry_type} entry on line {entry.start_line}"

    if not entry.key:
        problems.append(
            BibProblem(
                entry.start_line,
                ProblemKind.MALFORMED_ENTRY,
                f"{label()} has no citation key, so it cannot be cited; it is kept, under a key the library makes for it.",
            )
        )
    elif not is_valid_key(entry.key):
        problems.append(
            BibProblem(
                entry.start_line,
                ProblemKind.MALFORMED_ENTRY,
                f"{label()} has the key {entry.key!r}, which contains spaces or characters "
                "that break \\cite; BibTeX cannot use it.",
            )
        )
    seen: dict[str, int] = {}
    for index, (name, value) in enumerate(entry.fields):
        if not _field_name_ok(name):
            line = field_line(index)
            problems.append(
                BibProblem(
                    line,
                    ProblemKind.MALFORMED_ENTRY,
                    f"{label()} has a field named {name!r} on line {line}; field names "
                    "cannot be empty or contain spaces, quotes, braces or '#'.",
                )
            )
        folded = name.lower()
        if folded in seen:
            line = field_line(index)
            problems.append(
                BibProblem(
                    line,
                    ProblemKind.DUPLICATE_FIELD,
                    f"{label()} has the field {name!r} twice "
                    f"(lines {field_line(seen[folded])} and {line}); "
                    "BibTeX keeps the first and ignores the other.",
                )
            )
        else:
            seen[folded] = index
        if not _value_ok(value):
            line = field_line(index)
            problems.append(
                BibProblem(
                    line,
                    ProblemKind.UNBALANCED_BRACES,
                    f"{label()}: the value of {name!r} on line {line} has unbalanced braces or "
                    "quotes (BibTeX counts every brace, even an escaped \\{).",
                )
            )
        elif folded in NAME_FIELDS and value.count(",") >= 2:
            problems.extend(name_list_problems(label(), name, value, lambda i=index: field_line(i)))
    return problems


#: Fields that hold name lists (BibTeX's and biblatex's).
NAME_FIELDS = frozenset(
    {"author", "editor", "editora", "editorb", "editorc", "translator", "bookauthor", "annotator",
     "commentator", "introduction", "foreword", "afterword", "holder", "shortauthor", "shorteditor"}
)
_SUFFIX = re.compile(r"^(jr|sr|jun|sen|ii|iii|iv|v|мл|ст)\.?$", re.IGNORECASE)


def name_list_problems(label: str, field: str, value: str, line_of: Callable[[], int]) -> list[BibProblem]:
    """Names biber rejects (more than two commas) or misreads (names joined by commas, not "and")."""
    from references.bibtex.names import _AND, _is_and, _is_comma, _split_top_level
    from references.bibtex.values import unwrapped

    problems: list[BibProblem] = []
    text = unwrapped(value)
    braced = "{" in text or "}" in text  # else every "and" and comma is at the top level
    for name in _split_top_level(text, _is_and) if braced else _AND.split(text):
        parts = [part.strip() for part in (_split_top_level(name, _is_comma) if braced else name.split(","))]
        if len(parts) > 3:
            line = line_of()
            problems.append(
                BibProblem(
                    line,
                    ProblemKind.NAMES,
                    f"{label}: biber rejects the name {' '.join(name.split())!r} in {field!r} on line {line}: "
                    f"it has {len(parts) - 1} commas. Separate names with 'and' (Last, First and Last, First).",
                )
            )
        elif len(parts) == 3 and not _SUFFIX.match(parts[1]) and not _SUFFIX.match(parts[2]):
            line = line_of()
            problems.append(
                BibProblem(
                    line,
                    ProblemKind.NAMES,
                    f"{label}: {' '.join(name.split())!r} in {field!r} on line {line} looks like names joined "
                    f"with commas; biber reads it as one name (last name {parts[0]!r}, suffix {parts[1]!r}). "
                    "Separate names with 'and'.",
                )
            )
    return problems


_NOT_BRACE = re.compile(r"[^{}]+")
def _value_ok(value: str) -> bool:
    """``is_wellformed``, with a fast path for the usual ``{text}`` and numbers."""
    if value.isdigit():
        return True
    last = len(value) - 1
    if last > 0 and value[0] == "{" and value[-1] == "}":
        if value.find("{", 1) < 0 and value.find("}") == last:
            return True  # no inner braces: the common case, found at C speed
        # Nested braces: they balance and the first one closes only at the end.
        depth = 0
        braces = _NOT_BRACE.sub("", value)
        for index, brace in enumerate(braces):
            depth += 1 if brace == "{" else -1
            if depth == 0:
                return index == len(braces) - 1
        return False
    return is_wellformed(value)


@functools.lru_cache(maxsize=4096)
def _field_name_ok(name: str) -> bool:
    """Field names repeat across entries, so each is checked once."""
    return is_valid_field_name(name)


def _first_unmatched_brace(text: str) -> int | None:
    if "{" not in text and "}" not in text:
        return None
    opened: list[int] = []
    for index, char in enumerate(text):
        if char == "{":
            opened.append(index)
        elif char == "}":
            if not opened:
                return index
            opened.pop()
    return opened[0] if opened else None


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
