"""GOST R 7.0.100-2018 reference lists, checked against descriptions built as the standard's examples are."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.cli import main
from references.formats import EntryRecord
from references.interchange.gost import describe, format_gost, initials, language_of

CASES = [
    # a book, one author, other title information, edition, place : publisher, year, extent
    (
        EntryRecord("book", "nikiforov", {"author": "Никифоров, Владимир Викторович", "title": "Терминология: теория и практика",
                                          "subtitle": "учебное пособие", "edition": "2", "address": "Москва",
                                          "publisher": "Интермедиа", "year": "2018", "pagetotal": "215"}),
        "Никифоров, В. В. Терминология: теория и практика : учебное пособие / В. В. Никифоров. — 2-е изд. — "
        "Москва : Интермедиа, 2018. — 215 с.",
    ),
    # four authors: no heading, the first three and [и др.]; numpages as the extent; a series
    (
        EntryRecord("book", "psy", {"author": "Дружинин, В. Н. and Сергиенко, Е. А. and Ушаков, Д. В. and Холодная, М. А.",
                                    "title": "Психология", "address": "Санкт-Петербург", "publisher": "Питер",
                                    "year": "2019", "numpages": "656", "series": "Учебник для вузов"}),
        "Психология / В. Н. Дружинин, Е. А. Сергиенко, Д. В. Ушаков [и др.]. — Санкт-Петербург : Питер, 2019. — "
        "656 с. — (Учебник для вузов).",
    ),
    # a journal article
    (
        EntryRecord("article", "syroezhkin", {"author": "Сыроежкин, Константин Львович", "title": "Казахстан – Китай: от приграничной торговли к стратегическому партнерству",
                                               "journal": "Казахстан в глобальных процессах", "year": "2008",
                                               "number": "1", "pages": "40--56"}),
        "Сыроежкин, К. Л. Казахстан – Китай: от приграничной торговли к стратегическому партнерству / К. Л. Сыроежкин "
        "// Казахстан в глобальных процессах. — 2008. — № 1. — С. 40–56.",
    ),
    # a chapter of an edited book
    (
        EntryRecord("incollection", "kasymbaev", {"author": "Касымбаев, Ж. К.", "title": "Присоединение Казахстана к России",
                                                  "booktitle": "История Казахстана", "editor": "Абусеитова, М. Х.",
                                                  "address": "Алматы", "publisher": "Атамұра", "year": "2010",
                                                  "pages": "112--160"}),
        "Касымбаев, Ж. К. Присоединение Казахстана к России / Ж. К. Касымбаев // История Казахстана / редактор "
        "М. Х. Абусеитова. — Алматы : Атамұра, 2010. — С. 112–160.",
    ),
    # a thesis, as the standard's example (specialty as other title information, type in words)
    (
        EntryRecord("phdthesis", "vishnyakov", {"author": "Вишняков, Илья Владимирович",
                                                "title": "Модели и методы оценки коммерческих банков в условиях неопределенности",
                                                "subtitle": "специальность 08.00.13 «Математические и инструментальные методы экономики»",
                                                "type": "диссертация на соискание ученой степени кандидата экономических наук",
                                                "school": "Московский государственный университет экономики, статистики и информатики",
                                                "address": "Москва", "year": "2002", "pagetotal": "234"}),
        "Вишняков, И. В. Модели и методы оценки коммерческих банков в условиях неопределенности : специальность "
        "08.00.13 «Математические и инструментальные методы экономики» : диссертация на соискание ученой степени "
        "кандидата экономических наук / Вишняков Илья Владимирович ; Московский государственный университет "
        "экономики, статистики и информатики. — Москва, 2002. — 234 с.",
    ),
    # an author's abstract from biblatex-gost's type value
    (
        EntryRecord("thesis", "velichkovsky", {"author": "Величковский, Борис Борисович", "title": "Функциональная организация рабочей памяти",
                                               "type": "docauth", "school": "Московский государственный университет имени М. В. Ломоносова",
                                               "address": "Москва", "year": "2017", "pagetotal": "44"}),
        "Величковский, Б. Б. Функциональная организация рабочей памяти : автореферат диссертации на соискание ученой "
        "степени доктора наук / Величковский Борис Борисович ; Московский государственный университет имени "
        "М. В. Ломоносова. — Москва, 2017. — 44 с.",
    ),
    # a law online: [Электронный ресурс] after the title proper, URL and the date it was seen
    (
        EntryRecord("legislation", "zakon", {"title": "О национальной безопасности Республики Казахстан",
                                             "type": "Закон Республики Казахстан от 6 января 2012 года № 527-IV",
                                             "url": "https://adilet.zan.kz/rus/docs/Z1200000527", "urldate": "2023-03-15",
                                             "language": "russian"}),
        "О национальной безопасности Республики Казахстан [Электронный ресурс] : Закон Республики Казахстан от "
        "6 января 2012 года № 527-IV. — URL: https://adilet.zan.kz/rus/docs/Z1200000527 (дата обращения: 15.03.2023).",
    ),
    # a web page of an organisation: no heading for a body
    (
        EntryRecord("online", "mfa", {"author": "{Министерство иностранных дел Республики Казахстан}",
                                      "title": "Концепция внешней политики Республики Казахстан на 2020–2030 годы",
                                      "year": "2020", "url": "https://www.gov.kz/memleket/entities/mfa", "urldate": "2023-11-20"}),
        "Концепция внешней политики Республики Казахстан на 2020–2030 годы [Электронный ресурс] / Министерство "
        "иностранных дел Республики Казахстан. — 2020. — URL: https://www.gov.kz/memleket/entities/mfa "
        "(дата обращения: 20.11.2023).",
    ),
    # a multi-volume work, and one volume of it
    (
        EntryRecord("mvbook", "hk", {"editor": "Абусеитова, М. Х.", "title": "История Казахстана", "volumes": "5",
                                     "address": "Алматы", "publisher": "Атамұра", "year": "2010"}),
        "История Казахстана : в 5 т. / редактор М. Х. Абусеитова. — Алматы : Атамұра, 2010.",
    ),
    (
        EntryRecord("book", "hk3", {"editor": "Абусеитова, М. Х.", "maintitle": "История Казахстана", "volume": "3",
                                    "title": "Казахстан в новое время", "address": "Алматы", "publisher": "Атамұра",
                                    "year": "2010", "pagetotal": "768"}),
        "История Казахстана. Т. 3 : Казахстан в новое время / редактор М. Х. Абусеитова. — Алматы : Атамұра, 2010. — 768 с.",
    ),
    # Kazakh: its own terms (б., Б., [және т.б.])
    (
        EntryRecord("article", "kk", {"author": "Нұрмағамбетов, Әлібек and Сәрсенбаев, Қ. and Оспанов, Е. and Жақсыбек, Ә.",
                                      "title": "Көпвекторлы саясат және ұлттық қауіпсіздік",
                                      "journal": "ҚазҰУ Хабаршысы. Халықаралық қатынастар сериясы", "year": "2019",
                                      "volume": "85", "number": "1", "pages": "12--21"}),
        "Көпвекторлы саясат және ұлттық қауіпсіздік / Ә. Нұрмағамбетов, Қ. Сәрсенбаев, Е. Оспанов [және т.б.] // "
        "ҚазҰУ Хабаршысы. Халықаралық қатынастар сериясы. — 2019. — Т. 85, № 1. — Б. 12–21.",
    ),
    # English: P., et al., Vol., No.; a hyphenated given name keeps both initials
    (
        EntryRecord("book", "en", {"author": "Cummings, Sally N.", "title": "Kazakhstan", "subtitle": "Power and the Elite",
                                   "address": "London", "publisher": "I.B. Tauris", "year": "2005", "pagetotal": "256"}),
        "Cummings, S. N. Kazakhstan : Power and the Elite / S. N. Cummings. — London : I.B. Tauris, 2005. — 256 p.",
    ),
    (
        EntryRecord("article", "en2", {"author": "Tokayev, Kassym-Jomart", "title": "Kazakhstan's Multi-Vector Foreign Policy",
                                       "journal": "Central Asia and the Caucasus", "year": "2001", "volume": "4",
                                       "number": "10", "pages": "7--14"}),
        "Tokayev, K.-J. Kazakhstan's Multi-Vector Foreign Policy / K.-J. Tokayev // Central Asia and the Caucasus. — "
        "2001. — Vol. 4, No. 10. — P. 7–14.",
    ),
]


@pytest.mark.parametrize(("record", "expected"), CASES, ids=[case[0].key for case in CASES])
def test_descriptions_follow_the_standard(record: EntryRecord, expected: str) -> None:
    assert describe(record) == expected


def test_languages_and_initials() -> None:
    assert initials("Иван Иванович") == "И. И." and initials("И.И.") == "И. И." and initials("Касым-Жомарт") == "К.-Ж."
    assert language_of(EntryRecord("book", "a", {"title": "Құқық негіздері"})) == "kk"
    assert language_of(EntryRecord("book", "a", {"title": "Основы права"})) == "ru"
    assert language_of(EntryRecord("book", "a", {"title": "Основы", "langid": "english"})) == "en"


def test_numbers_follow_the_thesis_and_html_is_escaped() -> None:
    records = [EntryRecord("book", "b", {"title": "B & <C>", "year": "2001"}, number=2),
               EntryRecord("book", "a", {"title": "A", "year": "2000"}, number=1),
               EntryRecord("book", "c", {"title": "C"})]
    assert [line.split(".")[0] for line in format_gost(records)] == ["1", "2", "3"]
    assert "B &amp; &lt;C&gt;" in format_gost(records, "html")[1]


def test_the_bundled_thesis_list_reads_as_gost(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(sample_path), "bibliography", "-", "--document", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) > 200
    for line in lines:
        assert re.match(r"^\d+\. \S", line) and line.endswith(".")
        assert ".." not in line.replace("...", "") and " . — " not in line
        assert "{" not in line and "\\" not in line
