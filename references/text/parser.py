"""parse_thesis: a thesis's plain text -> sections, blocks, citations and claims.

The parser walks the non-blank source lines once. At each line it asks, in
this order: does a heading start here (the next chapter or section by
number, or КІРІСПЕ / ҚОРЫТЫНДЫ)? A table caption ("Кесте 3- ...")? A list
item? Otherwise the line continues the open paragraph or starts a new one
(rules in ``joining``). A numbered line is a heading only if its number is
the next one expected, so table rows ("1 Геосаясат") and numbered list items
("1. Қалыптасу кезеңі") never are.

After the reference list's title ("ПАЙДАЛАНЫЛҒАН ӘДЕБИЕТТЕР ТІЗІМІ",
"СПИСОК ЛИТЕРАТУРЫ", "References"...) the lines are the list's entries, up to
an appendix ("ҚОСЫМША А", "ПРИЛОЖЕНИЕ 1") or the end: each entry is a block
of its own (an entry starts at the next number, "12.", "12)" or "[12]"; in
an unnumbered list, where a line that ends a sentence is followed by a
capital), and none of them is a citation or a claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from references.text.claims import find_claims
from references.text.headings import (
    is_appendix_title,
    is_bibliography_title,
    is_bullet_item,
    is_caption,
    is_hyphen_or_numbered_item,
    is_upper_title,
    numbered_heading,
    unnumbered_heading,
)
from references.text.joining import TextBuilder, continues, ends_sentence, starts_lowercase
from references.text.lines import Gap, SourceLine, read_lines
from references.text.markers import find_citations
from references.text.structure import (
    BlockKind,
    ParsedBlock,
    ParsedDocument,
    ParsedCitation,
    ParsedListEntry,
    ParsedPageBreak,
    ParsedSection,
    SectionKind,
)
from references.text.tables import body_end, caption_end, prose_width

MAX_TITLE_LINES = 4
_NUMBER_PREFIX = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})*\.?\s+")
# An entry of a numbered reference list: "12 Author", "12. Author", "12) Author", "[12] Author".
_ENTRY_NUMBER = re.compile(r"\s*(?:\[(\d{1,4})\]|(\d{1,4})[.)]?)\s+(?=\S)")
# An appendix's own line: the word and at most a letter or number ("ҚОСЫМША А", "Приложение 1").
_APPENDIX_LINE = re.compile(r"\s*(?:қосымша|приложение|appendix)(?:\s+[\wА-Яа-я]{1,2})?\s*[.:]?\s*", re.IGNORECASE)


def parse_thesis(text: str, heading_lines: frozenset[int] = frozenset()) -> ParsedDocument:
    """Sections, blocks, citations and claims of a thesis's plain text.

    ``heading_lines`` (1-based line numbers) are lines the source's layout
    sets as headings (a PDF's larger type): there a numbered chapter title
    need not be in capitals, and a short unnumbered line opens a section.
    """
    lines, trailing_labels = read_lines(text)
    return _Parser(lines, heading_lines=heading_lines).parse(trailing_labels)


@dataclass(frozen=True, slots=True)
class _Heading:
    kind: SectionKind
    number: str | None

    @property
    def level(self) -> int:
        return 1 if self.number is None else self.number.count(".") + 1


@dataclass
class _OpenBlock:
    kind: BlockKind
    builder: TextBuilder
    first_line: int
    last_line: int
    # An item directly below the previous one ("- a;\n- b;\n- c."): such a
    # list of one-liners ends where a capitalised line follows a finished
    # sentence. Items set apart by blank lines may hold several sentences.
    tight_item: bool = False
    # An entry of the reference list (no citations in it), and its number as printed.
    list_entry: bool = False
    entry_number: int | None = None


@dataclass
class _Parser:
    lines: list[SourceLine]
    sections: list[ParsedSection] = field(default_factory=list)
    blocks: list[ParsedBlock] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    _chapter: int = 0  # number of the current chapter, 0 before the first
    _path: list[tuple[str, int]] = field(default_factory=list)  # open numbered sections: (number, index)
    _last_child: dict[str, int] = field(default_factory=dict)  # "1" -> 3 once "1.3" was seen
    heading_lines: frozenset[int] = frozenset()  # lines the layout sets as headings
    reference_list: list[ParsedListEntry] = field(default_factory=list)
    _in_list: bool = False  # inside the reference list: its lines are entries
    _last_entry: int = 0  # the number of the list's last numbered entry

    def parse(self, trailing_labels: tuple[str, ...]) -> ParsedDocument:
        width = prose_width(self.lines)
        open_block: _OpenBlock | None = None
        index = 0
        while index < len(self.lines):
            line = self.lines[index]
            heading = self._heading_at(index)
            if heading is not None:
                self._close(open_block)
                open_block = None
                index = self._add_heading(index, heading)
                continue
            if is_caption(line.text) and not self._in_list:
                self._close(open_block)
                open_block = None
                index = self._add_table(index, width)
                continue
            open_block = self._add_prose_line(index, open_block)
            index += 1
        self._close(open_block)
        if trailing_labels and self.blocks:  # page numbers after the last line of text
            last = self.blocks[-1]
            ends = [ParsedPageBreak(len(last.text), label) for label in trailing_labels]
            self.blocks[-1] = replace(last, page_breaks=[*last.page_breaks, *ends])
        return ParsedDocument(self.sections, self.blocks, self.warnings, self.reference_list)

    # -- headings -----------------------------------------------------------

    def _heading_at(self, index: int) -> _Heading | None:
        """The heading that starts at line ``index``, if one does; no side effects."""
        text = self.lines[index].text
        kind = unnumbered_heading(text)
        if kind is not None:
            return _Heading(kind, None)
        if self._in_list:  # only an appendix ends the list; its entries may look like anything else
            return _Heading("appendix", None) if _APPENDIX_LINE.fullmatch(text) and is_appendix_title(text) else None
        if is_bibliography_title(text.strip()) and self._stands_apart(index):
            return _Heading("bibliography", None)
        set_as_heading = self.lines[index].number in self.heading_lines
        numbered = numbered_heading(text)
        if numbered is None:
            return _Heading("chapter", None) if set_as_heading and _short_title(text) else None
        parts = numbered.parts
        if len(parts) == 1:
            if parts[0] == self._chapter + 1 and (is_upper_title(numbered.title) or set_as_heading):
                return _Heading("chapter", numbered.number)
            return None
        parent = ".".join(str(p) for p in parts[:-1])
        if (
            parent in {number for number, _ in self._path}
            and parts[-1] == self._last_child.get(parent, 0) + 1
            and numbered.title[0].isupper()
        ):
            return _Heading("section", numbered.number)
        return None

    def _add_heading(self, index: int, heading: _Heading) -> int:
        builder = TextBuilder()
        builder.add(self.lines[index])
        end = index + 1
        while end < len(self.lines) and end - index < MAX_TITLE_LINES and self._title_goes_on(heading, builder, end):
            builder.add(self.lines[end])
            end += 1
        text = builder.text
        section_index = len(self.sections)
        parent_index = self._enter_section(heading, section_index)
        self._in_list, self._last_entry = heading.kind == "bibliography", 0
        title = text if heading.number is None else _NUMBER_PREFIX.sub("", text, count=1)
        self.sections.append(ParsedSection(title, heading.number, heading.kind, heading.level, parent_index))
        self._emit("heading", builder, self.lines[index].number, self.lines[end - 1].number)
        return end

    def _title_goes_on(self, heading: _Heading, builder: TextBuilder, index: int) -> bool:
        line = self.lines[index]
        if heading.number is None or line.gap is Gap.PAGE or self._opens_block(index):
            return False
        if self.heading_lines and self.lines[index - 1].number in self.heading_lines:
            return line.number in self.heading_lines and line.gap is Gap.NONE  # a title the layout wrapped
        if heading.kind == "chapter":  # chapter titles are set in capitals
            letters = [c for c in line.content if c.isalpha()]
            return bool(letters) and all(c.isupper() for c in letters)
        # A section title wraps onto lowercase lines and ends at its full stop.
        return not builder.text.endswith(".") and starts_lowercase(line.content)

    def _enter_section(self, heading: _Heading, section_index: int) -> int | None:
        """Update the numbering state for a new section; its parent's index."""
        if heading.number is None:
            self._path = []
            return None
        parts = heading.number.split(".")
        if heading.kind == "chapter":
            self._chapter = int(parts[0])
            self._path = [(heading.number, section_index)]
            return None
        parent = ".".join(parts[:-1])
        depth = next(i for i, (number, _) in enumerate(self._path) if number == parent)
        parent_index = self._path[depth][1]
        self._path = self._path[: depth + 1] + [(heading.number, section_index)]
        self._last_child[parent] = int(parts[-1])
        return parent_index

    # -- paragraphs and list items --------------------------------------------

    def _stands_apart(self, index: int) -> bool:
        """The line is not the middle of a paragraph: first, after a gap, or after a finished sentence."""
        line = self.lines[index]
        return index == 0 or line.gap is not Gap.NONE or ends_sentence(self.lines[index - 1].text)

    def _add_entry_line(self, index: int, open_block: _OpenBlock | None) -> _OpenBlock:
        """A line of the reference list: it opens the next entry or continues the open one."""
        line = self.lines[index]
        number = _entry_number(line.text)
        if not self._last_entry and number != 1:
            number = None  # a list is numbered from 1: "1992 жылы ..." is not an entry's number
        if open_block is None:
            opens = True
        elif self._last_entry or number is not None:  # a numbered list: only the next number opens
            opens = number is not None and (number == self._last_entry + 1 or not self._last_entry)
        else:  # an unnumbered list: a finished entry and a capital, or a blank line
            opens = not continues(self.lines[index - 1], line, ends_at_sentence=True)
        if not opens:
            assert open_block is not None
            open_block.builder.add(line)
            open_block.last_line = line.number
            return open_block
        if number is not None:
            self._last_entry = number
        self._close(open_block)
        builder = TextBuilder()
        builder.add(line)
        return _OpenBlock("list_item", builder, line.number, line.number, list_entry=True, entry_number=number)

    def _add_prose_line(self, index: int, open_block: _OpenBlock | None) -> _OpenBlock:
        """Add line ``index`` to the open paragraph or list item, or start a new block with it."""
        if self._in_list:
            return self._add_entry_line(index, open_block)
        line = self.lines[index]
        item = self._starts_item(index)
        if (
            open_block is not None
            and not item
            and continues(self.lines[index - 1], line, ends_at_sentence=open_block.tight_item)
        ):
            open_block.builder.add(line)
            open_block.last_line = line.number
            return open_block
        after_item = open_block is not None and open_block.kind == "list_item"
        self._close(open_block)
        builder = TextBuilder()
        builder.add(line)
        return _OpenBlock(
            "list_item" if item else "paragraph",
            builder,
            line.number,
            line.number,
            tight_item=item and after_item and line.gap is Gap.NONE,
        )

    def _starts_item(self, index: int) -> bool:
        line = self.lines[index]
        if is_bullet_item(line.text):
            return True
        if not is_hyphen_or_numbered_item(line.text):
            return False
        # "- " or "1." mid-paragraph is a dash or a number that the line wrap
        # put first; an item starts after a blank line or a finished sentence.
        return index == 0 or line.gap is not Gap.NONE or ends_sentence(self.lines[index - 1].text)

    # -- tables -----------------------------------------------------------------

    def _add_table(self, index: int, width: int) -> int:
        caption = TextBuilder()
        caption_stop = caption_end(self.lines, index)
        for line in self.lines[index:caption_stop]:
            caption.add(line)
        body = TextBuilder(keep_line_breaks=True)
        stop = body_end(self.lines, caption_stop, width, self._opens_block)
        for line in self.lines[caption_stop:stop]:
            body.add(line)
        # A page number inside the caption is filed at the start of the body.
        body.page_breaks[:0] = [ParsedPageBreak(0, p.label) for p in caption.page_breaks]
        self._emit("table", body, self.lines[index].number, self.lines[stop - 1].number, caption.text)
        return stop

    def _opens_block(self, index: int) -> bool:
        return self._heading_at(index) is not None or is_caption(self.lines[index].text)

    # -- blocks -----------------------------------------------------------------

    def _close(self, block: _OpenBlock | None) -> None:
        if block is None:
            return
        if block.list_entry:
            self._emit_list_entry(block)
        else:
            self._emit(block.kind, block.builder, block.first_line, block.last_line)

    def _emit_list_entry(self, block: _OpenBlock) -> None:
        """An entry of the reference list: its "[12]" is its number, not a citation."""
        text = block.builder.text
        entry = text
        if block.entry_number is not None:
            match = _ENTRY_NUMBER.match(text)
            assert match is not None  # the entry was opened by this number
            entry = text[match.end():]
        self.reference_list.append(ParsedListEntry(len(self.blocks), block.entry_number, entry.strip()))
        self._emit(block.kind, block.builder, block.first_line, block.last_line, citations=False)

    def _emit(
        self,
        kind: BlockKind,
        builder: TextBuilder,
        first_line: int,
        last_line: int,
        caption: str | None = None,
        *,
        citations: bool = True,
    ) -> None:
        text = builder.text
        found: list[ParsedCitation] = []
        if citations:
            found, rejected = find_citations(text)
            for marker in rejected:
                self.warnings.append(f"line {builder.line_at(marker.start)}: {marker.reason}; it was not linked.")
        self.blocks.append(
            ParsedBlock(
                kind=kind,
                text=text,
                section_index=self._current_section(),
                first_line=first_line,
                last_line=last_line,
                caption=caption,
                citations=found,
                claims=find_claims(text, found),
                page_breaks=builder.page_breaks,
            )
        )

    def _current_section(self) -> int:
        if not self.sections:  # text before the first heading: title page and the like
            self.sections.append(ParsedSection("", None, "front_matter", 1, None))
        return len(self.sections) - 1


def _entry_number(line: str) -> int | None:
    match = _ENTRY_NUMBER.match(line)
    return int(match.group(1) or match.group(2)) if match else None


def _short_title(text: str) -> bool:
    """A line that can be a section's title: a few words, starting with a capital, no full stop at the end."""
    words = text.split()
    return 0 < len(words) <= 8 and text.strip()[:1].isupper() and not text.rstrip().endswith((".", ",", ";", ":"))
