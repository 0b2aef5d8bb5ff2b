"""The same library on SQLite and on PostgreSQL: schema, migrations, search, errors.

The PostgreSQL side is a real server started for the test session
(tests/pg_server.py). Search must find the same places on both backends,
Kazakh folding included, so the parity test compares them query by query.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Integer, String, inspect, literal, select, text, union_all

from models import Block, Document, Reference
from models.db import Library, open_library, shown_url
from models.errors import LibraryError, NewerDatabaseError, NotALibraryError
from models.folding import fold
from models.migrations import head_revision
from models.text_sql import Collated
from references.library.table_queries import ReferenceQuery, SortColumn, reference_page, register_fold
from references.thesis.search import search
from tests.pg_server import PostgresServer
from tests.conftest import THESIS

CORE = {"documents", "blocks", "claims", "citations", "references", "source_groups", "annotations"}


def test_a_new_library_is_migrated_to_head_and_keeps_its_rows(backend: str, new_library_url: str) -> None:
    library = open_library(new_library_url)
    try:
        assert CORE <= set(inspect(library.engine).get_table_names())
        with library.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        with library.session() as s:
            doc = Document(title="Т")
            s.add(doc)
            s.add(Block(document=doc, position=0, kind="paragraph", text="Əдебиеттер ТІЗІМІ мен шолу"))
    finally:
        library.close()
    library = open_library(new_library_url)
    try:
        with library.session() as s:
            doc_id = s.query(Document.id).scalar()
            assert [h.match for h in search(s, doc_id, "әдебиеттер тізімі").hits] == ["Əдебиеттер ТІЗІМІ"]
            s.query(Block).one().text = "басқа мəтін"
        with library.session() as s:
            assert search(s, doc_id, "әдебиеттер").hits == ()
            assert [h.match for h in search(s, doc_id, "МӘТІН").hits] == ["мəтін"]
    finally:
        library.close()


def test_a_library_of_a_newer_silteme_is_refused_untouched(backend: str, new_library_url: str) -> None:
    open_library(new_library_url).close()
    library = open_library(new_library_url)
    with library.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    library.close()
    with pytest.raises(NewerDatabaseError, match="newer version of Silteme") as refused:
        open_library(new_library_url)
    assert ":***@" in str(refused.value) or backend == "sqlite"
    library = open_library(new_library_url, upgrade=False)
    try:
        with library.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
    finally:
        library.close()


def test_another_programs_database_is_refused(pg_server: PostgresServer, pg_database) -> None:  # noqa: ANN001
    url = pg_database()
    name = url.rsplit("/", 1)[1]
    pg_server.admin_sql("CREATE TABLE invoices (id int primary key, total numeric)", database=name)
    with pytest.raises(NotALibraryError, match="invoices") as refused:
        open_library(url)
    assert pg_server.password not in str(refused.value)
    assert pg_server.psql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", name).stdout.split()[-3] == "1"


def test_the_fold_function_of_the_server_folds_as_python_does(pg_server: PostgresServer, pg_database) -> None:  # noqa: ANN001
    library = open_library(pg_database())
    samples = ["ƏДЕБИЕТ", "Әдебиет мен əдебиет", "ІІМ ıі", "1990–2000 — жж.", "Қазақстан\u00a0Республикасы",
               "ҒЫЛЫМИ Ұйым", "Ω Straße ЁЛКА", "Үкімет Өкілі Һ"]
    try:
        with library.engine.connect() as conn:
            for sample in samples:
                assert conn.execute(text("SELECT silteme_fold(:v)"), {"v": sample}).scalar() == fold(sample), sample
    finally:
        library.close()


@pytest.fixture(scope="module")
def both_samples(sample_library_file: Path, pg_server: PostgresServer, pg_sample_template: str) -> Iterator[tuple[Library, Library]]:
    name = pg_server.new_database(pg_sample_template, prefix="parity")
    sqlite_library, pg_library = open_library(sample_library_file), open_library(pg_server.url(name))
    yield sqlite_library, pg_library
    sqlite_library.close()
    pg_library.close()
    pg_server.drop_database(name)


def _queries() -> list[str]:
    """Realistic queries: words and word pairs of the thesis, cut, cased and spelt as people type them."""
    thesis = THESIS.read_text(encoding="utf-8")
    words = re.findall(r"[^\W_]+", thesis)
    rng = random.Random(18)
    found = ["әдебиет", "əдебиет", "ӘДЕБИЕТ", "Сыртқы саясат", "сыртқы саясатының", "көпвекторлы", "Назарбаев",
             "1992", "ҚР", "ШЫҰ", "Nazarbayev", "foreign policy", "Россия", "саясат, экономика", "ә", "жəне",
             "xyz-жоқ сөз", "\"саясат\" OR", "ı", "2.1"]
    for _ in range(120):
        start = rng.randrange(len(words) - 3)
        query = " ".join(words[start : start + rng.choice((1, 1, 2, 3))])
        if rng.random() < 0.5:
            query = query[: max(1, len(query) - rng.randrange(4))]
        query = rng.choice((str.lower, str.upper, str.title, str))(query)
        found.append(query.replace("ә", "ə") if rng.random() < 0.3 else query)
    return found


def test_search_finds_the_same_places_on_both_backends(both_samples: tuple[Library, Library]) -> None:
    results = []
    for library in both_samples:
        with library.session() as s:
            doc_id = s.query(Document.id).scalar()
            results.append([search(s, doc_id, q, limit=400) for q in _queries()])
    sqlite_results, pg_results = results
    assert sum(bool(r.hits) for r in sqlite_results) > 100  # the queries do find things
    for on_sqlite, on_pg in zip(sqlite_results, pg_results, strict=True):
        assert on_pg.hits == on_sqlite.hits, on_sqlite.query
        assert on_pg.truncated == on_sqlite.truncated


def test_the_library_filter_and_sorts_are_the_same_on_both_backends(both_samples: tuple[Library, Library]) -> None:
    for query_text in ("", "саясат", "Əл", "ҚАЗАҚСТАН республика", "2010", "nazarbayev", "ұлттық қауіпсіздік"):
        # Titles and authors in the Kazakh alphabet: a Python collation key on SQLite,
        # ICU's Kazakh collation on PostgreSQL (models.text_sql.Collated).
        for sort in (SortColumn.KEY, SortColumn.NUMBER, SortColumn.GROUPS, SortColumn.TITLE, SortColumn.AUTHORS):
            pages = []
            for library in both_samples:
                with library.session() as s:
                    page = reference_page(s, ReferenceQuery(text=query_text, sort=sort), limit=500)
                    pages.append([row.id for row in page.rows])
            assert pages[0] == pages[1], (query_text, sort)
    with both_samples[0].session() as s:
        assert s.query(Reference).count() == 228


@pytest.mark.parametrize("sort", [SortColumn.TITLE, SortColumn.AUTHORS])
@pytest.mark.parametrize("descending", [False, True])
def test_kazakh_order_pages_the_same_on_both_backends(
    both_samples: tuple[Library, Library], sort: SortColumn, descending: bool
) -> None:
    """Read seven rows at a time: the next page starts after the last row's sort value,
    which PostgreSQL must compare under the same collation as it sorted."""
    orders = []
    for library in both_samples:
        rows, after = [], None
        with library.session() as s:
            while True:
                page = reference_page(s, ReferenceQuery(sort=sort, descending=descending), after=after, limit=7)
                rows.extend(row.id for row in page.rows)
                if not page.more:
                    break
                after = page.rows[-1].position
        orders.append(rows)
    assert orders[0] == orders[1]
    assert sorted(orders[0]) == list(range(1, 229))


# Kazakh, Russian and English names and titles, with the letters that code points misplace.
NAMES = [
    "Zhang", "Абай", "Әлихан", "Бекмұханбетов", "Ғабит", "Қасым", "Кенесары", "Лаумулин", "Ұлы", "Үмбетов",
    "Ілияс", "Ыбырай", "Юдин", "Smith", "Ахмет", "Ерлан", "Ёлкин", "Hanks", "Ілеуова", "Шаймерденов", "Һарун",
    "Ңа", "Өмір", "Оспанов", "Яковлев", "Иванов", "Йосиф", "Қазақстан республикасы", "Қазақстанның егемендігі",
    "«Назар» журналы", "Назарбаев Н.", "əлеуметтік", "Әлеуметтік саясат", "ӘЛЕУМЕТ", "2019 жыл", "Ерлан  Бек",
    "Ерланбек", "Adams, J.", "Adams J", "О'Нил", "Вьюгин", "Съезд", "Сыздықов", "Іле", "Ие", "Эко", "Ёж", "Еж",
    "Жанна", "жанна", "[Заң] туралы", "Заң туралы", "Économie", "Economics",
]


def test_kazakh_collation_orders_names_the_same_on_both_backends(both_samples: tuple[Library, Library]) -> None:
    table = union_all(
        *(select(literal(i, Integer).label("id"), literal(name, String).label("name")) for i, name in enumerate(NAMES))
    ).subquery("names")
    orders = []
    for library in both_samples:
        with library.session() as s:
            register_fold(s)
            orders.append([NAMES[i] for (i,) in s.execute(select(table.c.id).order_by(Collated(table.c.name), table.c.id))])
    assert orders[0] == orders[1]
    kazakh = orders[0]
    assert kazakh.index("Қасым") < kazakh.index("Лаумулин") < kazakh.index("Ыбырай") < kazakh.index("Ілияс") < kazakh.index("Юдин")
    assert kazakh.index("Ерлан") < kazakh.index("Ёлкин") < kazakh.index("Жанна")
    assert kazakh.index("Қазақстан республикасы") < kazakh.index("Қазақстанның егемендігі")  # word by word
    assert kazakh.index("Яковлев") < kazakh.index("Adams J") < kazakh.index("Zhang")  # Cyrillic before Latin


def test_a_wrong_password_is_one_sentence_without_the_password(pg_server: PostgresServer) -> None:
    url = pg_server.url("postgres", password="not-the-password-42")
    with pytest.raises(LibraryError) as refused:
        open_library(url)
    message = str(refused.value)
    assert "refused the login" in message and "not-the-password-42" not in message
    assert "PGPASSWORD" in message and "\n" not in message.strip()
    assert "***" in shown_url(url)


def test_a_server_that_is_not_there_is_named(pg_server: PostgresServer) -> None:
    from tests.pg_server import free_port

    url = f"postgresql://someone@127.0.0.1:{free_port()}/thesis"
    with pytest.raises(LibraryError, match=r"Cannot reach the server of postgresql://someone@127\.0\.0\.1"):
        open_library(url)
