"""Paragraphs rebuilt from the thesis's hard-wrapped lines; page breaks; list items."""

from __future__ import annotations

import re

import pytest

from references.text import ParsedBlock, ParsedDocument, parse_thesis
from tests.conftest import THESIS

SOURCE = THESIS.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def doc() -> ParsedDocument:
    return parse_thesis(SOURCE)


def block_at(doc: ParsedDocument, line: int) -> ParsedBlock:
    """The block that holds source line ``line``."""
    return next(b for b in doc.blocks if b.first_line <= line <= b.last_line)


def test_a_blank_line_inside_a_paragraph_does_not_end_it(doc: ParsedDocument) -> None:
    # Lines 2-4: "... Диссертацияда халықаралық \n\nқатынастар жүйесінде ..."
    first = block_at(doc, 2)
    assert (first.first_line, first.last_line) == (2, 15)
    assert first.text.startswith(
        "Жұмыстың жалпы сипаттамасы. Диссертацияда халықаралық қатынастар жүйесінде «көпвекторлы сыртқы саясат»"
    )


def test_a_blank_line_after_a_finished_sentence_ends_the_paragraph(doc: ParsedDocument) -> None:
    assert block_at(doc, 15).last_line == 15  # "... ғылыми талдау жасалынды." then a blank line
    assert block_at(doc, 17).text.startswith("Зерттеу жұмысының өзектілігі.")


def test_an_indented_line_after_a_finished_sentence_starts_a_paragraph(doc: ParsedDocument) -> None:
    # Line 49 "толық негіз бар." then line 50 " Қазақстанның тəуелсіздігінің ..."
    assert block_at(doc, 49).last_line == 49
    assert block_at(doc, 50).first_line == 50
    # Line 156 " жаһандық контексте ..." is indented too but continues a sentence.
    assert block_at(doc, 156).first_line == 152


def test_hyphens_at_line_ends_are_kept_and_joined_without_a_space(doc: ParsedDocument) -> None:
    assert "геосаяси теке-тірестер артқан" in block_at(doc, 18).text  # lines 18-19
    assert "құрылымдық тепе-теңдікке негізделген" in block_at(doc, 60).text  # lines 60-61
    everything = " ".join(b.text for b in doc.blocks if b.kind != "table")
    assert "теке- тірестер" not in everything
    assert not re.search(r"\w- \w", block_at(doc, 60).text)


def test_paragraph_text_has_no_line_breaks_or_edge_spaces(doc: ParsedDocument) -> None:
    for block in doc.blocks:
        assert block.text == block.text.strip(), block.first_line
        if block.kind != "table":
            assert "\n" not in block.text, block.first_line


def test_the_four_page_numbers_become_page_breaks(doc: ParsedDocument) -> None:
    breaks = [(b.first_line, p.label) for b in doc.blocks for p in b.page_breaks]
    assert [label for _, label in breaks] == ["12", "80", "86", "123"]


def test_a_page_break_inside_a_paragraph_does_not_end_it(doc: ParsedDocument) -> None:
    # Lines 356-362: "... Дугин. А.Г. [76] көпвекторлы \n\n\n\n12  \n\nсыртқы саяси бағытты ..."
    block = block_at(doc, 356)
    assert block.last_line > 362
    (page,) = block.page_breaks
    assert page.label == "12"
    assert block.text[:page.offset].endswith("Дугин. А.Г. [76] көпвекторлы ")
    assert block.text[page.offset :].startswith("сыртқы саяси бағытты ұлы державалар")
    assert "12" not in block.text


def test_a_page_break_between_paragraphs_opens_the_next_one(doc: ParsedDocument) -> None:
    # Lines 4436-4442: "... одақтың құрылуы болды. \n\n\n\n86  \n\n1995 жылғы Тұжырымдамада ..."
    assert block_at(doc, 4436).last_line == 4436
    block = block_at(doc, 4442)
    assert block.first_line == 4442
    assert [(p.offset, p.label) for p in block.page_breaks] == [(0, "86")]


def test_the_introduction_task_list_is_six_list_items(doc: ParsedDocument) -> None:
    items = [b for b in doc.blocks if 92 <= b.first_line <= 108]
    assert [b.kind for b in items] == ["list_item"] * 6
    assert items[0].text == "- Халықаралық қатынастар теориясындағы көп векторлы саясаттың маңызы мен рөлін зерттеу."
    assert block_at(doc, 91).kind == "paragraph"  # "... міндеттерді орындау көзделген:"
    assert block_at(doc, 110).kind == "paragraph"  # "Зерттеу нысаны. ..."


def test_a_list_of_one_line_items_ends_where_prose_resumes(doc: ParsedDocument) -> None:
    # Lines 3268-3271: three "- ...;" items, then "Ядролық арсеналдан ..." with no blank line.
    assert [block_at(doc, n).kind for n in (3268, 3269, 3270)] == ["list_item"] * 3
    assert block_at(doc, 3270).last_line == 3270
    assert block_at(doc, 3271).kind == "paragraph"


def test_a_bullet_of_two_sentences_stays_one_item(doc: ParsedDocument) -> None:
    # Lines 646-650: the second sentence starts a line of its own.
    item = block_at(doc, 646)
    assert item.kind == "list_item"
    assert (item.first_line, item.last_line) == (646, 650)


def test_lines_starting_with_a_dash_continue_the_sentence(doc: ParsedDocument) -> None:
    # Line 1300 "– осы стратегияның дəлелі [59]." ends the sentence of line 1299.
    assert block_at(doc, 1300).first_line == 1295
    assert block_at(doc, 1300).kind == "paragraph"
