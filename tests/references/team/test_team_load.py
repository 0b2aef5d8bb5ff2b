"""A small version of the team load test (benchmarks/bench_team.py runs the full one).

Reviewer processes write notes and replies on one team library while the
author renumbers, edits references and provokes stale edits: nothing lost,
nothing twice, every note the reviewer's own, every stale edit refused.
"""

from __future__ import annotations

import pytest

from benchmarks.team_load import run_load
from models.db import open_library
from references.team.roles import add_user, init_team
from tests.pg_server import PostgresServer


@pytest.mark.slow
def test_reviewers_and_the_author_at_the_same_time_lose_and_duplicate_nothing(
    pg_server: PostgresServer, pg_sample_template: str, pg_database, monkeypatch: pytest.MonkeyPatch, tmp_path  # noqa: ANN001
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))  # the author's automatic backups
    owner_url = pg_database(pg_sample_template)
    database = owner_url.rsplit("/", 1)[1]
    library = open_library(owner_url)
    logins = {"load_r1": "reviewer", "load_r2": "reviewer", "load_r3": "reviewer", "load_author": "author"}
    try:
        init_team(library)
        for login, role in logins.items():
            pg_server.admin_sql(f'DROP ROLE IF EXISTS "{login}"')
            add_user(library, login, role, f"{login}-pw")
    finally:
        library.close()
    urls = {login: pg_server.url(database, user=login, password=f"{login}-pw") for login in logins}
    author_url = urls.pop("load_author")
    report = run_load(urls, author_url, per_reviewer=12, renumber_every=3)
    try:
        assert report.errors == []
        assert len(report.saved) == 3 * 12
        assert report.lost == [] and report.duplicates == [] and report.strangers == []
        assert report.wrong_author == []
        assert report.renumberings >= 1 and report.provoked_stale >= 1
        assert report.refused_stale == report.provoked_stale
        assert len(report.latencies_ms) == 36
    finally:
        for login in logins:
            pg_server.admin_sql(f'DROP OWNED BY "{login}"', database=database)
