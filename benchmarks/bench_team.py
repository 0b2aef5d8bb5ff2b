"""A team library under load on a local PostgreSQL server (issue 18).

Ten reviewer processes each save 200 notes and replies while the author
renumbers, edits references and provokes stale edits (benchmarks.team_load).
Reported: the median and 95th percentile of a reviewer's save (a note with
its anchor and claim, or a reply, in one transaction), against a baseline
measured on the same server in the same run: one bare INSERT and COMMIT of a
row through psycopg. Also how soon another program hears of a saved note
(LISTEN/NOTIFY), and the load's counts: lost, duplicated, refused.
"""

from __future__ import annotations

import statistics
import time

from sqlalchemy import select

from benchmarks.team_load import run_load
from models import Document
from models.db import open_library
from references.review.annotations import annotate_quote
from references.library.location import open_or_create
from references.team.changes import ChangeListener
from references.team.roles import add_user, init_team
from tests.pg_server import running_server

REVIEWERS = 10
PER_REVIEWER = 200


def _bare_insert_ms(server, database: str, repeat: int = 200) -> tuple[float, float]:  # noqa: ANN001
    import psycopg

    conninfo = f"host={server.host} port={server.port} user=silteme_admin password={server.password} dbname={database}"
    times = []
    with psycopg.connect(conninfo) as conn:
        conn.execute("CREATE TABLE bench_scratch (id serial primary key, body text)")
        conn.commit()
        for i in range(repeat):
            started = time.perf_counter()
            conn.execute("INSERT INTO bench_scratch (body) VALUES (%s)", (f"note {i}",))
            conn.commit()
            times.append((time.perf_counter() - started) * 1000)
        conn.execute("DROP TABLE bench_scratch")
        conn.commit()
    ordered = sorted(times)
    return statistics.median(times), ordered[round(0.95 * (len(ordered) - 1))]


def _notification_ms(url: str, repeat: int = 10) -> float:
    library = open_library(url)
    listener = ChangeListener(url)
    listener.wait(0.1)
    delays = []
    try:
        with library.session() as session:
            document_id = session.scalar(select(Document.id))
        for i in range(repeat):
            with library.session() as session:
                annotate_quote(session, document_id, "сыртқы саясат", comment=f"тексеру {i}", author="bench")
            committed = time.perf_counter()
            while not listener.wait(0.05).changes:
                if time.perf_counter() - committed > 10:
                    raise RuntimeError("no notification within 10 s")
            delays.append((time.perf_counter() - committed) * 1000)
    finally:
        listener.close()
        library.close()
    return statistics.median(delays)


def run() -> list[dict[str, object]]:
    with running_server() as server:
        database = server.new_database(prefix="bench")
        owner_url = server.url(database)
        library = open_or_create(owner_url)  # the bundled thesis
        logins = {f"bench_r{i}": "reviewer" for i in range(1, REVIEWERS + 1)}
        logins["bench_author"] = "author"
        try:
            init_team(library)
            for login, role in logins.items():
                add_user(library, login, role, f"{login}-pw")
        finally:
            library.close()
        insert_p50, insert_p95 = _bare_insert_ms(server, database)
        heard_ms = _notification_ms(owner_url)
        urls = {login: server.url(database, user=login, password=f"{login}-pw") for login in logins}
        author_url = urls.pop("bench_author")
        report = run_load(urls, author_url, PER_REVIEWER)
    saves = len(report.saved)
    load = f"{REVIEWERS} reviewers x {PER_REVIEWER} saves while the author renumbers and edits"
    return [
        {"name": f"team: note or reply save, median ({load})", "ours_ms": report.p50,
         "baseline": "bare INSERT + COMMIT, median", "baseline_ms": insert_p50, "target": "well under 1 s"},
        {"name": "team: note or reply save, 95th percentile", "ours_ms": report.percentile(95),
         "baseline": "bare INSERT + COMMIT, 95th percentile", "baseline_ms": insert_p95, "target": "under 2 s"},
        {"name": "team: another program hears of a saved note (LISTEN/NOTIFY), median", "ours_ms": heard_ms,
         "target": "under 2 s"},
        {"name": f"team: saves reported / lost / duplicated (in {report.seconds:.0f} s)", "ours": saves,
         "baseline_value": len(report.lost) + len(report.duplicates), "baseline": "lost + duplicated", "unit": "",
         "target": "none lost, none twice"},
        {"name": f"team: stale edits provoked / refused; renumberings {report.renumberings}; errors "
                 f"{len(report.errors)}", "ours": report.provoked_stale, "baseline_value": report.refused_stale,
         "baseline": "refused", "unit": "", "target": "every one refused"},
    ]
