"""The bundled bibliography and source groups, checked against the thesis itself.

``resources/bibliography.bib`` may hold only what the thesis says beside a
reference number's markers. These tests make that checkable: every name,
title, journal and year in an entry must be written in the thesis shortly
before one of that number's markers, and every passage a note quotes must be
thesis text. ``resources/DATA.md`` explains how the files were made.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache

import bibtexparser
import jsonschema
import pytest
from bibtexparser.model import Entry

from references.bibtex.silteme_fields import PROVENANCE_FIELD
from references.normalize import fold, fold_compact
from tests.conftest import ROOT

RESOURCES = ROOT / "resources"
THESIS = RESOURCES / "dissertation-kk.txt"
BIB = RESOURCES / "bibliography.bib"
GROUPS = RESOURCES / "source-groups.json"

LAST_NUMBER = 228
# A marker is "[57]", "[3-5]" or "[9–14]" (hyphen or en dash).
MARKER = re.compile(r"\[(\d+)(?:[-–](\d+))?\]")
# How far before a marker a fact may stand. The longest real distance is
# reference 1: Tokayev's speech is named at the start of the paragraph that
# the marker closes.
WINDOW = 800
DESCRIPTIVE_FIELDS = ("author", "title", "journal", "organization", "year", "date")

# The source groups exactly as the introduction declares them
# ("Зерттеудің деректік негізі"); 1 and 2 are the speech and the article
# the introduction opens with, the rest is the literature.
DECLARED_TOP_GROUPS = {
    "Legal acts": range(3, 9),
    "Diplomatic documents": range(9, 15),
    "Think-tank reports": range(15, 24),
    "Speeches and statements": [1, 2, *range(24, 36)],
    "Statistics and reference data": range(36, 50),
    "Scholarly literature": range(50, LAST_NUMBER + 1),
}
# Each sub-group is the stretch of the literature review that starts with
# its heading; it ends where the next heading begins.
REVIEW_SECTIONS = {
    "Western": ("Батыстық əдебиеттер.", "Ресейлік əдебиеттер."),
    "Russian": ("Ресейлік əдебиеттер.", "Қазақстандық зерттеушілер."),
    "Kazakhstani": ("Қазақстандық зерттеушілер.", "Зерттеудің теориялық жəне əдіснамалық негіздері."),
}
# "[80-91]" in the Kazakhstani paragraphs starts at 80, which the Russian
# paragraph names (Труханов Е.Ф.); 80 stays Russian only (see DATA.md).
RANGE_SPILLOVER = {"Kazakhstani": {80}}

GROUP_SCHEMA = {
    "$defs": {
        "group": {
            "type": "object",
            "additionalProperties": False,
            "required": ["name", "name_en", "name_kk", "color", "numbers", "declared_in", "children"],
            "properties": {
                "name": {"type": "string", "minLength": 1},
                "name_en": {"type": "string", "minLength": 1},
                "name_kk": {"type": "string", "minLength": 1},
                "color": {"type": "string", "pattern": "^#[0-9A-F]{6}$"},
                "numbers": {"type": "string", "pattern": r"^\d+(-\d+)?(, \d+(-\d+)?)*$"},
                "declared_in": {"type": "string", "minLength": 1},
                "children": {"type": "array", "items": {"$ref": "#/$defs/group"}},
            },
        }
    },
    "type": "object",
    "additionalProperties": False,
    "required": ["version", "groups"],
    "properties": {
        "version": {"const": 1},
        "groups": {"type": "array", "items": {"$ref": "#/$defs/group"}},
    },
}


@cache
def thesis() -> str:
    return THESIS.read_text(encoding="utf-8")


@cache
def thesis_compact() -> str:
    return fold_compact(thesis())


@cache
def markers() -> tuple[tuple[int, int, int], ...]:
    """(offset, first, last) of every marker in the thesis."""
    return tuple(
        (m.start(), int(m.group(1)), int(m.group(2) or m.group(1)))
        for m in MARKER.finditer(thesis())
    )


def marker_offsets(number: int) -> list[int]:
    return [offset for offset, first, last in markers() if first <= number <= last]


def cited_numbers() -> set[int]:
    return {n for _, first, last in markers() for n in range(first, last + 1)}


@cache
def library() -> bibtexparser.Library:
    return bibtexparser.parse_string(BIB.read_text(encoding="utf-8"))


def entries() -> list[Entry]:
    return library().entries


def value(entry: Entry, field: str) -> str | None:
    found = entry.fields_dict.get(field)
    return None if found is None else str(found.value)


def number(entry: Entry) -> int:
    return int(value(entry, "silteme-number") or "0")


def entry_for(n: int) -> Entry:
    (match,) = [e for e in entries() if number(e) == n]
    return match


def unescape(text: str) -> str:
    return re.sub(r"\\([%&#$_])", r"\1", text)


@cache
def group_tree() -> dict:
    return json.loads(GROUPS.read_text(encoding="utf-8"))


def walk(groups: list[dict]) -> Iterator[dict]:
    for group in groups:
        yield group
        yield from walk(group["children"])


def expand(numbers: str) -> set[int]:
    out: set[int] = set()
    for part in numbers.split(", "):
        first, _, last = part.partition("-")
        out.update(range(int(first), int(last or first) + 1))
    return out


def squeeze(text: str) -> str:
    """Folded text without spaces, dots and quotation marks, for comparing
    names and titles that the thesis punctuates loosely ("Олкотт. М.Б.")."""
    return re.sub(r"[\s.\"'“”‘’«»]", "", fold(text))


def written_before_a_marker(n: int, phrase: str) -> bool:
    wanted = squeeze(phrase)
    text = thesis()
    return any(wanted in squeeze(text[max(0, at - WINDOW) : at]) for at in marker_offsets(n))


def name_parts(author_field: str) -> Iterator[tuple[str, str]]:
    """(surname or whole literal name, given names) of each author."""
    for name in author_field.split(" and "):
        name = name.strip()
        if name.startswith("{") and name.endswith("}"):
            yield name[1:-1], ""
        else:
            surname, _, given = name.partition(",")
            yield surname.strip(), given.strip()


def quoted_passages(note: str) -> Iterator[str]:
    """The top-level «…» passages of a note (they may nest thesis quotes)."""
    depth, start = 0, 0
    for i, ch in enumerate(note):
        if ch == "«":
            if depth == 0:
                start = i + 1
            depth += 1
        elif ch == "»":
            depth -= 1
            assert depth >= 0, note
            if depth == 0:
                yield note[start:i]
    assert depth == 0, note


# --- the .bib file -----------------------------------------------------------


def test_bib_parses_cleanly() -> None:
    assert library().failed_blocks == []
    assert len(entries()) == LAST_NUMBER


def test_one_entry_per_number_in_order_with_unique_keys() -> None:
    numbers = [number(e) for e in entries()]
    assert numbers == list(range(1, LAST_NUMBER + 1))
    keys = [e.key for e in entries()]
    assert len(set(keys)) == len(keys)
    assert keys == [f"ref{n}" for n in numbers]


def test_every_entry_is_marked_incomplete() -> None:
    assert {value(e, "silteme-complete") for e in entries()} == {"false"}


def test_entry_types_are_the_three_allowed() -> None:
    assert {e.entry_type for e in entries()} <= {"article", "book", "misc"}


def test_thesis_cites_184_of_the_228_numbers() -> None:
    assert len(cited_numbers()) == 184
    assert cited_numbers() <= set(range(1, LAST_NUMBER + 1))


def test_uncited_numbers_say_nothing_but_that() -> None:
    uncited = sorted(set(range(1, LAST_NUMBER + 1)) - cited_numbers())
    assert len(uncited) == 44
    for n in uncited:
        entry = entry_for(n)
        assert [f for f in DESCRIPTIVE_FIELDS if value(entry, f)] == [], n
        assert f"[{n}]" in (value(entry, PROVENANCE_FIELD) or "")
        assert "«" not in (value(entry, PROVENANCE_FIELD) or "")


def test_every_cited_number_has_a_note_quoting_the_thesis() -> None:
    corpus = thesis_compact()
    for n in sorted(cited_numbers()):
        note = unescape(value(entry_for(n), PROVENANCE_FIELD) or "")
        passages = list(quoted_passages(note))
        assert passages, n
        for passage in passages:
            for piece in passage.split("…"):
                if piece.strip():
                    assert fold_compact(piece) in corpus, (n, piece)


def test_every_name_is_written_before_one_of_its_markers() -> None:
    """Invent nothing: a surname (or a name kept whole) and its initials or
    given names must stand in the thesis shortly before a marker of that
    number."""
    for entry in entries():
        n, authors = number(entry), value(entry, "author")
        if not authors:
            continue
        for surname, given in name_parts(authors):
            assert written_before_a_marker(n, surname), (n, surname)
            if given:
                assert written_before_a_marker(n, given), (n, given)


def test_every_title_journal_organization_and_year_is_written_there_too() -> None:
    for entry in entries():
        n = number(entry)
        for field in ("title", "journal", "organization", "year"):
            text = value(entry, field)
            if text:
                assert written_before_a_marker(n, unescape(text).strip("[]")), (n, field, text)


def test_bare_titles_are_quoted_in_the_thesis() -> None:
    """A title stands bare only where the thesis puts it in quotation marks;
    a document the text merely describes gets its description in brackets,
    as catalogues do."""
    text = thesis()
    for entry in entries():
        title = value(entry, "title")
        if not title or title.startswith("["):
            continue
        n = number(entry)
        head = fold_compact(title.lstrip("«\"“"))[:12]
        windows = [fold_compact(text[max(0, at - WINDOW) : at]) for at in marker_offsets(n)]
        assert any(q + head in w for q in "«\"“" for w in windows), (n, title)


# --- the group declaration ----------------------------------------------------


def test_groups_file_matches_its_schema() -> None:
    jsonschema.validate(group_tree(), GROUP_SCHEMA)


def test_top_groups_are_the_declared_ones_and_cover_every_number_once() -> None:
    top = {g["name_en"]: expand(g["numbers"]) for g in group_tree()["groups"]}
    assert top == {name: set(numbers) for name, numbers in DECLARED_TOP_GROUPS.items()}
    every = [n for numbers in top.values() for n in numbers]
    assert sorted(every) == list(range(1, LAST_NUMBER + 1))


def test_group_colours_are_distinct() -> None:
    colours = [g["color"] for g in walk(group_tree()["groups"])]
    assert len(colours) == len(set(colours))


def test_group_wording_is_quoted_from_the_thesis() -> None:
    corpus = thesis_compact()
    for group in walk(group_tree()["groups"]):
        assert fold_compact(group["name_kk"]) in corpus, group["name"]
        for piece in group["declared_in"].split("…"):
            assert fold_compact(piece) in corpus, (group["name"], piece)


def test_group_names_are_the_introductions_words() -> None:
    """A group is named in the thesis's language, with words its introduction
    uses for it (a word may drop the introduction's possessive ending)."""
    for group in walk(group_tree()["groups"]):
        said = re.findall(r"\w+", fold(group["name_kk"] + " " + group["declared_in"]))
        for word in re.findall(r"\w+", fold(group["name"])):
            assert any(w.startswith(word) for w in said), (group["name"], word)
        assert re.fullmatch(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][^A-Za-z]+", group["name"]), group["name"]


def test_sub_groups_are_what_their_review_paragraphs_cite() -> None:
    (scholarly,) = [g for g in group_tree()["groups"] if g["name_en"] == "Scholarly literature"]
    children = {g["name_en"]: expand(g["numbers"]) for g in scholarly["children"]}
    assert set(children) == set(REVIEW_SECTIONS)
    text = thesis()
    for name, (heading, next_heading) in REVIEW_SECTIONS.items():
        start = text.index(heading)
        end = text.index(next_heading, start)
        cited_here = {
            n
            for at, first, last in markers()
            if start <= at < end
            for n in range(first, last + 1)
            if n >= 50
        }
        assert children[name] == cited_here - RANGE_SPILLOVER.get(name, set()), name
        assert children[name] <= expand(scholarly["numbers"])


def test_groups_field_names_every_group_holding_the_number() -> None:
    tree = list(walk(group_tree()["groups"]))
    for entry in entries():
        n = number(entry)
        expected = [g["name"] for g in tree if n in expand(g["numbers"])]
        assert (value(entry, "groups") or "").split(", ") == expected, n


@pytest.mark.parametrize(
    ("n", "surname"),
    [(57, "Хэнкс"), (23, "Кули"), (81, "Лаумулин"), (76, "Дугин")],
)
def test_known_readings(n: int, surname: str) -> None:
    """Spot checks read by hand from the literature review."""
    assert next(name_parts(value(entry_for(n), "author") or ""))[0] == surname


def test_the_thesis_excerpts_are_kept_where_styles_do_not_print_them() -> None:
    """Every entry keeps its excerpt in silteme-provenance; none in note, which styles print."""
    for n in range(1, LAST_NUMBER + 1):
        entry = entry_for(n)
        assert value(entry, "note") is None, n
        assert value(entry, PROVENANCE_FIELD), n
