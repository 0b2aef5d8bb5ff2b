"""Changes made by others on a team library, as the server announces them.

``team init`` adds triggers that NOTIFY the channel ``silteme_changes`` after
every statement that changes a table, with the table, the kind of change,
the id of a changed annotation (so one note can be refreshed, not all) and
the server process that made it (so a window skips its own changes).
``ChangeListener`` LISTENs on its own connection and hands the changes out
in batches; when the connection is lost it says so and reconnects, and the
first batch after a reconnect asks for a full refresh, since announcements
made while it was away are lost.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from models.db import driver_url

CHANNEL = "silteme_changes"
ANNOTATION_TABLES = ("annotations", "annotation_replies", "annotation_tags")
TEXT_TABLES = ("documents", "sections", "blocks", "page_breaks", "claims", "citations", "citation_targets")
REFERENCE_TABLES = ("references", "reference_groups", "source_groups", "bib_sources", "bib_blocks")

_NOTIFY_FUNCTION = f"""
CREATE OR REPLACE FUNCTION silteme_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('{CHANNEL}', json_build_object(
    'table', TG_TABLE_NAME, 'op', lower(TG_OP), 'pid', pg_backend_pid(), 'login', current_user)::text);
  RETURN NULL;
END
$$
"""

_NOTIFY_ROW_FUNCTION = f"""
CREATE OR REPLACE FUNCTION silteme_notify_annotation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  row_data json := row_to_json(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
BEGIN
  PERFORM pg_notify('{CHANNEL}', json_build_object(
    'table', TG_TABLE_NAME, 'op', lower(TG_OP), 'pid', pg_backend_pid(), 'login', current_user,
    'id', coalesce(row_data->>'annotation_id', row_data->>'id'),
    'document', row_data->>'document_id')::text);
  RETURN NULL;
END
$$
"""


def notify_statements() -> list[str]:
    """The triggers that announce changes (part of ``team init``; safe to run again)."""
    statements = [_NOTIFY_FUNCTION, _NOTIFY_ROW_FUNCTION]
    for table in TEXT_TABLES + REFERENCE_TABLES:
        quoted = f'"{table}"'
        statements += [
            f"DROP TRIGGER IF EXISTS silteme_notify ON {quoted}",
            f"CREATE TRIGGER silteme_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {quoted} "
            "FOR EACH STATEMENT EXECUTE FUNCTION silteme_notify()",
        ]
    for table in ANNOTATION_TABLES:
        statements += [
            f"DROP TRIGGER IF EXISTS silteme_notify ON {table}",
            f"CREATE TRIGGER silteme_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION silteme_notify_annotation()",
        ]
    return statements


@dataclass(frozen=True, slots=True)
class Change:
    table: str
    op: str  # insert | update | delete | truncate
    pid: int
    login: str
    annotation_id: int | None = None
    document_id: int | None = None

    @property
    def area(self) -> str:
        """What a window refreshes for it: annotations, references or text."""
        if self.table in ANNOTATION_TABLES:
            return "annotations"
        if self.table in REFERENCE_TABLES:
            return "references"
        return "text"


@dataclass(frozen=True, slots=True)
class Batch:
    """What arrived in one wait: changes, and whether everything must be refreshed."""

    changes: tuple[Change, ...] = ()
    resync: bool = False  # after a reconnect: changes may have been missed
    online: bool = True
    problem: str = ""


def parse(payload: str) -> Change | None:
    try:
        data: dict[str, Any] = json.loads(payload)
        return Change(
            table=str(data["table"]),
            op=str(data["op"]),
            pid=int(data["pid"]),
            login=str(data.get("login") or ""),
            annotation_id=int(data["id"]) if data.get("id") is not None else None,
            document_id=int(data["document"]) if data.get("document") is not None else None,
        )
    except (ValueError, KeyError, TypeError):
        return None  # not ours


class ChangeListener:
    """LISTEN on a team library; ``wait`` returns the next batch of others' changes.

    ``ignore_pids`` are the server processes of our own connections, whose
    changes the window already shows; ``own_pids`` is how to learn them.
    """

    def __init__(self, url: str, *, retry_s: float = 1.0) -> None:
        self._conninfo = _conninfo(url)
        self._connection: Any = None
        self._retry_s = retry_s
        self._next_try = 0.0
        self._was_connected = False
        self.ignore_pids: set[int] = set()

    def wait(self, timeout: float) -> Batch:
        """Block up to ``timeout`` seconds for changes (returns at once when some are queued)."""
        import psycopg

        if self._connection is None:
            reconnected = self._connect()
            if reconnected is not None:
                return reconnected
        try:
            changes = []
            for notify in self._connection.notifies(timeout=timeout, stop_after=1):
                changes.append(notify)
            # More may be queued behind the first: take them without waiting.
            changes.extend(self._connection.notifies(timeout=0.05))
        except psycopg.Error as exc:
            self._drop()
            return Batch(online=False, problem=str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        parsed = [parse(n.payload) for n in changes if n.channel == CHANNEL]
        return Batch(tuple(c for c in parsed if c is not None and c.pid not in self.ignore_pids))

    def _connect(self) -> Batch | None:
        import psycopg

        now = time.monotonic()
        if now < self._next_try:
            time.sleep(min(self._next_try - now, 0.5))
            return Batch(online=False, problem="waiting to reconnect")
        try:
            self._connection = psycopg.connect(self._conninfo, autocommit=True, connect_timeout=5)
            self._connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            self._drop()
            self._next_try = time.monotonic() + self._retry_s
            return Batch(online=False, problem=str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        first = not self._was_connected
        self._was_connected = True
        return None if first else Batch(resync=True)

    def _drop(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            except Exception:  # noqa: BLE001 - closing a broken connection
                pass
        self._connection = None

    def close(self) -> None:
        self._drop()


def _conninfo(url: str) -> str:
    from psycopg.conninfo import make_conninfo

    parsed = driver_url(url)  # a URL object: str() would mask the password
    parts = {"host": parsed.host, "port": parsed.port, "user": parsed.username, "password": parsed.password,
             "dbname": parsed.database, "application_name": "silteme-listener"}
    return make_conninfo(**{k: v for k, v in parts.items() if v is not None})
