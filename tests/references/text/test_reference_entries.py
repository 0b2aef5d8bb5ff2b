"""Reference-list entries read into fields: what each states, and nothing it does not."""

from __future__ import annotations

import pytest

from references.text.reference_entries import parse_entry

CASES = [
    (
        "Абенова Д.А., Сейтқали Н.Қ. Қазақстанның көпвекторлы саясаты // ҚазҰУ хабаршысы. – 2020. – №2 (90). – Б. 4-12.",
        "article",
        {"author": "Абенова, Д. А. and Сейтқали, Н. Қ.", "title": "Қазақстанның көпвекторлы саясаты",
         "journal": "ҚазҰУ хабаршысы", "year": "2020", "number": "2", "pages": "4--12"},
    ),
    (
        "Токаев К.К. Под стягом независимости: очерки о внешней политике Казахстана. – Алматы: Білім, 1997. – 736 с.",
        "book",
        {"author": "Токаев, К. К.", "title": "Под стягом независимости: очерки о внешней политике Казахстана",
         "address": "Алматы", "publisher": "Білім", "year": "1997", "pagetotal": "736"},
    ),
    (
        "Иванов И.И., Петров П.П., Сидоров С.С. и др. Геополитика Центральной Азии. – М.: Наука, 2010. – 300 с.",
        "book",
        {"author": "Иванов, И. И. and Петров, П. П. and Сидоров, С. С. and others", "title": "Геополитика Центральной Азии",
         "address": "М.", "publisher": "Наука", "year": "2010", "pagetotal": "300"},
    ),
    (
        "Official website of the President of Kazakhstan [Electronic resource]. – URL: https://www.akorda.kz/en (date of access: 15.01.2024).",
        "online",
        {"title": "Official website of the President of Kazakhstan", "url": "https://www.akorda.kz/en", "urldate": "2024-01-15"},
    ),
    (
        "Hanks, R. R. (2009). Multi-vector politics and Kazakhstan. Journal of Balkan and Near Eastern Studies, 11(3), 257–267. https://doi.org/10.1080/19448950903152110",
        "article",
        {"author": "Hanks, R. R.", "year": "2009", "title": "Multi-vector politics and Kazakhstan",
         "journal": "Journal of Balkan and Near Eastern Studies", "volume": "11", "number": "3", "pages": "257--267",
         "doi": "10.1080/19448950903152110"},
    ),
    (
        "Cummings, S. N. (2012). Understanding Central Asia: Politics and contested transformations. Routledge.",
        "book",
        {"author": "Cummings, S. N.", "year": "2012", "title": "Understanding Central Asia: Politics and contested transformations",
         "publisher": "Routledge"},
    ),
    # Nothing says where the title ends: only the author is read.
    (
        "Назарбаев Н.Ә. Қазақстан – 2050 Стратегиясы: қалыптасқан мемлекеттің жаңа саяси бағыты. Жолдау. 14 желтоқсан 2012 ж.",
        "misc",
        {"author": "Назарбаев, Н. Ә."},
    ),
    ("Сыртқы істер министрлігінің мұрағаты, 2021 жылғы есеп (қолжазба)", "misc", {}),
    ("Интервью с экспертом, 2023", "misc", {}),
]


@pytest.mark.parametrize(("text", "entry_type", "fields"), CASES, ids=[c[0][:30] for c in CASES])
def test_each_field_is_what_the_entry_states(text: str, entry_type: str, fields: dict[str, str]) -> None:
    parsed = parse_entry(text)
    assert (parsed.entry_type, parsed.fields) == (entry_type, fields)
    assert (parsed.style == "unparsed") == (not fields)
