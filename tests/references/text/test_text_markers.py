"""Citation markers: the forms theses use, and every marker of the bundled thesis."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from references.text import find_citations, parse_marker, parse_thesis
from tests.conftest import THESIS

SOURCE = THESIS.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("marker", "numbers"),
    [
        ("[57]", [57]),
        ("[3-5]", [3, 4, 5]),
        ("[9–14]", [9, 10, 11, 12, 13, 14]),  # en dash, as on line 150 of the thesis
        ("[81–100]", list(range(81, 101))),
        ("[3, 4]", [3, 4]),
        ("[12; 15]", [12, 15]),
        ("[5, с. 12]", [5]),  # page 12 of work 5, not work 12
        ("[5, с. 12-14]", [5]),
        ("[5, 12 б.]", [5]),
        ("[5, p. 7; 8]", [5, 8]),
        ("[3, 4, с. 12, 14]", [3, 4]),
        ("[ 7 ]", [7]),
    ],
)
def test_parse_marker_expands_numbers_and_drops_page_locators(marker: str, numbers: list[int]) -> None:
    assert parse_marker(marker) == numbers


@pytest.mark.parametrize(
    ("marker", "complaint"),
    [
        ("[]", "not a citation marker"),
        ("[sic]", "not a citation marker"),
        ("57", "not a citation marker"),
        ("[5, с.]", "not a citation marker"),
        ("[0]", "number 0"),
        ("[14-9]", "backwards"),
        ("[1-5000]", "5000 references"),
    ],
)
def test_parse_marker_says_what_is_wrong(marker: str, complaint: str) -> None:
    with pytest.raises(ValueError, match=re.escape(complaint)) as raised:
        parse_marker(marker)
    assert marker in str(raised.value)


def test_find_citations_gives_offsets_of_the_marker_as_written() -> None:
    text = "тұжырымдамалары [3-5], Қазақстан Республикасының Ата заңы [6],  [9–14]. [sic]"
    found, rejected = find_citations(text)
    assert [text[c.start : c.end] for c in found] == ["[3-5]", "[6]", "[9–14]"]
    assert [c.marker for c in found] == ["[3-5]", "[6]", "[9–14]"]
    assert rejected == []


def test_find_citations_reports_markers_it_cannot_expand() -> None:
    found, rejected = find_citations("бұл [14-9] жəне [2]")
    assert [c.marker for c in found] == ["[2]"]
    assert [(r.start, r.marker) for r in rejected] == [(4, "[14-9]")]
    assert "backwards" in rejected[0].reason


def test_a_marker_that_cannot_be_expanded_is_a_warning_naming_its_line() -> None:
    doc = parse_thesis("Бірінші абзац.\n\nЕкінші абзац бұл жерде\n[14-9] деп айтады [2].")
    assert len(doc.warnings) == 1
    assert doc.warnings[0].startswith("line 4:")
    assert [c.marker for b in doc.blocks for c in b.citations] == ["[2]"]


def test_every_marker_of_the_thesis_is_found_once_and_as_written() -> None:
    # Every bracket in the thesis is a numeric marker (checked by eye: 235 of
    # them, forms [n], [n-m] and [n–m]); each must come out exactly once.
    in_source = Counter(re.sub(r"\s+", "", m) for m in re.findall(r"\[[^\]]*\]", SOURCE))
    assert sum(in_source.values()) == 235
    doc = parse_thesis(SOURCE)
    parsed = Counter(c.marker for block in doc.blocks for c in block.citations)
    assert parsed == in_source
    assert doc.warnings == []


def test_the_thesis_cites_184_distinct_numbers_from_1_to_228() -> None:
    doc = parse_thesis(SOURCE)
    cited = {n for block in doc.blocks for c in block.citations for n in c.numbers}
    assert len(cited) == 184
    assert min(cited) == 1 and max(cited) == 228


def test_ranges_in_the_thesis_are_expanded() -> None:
    doc = parse_thesis(SOURCE)
    by_marker = {c.marker: c.numbers for block in doc.blocks for c in block.citations}
    assert by_marker["[81–100]"] == list(range(81, 101))
    assert by_marker["[3-5]"] == [3, 4, 5]
    assert by_marker["[9–14]"] == [9, 10, 11, 12, 13, 14]
    assert by_marker["[57]"] == [57]
