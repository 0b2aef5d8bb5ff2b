"""What a library file holds, read with plain sqlite3: for comparing before and after.

Used by the crash, concurrency, backup and migration tests. Every table is
read (the FTS5 index's shadow tables included), so "nothing changed" means
byte-for-byte the same rows, not just the same counts.
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path
from urllib.parse import quote


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=15)


def tables(connection: sqlite3.Connection) -> list[str]:
    return [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]


def table_rows(connection: sqlite3.Connection, table: str) -> list[tuple[object, ...]]:
    rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
    return sorted(rows, key=repr)


def digests(path: Path) -> dict[str, str]:
    """Table name -> SHA-256 of its rows (order-independent)."""
    with closing(_connect(path)) as connection:
        result = {}
        for table in tables(connection):
            digest = hashlib.sha256()
            for row in table_rows(connection, table):
                digest.update(repr(row).encode("utf-8"))
            result[table] = digest.hexdigest()
        return result


def counts(path: Path) -> dict[str, int]:
    with closing(_connect(path)) as connection:
        return {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in tables(connection)
        }


def integrity(path: Path) -> str:
    """SQLite's verdict on the whole file ("ok"), after checking the FTS5 index too."""
    with closing(sqlite3.connect(path, timeout=15)) as connection:
        verdict = "\n".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
        # FTS5 compares its index with its stored content; raises if they differ.
        connection.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")
        connection.commit()
    return verdict
