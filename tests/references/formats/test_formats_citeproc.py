"""Formatted bibliographies: GOST R 7.0.5-2008 numeric and APA 7 through citeproc-py.

Expected strings are built from the style definitions in resources/csl
(macros, delimiters, locale terms), not copied from the program's output;
the comment above each says which parts of the style produce it.
"""

from __future__ import annotations

import dataclasses
import logging
import random

import pytest
from citeproc import CitationStylesStyle
from hypothesis import given, settings
from hypothesis import strategies as st

from references.formats.citeproc_format import format_bibliography
from references.formats.csljson import CSL_TYPES
from references.formats.record import EntryRecord
from tests.references.formats.test_formats_samples import (
    BRZEZINSKI_1997,
    BRZEZINSKI_1998,
    CONSTITUTION_TITLE,
    NAZARBAYEV_TITLE,
    THESIS_RECORDS,
    bib_records,
)

pytestmark = pytest.mark.filterwarnings("error")

BRZEZINSKI_73 = dataclasses.replace(BRZEZINSKI_1998, number=73)


def bib_entry(key: str) -> EntryRecord:
    return next(r for r in bib_records("biblatex-examples.bib") if r.key == key)


# --- GOST ------------------------------------------------------------------------


def test_gost_book_number_author_title_place_publisher_year() -> None:
    # "73." citation-number; author macro: family, initials with "." and no
    # space (sort-separator " ", initialize-with "."); areas joined by ". ";
    # publisher macro "place: publisher", then ", year"; layout suffix ".".
    [entry] = format_bibliography([BRZEZINSKI_73], "gost-numeric")
    assert entry == (
        "73. Бжезинский З. Великая шахматная доска: господство Америки и его "
        "геостратегические императивы. Москва: Международные отношения, 1998."
    )


def test_gost_journal_article_with_russian_locale_terms() -> None:
    # container macro after " // "; locators "Т. 12" (volume term, short, ru-RU);
    # page label "С." and the range with an en dash (page-range-format expanded).
    [entry] = format_bibliography([bib_entry("baez/article")], "gost-numeric")
    assert entry == (
        "1. Baez J.C., Lauda A.D. Higher-Dimensional Algebra V: 2-Groups // "
        "Theory and Applications of Categories. 2004. Т. 12. С. 423–491."
    )


def test_gost_web_page_gets_electronic_resource_and_access_date() -> None:
    # title macro adds the "online" term of the style's own ru locale in [];
    # access macro: "URL: ..." and "(дата обращения: DD.MM.YYYY)".
    [entry] = format_bibliography([bib_entry("ctan")], "gost-numeric")
    assert entry == (
        "1. CTAN: The Comprehensive TeX Archive Network [Электронный ресурс]. 2006. "
        "URL: http://www.ctan.org (дата обращения: 01.10.2006)."
    )


def test_gost_thesis_references_as_incomplete_as_the_thesis_has_them() -> None:
    entries = format_bibliography(THESIS_RECORDS, "gost-numeric")
    assert entries == [
        f"2. Назарбаев Н. {NAZARBAYEV_TITLE}. 1992.",
        f"6. {CONSTITUTION_TITLE}.",
        "7. Қазақстан Республикасының халықаралық шарттары туралы заңы.",
        "46. Тренин Д.",
        "65. Шац Э.",
        "71. Анчески Л.",
        "72. Хилл Ф.",
        "73. Бжезинский З. Шахмат тақтасы.",
    ]


def test_gost_orders_by_the_thesis_numbers_whatever_the_input_order() -> None:
    shuffled = THESIS_RECORDS[:]
    random.Random(7).shuffle(shuffled)
    numbers = [e.split(".")[0] for e in format_bibliography(shuffled, "gost-numeric")]
    assert numbers == ["2", "6", "7", "46", "65", "71", "72", "73"]


def test_gost_unnumbered_records_follow_the_highest_number() -> None:
    entries = format_bibliography([BRZEZINSKI_1997, *THESIS_RECORDS[:2]], "gost-numeric")
    assert [e.split(".")[0] for e in entries] == ["2", "6", "7"]
    assert entries[2].startswith("7. Brzezinski Z. The Grand Chessboard")


def test_html_escapes_the_text_of_every_variable() -> None:
    record = EntryRecord(
        "book",
        "x",
        {"title": "War & <Peace>", "publisher": "P & Q", "url": "http://x.kz/?a=1&b=2"},
        number=1,
    )
    assert format_bibliography([record], "gost-numeric", "html") == ["1. War &amp; &lt;Peace&gt;. P &amp; Q."]
    assert format_bibliography([record], "gost-numeric", "text") == ["1. War & <Peace>. P & Q."]
    [apa] = format_bibliography([record], "apa", "html")
    assert apa == "<i>War &amp; &lt;Peace&gt;</i>. (n.d.). P &amp; Q. http://x.kz/?a=1&amp;b=2"


# --- APA -------------------------------------------------------------------------


def test_apa_book_author_year_title_publisher() -> None:
    # author: "Family, G." (initialize-with ". "); date "(1997)"; book title
    # italic (title-booklike); source-publisher; group delimiter ". ", suffix ".".
    text = format_bibliography([BRZEZINSKI_1997], "apa")
    html = format_bibliography([BRZEZINSKI_1997], "apa", "html")
    title = "The Grand Chessboard: American Primacy and Its Geostrategic Imperatives"
    assert text == [f"Brzezinski, Z. (1997). {title}. Basic Books."]
    assert html == [f"Brzezinski, Z. (1997). <i>{title}</i>. Basic Books."]


def test_apa_article_two_authors_ampersand_volume_pages() -> None:
    # and="symbol"; periodical: italic container, italic volume, pages.
    [entry] = format_bibliography([bib_entry("baez/article")], "apa", "html")
    assert entry == (
        "Baez, J. C., &amp; Lauda, A. D. (2004). Higher-Dimensional Algebra V: 2-Groups. "
        "<i>Theory and Applications of Categories</i>, <i>12</i>, 423–491."
    )


def test_apa_without_author_the_title_moves_up_and_is_not_repeated() -> None:
    # author-title-substitute puts the title first; CSL then suppresses it.
    record = EntryRecord("misc", "n", {"title": NAZARBAYEV_TITLE, "year": "1992"})
    [entry] = format_bibliography([record], "apa")
    assert entry == f"{NAZARBAYEV_TITLE}. (1992)."
    [web] = format_bibliography([bib_entry("ctan")], "apa")
    assert web == "CTAN: The Comprehensive TeX Archive Network. (2006). http://www.ctan.org"


def test_apa_keeps_kazakh_and_russian_titles_in_their_own_case() -> None:
    # legal-title uses text-case="title", which CSL applies to English only.
    legislation = next(r for r in THESIS_RECORDS if r.key == "constitution")
    assert format_bibliography([legislation], "apa") == [f"{CONSTITUTION_TITLE}."]
    english = EntryRecord("legislation", "e", {"title": "law on international treaties"})
    assert format_bibliography([english], "apa") == ["Law on International Treaties."]


def test_apa_author_only_and_no_date() -> None:
    hill = next(r for r in THESIS_RECORDS if r.key == "hill")
    assert format_bibliography([hill], "apa") == ["Хилл, Ф. (n.d.)."]


def test_apa_sorts_by_author_and_html_sorts_the_same_way() -> None:
    hill = next(r for r in THESIS_RECORDS if r.key == "hill")
    untitled_author = EntryRecord("book", "shakhmat", {"title": "Шахмат тақтасы"})
    records = [untitled_author, BRZEZINSKI_1998, hill, BRZEZINSKI_1997]
    text = format_bibliography(records, "apa")
    html = format_bibliography(records, "apa", "html")
    assert [e.split(",")[0].split(".")[0] for e in text] == [
        "Brzezinski", "Бжезинский", "Хилл", "Шахмат тақтасы",
    ]
    assert [h.replace("<i>", "").replace("</i>", "") for h in html] == text


# --- any record ------------------------------------------------------------------


def test_a_record_with_nothing_shows_its_key() -> None:
    empty = EntryRecord("misc", "unknown-42", {}, number=5)
    assert format_bibliography([empty], "gost-numeric") == ["5. [unknown-42]."]
    assert format_bibliography([empty], "apa") == ["[unknown-42]. (n.d.)."]


def test_when_citeproc_fails_the_entry_is_still_written(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(self: CitationStylesStyle, items: list) -> list:
        raise KeyError("simulated citeproc-py failure")

    monkeypatch.setattr(CitationStylesStyle, "render_bibliography", broken)
    with caplog.at_level(logging.WARNING):
        [entry] = format_bibliography([BRZEZINSKI_73], "gost-numeric")
    assert entry == (
        "73. Бжезинский Збигнев. Великая шахматная доска. "
        "Москва: Международные отношения, 1998."
    )
    assert "brzezinski1998" in caplog.text


def test_every_real_bib_entry_formats_in_both_styles() -> None:
    records = bib_records("biblatex-examples.bib") + bib_records("xampl.bib")
    for style in ("gost-numeric", "apa"):
        entries = format_bibliography(records, style)
        assert len(entries) == len(records)
        assert all(e.strip() and "\n" not in e for e in entries)


def test_unknown_style_or_output() -> None:
    with pytest.raises(ValueError, match="gost-numeric"):
        format_bibliography(THESIS_RECORDS, "chicago")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="html"):
        format_bibliography(THESIS_RECORDS, "apa", "rtf")  # type: ignore[arg-type]
    assert format_bibliography([], "apa") == []


FIELDS = ["author", "editor", "title", "journal", "booktitle", "year", "date", "month",
          "volume", "number", "pages", "publisher", "address", "edition", "type", "url",
          "urldate", "language", "series", "subtitle"]
odd_values = st.one_of(
    st.text(max_size=15),
    st.sampled_from(["2019", "2019-09-24", "1984/1986", "б.ж.", "3–4", "i-x", "2nd", "0000",
                     "Хилл, Ф. and {Сыртқы істер министрлігі}", "others", "{", "}", "&", "<i>"]),
)
any_record = st.builds(
    EntryRecord,
    entry_type=st.sampled_from([*CSL_TYPES, "unknown"]),
    key=st.text(min_size=1, max_size=6),
    fields=st.dictionaries(st.sampled_from(FIELDS), odd_values, max_size=6),
    number=st.one_of(st.none(), st.integers(1, 300)),
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(any_record, max_size=4),
    st.sampled_from(["gost-numeric", "apa"]),
    st.sampled_from(["text", "html"]),
)
def test_any_records_format_one_entry_each(records: list[EntryRecord], style: str, output: str) -> None:
    entries = format_bibliography(records, style, output)  # type: ignore[arg-type]
    assert len(entries) == len(records)
    assert all(entry.strip() for entry in entries)


def test_apa_sorts_even_when_citeproc_cannot_compare_empty_keys() -> None:
    from references.formats import EntryRecord, format_bibliography

    records = [
        EntryRecord(entry_type="article", key="0", fields={}),
        EntryRecord(entry_type="article", key="1", fields={"editor": "{"}),
    ]
    assert len(format_bibliography(records, style="apa", output="text")) == 2
