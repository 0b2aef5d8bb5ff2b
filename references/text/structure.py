"""What the thesis parser returns: plain dataclasses, no database, no Qt.

All offsets are ``str`` indexes into the text they name (``block.text``), so
``block.text[c.start:c.end] == c.marker`` for every citation ``c``. Offsets
never point into a table caption: the caption is kept apart from the text.

A document is a list of sections (document order, children after their
parent) and a list of blocks (document order). Each block belongs to exactly
one section; a heading block opens the section it names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "table", "list_item"]
SectionKind = Literal["front_matter", "introduction", "chapter", "section", "conclusion", "bibliography", "appendix"]


@dataclass(frozen=True, slots=True)
class ParsedCitation:
    """One citation marker as written, e.g. ``[57]``, ``[3-5]``, ``[5, с. 12]``."""

    start: int
    end: int
    marker: str
    numbers: list[int]  # expanded and sorted: "[3-5]" -> [3, 4, 5]; page locators left out


@dataclass(frozen=True, slots=True)
class ParsedClaim:
    """A sentence that carries at least one marker, with the markers it carries."""

    start: int
    end: int
    citation_indexes: list[int]  # indexes into the block's ``citations``


@dataclass(frozen=True, slots=True)
class ParsedPageBreak:
    """A printed page number that stood in the source inside or before a block.

    ``offset`` is where the text after the page number starts in the block's
    text (0 when the page number stood just before the block).
    """

    offset: int
    label: str


@dataclass(frozen=True, slots=True)
class ParsedBlock:
    kind: BlockKind
    text: str  # paragraphs: hard-wrapped lines re-joined; tables: body lines kept
    section_index: int  # index into ParsedDocument.sections
    first_line: int  # 1-based source line where the block starts (caption included)
    last_line: int  # 1-based source line where it ends
    caption: str | None = None  # tables only; not repeated in ``text``
    citations: list[ParsedCitation] = field(default_factory=list)
    claims: list[ParsedClaim] = field(default_factory=list)
    page_breaks: list[ParsedPageBreak] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ParsedSection:
    title: str  # as written, wrapped lines joined, without the number
    number: str | None  # "1", "1.1"; None for the introduction and conclusion
    kind: SectionKind
    level: int  # 1 for introduction, chapters, conclusion; 2 for "1.1"; 3 for "1.1.1"
    parent_index: int | None


@dataclass(frozen=True, slots=True)
class ParsedListEntry:
    """An entry of the printed reference list: a block of the "bibliography" section.

    Its text is kept as a block (the document stays whole) but it is no
    citation: ``number`` is its number as printed ("12.", "[12]"; None when
    the list is not numbered) and ``text`` the entry without that number.
    """

    block_index: int
    number: int | None
    text: str


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    sections: list[ParsedSection]
    blocks: list[ParsedBlock]
    # Things a person should look at, e.g. a marker like "[14-9]" that was
    # not linked because its range runs backwards. Each names its source line.
    warnings: list[str] = field(default_factory=list)
    reference_list: list[ParsedListEntry] = field(default_factory=list)
