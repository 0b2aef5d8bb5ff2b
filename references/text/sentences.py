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

from references.text.markers import marker_spans

# Words that take a full stop but do not end a sentence when a capital or a
# number follows (compared case-folded).
ABBREVIATIONS = frozenset(
    {
        "ж", "жж", "ғ", "ғғ", "млн", "млрд", "трлн", "мың",  # Kazakh
        "г", "гг", "вв", "тыс", "руб", "долл", "им", "см", "стр", "др", "проф", "акад", "доц",  # Russian
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
    markers = marker_spans(text)
    marker_starts = [s for s, _ in markers]
    enclosed = _enclosed_spans(text)
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _TERMINATOR.finditer(text):
        if _inside(match.start(), markers) or _LIST_NUMBER.fullmatch(text[start : match.start()]):
            continue
        end = _sentence_end(text, match, markers, marker_starts)
        if end is None or any(a < end < b for a, b in enclosed):
            continue
        _add_trimmed(text, start, end, spans)
        start = end
    _add_trimmed(text, start, len(text), spans)
    return spans


def _sentence_end(
    text: str, stop: re.Match[str], markers: list[tuple[int, int]], marker_starts: list[int]
) -> int | None:
    """Where the sentence ends if ``stop`` ends it (after closing quotes and
    any markers that follow), or None if the next sentence does not start there."""
    if "." in stop.group() and not any(c in "!?…" for c in stop.group()):
        if _is_initial_or_abbreviation_before(text, stop.start()) or (
            _after_name(text, stop.start()) and _initial_after(text, stop.end())
        ):
            return None
    end = stop.end()
    while end < len(text) and text[end] in _CLOSERS and not _opens_sentence(text, end):
        end += 1
    glued = end < len(text) and not text[end].isspace()
    # Markers right after the stop belong to this sentence ("... бар. [5] Келесі").
    position = end
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        index = bisect.bisect_left(marker_starts, position)
        if index < len(markers) and markers[index][0] == position:
            position = end = markers[index][1]
            while end < len(text) and text[end] in ".":
                end += 1
            position = end
            continue
        break
    if position >= len(text):
        return len(text)
    following = text[position]
    if glued and position == stop.end():
        # "береді.Зерттеудің", 'зор ."Қытай' and "етті.1992 мен" end a sentence;
        # "5.2" and "akorda.kz" do not.
        after_word = stop.start() > 0 and text[stop.start() - 1].isalpha()
        if following.isupper() or _opens_sentence(text, position) or (following.isdigit() and after_word):
            return end
        return None
    if following.isupper() or following.isdigit() or following in _OPENERS:
        return end
    return None


def _is_initial_or_abbreviation_before(text: str, stop: int) -> bool:
    word_start = stop
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    word = text[word_start:stop]
    if not word:
        return False
    if (len(word) == 1 and word.isupper()) or word in DIGRAPH_INITIALS:
        return True
    return word.casefold() in ABBREVIATIONS


def _after_name(text: str, stop: int) -> bool:
    """The stop follows a capitalised word or a space: "Хантер.", "Кули .".

    A sentence ends in a lowercase verb ("құрылады. Э. Гоның пікірінше"), so
    a capital with a stop after such a word is the next sentence's initial.
    """
    word_start = stop
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    return word_start == stop or text[word_start].isupper()


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


def _enclosed_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) index pairs of matched quotation marks and parentheses."""
    stacks: dict[str, list[int]] = {opener: [] for opener in _PAIRS}
    closers = {close: opener for opener, close in _PAIRS.items()}
    spans: list[tuple[int, int]] = []
    for index, char in enumerate(text):
        if char in stacks:
            stacks[char].append(index)
        elif char in closers and stacks[closers[char]]:
            opened = stacks[closers[char]].pop()
            if index - opened <= MAX_ENCLOSED:
                spans.append((opened, index))
    return spans


def _inside(index: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= index < b for a, b in spans)


def _add_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def ends_with_abbreviation(text: str) -> bool:
    """``text`` ends with a full stop that closes an initial or abbreviation ("Н.", "жж.")."""
    return text.endswith(".") and _is_initial_or_abbreviation_before(text, len(text) - 1)
