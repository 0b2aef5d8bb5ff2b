"""The SQLite FTS5 full-text index over blocks, claims, references and annotations.

FTS5's tokenizers do not fold Latin ``ə`` into Cyrillic ``ә``, so every
indexed table keeps a folded ``search_text`` column (see models.folding) and
triggers copy it into the index. The index rowid encodes table and row
(``id * 8 + kind``) so a trigger deletes its row by rowid, not by a scan.
"""

from __future__ import annotations

from alembic import op

# kind code -> (table, document expression)
INDEXED = {
    1: ("blocks", "document_id"),
    2: ("claims", "(SELECT document_id FROM blocks WHERE blocks.id = {row}.block_id)"),
    3: ('"references"', "document_id"),
    4: ("annotations", "document_id"),
}
KIND_NAMES = {1: "block", 2: "claim", 3: "reference", 4: "annotation"}


def _trigger_sql(kind: int, table: str, document_expr: str) -> list[str]:
    name = table.strip('"')
    doc_new = document_expr.format(row="new") if "{row}" in document_expr else f"new.{document_expr}"
    insert = (
        f"INSERT INTO search_index(rowid, kind, row_id, document_id, body) "
        f"VALUES (new.id * 8 + {kind}, '{KIND_NAMES[kind]}', new.id, {doc_new}, new.search_text);"
    )
    delete = f"DELETE FROM search_index WHERE rowid = old.id * 8 + {kind};"
    return [
        f"CREATE TRIGGER {name}_search_ai AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {name}_search_ad AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER {name}_search_au AFTER UPDATE OF search_text ON {table} "
        f"BEGIN {delete} {insert} END",
    ]


def insert_trigger_sql(kind: int) -> tuple[str, str]:
    """The name of the trigger that indexes a new row of ``kind``'s table, and its CREATE
    statement (models.bulk drops it for a bulk insert and creates it again)."""
    table, document_expr = INDEXED[kind]
    name = table.strip('"')
    return f"{name}_search_ai", _trigger_sql(kind, table, document_expr)[0]


def create_search_index() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "kind UNINDEXED, row_id UNINDEXED, document_id UNINDEXED, body, "
        "tokenize = 'unicode61 remove_diacritics 0')"
    )
    for kind, (table, document_expr) in INDEXED.items():
        for statement in _trigger_sql(kind, table, document_expr):
            op.execute(statement)


def drop_search_index() -> None:
    for table, _ in INDEXED.values():
        name = table.strip('"')
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}_search_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_index")
