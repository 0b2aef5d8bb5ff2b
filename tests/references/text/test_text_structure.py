"""Sections and headings of the bundled thesis, and the lossless round trip."""

from __future__ import annotations

import re

import pytest

from references.text import ParsedDocument, parse_thesis, reconstruct_source
from tests.conftest import THESIS

SOURCE = THESIS.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def doc() -> ParsedDocument:
    return parse_thesis(SOURCE)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_reconstructed_source_equals_the_thesis_up_to_whitespace(doc: ParsedDocument) -> None:
    assert _squash(reconstruct_source(doc)) == _squash(SOURCE)


def test_text_is_stored_as_written(doc: ParsedDocument) -> None:
    everything = "".join(b.text + (b.caption or "") for b in doc.blocks)
    # The thesis writes the Latin ə (U+0259) for Kazakh ә; it must stay.
    assert everything.count("\u0259") == SOURCE.count("\u0259")
    assert "\u04d9" not in everything
    # So does the stray CJK character on line 5685 ("арасындағы微 тепе-теңдікті").
    assert "арасындағы微 тепе-теңдікті" in everything


# (kind, number, level, parent number, title) as the thesis writes them,
# wrapped titles joined (lines 795-796, 815-817, 1562-1565, ...).
EXPECTED_SECTIONS = [
    ("introduction", None, 1, None, "КІРІСПЕ"),
    ("chapter", "1", 1, None, "КӨПВЕКТОРЛЫ СЫРТҚЫ САЯСАТ ТҰЖЫРЫМДАМАСЫ ҚАЛЫПТАСУЫНЫҢ  ТЕОРИЯЛЫҚ-ƏДІСНАМАЛЫҚ НЕГІЗДЕРІ"),
    ("section", "1.1", 2, "1", "Көпвекторлы сыртқы саясат ұғымын зерттеудің теориялық негіздері."),
    (
        "section",
        "1.2",
        2,
        "1",
        "Көпвекторлы сыртқы саяси бағыттың қалыптасуының геосаяси жəне трансконтиненталды алғышарттарын "
        "əдістемелік зерттеу ерекшеліктері",
    ),
    (
        "section",
        "1.3",
        2,
        "1",
        "Орта держава тұжырымдамасы жəне Қазақстанның cыртқы саяси бағытының  қалыптасуында векторлардың "
        "қалыптасу негіздері",
    ),
    ("chapter", "2", 1, None, "ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ КӨПВЕКТОРЛЫ СЫРТҚЫ САЯСАТЫНЫҢ ҚАЛЫПТАСУЫ ЖƏНЕ ДАМУ КЕЗЕҢДЕРІ"),
    ("section", "2.1", 2, "2", "Тəуелсіз Қазақстанның сыртқы саясатының  қалыптасу кезеңдері"),
    (
        "section",
        "2.2",
        2,
        "2",
        "Қазақстан Республикасы сыртқы саясатындағы қалыптасуында халықаралық институттардың рөлі мен маңызы.",
    ),
    ("section", "2.3", 2, "2", "Халықаралық қатынастар жүйесіндегі көпвекторлық дипломатияның қазақстандық моделі"),
    ("chapter", "3", 1, None, "ҚАЗАҚСТАННЫҢ КӨПВЕКТОРЛЫ САЯСАТЫНЫҢ ПРАГМАТИКАЛЫҚ АСПЕКТІЛЕРІ."),
    ("section", "3.1", 2, "3", "Қазақстанның көпвекторлы саясатының аймақтық жəне жаһандық өзгерістерге бейімделуі."),
    ("section", "3.2", 2, "3", "Қазақстанның көпвекторлы сыртқы саясатының жүзеге асуында Азия аймағының рөлі."),
    ("section", "3.3", 2, "3", "Көпвекторлы саясаттың «батыстық бағытының» болашағы: сын-тегеуріндер мен мүмкіндіктер."),
    ("conclusion", None, 1, None, "ҚОРЫТЫНДЫ"),
]


def test_sections_are_introduction_three_chapters_nine_sections_and_conclusion(doc: ParsedDocument) -> None:
    actual = [
        (
            s.kind,
            s.number,
            s.level,
            doc.sections[s.parent_index].number if s.parent_index is not None else None,
            s.title,
        )
        for s in doc.sections
    ]
    assert actual == EXPECTED_SECTIONS


def test_each_section_opens_with_a_heading_block_carrying_its_title(doc: ParsedDocument) -> None:
    headings = [b for b in doc.blocks if b.kind == "heading"]
    assert [b.section_index for b in headings] == list(range(len(doc.sections)))
    for block, section in zip(headings, doc.sections, strict=True):
        expected = section.title if section.number is None else f"{section.number} {section.title}"
        assert block.text == expected


def test_blocks_belong_to_the_section_they_follow(doc: ParsedDocument) -> None:
    indexes = [b.section_index for b in doc.blocks]
    assert indexes == sorted(indexes)

    def section_of(fragment: str) -> str | None:
        block = next(b for b in doc.blocks if fragment in b.text or fragment in (b.caption or ""))
        section = doc.sections[block.section_index]
        return section.number or section.kind

    assert section_of("айналғанын көрсетеді [1].") == "introduction"
    assert section_of("Кесте 2- Зерттеу құрылымы.") == "1.2"
    assert section_of("Бұл тарауда Қазақстан Республикасының") == "2"  # chapter 2's preamble (line 3238)
    assert section_of("Зерттеу аясында Қазақстанның тəуелсіздік алғаннан кейінгі") == "conclusion"


@pytest.mark.parametrize(
    ("fragment", "kind"),
    [
        ("1 Геосаясат\nтұжырымы", "table"),  # a numbered table row (line 934)
        ("\n3 2001–\n", "table"),  # a row of table 4 (line 3909) in chapter 2, where "3" is the next chapter
        ("1. Қалыптасу кезеңі (1991-2000 жж.)", "list_item"),  # line 2195
        ("2017 жылғы 1 қаңтардан бастап", "paragraph"),  # "1 қаңтардан" starts line 4323
        ("жалпы сауда айналымының 12", "paragraph"),  # "8 миллиард" starts line 5008
    ],
)
def test_numbered_lines_that_are_not_headings(doc: ParsedDocument, fragment: str, kind: str) -> None:
    block = next(b for b in doc.blocks if fragment in b.text)
    assert block.kind == kind
