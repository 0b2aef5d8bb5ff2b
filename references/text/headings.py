"""Recognising the lines that open something: headings, table captions, list items.

Each test looks at one line only; whether a numbered line really is the next
chapter or section (and not a table row such as "1 Геосаясат") is decided by
the parser, which knows the numbering so far.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from references.normalize import fold
from references.text.structure import SectionKind

# Unnumbered parts of a thesis, by their folded title (Kazakh, Russian, English).
_UNNUMBERED: dict[str, SectionKind] = {
    fold("КІРІСПЕ"): "introduction",
    fold("ВВЕДЕНИЕ"): "introduction",
    fold("INTRODUCTION"): "introduction",
    fold("ҚОРЫТЫНДЫ"): "conclusion",
    fold("ЗАКЛЮЧЕНИЕ"): "conclusion",
    fold("CONCLUSION"): "conclusion",
}

# "ПАЙДАЛАНЫЛҒАН ӘДЕБИЕТТЕР ТІЗІМІ", "СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ", "References", ...
_BIBLIOGRAPHY = re.compile(
    r"^(?:(?:пайдаланылған|қолданылған)\s+(?:әдебиет\w*|дерек\w*|дереккөздер)(?:\s+\w+){0,3}"
    r"|(?:әдебиеттер|әдебиет)(?:\s+тізімі)?"
    r"|(?:список\s+)?(?:использованн\w+\s+)?(?:источник\w*|литератур\w*)(?:\s+и\s+(?:литератур\w*|источник\w*))?"
    r"|библиографи\w*(?:\s+список)?|библиографический\s+список"
    r"|references?|reference\s+list|list\s+of\s+references|bibliography|works\s+cited|literature(?:\s+cited)?"
    r"|(?:list\s+of\s+)?(?:used\s+)?(?:sources|literature)(?:\s+used)?)$",
    re.IGNORECASE,
)
_APPENDIX = re.compile(r"^(?:қосымша|қосымшалар|приложени[ея]|appendix|appendices)\b", re.IGNORECASE)
_NUMBERED = re.compile(r"\s*(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(\S.*?)\s*")
_CAPTION = re.compile(r"\s*(?:Кесте|Таблица|Table)\s*\d{1,3}(?:\.\d{1,3})?\s*[-–—.:]?\s*(\w)")
# "•" opens an item anywhere; a hyphen or a number only before a capital
# ("- Қазақстанның ...", "1. Қалыптасу ...", "7) Билік ..."). An en dash at
# the start of a line continues a sentence ("– осы стратегияның дəлелі").
_BULLET = re.compile(r"\s*[•▪●◦]\s*\S")
_HYPHEN_OR_NUMBER_ITEM = re.compile(r"\s*(?:-|\d{1,2}[.)])\s+(\w)")


@dataclass(frozen=True, slots=True)
class NumberedHeading:
    number: str  # "1", "1.1", "1.1.1"
    title: str  # the rest of the first line

    @property
    def parts(self) -> tuple[int, ...]:
        return tuple(int(p) for p in self.number.split("."))


def unnumbered_heading(line: str) -> SectionKind | None:
    return _UNNUMBERED.get(fold(line.strip().rstrip(".")))


def numbered_heading(line: str) -> NumberedHeading | None:
    match = _NUMBERED.fullmatch(line)
    if not match:
        return None
    return NumberedHeading(match.group(1), match.group(2))


def is_upper_title(text: str) -> bool:
    """A line set in capitals, as chapter titles are: two words or more."""
    letters = [c for c in text if c.isalpha()]
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 and all(c.isupper() for c in letters)


def is_caption(line: str) -> bool:
    """ "Кесте 4 - Қазақстан ...", but not a mention like "Кесте 1-де көрсетілген"."""
    match = _CAPTION.match(line)
    return bool(match and match.group(1).isupper())


def is_bullet_item(line: str) -> bool:
    return bool(_BULLET.match(line))


def is_hyphen_or_numbered_item(line: str) -> bool:
    match = _HYPHEN_OR_NUMBER_ITEM.match(line)
    return bool(match and match.group(1).isupper())


def is_bibliography_title(text: str) -> bool:
    if len(text) > 120:
        return False
    return bool(_BIBLIOGRAPHY.match(" ".join(text.replace("ə", "ә").split()).strip(" .:")))


def is_appendix_title(text: str) -> bool:
    return len(text) <= 200 and bool(_APPENDIX.match(text.strip()))
