"""Our GOST formatter against the worked examples the standards print.

Each case is an example of GOST R 7.0.100-2018 (or one GOST R 7.0.5-2008
gives), entered as a .bib record holds it, and the description the standard
prints is the oracle, character for character. Where an example has an
element no BibTeX field holds (a book's height "; 20 см"), the element is
left out of the record and of the expected text, and the case says so.

``full=True`` is the description as GOST R 7.0.100-2018 prints it: the area
of content type and means of access ("— Текст : непосредственный",
"— Текст : электронный") instead of the older "[Электронный ресурс]", the
ISBN and the notes. The default list (what dissertation councils ask for,
issue 14) is the same description without those three; the last test
checks that the two differ only there.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from references.formats import EntryRecord
from references.interchange.gost import describe
from tests.conftest import DATA

EXAMPLES = [
    # GOST R 7.0.100-2018, the example of a dissertation: the specialty as other title information,
    # the kind of work in words, the author's full name and the institution after " / " and " ; ",
    # place and year without a publisher, the note on the bibliography.
    pytest.param(
        EntryRecord("phdthesis", "vishnyakov", {
            "author": "Вишняков, Илья Владимирович",
            "title": "Модели и методы оценки коммерческих банков в условиях неопределенности",
            "subtitle": "специальность 08.00.13 «Математические и инструментальные методы экономики»",
            "type": "диссертация на соискание ученой степени кандидата экономических наук",
            "school": "Московский государственный университет экономики, статистики и информатики",
            "address": "Москва", "year": "2002", "pagetotal": "234", "note": "Библиогр.: с. 220–230"}),
        "Вишняков, И. В. Модели и методы оценки коммерческих банков в условиях неопределенности : специальность "
        "08.00.13 «Математические и инструментальные методы экономики» : диссертация на соискание ученой степени "
        "кандидата экономических наук / Вишняков Илья Владимирович ; Московский государственный университет "
        "экономики, статистики и информатики. — Москва, 2002. — 234 с. — Библиогр.: с. 220–230. — "
        "Текст : непосредственный.",
        id="7.0.100-thesis",
    ),
    # GOST R 7.0.100-2018, the example of an author's abstract (its notes on the bibliography and the
    # place of the defence left out).
    pytest.param(
        EntryRecord("thesis", "velichkovsky", {
            "author": "Величковский, Борис Борисович",
            "title": "Функциональная организация рабочей памяти",
            "subtitle": "специальность 19.00.01 «Общая психология, психология личности, история психологии»",
            "type": "автореферат диссертации на соискание ученой степени доктора психологических наук",
            "institution": "Московский государственный университет имени М. В. Ломоносова",
            "location": "Москва", "date": "2017", "pagetotal": "44", "langid": "russian"}),
        "Величковский, Б. Б. Функциональная организация рабочей памяти : специальность 19.00.01 «Общая психология, "
        "психология личности, история психологии» : автореферат диссертации на соискание ученой степени доктора "
        "психологических наук / Величковский Борис Борисович ; Московский государственный университет имени "
        "М. В. Ломоносова. — Москва, 2017. — 44 с. — Текст : непосредственный.",
        id="7.0.100-autoreferat",
    ),
    # GOST R 7.0.100-2018, the example of a law published as a book: the heading "Российская Федерация.
    # Законы." (biblatex-gost's ``heading``), the kind of act and the dates of its passing as other title
    # information, two places each with its publisher, the ISBN (the height "; 20 см" left out).
    pytest.param(
        EntryRecord("book", "fz131", {
            "heading": "Российская Федерация. Законы",
            "title": "Об общих принципах организации местного самоуправления в Российской Федерации",
            "subtitle": "Федеральный закон № 131-ФЗ",
            "titleaddon": "[принят Государственной думой 16 сентября 2003 года : одобрен Советом Федерации "
                          "24 сентября 2003 года]",
            "location": "Москва and Санкт-Петербург", "publisher": "Проспект and Кодекс", "year": "2017",
            "pagetotal": "158", "isbn": "978-5-392-26365-3", "langid": "russian"}),
        "Российская Федерация. Законы. Об общих принципах организации местного самоуправления в Российской "
        "Федерации : Федеральный закон № 131-ФЗ : [принят Государственной думой 16 сентября 2003 года : одобрен "
        "Советом Федерации 24 сентября 2003 года]. — Москва : Проспект ; Санкт-Петербург : Кодекс, 2017. — "
        "158 с. — ISBN 978-5-392-26365-3. — Текст : непосредственный.",
        id="7.0.100-law",
    ),
    # GOST R 7.0.100-2018, the example of an article on a news site: "— Текст : электронный" before "//",
    # the site as "Газета.ru : [сайт]", the day of the issue, the URL and the date it was seen.
    pytest.param(
        EntryRecord("article", "gryazev", {
            "author": "Грязев, А.",
            "title": "«Пустое занятие»: кто лишает Россию права вето в СБ ООН",
            "subtitle": "в ГА ООН возобновились переговоры по реформе Совета Безопасности",
            "journaltitle": "Газета.ru", "journalsubtitle": "[сайт]", "date": "2018-02-02",
            "url": "https://www.gazeta.ru/politics/2018/02/02_a_11634385.shtml", "urldate": "2018-02-09"}),
        "Грязев, А. «Пустое занятие»: кто лишает Россию права вето в СБ ООН : в ГА ООН возобновились переговоры "
        "по реформе Совета Безопасности / А. Грязев. — Текст : электронный // Газета.ru : [сайт]. — 2018. — "
        "2 февр. — URL: https://www.gazeta.ru/politics/2018/02/02_a_11634385.shtml (дата обращения: 09.02.2018).",
        id="7.0.100-online-article",
    ),
    # GOST R 7.0.100-2018, the example of a web site: its kind as other title information, the place
    # alone in the imprint, the note on how often it is updated, URL, then "Текст : электронный".
    pytest.param(
        EntryRecord("online", "government", {
            "title": "Правительство Российской Федерации", "subtitle": "официальный сайт", "location": "Москва",
            "note": "Обновляется в течение суток", "url": "http://government.ru", "urldate": "2018-02-19"}),
        "Правительство Российской Федерации : официальный сайт. — Москва. — Обновляется в течение суток. — "
        "URL: http://government.ru (дата обращения: 19.02.2018). — Текст : электронный.",
        id="7.0.100-web-site",
    ),
    # The book GOST R 7.0.5-2008 cites as its example of a reference to a whole book (Тарасова,
    # "Политическая история Латинской Америки", 2nd ed., Moscow: Prospekt, 2006), in the full form
    # of GOST R 7.0.100-2018: one author as the heading and again after " / ", the edition, place and
    # publisher in full, the extent.
    pytest.param(
        EntryRecord("book", "tarasova", {
            "author": "Тарасова, В. И.", "title": "Политическая история Латинской Америки",
            "subtitle": "учебник для вузов", "edition": "2", "address": "Москва", "publisher": "Проспект",
            "year": "2006", "pagetotal": "305"}),
        "Тарасова, В. И. Политическая история Латинской Америки : учебник для вузов / В. И. Тарасова. — "
        "2-е изд. — Москва : Проспект, 2006. — 305 с. — Текст : непосредственный.",
        id="7.0.5-book-in-full-form",
    ),
]


@pytest.mark.parametrize(("record", "printed"), EXAMPLES)
def test_the_standards_examples(record: EntryRecord, printed: str) -> None:
    assert describe(record, full=True) == printed


@pytest.mark.parametrize(("record", "printed"), EXAMPLES)
def test_the_default_list_is_the_same_description_without_the_2018_areas(record: EntryRecord, printed: str) -> None:
    default = describe(record)
    online = "url" in record.fields or record.entry_type == "online"
    expected = printed.replace(" — Текст : непосредственный.", "").replace(" — Текст : электронный.", "")
    expected = expected.replace(". — Текст : электронный //", " //").replace(". — Текст : непосредственный //", " //")
    for note in (record.fields.get("note"), record.fields.get("isbn") and "ISBN " + record.fields["isbn"]):
        if note:
            expected = expected.replace(f" — {note}.", "")
    if online and record.entry_type == "online":  # the older mark of an online source after the title proper
        title = record.fields["title"]
        expected = expected.replace(title, title + " [Электронный ресурс]", 1)
    assert default == expected


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # titles of the JabRef 2.10 library in the corpus (bbt-jabref210-groupstree-97.bib)
        ("Cu$_2$O(1 1 1)", "Cu₂O(1 1 1)"),
        ("Electric Field Gradients of ${}^{111}$Cd", "Electric Field Gradients of ¹¹¹Cd"),
        ("in the $2.5$ to $6.5\\,\\mathrm{eV}$ region", "in the 2.5 to 6.5\u2009eV region"),
        ("Variation of the Oxygen Content in Cu$_{2-\\delta}$O", "Variation of the Oxygen Content in Cu_(2-δ)O"),
        ("a price of \\$5 and $x", "a price of \\$5 and $x"),  # no closing $: no math
    ],
)
def test_math_in_a_title_reads_as_text_in_the_list(written: str, read: str) -> None:
    record = EntryRecord("article", "m", {"author": "Barman, S. R.", "title": written, "journal": "J", "year": "1992"})
    assert describe(record).startswith(f"Barman, S. R. {read} / S. R. Barman // J.")


def test_the_cli_writes_the_full_2018_description(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    db = tmp_path / "lib.sqlite"
    source = DATA / "interchange" / "real" / "ru-phd-template-external.bib"
    assert main(["--db", str(db), "import-bib", str(source)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "bibliography", "--style", "gost-2018", "-"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 52
    area = re.compile(r" — (Текст : (непосредственный|электронный)|Text : (unmediated|electronic))(\.$| // )")
    for line in lines:  # each entry has the area of content type, in its own language (the English ones too)
        assert area.search(line), line
    assert not any("[Электронный ресурс]" in line for line in lines)
    assert main(["--db", str(db), "bibliography", "-"]) == 0  # the default list is as before
    assert "Текст :" not in capsys.readouterr().out


def test_an_abbreviated_page_range_is_given_whole() -> None:
    # EndNote's BibTeX export of a PubMed record (bbt-endnote-export.bib in the corpus): "pages = {1204-22}"
    record = EntryRecord("article", "huang", {"author": "Huang, Y. and Mucke, L.", "title": "Alzheimer mechanisms",
                                              "journal": "Cell", "year": "2012", "volume": "148", "number": "6",
                                              "pages": "1204-22"})
    assert describe(record).endswith("— Vol. 148, No. 6. — P. 1204–1222.")
    record.fields["pages"] = "95-7"
    assert describe(record).endswith("— P. 95–97.")
    record.fields["pages"] = "1204-1222"
    assert describe(record).endswith("— P. 1204–1222.")


def test_biblatex_gosts_thesis_fields_read_as_biblatex_gost_means_them() -> None:
    """The Russian thesis template (ru-phd-template-external.bib in the corpus) gives an author's abstract
    twice: as plain BibTeX, its kind written into the title, and with biblatex-gost's fields
    (type = phdautoref: "автореф. дис. ... канд.", science, specialitycode). Both say the same work."""
    record = EntryRecord("thesis", "Sirotko2", {
        "author": "Сиротко, Владимир Викторович",
        "title": "Медико-социальные аспекты городского травматизма в современных условиях",
        "type": "phdautoref", "science": "мед. наук", "specialitycode": "14.00.33", "address": "М.",
        "year": "2006", "pagetotal": "26", "language": "russian"})
    assert describe(record) == (
        "Сиротко, В. В. Медико-социальные аспекты городского травматизма в современных условиях : специальность "
        "14.00.33 : автореферат диссертации на соискание ученой степени кандидата мед. наук / Сиротко Владимир "
        "Викторович. — М., 2006. — 26 с.")
