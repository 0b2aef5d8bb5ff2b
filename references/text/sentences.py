"""Splitting a paragraph into sentences, with citation markers kept in them.

Written for Kazakh and Russian academic prose extracted from PDF, where a
full stop is often not a sentence end:

* initials: ``Н.П.``, ``Н.Ə.Назарбаевтың``, ``Уальтс.К.``, ``Хантер. Ш. [64]``,
  ``Кули .А. [23]``, ``Дж.Манкофтың``;
* abbreviations: ``1992 ж.``, ``(1991-2000 жж.)``, ``5,2 млн.``; ``т.б.`` and
  ``т.с.с.`` end a sentence only when a capital follows;
* full stops inside a quotation or parentheses: ``«... ұстанады. Біз ...» деп``;
* a stop followed by a lowercase word, which never starts a sentence here.

A marker belongs to the sentence it follows, whether it stands before the
stop (``... атайды [23]. Сəйкесінше``), glued to it (``... ұсынылды [2].Қазақстанның``)
or after it (``... түсіндіріледі. [61] Келесі``).
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate

from references.text.markers import marker_spans

# Words that take a full stop but do not end a sentence when a capital or a
# number follows (compared case-folded). Not "т.б." or "и др." ("etc."),
# which often do end one.
ABBREVIATIONS = frozenset(
    {
        "ж", "жж", "ғ", "ғғ", "млн", "млрд", "трлн",  # Kazakh
        "г", "гг", "вв", "тыс", "руб", "долл", "им", "см", "стр", "проф", "акад", "доц",  # Russian
        "vol", "no", "pp", "p", "dr", "mr", "mrs", "ms", "vs", "fig", "al", "cf",  # English
    }
)
# Two-letter initials transliterated from one sound ("Дж.Манкоф").
DIGRAPH_INITIALS = frozenset({"Дж", "Ch", "Sh", "Th", "Ph", "Zh", "Kh", "Ts", "Yu", "Ya"})

# Quotations and parentheses longer than this are probably unbalanced
# brackets, not one quoted passage, and do not hold sentences together.
MAX_ENCLOSED = 600
_PAIRS = {"«": "»", "“": "”", "(": ")"}

_TERMINATOR = re.compile(r"[.!?…]+")
# The number of a numbered list item or heading: "1." in "1. Қалыптасу кезеңі".
_LIST_NUMBER = re.compile(r"\s*\d{1,3}(?:\.\d{1,3})*\s*")
_CLOSERS = "»”’\"'"
_OPENERS = "«“„\"'(•"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``, trimmed of whitespace.

    Every non-space character of ``text`` lies in exactly one span.
    """
    markers = _Markers(text)
    enclosed = _enclosed_positions(text)
    spans: list[tuple[int, int]] = []
    start = 0
    for stop in _TERMINATOR.finditer(text):
        if markers.holds(stop.start()) or _LIST_NUMBER.fullmatch(text[start : stop.start()]):
            continue
        end = _sentence_end(text, stop, markers)
        if end is None or enclosed[end]:
            continue
        _add_trimmed(text, start, end, spans)
        start = end
    _add_trimmed(text, start, len(text), spans)
    return spans


def ends_with_abbreviation(text: str) -> bool:
    """``text`` ends with a full stop that closes an initial or abbreviation ("Н.", "жж.")."""
    return text.endswith(".") and _is_initial_or_abbreviation_before(text, len(text) - 1)


class _Markers:
    """The citation markers of a text, looked up by position."""

    def __init__(self, text: str) -> None:
        self.spans = marker_spans(text)
        self.starts = [start for start, _ in self.spans]

    def holds(self, index: int) -> bool:
        i = bisect.bisect_right(self.starts, index) - 1
        return i >= 0 and index < self.spans[i][1]

    def end_of_marker_at(self, index: int) -> int | None:
        i = bisect.bisect_left(self.starts, index)
        return self.spans[i][1] if i < len(self.spans) and self.starts[i] == index else None


def _sentence_end(text: str, stop: re.Match[str], markers: _Markers) -> int | None:
    """Where the sentence ends if ``stop`` ends it (after closing quotes and
    any markers that follow), or None if the next sentence does not start there."""
    if stop.group().strip(".") == "" and (
        _is_initial_or_abbreviation_before(text, stop.start())
        or (_after_name(text, stop.start()) and _initial_after(text, stop.end()))
    ):
        return None
    end = stop.end()
    while end < len(text) and text[end] in _CLOSERS and not _opens_sentence(text, end):
        end += 1
    # Markers after the stop belong to this sentence ("... бар. [5] Келесі").
    position = end
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        marker_end = markers.end_of_marker_at(position)
        if marker_end is None:
            break
        end = marker_end
        while end < len(text) and text[end] == ".":  # "бар. [5]. Келесі"
            end += 1
        position = end
    if position >= len(text):
        return len(text)
    following = text[position]
    if position == stop.end():  # nothing between the stop and the next word
        # "береді.Зерттеудің", 'зор ."Қытай' and "етті.1992 мен" end a sentence;
        # "5.2" and "akorda.kz" do not.
        after_word = stop.start() > 0 and text[stop.start() - 1].isalpha()
        if following.isupper() or _opens_sentence(text, position) or (following.isdigit() and after_word):
            return end
        return None
    if following.isupper() or following.isdigit() or following in _OPENERS:
        return end
    return None


def _word_before(text: str, index: int) -> str:
    start = index
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:index]


def _is_initial_or_abbreviation_before(text: str, stop: int) -> bool:
    word = _word_before(text, stop)
    if (len(word) == 1 and word.isupper()) or word in DIGRAPH_INITIALS:
        return True
    return word.casefold() in ABBREVIATIONS


def _after_name(text: str, stop: int) -> bool:
    """The stop follows a capitalised word or a space: "Хантер.", "Кули .".

    A sentence ends in a lowercase verb ("құрылады. Э. Гоның пікірінше"), so
    a capital with a stop after such a word is the next sentence's initial.
    """
    word = _word_before(text, stop)
    return not word or word[0].isupper()


def _initial_after(text: str, after: int) -> bool:
    """An initial follows the stop: "Хантер. Ш. [64]", "Тренин .Д [46]"."""
    position = after
    while position < len(text) and text[position] == " ":
        position += 1
    if position >= len(text) or not text[position].isupper():
        return False
    next_char = text[position + 1] if position + 1 < len(text) else ""
    if next_char == ".":
        return True  # "Ш."
    # A lone capital glued to the stop and not starting a word: ".Д [46]"
    return position == after and not next_char.isalpha()


def _opens_sentence(text: str, index: int) -> bool:
    """A straight quote after a stop that opens the next sentence: 'зор ."Қытай'."""
    return text[index] in "\"'" and index + 1 < len(text) and text[index + 1].isupper()


def _enclosed_positions(text: str) -> list[bool]:
    """For each position 0..len(text): whether it lies strictly inside a
    matched pair of quotation marks or parentheses."""
    stacks: dict[str, list[int]] = {opener: [] for opener in _PAIRS}
    openers = {close: opener for opener, close in _PAIRS.items()}
    change = [0] * (len(text) + 2)
    for index, char in enumerate(text):
        if char in stacks:
            stacks[char].append(index)
        elif char in openers and stacks[openers[char]]:
            opened = stacks[openers[char]].pop()
            if index - opened <= MAX_ENCLOSED:
                change[opened + 1] += 1
                change[index] -= 1
    return [depth > 0 for depth in accumulate(change[: len(text) + 1])]


def _add_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
