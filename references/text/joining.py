"""Re-joining hard-wrapped lines, and deciding where a paragraph ends.

The signals, read off the bundled thesis:

* A line directly below another continues its paragraph, unless it is
  indented and the line above ends a sentence (the PDF keeps the first-line
  indent as a leading space).
* A blank line usually ends a paragraph, but PDF extraction also leaves blank
  lines inside them ("халықаралық \\n\\nқатынастар"): the paragraph goes on
  when the next line starts in lowercase or the line above cannot end one
  (it ends with a comma, a dash or "жəне").
* A page break says nothing about paragraphs: the text goes on unless the
  line above ends a sentence and the next starts like a new one.
* A citation marker never opens a paragraph ("... көрсетеді \\n[1].").

Joined lines are separated by one space, except after a hyphen that ends a
word ("теке-" + "тірестер" -> "теке-тірестер"): the PDF had no automatic
hyphenation, so every hyphen is real and kept.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from references.text.lines import Gap, SourceLine
from references.text.sentences import ends_with_abbreviation
from references.text.structure import ParsedPageBreak

_CONJUNCTIONS = frozenset({"жəне", "және", "мен", "пен", "бен", "немесе", "яғни", "и", "или", "а", "and", "or"})
_OPENING = "«“„\"'("
_CLOSING = "»”’\"')"
_MARKER_START = re.compile(r"\[\s*\d")
_WORD_HYPHEN = re.compile(r"\w-$")


def starts_lowercase(content: str) -> bool:
    first = content.lstrip(_OPENING)[:1]
    return first.islower()


def ends_sentence(text: str) -> bool:
    """The line ends with a sentence stop (or ";", ":" or a marker), not an initial."""
    body = text.rstrip().rstrip(_CLOSING)
    if not body:
        return False
    if body[-1] in "!?…;:]":
        return True
    return body[-1] == "." and not ends_with_abbreviation(body)


def cannot_end_paragraph(text: str) -> bool:
    body = text.rstrip()
    if body[-1:] in {",", "-", "–", "—"}:
        return True
    words = body.split()
    return bool(words) and words[-1].casefold() in _CONJUNCTIONS


def continues(previous: SourceLine, line: SourceLine, ends_at_sentence: bool = False) -> bool:
    """Whether ``line`` continues the paragraph (or list item) that ``previous`` is in.

    ``ends_at_sentence``: the block ends at any line that starts a sentence
    (used for one-line list items)."""
    content = line.content
    if _MARKER_START.match(content):
        return True
    if line.gap is Gap.PAGE:
        return not (ends_sentence(previous.text) and not starts_lowercase(content))
    if line.gap is Gap.BLANK:
        return starts_lowercase(content) or cannot_end_paragraph(previous.text)
    if starts_lowercase(content) or not ends_sentence(previous.text):
        return True
    if line.text[:1].isspace():
        return False  # an indented first line
    return not ends_at_sentence


@dataclass
class TextBuilder:
    """Joins lines into a block's text, lifting page numbers out as page breaks.

    With ``keep_line_breaks`` (tables) lines are joined by a line break, and a
    blank line in the source stays one blank line.
    """

    keep_line_breaks: bool = False
    page_breaks: list[ParsedPageBreak] = field(default_factory=list)
    _parts: list[str] = field(default_factory=list)
    _length: int = 0
    _line_starts: list[int] = field(default_factory=list)
    _line_numbers: list[int] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def add(self, line: SourceLine) -> None:
        content = line.content
        if not self._parts:
            separator = ""
        elif self.keep_line_breaks:
            separator = "\n" if line.gap is Gap.NONE else "\n\n"
        else:
            separator = "" if _WORD_HYPHEN.search(self._parts[-1][-2:]) else " "
        start = self._length + len(separator)
        self.page_breaks.extend(ParsedPageBreak(start, label) for label in line.page_labels)
        self._line_starts.append(start)
        self._line_numbers.append(line.number)
        self._parts.append(separator + content)
        self._length = start + len(content)

    def line_at(self, offset: int) -> int:
        """The source line number of the character at ``offset``."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return self._line_numbers[max(index, 0)]
