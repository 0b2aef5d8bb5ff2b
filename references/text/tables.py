"""Where a table's caption and body end.

A table extracted from PDF is a column layout: each cell's words on short
lines of their own ("Геосаяси орналасу мен\\nдержавалар арасындағы"). Prose
lines run nearly the full text width. So the table body ends where two
full-width lines in a row appear: the first lines of the next paragraph.
In the bundled thesis the widest table line is 51 characters and the
narrowest line that resumes prose is 57, against a median line of 69.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence

from references.text.joining import starts_lowercase
from references.text.lines import Gap, SourceLine

PROSE_WIDTH_SHARE = 0.8  # of the median line length
MAX_CAPTION_LINES = 4


def prose_width(lines: Sequence[SourceLine]) -> int:
    """How long a line must be to count as a line of running text."""
    if not lines:
        return 0
    return round(PROSE_WIDTH_SHARE * statistics.median(len(line.content) for line in lines))


def caption_end(lines: Sequence[SourceLine], start: int) -> int:
    """Index after the caption that starts at ``start``: its first line and
    the wrapped lines below it, which start in lowercase."""
    end = start + 1
    while (
        end < len(lines)
        and end - start < MAX_CAPTION_LINES
        and lines[end].gap is not Gap.PAGE
        and starts_lowercase(lines[end].content)
    ):
        end += 1
    return end


def body_end(
    lines: Sequence[SourceLine], start: int, width: int, opens_block: Callable[[int], bool]
) -> int:
    """Index of the first line after the table body that starts at ``start``.

    ``opens_block(i)`` says whether line ``i`` is a heading or caption, which
    ends the table too.
    """
    for index in range(start, len(lines)):
        if opens_block(index):
            return index
        if _is_prose(lines, index, width) and _is_prose(lines, index + 1, width):
            return index
    return len(lines)


def _is_prose(lines: Sequence[SourceLine], index: int, width: int) -> bool:
    return index < len(lines) and len(lines[index].content) >= width
