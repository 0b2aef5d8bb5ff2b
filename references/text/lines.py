"""The source as a list of non-blank lines, each knowing what stood above it.

PDF extraction leaves blank lines both between and inside paragraphs, and a
page break as blank lines around a lone page number ("\\n\\n\\n12  \\n\\n").
Rather than pass blank lines around, each line records the kind of gap
before it; page numbers are lifted out of the text into that gap.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

_NEWLINE = re.compile(r"\r\n|\r|\n")
_PAGE_NUMBER = re.compile(r"\s*(\d{1,4})\s*")
# A page number stands alone with at least this many blank lines above it
# (the bundled thesis has three) and at least one below. One blank line above
# a lone number is what a table cell looks like, so that is not enough.
MIN_BLANKS_ABOVE_PAGE_NUMBER = 2


class Gap(enum.Enum):
    NONE = "none"  # the line follows the previous one directly
    BLANK = "blank"  # one or more blank lines in between
    PAGE = "page"  # a page number (and blank lines) in between


@dataclass(frozen=True, slots=True)
class SourceLine:
    number: int  # 1-based line number in the source
    text: str  # as written, without the line break
    gap: Gap
    page_labels: tuple[str, ...] = ()  # page numbers that stood in the gap

    @property
    def content(self) -> str:
        return self.text.strip()


def read_lines(text: str) -> tuple[list[SourceLine], tuple[str, ...]]:
    """The non-blank lines of ``text``, and any page numbers after the last one."""
    raw = _NEWLINE.split(text)
    lines: list[SourceLine] = []
    blanks = 0
    gap = Gap.NONE
    labels: list[str] = []
    for index, line in enumerate(raw):
        if not line.strip():
            blanks += 1
            continue
        page = _PAGE_NUMBER.fullmatch(line)
        if page and _is_page_number(raw, index, blanks, first=not lines):
            labels.append(page.group(1))
            gap, blanks = Gap.PAGE, 0
            continue
        if gap is not Gap.PAGE:
            gap = Gap.BLANK if blanks else Gap.NONE
        lines.append(SourceLine(index + 1, line, gap, tuple(labels)))
        blanks, gap, labels = 0, Gap.NONE, []
    return lines, tuple(labels)


def _is_page_number(raw: list[str], index: int, blanks_above: int, first: bool) -> bool:
    below_is_blank = index + 1 >= len(raw) or not raw[index + 1].strip()
    return below_is_blank and (blanks_above >= MIN_BLANKS_ABOVE_PAGE_NUMBER or first)
