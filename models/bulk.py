"""Writing tens of thousands of rows at once (a large .bib import).

``insert_rows``: on SQLite the rows go straight to the driver's ``executemany``,
each value through the column type's own bind processor (so a JSON column is
written exactly as the ORM writes it); SQLAlchemy's per-row parameter handling
is otherwise most of the time. Other databases get Core's executemany.

``indexed_after``: on SQLite the full-text index (migration 0001's triggers)
is written for the new rows of a table in one INSERT ... SELECT after them,
instead of by the insert trigger once per row. The trigger is dropped and
created again inside the caller's transaction, so a failure rolls both the
rows and the trigger back, and no other connection ever sees the table
without it (SQLite has one writer, and readers see the last commit).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection, Table, func, insert, select


def insert_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, object]]) -> None:
    """INSERT ``rows`` (dicts with the same keys) into ``table``."""
    if not rows:  # an empty executemany would run once with no parameters
        return
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), list(rows))
        return
    names = list(rows[0])
    processors = [table.c[name].type.bind_processor(connection.dialect) for name in names]
    if any(processors):
        values = [
            tuple(value if process is None else process(value)
                  for process, value in zip(processors, (row[n] for n in names), strict=True))
            for row in rows
        ]
    else:
        values = [tuple(row[n] for n in names) for row in rows]
    quote = connection.dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
           f"VALUES ({', '.join('?' for _ in names)})")
    connection.exec_driver_sql(sql, values)


@contextmanager
def indexed_after(connection: Connection, table: Table) -> Iterator[None]:
    """Rows inserted into ``table`` inside the block reach the full-text index at its end,
    in one statement (SQLite; elsewhere there is no index table and nothing changes)."""
    if connection.dialect.name != "sqlite":
        yield
        return
    from models.migrations.search_index import INDEXED, insert_trigger_sql  # Alembic only when used

    quoted = connection.dialect.identifier_preparer.quote(table.name)
    (kind,) = [k for k, (name, _) in INDEXED.items() if name == quoted]
    trigger, create = insert_trigger_sql(kind)
    last = connection.scalar(select(func.max(table.c.id))) or 0
    connection.exec_driver_sql(f"DROP TRIGGER {trigger}")
    yield
    connection.exec_driver_sql(create)
    connection.exec_driver_sql(new_rows_sql(kind), (last,))


def new_rows_sql(kind: int) -> str:
    """The index rows of ``kind``'s table for its rows with an id above the parameter."""
    from models.migrations.search_index import INDEXED, KIND_NAMES

    table, document_expr = INDEXED[kind]
    document = document_expr.format(row="t") if "{row}" in document_expr else f"t.{document_expr}"
    return (
        "INSERT INTO search_index(rowid, kind, row_id, document_id, body) "
        f"SELECT t.id * 8 + {kind}, '{KIND_NAMES[kind]}', t.id, {document}, t.search_text "
        f"FROM {table} AS t WHERE t.id > ?"
    )
