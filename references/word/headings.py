"""Which paragraphs of a Word thesis are headings, at what level, with what number.

Styles and outline levels first; where a document sets its headings by
direct formatting, the thesis patterns of the text import ("1 TITLE",
"1.1 Title", КІРІСПЕ / ВВЕДЕНИЕ / INTRODUCTION ...) on short paragraphs.
The reference list's own heading is recognised by its words in Kazakh,
Russian and English, styled or not.
"""

from __future__ import annotations

import re

from references.normalize import fold
from references.text.headings import (  # noqa: F401 - the list's and appendices' titles, used here and by extract
    is_appendix_title,
    is_bibliography_title,
    is_upper_title,
    numbered_heading,
    unnumbered_heading,
)

_CONTENTS = re.compile(r"^(?:мазмұны|мазмұн|содержание|оглавление|contents|table of contents)$", re.IGNORECASE)
_CHAPTER_WORD = re.compile(
    r"^\s*(?:(?:глава|chapter|бөлім|раздел)\s+(\d{1,2})|(\d{1,2})\s*[-–]?\s*(?:тарау|бөлім))\.?\s*[.:–-]?\s*(.*)$",
    re.IGNORECASE,
)
_NUMBER_PREFIX = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.*)$", re.DOTALL)
MAX_HEADING_CHARS = 250


def _key(text: str) -> str:
    return " ".join(fold(text).replace("ə", "ә").split()).strip(" .:")


def is_contents_title(text: str) -> bool:
    return bool(_CONTENTS.match(" ".join(text.split()).strip(" .:")))


def split_number(text: str) -> tuple[str | None, str]:
    """("1.2", "Title") from "1.2 Title"; (None, text) when it has no number."""
    chapter = _CHAPTER_WORD.match(text)
    if chapter:
        number = chapter.group(1) or chapter.group(2)
        return number, chapter.group(3).strip() or text.strip()
    match = _NUMBER_PREFIX.match(text)
    if match:
        return match.group(1), match.group(2).strip()
    return None, text.strip()


_MORE_UNNUMBERED = {"conclusions": "conclusion", "introduction and background": "introduction", "выводы": "conclusion"}


def unnumbered_kind(text: str) -> str | None:
    key = _key(text)
    return unnumbered_heading(key.upper()) or unnumbered_heading(text) or _MORE_UNNUMBERED.get(key.lower())


class FallbackHeadings:
    """Headings by the text alone, with the numbering rules of the text import."""

    def __init__(self) -> None:
        self.chapter = 0
        self.last_child: dict[str, int] = {}
        self.open: list[str] = []

    def level(self, text: str, bold: bool) -> int | None:
        """The level of a heading starting this paragraph, or None (updates the numbering)."""
        if len(text) > MAX_HEADING_CHARS or "\n" in text.strip():
            return None
        if unnumbered_kind(text) is not None or is_bibliography_title(text) or is_appendix_title(text):
            self.open = []
            return 1
        chapter = _CHAPTER_WORD.match(text)
        if chapter and int(chapter.group(1) or chapter.group(2)) == self.chapter + 1:
            self._enter(str(self.chapter + 1))
            return 1
        numbered = numbered_heading(text)
        if numbered is None:
            return None
        parts = numbered.parts
        if len(parts) == 1:
            if parts[0] == self.chapter + 1 and (is_upper_title(numbered.title) or bold):
                self._enter(numbered.number)
                return 1
            return None
        parent = ".".join(str(p) for p in parts[:-1])
        if parent in self.open and parts[-1] == self.last_child.get(parent, 0) + 1 and numbered.title[:1].isupper():
            if bold or not text.rstrip().endswith((".", ";", ",")):
                self._enter(numbered.number)
                return len(parts)
        return None

    def _enter(self, number: str) -> None:
        parts = number.split(".")
        if len(parts) == 1:
            self.chapter = int(parts[0])
            self.open = [number]
            return
        parent = ".".join(parts[:-1])
        self.open = self.open[: self.open.index(parent) + 1] + [number]
        self.last_child[parent] = int(parts[-1])
