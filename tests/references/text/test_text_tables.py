"""The nine tables of the bundled thesis: captions, bodies and where prose resumes.

Expected values are read off the source file; line numbers are the file's.
"""

from __future__ import annotations

import re

import pytest

from references.text import ParsedDocument, parse_thesis
from tests.conftest import THESIS

SOURCE = THESIS.read_text(encoding="utf-8")

# caption (wrapped lines joined), first body line, last body line and its
# line number, first words of the paragraph after the table and its line.
Expected = tuple[str, str, tuple[str, int], tuple[str, int]]
TABLES: list[Expected] = [
    (
        "Кесте 1- Қазақстанның көпвекторлы сыртқы саясатының теориялық негіздері",
        "№ Теориялар Негізгі мазмұны Көпвекторлы саясатпен",
        ("түсіндіру", 997),
        ("Халықаралық қатынастар ғылымында, академиялық зерттеулердің басым", 1000),
    ),
    (
        "Кесте 2- Зерттеу құрылымы.",
        "№",
        ("жақты түсіну.", 1808),
        ("Идан жəне Шаффер авторлығы негізінде жарияланған", 1811),
    ),
    (
        "Кесте 3- Қазақстанның орта держава ретінде қалыптасуы жəне көпвекторлы саясаттың ықпалы",
        "№ Талдау санаты Негізгі мазмұны Қазақстанның",
        ("үлгісін ұсынады.", 2932),
        ("Халықаралық дипломатия тарихында, Қазақстанның стратегиясы", 2935),
    ),
    (
        "Кесте 4 - Қазақстан Республикасының көпвекторлы сыртқы саясаты: қалыптасу кезеңдері",
        "№ Кезең Негізгі оқиғалар Аймақтық",
        ("сыртқы саясат", 3961),
        ("Қазақстан қазіргі таңда Қытаймен экономикалық тұрғыдан жақындасқанын", 3964),
    ),
    (
        "Кесте 5- Қазақстан Республикасының көпвекторлы сыртқы саясаты: даму кезеңдері",
        "Кезең Уақыты Негізгі Сипаттамасы Халықаралық",
        ("арасында тепе-теңдік", 4283),
        ("2011 жылдың маусым айында өткен ИЫҰ", 4286),
    ),
    (
        "Кесте 6 - Қазақстанның Орталық Азиядағы көпвекторлы саясатының негізгі бағыттары",
        "Бағыттары Мақсаты Тетіктері Мəселелері Мүмкіндікте",
        ("бітімгер болу", 4988),
        ("Қазақстанның Азиядағы сыртқы саясатының тағы бір бағыты –", 4991),
    ),
    (
        "Кесте 7 - Қазақстан Республикасының көпвекторлы сыртқы саясатының бағыттары мен бейімделу "
        "стратегиялары: аналитикалық шолу",
        "№ Бағыт Саяси аспект Экономикалық",
        ("бірлік артуда", 5680),
        ("Қазақстан дəл осы стратегия арқылы 2000-жылдары", 5683),
    ),
    (
        # The caption wraps over a blank line (lines 6769-6771).
        "Кесте 8- Қазақстанның Қытаймен қарым-қатынасындағы ықтимал тəуекелдер мен мүмкіндіктер",
        "№ Тəуекелдер Сипаттамасы Мүмкіндіктер Сипаттамасы",
        ("алмасу", 6858),
        ("Қытайдың экономикалық қуаты мен Қазақстанның табиғи", 6861),
    ),
    (
        # No blank or space-only line after this table: prose resumes at line 7729.
        "Кесте 9-Қазақстанның көпвекторлы сыртқы саясатындағы батыстық бағыты.",
        "№ Сала Сипаты Ықтимал əсері мен",
        ("сақтау негізгі шарт.", 7727),
        ("Қазақстанның сыртқы саясатындағы маңызды бағыттардың бірі – еуропалық бағыт.", 7729),
    ),
]


@pytest.fixture(scope="module")
def doc() -> ParsedDocument:
    return parse_thesis(SOURCE)


def test_there_are_nine_tables_in_order(doc: ParsedDocument) -> None:
    captions = [b.caption for b in doc.blocks if b.kind == "table"]
    assert captions == [caption for caption, *_ in TABLES]


@pytest.mark.parametrize(("number", "expected"), list(enumerate(TABLES, start=1)))
def test_table_body_and_the_prose_after_it(doc: ParsedDocument, number: int, expected: Expected) -> None:
    caption, first_row, (last_row, last_line), (prose_start, prose_line) = expected
    assert re.match(rf"Кесте {number}\s*-", caption)
    position = next(i for i, b in enumerate(doc.blocks) if b.caption == caption)
    table, after = doc.blocks[position], doc.blocks[position + 1]
    body_lines = table.text.split("\n")
    assert body_lines[0] == first_row
    assert body_lines[-1] == last_row
    assert table.last_line == last_line
    assert caption not in table.text
    assert after.kind == "paragraph"
    assert after.first_line == prose_line
    assert after.text.startswith(prose_start)


def test_a_table_keeps_its_column_layout_line_by_line(doc: ParsedDocument) -> None:
    table = next(b for b in doc.blocks if b.kind == "table")
    # Lines 937-944 of the thesis: two cells, one blank line between them.
    assert (
        "Геосаяси орналасу мен\nдержавалар арасындағы\nкеңістіктік бəсекеге мəн\nбереді\n\n"
        "Қазақстанның геосаяси\nорналасуы көпвекторлы\nұстанымға ықпал етеді"
    ) in table.text
    assert "\n\n\n" not in table.text
    assert all(line == line.strip() for line in table.text.split("\n"))


def test_one_wide_row_does_not_end_a_table() -> None:
    # Table 9 (lines 7600-7616) with the three lines of one cell (7610-7612)
    # set on a single wide line, as other PDFs lay out wide columns, then the
    # prose that follows the table (lines 7729-7757).
    lines = SOURCE.split("\n")
    wide = " ".join(line.strip() for line in lines[7609:7612])
    assert len(wide) > 70
    text = "\n".join(lines[7599:7609] + [wide] + lines[7612:7616] + [""] + lines[7728:7757])
    doc = parse_thesis(text)
    table, prose = doc.blocks
    assert table.kind == "table" and wide in table.text
    assert table.text.endswith("негізделген.")
    assert prose.text.startswith("Қазақстанның сыртқы саясатындағы маңызды бағыттардың бірі")
