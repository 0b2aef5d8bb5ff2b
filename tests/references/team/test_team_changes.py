"""Others' changes announced by the server (LISTEN/NOTIFY), and a lost connection.

Two programs on one team library: what one writes, the other's listener
hears (benchmarks/bench_team.py measures how soon), with the annotation's id for a targeted refresh;
when the listener's connection is cut, it says it is offline, reconnects,
and asks for a full refresh because announcements may have been missed.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlalchemy import select, text

from models import Document
from models.db import Library, open_library
from references.review.annotations import add_reply, annotate_quote, update_annotation
from references.team.changes import Batch, ChangeListener
from references.team.roles import init_team
from tests.pg_server import PostgresServer


@pytest.fixture
def team_library(pg_sample_template: str, pg_database) -> Iterator[Library]:  # noqa: ANN001
    library = open_library(pg_database(pg_sample_template))
    init_team(library)
    yield library
    library.close()


def _collect(listener: ChangeListener, seconds: float, want: int = 1) -> list[Batch]:
    batches = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and sum(len(b.changes) for b in batches) < want:
        batches.append(listener.wait(0.2))
    return batches


def test_a_note_written_elsewhere_is_heard_within_two_seconds_with_its_id(team_library: Library) -> None:
    listener = ChangeListener(team_library.url)
    try:
        assert listener.wait(0.1).changes == ()  # connects and listens
        with team_library.session() as s:
            doc_id = s.scalar(select(Document.id))
            ann = annotate_quote(s, doc_id, "сыртқы саясат", comment="Дереккөз?", author="x")
            ann_id = ann.id
        # How fast is measured in benchmarks/bench_team.py; here: heard, and with what.
        heard = [c for b in _collect(listener, 20.0) for c in b.changes]
        assert [(c.table, c.op, c.annotation_id, c.document_id) for c in heard][:1] == [
            ("annotations", "insert", ann_id, doc_id)
        ]
        assert heard[0].area == "annotations"
        with team_library.session() as s:
            add_reply(s, ann_id, "Қосылды.", author="y")
            update_annotation(s, ann_id, status="resolved")
        heard = [c for b in _collect(listener, 20.0, want=2) for c in b.changes]
        assert {c.table for c in heard} >= {"annotation_replies", "annotations"}
        assert {c.annotation_id for c in heard} == {ann_id}
        with team_library.session() as s:
            s.execute(text('UPDATE "references" SET complete = true WHERE number = 3'))
        heard = [c for b in _collect(listener, 20.0) for c in b.changes]
        assert [(c.table, c.area) for c in heard] == [("references", "references")]
    finally:
        listener.close()


def test_own_changes_are_left_out(team_library: Library) -> None:
    listener = ChangeListener(team_library.url)
    try:
        listener.wait(0.1)
        with team_library.engine.connect() as conn:
            listener.ignore_pids.add(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())
            conn.execute(text('UPDATE "references" SET complete = true WHERE number = 4'))
            conn.commit()
        assert [c for b in _collect(listener, 3.0) for c in b.changes] == []
    finally:
        listener.close()


def test_a_cut_connection_is_reported_then_restored_with_a_full_refresh(
    team_library: Library, pg_server: PostgresServer
) -> None:
    listener = ChangeListener(team_library.url, retry_s=0.2)
    try:
        listener.wait(0.1)
        database = team_library.engine.url.database
        pg_server.admin_sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE application_name = 'silteme-listener' AND datname = '{database}'"
        )
        batches: list[Batch] = []
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not any(b.resync for b in batches):
            batches.append(listener.wait(0.2))
        assert any(not b.online and "closed" in b.problem for b in batches)
        assert any(b.resync for b in batches), "reconnected and asked for a full refresh"
        with team_library.session() as s:
            s.execute(text('UPDATE "references" SET complete = true WHERE number = 5'))
        assert [c.table for b in _collect(listener, 20.0) for c in b.changes] == ["references"]
    finally:
        listener.close()
