"""The library table's queries on the bundled bibliography: filters, sorting, pages."""

from __future__ import annotations

import re

from sqlalchemy import select

from models import Document, Reference
from models.db import Library
from references.library.table_queries import (
    NO_GROUP,
    ReferenceQuery,
    SortColumn,
    count_references,
    entry_details,
    group_counts,
    library_groups,
    reference_page,
)
from references.normalize import fold
from tests.references.library.test_library_ops import run, stored


def all_rows(library: Library, query: ReferenceQuery, page_size: int) -> list:
    """Every row of ``query``, read one keyset page at a time."""
    rows: list = []
    with library.session() as session:
        after = None
        while True:
            page = reference_page(session, query, after=after, limit=page_size)
            rows.extend(page.rows)
            if not page.more:
                return rows
            after = page.rows[-1].position


def group_named(library: Library, name: str) -> int:
    return next(g.id for g in run(library, library_groups) if name in (g.name, g.name_en))


def test_a_group_filter_shows_exactly_its_declared_numbers(sample_library: Library) -> None:
    # resources/source-groups.json and the thesis's introduction: legal acts are [3-5], [6], [7], [8].
    legal = ReferenceQuery(group_id=group_named(sample_library, "Legal acts"))
    assert [r.number for r in all_rows(sample_library, legal, 50)] == [3, 4, 5, 6, 7, 8]
    # Scholarly literature is 50-228, its subgroups included.
    scholarly = ReferenceQuery(group_id=group_named(sample_library, "Scholarly literature"))
    assert [r.number for r in all_rows(sample_library, scholarly, 50)] == list(range(50, 229))
    assert run(sample_library, lambda s: count_references(s, ReferenceQuery(group_id=NO_GROUP))) == 0


def test_group_counts_include_subgroups_once(sample_library: Library) -> None:
    document_id = run(sample_library, lambda s: s.scalar(select(Document.id)))
    counts = run(sample_library, lambda s: group_counts(s, document_id))
    names = {g.id: g.name_en or g.name for g in run(sample_library, library_groups)}
    by_name = {names[gid]: n for gid, n in counts.by_group.items()}
    # resources/source-groups.json: 3-8, 9-14, 15-23, 1-2 and 24-35, 36-49, 50-228 (Western 51, 59-75).
    assert by_name["Legal acts"] == 6
    assert by_name["Speeches and statements"] == 14
    assert by_name["Scholarly literature"] == 179
    assert by_name["Western"] == 18
    assert (counts.total, counts.no_group) == (228, 0)


def test_keyset_pages_add_up_to_the_whole_sorted_list(sample_library: Library) -> None:
    for column in SortColumn:
        for descending in (False, True):
            query = ReferenceQuery(sort=column, descending=descending)
            paged = all_rows(sample_library, query, 37)
            whole = all_rows(sample_library, query, 1000)
            assert [r.id for r in paged] == [r.id for r in whole], column
            assert len(whole) == 228


# On SQLite by references.text.collation's key, on PostgreSQL by ICU's Kazakh collation.
def test_sorting_by_title_is_kazakh_alphabetical_ignoring_case_and_the_two_schwas(sample_library: Library) -> None:
    rows = all_rows(sample_library, ReferenceQuery(sort=SortColumn.TITLE), 100)
    # The oracle: ICU's Kazakh collation (through Qt), on the titles with the
    # Latin ə read as ә and brackets and quotes left out, as the sort does.
    from PySide6.QtCore import QCollator, QLocale, Qt

    collator = QCollator(QLocale("kk_KZ"))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    titles = [re.sub(r"[^\w\s]", "", fold(r.title)).strip() for r in rows]
    assert all(collator.compare(a, b) <= 0 for a, b in zip(titles, titles[1:]) if a and b)
    first_letters = [t[0] for t in titles if t]
    # The thesis's titles begin with б, ж, қ, о, п, х, ш and one Latin m: қ in its
    # alphabet's place (code points would put it after ш), Cyrillic before Latin.
    order = list(dict.fromkeys(first_letters))
    assert order.index("қ") < order.index("о") < order.index("ш") < order.index("m")
    cited = all_rows(sample_library, ReferenceQuery(sort=SortColumn.CITED, descending=True), 100)
    assert [r.times_cited for r in cited] == sorted((r.times_cited for r in cited), reverse=True)


def test_text_filter_finds_latin_schwa_titles_with_a_cyrillic_query(sample_library: Library) -> None:
    # resources/bibliography.bib: [62] is titled "Халықаралық саясаттың əлеуметтік теориясы" (Latin ə).
    rows = all_rows(sample_library, ReferenceQuery(text="ӘЛЕУМЕТ"), 50)
    with sample_library.session() as session:
        expected = sorted(
            ref.id
            for ref in session.scalars(select(Reference))
            if any(word.startswith("әлеумет") for word in fold(f"{ref.authors} {ref.title}").split())
        )
    assert sorted(r.id for r in rows) == expected
    assert 62 in [r.number for r in rows]
    both = all_rows(sample_library, ReferenceQuery(text="Тоқаев 2019"), 50)
    assert [r.number for r in both] == [1]  # the only entry by Тоқаев with a year (2019)


def test_filters_combine(sample_library: Library) -> None:
    legal = group_named(sample_library, "Legal acts")
    ids = [stored(sample_library, n)["id"] for n in (4, 5)]
    from references.library.entry_edits import set_complete

    run(sample_library, lambda s: set_complete(s, ids, True))
    query = ReferenceQuery(group_id=legal, complete=True, text="тұжырымдама")
    assert [r.number for r in all_rows(sample_library, query, 10)] == [4, 5]
    query = ReferenceQuery(group_id=legal, complete=False)
    assert [r.number for r in all_rows(sample_library, query, 10)] == [3, 6, 7, 8]


def test_entry_details_show_plain_text_and_leave_out_silteme_fields(sample_library: Library) -> None:
    ref = stored(sample_library, 2)
    details = run(sample_library, lambda s: entry_details(s, ref["id"]))
    assert details.key == "ref2" and details.number == 2 and details.entry_type == "article"
    assert details.text_of("journal") == "Правда"  # resources/bibliography.bib, entry ref2
    names = [f.name for f in details.fields]
    assert "groups" not in names and "silteme-number" not in names
    assert all(f.plain for f in details.fields)
