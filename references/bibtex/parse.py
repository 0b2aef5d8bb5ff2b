"""``parse_bib``: a .bib text as ordered blocks that give the text back exactly.

bibtexparser 2 splits the text (with an EMPTY parse stack, so no value is
expanded, decoded or stripped of its delimiters) and never stops at an
error: what it cannot read comes back as ``ParsingFailedBlock``s, and
duplicate keys and fields as ``DuplicateBlockKeyBlock`` /
``DuplicateFieldKeyBlock`` wrapping the real block. Its blocks only give a
start line and the block's own raw text, so each raw text is found again in
the source, in order, and everything between two blocks becomes a ``text``
block. Joining the raw texts of all blocks therefore gives the input back,
byte for byte: untouched entries can be written from ``raw``.

Line numbers are counted here from the offsets (1-based): bibtexparser
counts lines by its own ``\\n`` marks and loses one after a line ending in a
backslash.
"""

from __future__ import annotations

import logging
import re

import bibtexparser
from bibtexparser import model as bp

from references.bibtex import diagnostics
from references.bibtex.groups import (
    GROUPING_KEY,
    GROUPS_FIELD,
    LEGACY_GROUPING_KEY,
    GroupTree,
    legacy_members,
    new_root,
    parse_group_lines,
    parse_groups_field,
    split_meta_comment,
)
from references.bibtex.model import (
    BibBlock,
    BibParseResult,
    BibProblem,
    BlockKind,
    ProblemKind,
)

# bibtexparser logs its own multi-line "Parsing of `@article` block (line 0) aborted"
# warnings (with its own, wrong, line numbers); Silteme reports every problem itself with
# the file's line, so bibtexparser's log stays out of the user's stderr.
_BIBTEXPARSER_LOG = logging.getLogger("bibtexparser")
_BIBTEXPARSER_LOG.addHandler(logging.NullHandler())
_BIBTEXPARSER_LOG.propagate = False


# A "% comment" line, which biber allows between the fields of an entry
# (see bibtexparser-biber_comments.bib); bibtexparser leaves it in the
# following field's name or the preceding field's value.
# Stands for a backslash before a brace while a failed block is read again (see
# ``_Builder._read_masked``); a private-use character no .bib holds.
_MASK = "\ue000"
_COMMENT_LINE = re.compile(r"^[ \t]*%[^\n]*(\n|$)", re.MULTILINE)
# An entry "commented out" with a "%" before its "@": biber reads the line as a
# comment (bibtexparser would start an entry there). Its "@" is hidden from
# bibtexparser behind a private-use character of the same length, so the text
# stays where it is and comes back exactly, as free text.
_COMMENTED_ENTRY = re.compile(r"^([ \t]*%[ \t%]*)@", re.MULTILINE)
_HIDDEN_AT = "\ue001"
# An entry written without a key, as EndNote exports them: "@article{" and then a field
# ("@article{\n  author = {...}"). BibTeX and biber stop there; Silteme keeps the entry (it
# gets a key of its own, like one with an empty key): bibtexparser is shown a "," in place
# of the first blank after the brace, so nothing moves and the text comes back as it was.
_KEYLESS_ENTRY = re.compile(r"^([ \t]*@[ \t]*(?!(?:string|comment|preamble)\b)[A-Za-z][\w-]*[ \t]*\{)[ \t\r\n](?=\s*[A-Za-z][\w:+.-]*\s*=)", re.MULTILINE | re.IGNORECASE)


def parse_bib(text: str) -> BibParseResult:
    """Parse a .bib text; never raises, reports what is wrong as problems."""
    result = BibParseResult()
    seen = text
    if "%" in text and _COMMENTED_ENTRY.search(text):
        seen = _COMMENTED_ENTRY.sub(lambda match: match.group(1) + _HIDDEN_AT, text)
    if _KEYLESS_ENTRY.search(seen):
        seen = _KEYLESS_ENTRY.sub(lambda match: match.group(1) + ",", seen)
    try:
        library = bibtexparser.parse_string(seen, parse_stack=[])
    except Exception as error:  # noqa: BLE001 - a parser bug must not lose the user's file
        result.blocks.append(BibBlock(BlockKind.TEXT, text, 1))
        result.problems.append(
            BibProblem(
                1,
                ProblemKind.MALFORMED_ENTRY,
                f"The file could not be split into entries ({type(error).__name__}: {error}); "
                "it is kept as text.",
            )
        )
        return result
    builder = _Builder(text, result)
    builder.seen = seen
    for block in library.blocks:
        builder.add(block)
    builder.finish()
    return result


class _Builder:
    """Places bibtexparser's blocks at their offsets and fills the gaps."""

    def __init__(self, text: str, result: BibParseResult, masked: str | None = None) -> None:
        self.text = text
        self.masked = masked  # the text bibtexparser read, when its escaped braces were masked
        self.seen = text  # the text bibtexparser read (commented-out entries hidden)
        self.result = result
        self.pos = 0  # end of the last placed block
        self.line = 1  # line number at self.pos
        self.entry_blocks: list[BibBlock] = []
        self.string_blocks: list[BibBlock] = []
        self.group_values: list[tuple[BibBlock, str]] = []

    def add(self, block: bp.Block) -> None:
        if isinstance(block, bp.ImplicitComment):
            return  # free text is taken from the gaps, exactly as written
        raw = block.raw or ""
        start = (self.masked or self.seen).find(raw, self.pos) if raw else -1
        if start < 0:
            return  # cannot happen for bibtexparser 2.1; the text stays in a gap
        raw = self.text[start : start + len(raw)]
        self._gap_until(start)
        start_line = self.line
        self.line += raw.count("\n")
        self.pos = start + len(raw)
        if isinstance(block, bp.ParsingFailedBlock) and self.masked is None and self._read_masked(raw, start_line):
            return
        self._place(block, raw, start_line)

    def _read_masked(self, raw: str, line: int) -> bool:
        r"""Read a failed block again as BibTeX counts braces (a backslash does not
        escape one: ``{C:\\dir\}`` is a whole value); True when that reads it cleanly.

        bibtexparser takes ``\}`` for an escaped brace, so a value ending in a
        backslash ran on into the next entry. Only blocks it failed on are read
        again, so nothing it reads today changes.
        """
        if ("\\}" not in raw and "\\{" not in raw) or _MASK in raw:
            return False
        masked = raw.replace("\\{", _MASK + "{").replace("\\}", _MASK + "}")
        try:
            blocks = bibtexparser.parse_string(masked, parse_stack=[]).blocks
        except Exception:  # noqa: BLE001 - then the first reading's problem stands
            return False
        if any(isinstance(b, bp.ParsingFailedBlock) for b in blocks):
            return False
        again = _Builder(raw, self.result, masked)
        again.line = line
        again.entry_blocks, again.string_blocks, again.group_values = (
            self.entry_blocks, self.string_blocks, self.group_values
        )
        for block in blocks:
            again.add(block)
        again._gap_until(len(raw))
        return True

    def _plain(self, value: str) -> str:
        """A string bibtexparser gave, with masked backslashes and hidden "@"s put back."""
        if _HIDDEN_AT in value:
            value = value.replace(_HIDDEN_AT, "@")
        return value.replace(_MASK, "\\") if self.masked is not None else value

    def finish(self) -> None:
        self._gap_until(len(self.text))
        result = self.result
        result.problems.extend(diagnostics.duplicate_key_problems(self.entry_blocks))
        result.problems.extend(diagnostics.duplicate_string_problems(self.string_blocks))
        result.groups = self._group_tree()
        result.problems.sort(key=lambda problem: problem.line)

    def _gap_until(self, start: int) -> None:
        if start <= self.pos:
            return
        gap = self.text[self.pos : start]
        block = BibBlock(BlockKind.TEXT, gap, self.line)
        blocks = self.result.blocks
        # Text right after a failed block is that block's unread tail: already reported.
        after_failure = bool(blocks) and blocks[-1].kind is BlockKind.INVALID
        blocks.append(block)
        if not gap.isspace() and not after_failure:
            self.result.problems.extend(diagnostics.text_problems(block))
        self.line += gap.count("\n")
        self.pos = start

    def _place(self, block: bp.Block, raw: str, line: int) -> None:
        inner = block.ignore_error_block if isinstance(block, bp.ParsingFailedBlock) else None
        if isinstance(inner, bp.Entry):
            block = inner
        elif isinstance(inner, bp.String):
            block = inner
        if isinstance(block, bp.Entry):
            self._entry(block, raw, line)
        elif isinstance(block, bp.String):
            placed = BibBlock(
                BlockKind.STRING, raw, line, key=self._plain(block.key),
                value=self._plain(_without_comments(block.value)),
            )
            self.string_blocks.append(placed)
            self.result.strings[block.key.lower()] = placed.value or ""
            self.result.blocks.append(placed)
        elif isinstance(block, bp.Preamble):
            self.result.blocks.append(BibBlock(BlockKind.PREAMBLE, raw, line, value=self._plain(block.value)))
        elif isinstance(block, bp.ExplicitComment):
            self._comment(self._plain(block.comment), raw, line)
        elif isinstance(block, bp.ParsingFailedBlock):
            self.result.blocks.append(BibBlock(BlockKind.INVALID, raw, line))
            self.result.problems.append(self._failure(block, raw, line))
        else:  # a block type bibtexparser may add later: keep it verbatim
            self.result.blocks.append(BibBlock(BlockKind.INVALID, raw, line))

    def _entry(self, entry: bp.Entry, raw: str, line: int) -> None:
        source_fields = entry.fields
        if "%" in raw:
            fields = tuple(
                (_without_comments(field.key), _without_comments(field.value))
                for field in source_fields
            )
        else:  # the common case, kept cheap: this runs for every entry
            fields = tuple([(field.key, field.value) for field in source_fields])
        if self.masked is not None or self.seen is not self.text:  # something was masked or hidden
            fields = tuple((self._plain(name), self._plain(value)) for name, value in fields)
        placed = BibBlock(
            BlockKind.ENTRY,
            raw,
            line,
            entry_type=entry.entry_type.lower(),
            key=self._plain(entry.key),
            fields=fields,
        )
        self.entry_blocks.append(placed)
        self.result.blocks.append(placed)
        # Field lines relative to the entry's start: exact unless a line inside
        # this entry ends with a backslash (see the module docstring).
        shift = line - (entry.start_line or 0)

        def field_line(index: int) -> int:
            return max(line, (source_fields[index].start_line or 0) + shift)

        self.result.problems.extend(diagnostics.entry_problems(placed, field_line))

    def _comment(self, body: str, raw: str, line: int) -> None:
        meta = split_meta_comment(body)
        if meta is None:
            self.result.blocks.append(BibBlock(BlockKind.COMMENT, raw, line, value=body))
            return
        key, value = meta
        placed = BibBlock(BlockKind.JABREF_META, raw, line, key=key, value=value)
        self.result.blocks.append(placed)
        if key in (GROUPING_KEY, LEGACY_GROUPING_KEY):
            self.group_values.append((placed, value))

    def _failure(self, block: bp.ParsingFailedBlock, raw: str, line: int) -> BibProblem:
        error = block.error
        reason = getattr(error, "abort_reason", None) or str(error)
        end_index = getattr(error, "end_index", None)
        block_start = self.pos - len(raw)
        if reason.startswith("Unexpected block start"):
            # The block ran into the next "@" at a line start: name that line.
            stop = self.text.find("@", self.pos)
        elif isinstance(end_index, int):
            # bibtexparser's indices count one extra leading "\n" it adds.
            stop = end_index - 1
        else:
            stop = self.pos
        stop = min(max(stop, block_start), len(self.text))
        stop_line = line + self.text.count("\n", block_start, stop)
        return diagnostics.failed_block_problem(raw, line, reason, stop_line)

    def _group_tree(self) -> GroupTree | None:
        membership: dict[str, list[str]] = {}
        for entry in self.entry_blocks:
            raw_groups = entry.field(GROUPS_FIELD)
            if raw_groups is not None and entry.key:
                membership[entry.key] = parse_groups_field(raw_groups, self.result.strings)
        if not self.group_values:
            return GroupTree(new_root(), membership) if membership else None
        # JabRef reads the newest format when a file has both.
        self.group_values.sort(key=lambda item: item[0].key != GROUPING_KEY)
        meta_block, value = self.group_values[0]
        root, errors = parse_group_lines(value)
        value_start = (meta_block.raw or "").find(value)
        for error in errors:
            line = meta_block.start_line + (meta_block.raw or "").count(
                "\n", 0, max(value_start, 0) + error.offset
            )
            self.result.problems.append(BibProblem(line, ProblemKind.GROUPS, error.message))
        root = root or new_root()
        for key, names in legacy_members(root).items():
            known = membership.setdefault(key, [])
            known.extend(name for name in names if name not in known)
        return GroupTree(root, membership)


def _without_comments(text: str) -> str:
    """Drop ``%`` comment lines biber allows between fields; keep ``%`` inside values.

    Only lines outside braces and quotes are comments: an abstract may well
    hold a line that starts with ``%``.
    """
    if "%" not in text:
        return text
    out: list[str] = []
    depth = 0
    in_quotes = False
    for line in text.splitlines(keepends=True):
        if depth == 0 and not in_quotes and _COMMENT_LINE.match(line):
            continue
        out.append(line)
        for char in line:
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
            elif char == '"' and depth == 0:
                in_quotes = not in_quotes
    return "".join(out).strip()
