"""RIS export and import: the tags written, the trip back, damaged files."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from references.formats.names import parse_names
from references.formats.record import EntryRecord
from references.formats.ris import RIS_FIELDS, records_to_ris, ris_to_records
from references.formats.ris_fields import PUBLISHER_FIELDS
from references.formats.ris_types import ENTRY_TO_RIS, RIS_TO_ENTRY
from references.formats.values import one_line, split_keywords, split_pages
from tests.conftest import SHARED_BIB
from tests.references.formats.test_formats_samples import BRZEZINSKI_1998, THESIS_RECORDS, bib_records

pytestmark = pytest.mark.filterwarnings("error")


def tags(ris: str) -> list[dict[str, list[str]]]:
    """Tag -> values for each TY..ER block, read straight off the lines."""
    blocks: list[dict[str, list[str]]] = []
    for line in ris.splitlines():
        match = re.match(r"^([A-Z][A-Z0-9])  - ?(.*)$", line)
        if not match:
            assert not line.strip(), f"stray line {line!r}"
            continue
        tag, value = match.groups()
        if tag == "TY":
            blocks.append({})
        blocks[-1].setdefault(tag, []).append(value)
    return blocks


# --- export -----------------------------------------------------------------


def test_a_russian_book_is_written_tag_by_tag() -> None:
    [block] = tags(records_to_ris([BRZEZINSKI_1998]))
    assert block["TY"] == ["BOOK"]
    assert block["ID"] == ["brzezinski1998"]
    assert block["AU"] == ["Бжезинский, Збигнев"]
    # RIS has no subtitle tag: it joins the title, as Zotero does
    assert block["TI"] == ["Великая шахматная доска: господство Америки и его геостратегические императивы"]
    assert block["PB"] == ["Международные отношения"]
    assert block["CY"] == ["Москва"]
    assert block["PY"] == ["1998"]
    assert block["LA"] == ["russian"]
    assert block["ER"] == [""]


def test_one_au_line_per_author_institutions_unsplit() -> None:
    record = EntryRecord(
        "report",
        "mfa",
        {"author": "Hanks, Reuel R. and {Қазақстан Республикасының Сыртқы істер министрлігі}"},
    )
    [block] = tags(records_to_ris([record]))
    assert block["TY"] == ["RPRT"]
    assert block["AU"] == ["Hanks, Reuel R.", "Қазақстан Республикасының Сыртқы істер министрлігі"]


def test_pages_dates_identifiers_and_notes() -> None:
    record = EntryRecord(
        "article",
        "a",
        {
            "pages": "257--267",
            "date": "2019-09-24",
            "issn": "1944-8953",
            "isbn": "978-5-7133-0967-8",
            "url": "https://example.org/a;b",
            "keywords": "көпвекторлы саясат, Қазақстан",
            "note": "first line\n\nthird line",
            "urldate": "2024-05-01",
        },
    )
    [block] = tags(records_to_ris([record]))
    assert (block["SP"], block["EP"]) == (["257"], ["267"])
    assert block["DA"] == ["2019/09/24"]
    assert block["PY"] == ["2019"]  # taken from the date when there is no year
    assert block["SN"] == ["978-5-7133-0967-8", "1944-8953"]
    assert block["UR"] == ["https://example.org/a;b"]  # not split at ";"
    assert block["KW"] == ["көпвекторлы саясат", "Қазақстан"]
    assert block["N1"] == ["first line", "", "third line"]
    assert block["Y2"] == ["2024/05/01"]


def test_a_thesis_says_what_kind_in_m3() -> None:
    [phd, other] = tags(
        records_to_ris(
            [
                EntryRecord("phdthesis", "p", {"title": "T", "school": "ҚазҰУ"}),
                EntryRecord("thesis", "t", {"title": "T", "type": "Дис. ... канд. полит. наук"}),
            ]
        )
    )
    assert phd["TY"] == ["THES"] and phd["M3"] == ["PhD thesis"] and phd["PB"] == ["ҚазҰУ"]
    assert other["M3"] == ["Дис. ... канд. полит. наук"]


def test_no_records_no_text() -> None:
    assert records_to_ris([]) == ""


# --- the trip back -----------------------------------------------------------


def test_thesis_records_come_back_unchanged() -> None:
    back = ris_to_records(records_to_ris(THESIS_RECORDS))
    assert back.problems == []
    assert [(r.entry_type, r.key, r.fields) for r in back.records] == [
        (r.entry_type, r.key, r.fields) for r in THESIS_RECORDS
    ]


def test_kazakh_and_russian_text_survives_every_mapped_field() -> None:
    record = EntryRecord(
        "article",
        "kk",
        {
            "author": "Тоқаев, Қасым-Жомарт and Бжезинский, Збигнев and {Сыртқы істер министрлігі}",
            "editor": "Әлиев, Ә.",
            "title": "Көпвекторлы сыртқы саясат: ұлттық мүдде",
            "journal": "ҚазҰУ Хабаршысы. Халықаралық қатынастар сериясы",
            "series": "Халықаралық қатынастар",
            "year": "2019",
            "date": "2019-09-24",
            "volume": "4",
            "number": "88",
            "pages": "12–25",
            "publisher": "Қазақ университеті",
            "address": "Алматы",
            "edition": "2",
            "doi": "10.26577/IRILJ",
            "url": "https://example.kz/мақала",
            "issn": "1563-0285",
            "abstract": "Мақалада Қазақстанның сыртқы саясаты қарастырылады.",
            "keywords": "көпвекторлық, орта держава",
            "note": "Орыс тілінде: «Многовекторная политика»",
            "language": "kazakh",
            "urldate": "2024-05-01",
            "type": "ғылыми мақала",
        },
    )
    assert set(record.fields) <= RIS_FIELDS
    [back] = ris_to_records(records_to_ris([record])).records
    assert back.fields == record.fields
    assert (back.entry_type, back.key) == (record.entry_type, record.key)


@pytest.mark.parametrize("entry_type", sorted(ENTRY_TO_RIS))
def test_entry_types(entry_type: str) -> None:
    record = EntryRecord(entry_type, "k", {"title": "T"})
    [back] = ris_to_records(records_to_ris([record])).records
    code = ENTRY_TO_RIS[entry_type]
    if RIS_TO_ENTRY[code] == entry_type or (code == "THES" and entry_type.endswith("thesis")):
        assert back.entry_type == entry_type
    else:  # several BibTeX types share this RIS type; the first listed comes back
        assert back.entry_type == RIS_TO_ENTRY[code]
        assert ENTRY_TO_RIS[back.entry_type] == code


@pytest.mark.parametrize("file_name", ["xampl.bib", "biblatex-examples.bib"])
def test_real_bib_entries_keep_every_mapped_field(file_name: str) -> None:
    records = bib_records(file_name)
    result = ris_to_records(records_to_ris(records))
    assert result.problems == []
    assert [r.key for r in result.records] == [r.key for r in records]
    checked = 0
    for before, after in zip(records, result.records):
        assert _mapped(before) == _mapped(after), before.key
        checked += len(_mapped(before))
    assert checked > 4 * len(records)  # the comparison really covered the files' fields


def _mapped(record: EntryRecord) -> dict[str, object]:
    """The RIS-mapped content of a record, in a spelling-neutral form."""
    title = record.get("title")
    if title and record.get("subtitle"):
        title = f"{title}: {record.get('subtitle')}"
    out: dict[str, object] = {
        "title": one_line(title) if title else None,
        "author": parse_names(record.get("author")),
        "editor": parse_names(record.get("editor")),
        # a year-only biblatex date and a year are the same fact
        "issued": one_line(record.first("date", "year") or ""),
        "publisher": one_line(record.first(*PUBLISHER_FIELDS) or ""),
        "pages": split_pages(one_line(record.get("pages"))) if record.get("pages") else None,
        "keywords": split_keywords(one_line(record.get("keywords") or "")),
        "note": [line.strip() for line in (record.get("note") or "").split("\n")],
    }
    simple = RIS_FIELDS - {"title", "author", "editor", "year", "date", "pages", "keywords",
                           "note", *PUBLISHER_FIELDS}
    for field in sorted(simple):
        value = record.get(field)
        out[field] = one_line(value) if value else None
    return {k: v for k, v in out.items() if v}


# --- reading what others write ----------------------------------------------------

ZOTERO_STYLE = """\
TY  - JOUR
TI  - ‘Multi-vector politics’ and Kazakhstan
AU  - Hanks, Reuel R.
T2  - Journal of Balkan and Near Eastern Studies
J2  - J. Balk. Near East. Stud.
PY  - 2009
DA  - 2009/9/1
SN  - 1944-8953
UR  - https://example.org/x;y
Y2  - 2024/05/01/10:00:00
KW  - Kazakhstan
KW  - foreign policy
N1  - first note
N1  - second note
DB  - Taylor and Francis
ER  - 

TY  - CHAP
AU  - Smith, John
A2  - Doe, Jane
TI  - A chapter
T2  - The book
T3  - The series
PB  - Publisher
CY  - City
SN  - 0-19-852663-6
SP  - 10
EP  - 20
ER  - 
"""


def test_a_zotero_style_file() -> None:
    result = ris_to_records(ZOTERO_STYLE)
    article, chapter = result.records
    assert article.entry_type == "article"
    assert article.key == "Hanks2009"  # no ID line: author and year
    assert article.fields["journal"] == "Journal of Balkan and Near Eastern Studies"
    assert article.fields["date"] == "2009-09-01"
    assert article.fields["issn"] == "1944-8953"
    assert article.fields["url"] == "https://example.org/x;y"
    assert article.fields["urldate"] == "2024-05-01"
    assert article.fields["keywords"] == "Kazakhstan, foreign policy"
    assert article.fields["note"] == "first note\nsecond note"
    assert chapter.entry_type == "incollection"
    assert chapter.fields["editor"] == "Doe, Jane"
    assert chapter.fields["booktitle"] == "The book"
    assert chapter.fields["series"] == "The series"
    assert chapter.fields["isbn"] == "0-19-852663-6"  # ten digits: an ISBN
    assert chapter.fields["pages"] == "10–20"
    assert article.fields["shortjournal"] == "J. Balk. Near East. Stud."
    # a tag with no field of its own is kept for the way back, not dropped
    assert article.fields["ris-db"] == "Taylor and Francis"
    assert result.problems == []


def test_endnote_style_journal_tags_and_old_dates() -> None:
    text = "TY  - JOUR\nJF  - Central Asian Survey\nJA  - Cent. Asian Surv.\nPY  - 2014/03/02/\nER  - \n"
    [record] = ris_to_records(text).records
    assert record.fields["journal"] == "Central Asian Survey"
    assert record.fields["year"] == "2014"
    assert record.fields["date"] == "2014-03-02"


def test_thesis_kind_comes_from_m3() -> None:
    text = (
        "TY  - THES\nTI  - A\nM3  - PhD thesis\nPB  - ҚазҰУ\nER  - \n"
        "TY  - THES\nTI  - B\nM3  - Master's thesis\nER  - \n"
        "TY  - THES\nTI  - C\nM3  - Дис. ... канд. полит. наук\nER  - \n"
    )
    a, b, c = ris_to_records(text).records
    assert (a.entry_type, a.fields.get("school"), "type" in a.fields) == ("phdthesis", "ҚазҰУ", False)
    assert b.entry_type == "mastersthesis"
    assert (c.entry_type, c.fields["type"]) == ("thesis", "Дис. ... канд. полит. наук")


# --- damaged files -----------------------------------------------------------------


def test_a_damaged_file_is_read_as_far_as_it_goes() -> None:
    text = "\n".join(
        [
            "\ufeffsome junk",  # 1
            "TY - JOUR",  # 2 one space only
            "AU  - Smith, J.",  # 3
            "TI  - First",  # 4
            "   continued title",  # 5
            "TY  - BOOK",  # 6 no ER before it
            "TI  - Second",  # 7
            "ER  - ",  # 8
            "ER  - ",  # 9 an ER with no record
            "TY  - NOPE",  # 10
            "ID  - same",  # 11
            "ER  - ",  # 12
            "TY  - GEN",  # 13
            "ID  - same",  # 14
            "TI  - cut off",  # 15 and no ER
        ]
    )
    result = ris_to_records(text)
    assert [(r.entry_type, r.key, r.fields.get("title")) for r in result.records] == [
        ("article", "Smith", "First continued title"),
        ("book", "ref", "Second"),
        ("misc", "same", None),
        ("misc", "samea", "cut off"),
    ]
    assert [p.line for p in result.problems] == [1, 2, 6, 9, 10, 13, 14]
    assert "ER" in result.problems[2].message and "line 2" in result.problems[2].message


def test_text_that_is_not_ris() -> None:
    bib = SHARED_BIB / "xampl.bib"
    result = ris_to_records(bib.read_text(encoding="utf-8"))
    assert result.records == []
    assert any("no RIS record" in p.message for p in result.problems)


ris_line = st.one_of(
    st.sampled_from(["TY  - JOUR", "TY  - ", "ER  - ", "ER -", "AU  - Смит, Дж.", "TI  - Тақырып",
                     "PY  - 20xx", "DA  - 2019/13/40", "SP  - 5", "EP  - 1", "SN  - 123",
                     "KW  - ", "N1  - ", "UR  - ;", "ID  - x", "ID  - x", "  - ", "AU  -"]),
    st.text(max_size=30),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ris_line, max_size=25))
def test_any_text_reads_without_raising(lines: list[str]) -> None:
    text = "\n".join(lines)
    result = ris_to_records(text)
    line_count = max(len(text.splitlines()), 1)
    assert all(1 <= p.line <= line_count for p in result.problems)
    assert len({r.key for r in result.records}) == len(result.records)


word = st.text(alphabet="абвгқңұүһіәөАБҚӘZzQq0123456789-.«»'", min_size=1, max_size=8)
phrase = st.lists(word, min_size=1, max_size=5).map(" ".join)
person = st.tuples(word.filter(lambda w: w[0].isalpha()), word).map(lambda p: f"{p[0]}, {p[1]}")


@settings(max_examples=150, deadline=None)
@given(
    fields=st.fixed_dictionaries(
        {},
        optional={
            "author": st.lists(person, min_size=1, max_size=4).map(" and ".join),
            "title": phrase,
            "journal": phrase,
            "publisher": phrase,
            "address": phrase,
            "volume": word,
            "number": word,
            "doi": word,
            "abstract": phrase,
            "language": word,
        },
    )
)
def test_generated_records_come_back(fields: dict[str, str]) -> None:
    record = EntryRecord("article", "key", fields)
    [back] = ris_to_records(records_to_ris([record])).records
    expected = dict(fields)
    if "author" in expected:
        expected["author"] = parse_names(expected["author"])
        assert parse_names(back.fields.pop("author")) == expected.pop("author")
    assert back.fields == expected
