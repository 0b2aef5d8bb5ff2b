"""A bounded load on a team library: reviewers writing notes and replies while the author works.

    python -m benchmarks.team_load reviewer URL COUNT SEED    (one reviewer process; prints JSON)

``run_load`` starts the reviewer processes against a team library and plays
the author in this process meanwhile: renumbering (after putting two numbers
out of order), editing references, and provoking stale edits on purpose (two
sessions editing one reference; the second must be refused). It then checks
the library: every save a reviewer reported is there exactly once, with the
reviewer's login, and nothing else was written. Each reviewer saves with a
W3C id made before the first try, and a retry after a lost connection first
looks the id up, so a save whose answer was lost is never applied twice.
"""

from __future__ import annotations

import json
from collections import Counter
import os
import random
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from models import Annotation, AnnotationReply, Document, Reference
from models.db import Library, open_library
from models.errors import ConcurrentEditError, ConnectionLostError
from references.review.annotations import add_reply, create_annotation, new_uri
from references.thesis.text_map import document_text
from references.library.entry_edits import set_reference_field
from references.thesis.renumbering import apply_renumbering, plan_renumbering
from references.library.stale_edits import StaleEditError

ROOT = Path(__file__).resolve().parents[1]
RETRIES = 8


@dataclass
class LoadReport:
    reviewers: int
    per_reviewer: int
    saved: list[tuple[str, str, str]] = field(default_factory=list)  # (login, kind, uri)
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    renumberings: int = 0
    reference_edits: int = 0
    provoked_stale: int = 0
    refused_stale: int = 0
    retried_conflicts: int = 0  # saves re-applied after meeting the author's change
    lost: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    strangers: list[str] = field(default_factory=list)  # rows nobody reported
    wrong_author: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] if ordered else 0.0

    @property
    def p50(self) -> float:
        return statistics.median(self.latencies_ms) if self.latencies_ms else 0.0


# --- one reviewer ----------------------------------------------------------------


def _saved_already(library: Library, kind: str, uri: str) -> bool:
    model = Annotation if kind == "note" else AnnotationReply
    with library.session() as session:
        return bool(session.scalar(select(func.count()).select_from(model).where(model.uri == uri)))


def reviewer(url: str, count: int, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    library = open_library(url, upgrade=False)
    with library.session() as session:
        document_id = session.scalar(select(Document.id).order_by(Document.id))
        text = document_text(session, document_id)  # as a window holds it
    mine: list[int] = []
    saved, latencies, errors = [], [], []
    retried = 0
    for i in range(count):
        kind = "reply" if mine and i % 3 == 2 else "note"
        uri = new_uri()
        started = time.perf_counter()
        for attempt in range(RETRIES):
            try:
                if attempt and _saved_already(library, kind, uri):
                    break  # the lost answer was a success: never apply it twice
                with library.session() as session:
                    if kind == "note":
                        start = rng.randrange(0, len(text) - 80)
                        note = create_annotation(
                            session, document_id, start, start + rng.randrange(10, 60), text=text,
                            comment=f"Ескерту {i}: дереккөз қайда?", author="typed name", uri=uri,
                        )
                        mine.append(note.id)
                    else:
                        # Replies go to anyone's notes: a reviewer may reply, not edit.
                        others = session.scalars(select(Annotation.id).order_by(func.random()).limit(1)).all()
                        add_reply(session, others[0] if others else rng.choice(mine), f"Жауап {i}", author="x", uri=uri)
                break
            except ConnectionLostError as exc:
                errors.append(f"retried: {exc}")
                time.sleep(0.2 * (attempt + 1))
            except (ConcurrentEditError, StaleDataError):
                # The author's renumbering moved this note at the same moment (its
                # version changed): the window re-applies a reply or a new note.
                retried += 1
                time.sleep(0.05 * (attempt + 1))
        else:
            errors.append(f"gave up on {uri}")
            continue
        latencies.append((time.perf_counter() - started) * 1000)
        saved.append((kind, uri))
    library.close()
    return {"saved": saved, "latencies_ms": latencies, "errors": errors, "retried": retried}


# --- the author, and the whole run -------------------------------------------------


def _swap_two_numbers(library: Library, document_id: int, rng: random.Random) -> None:
    with library.session() as session:
        refs = session.scalars(
            select(Reference).where(Reference.document_id == document_id, Reference.number.is_not(None))
            .order_by(Reference.number)
        ).all()
        a, b = rng.sample(refs, 2)
        numbers = a.number, b.number
        # One UPDATE per flush: a flush writes rows in id order, so setting both at
        # once gave the lower id the number the other still held (the unique
        # number refused it whenever a.id < b.id; that was this harness, not Silteme).
        a.number = -1
        session.flush()
        b.number = numbers[0]
        session.flush()
        a.number = numbers[1]


def _author_round(library: Library, document_id: int, rng: random.Random, report: LoadReport, renumber: bool) -> None:
    if renumber:
        for attempt in range(RETRIES):
            try:
                _swap_two_numbers(library, document_id, rng)
                with library.session() as session:
                    apply_renumbering(session, plan_renumbering(session, document_id))
                report.renumberings += 1
                break
            except (ConcurrentEditError, StaleDataError):  # met a reviewer's save: do it again
                report.retried_conflicts += 1
                time.sleep(0.1 * (attempt + 1))
    with library.session() as session:
        ref_id, version = session.execute(
            select(Reference.id, Reference.version).where(Reference.document_id == document_id)
            .order_by(func.random()).limit(1)
        ).one()
    with library.session() as session:  # "another window" saves first
        set_reference_field(session, ref_id, "note", f"edited {rng.random():.6f}", expected_version=version)
    report.reference_edits += 1
    report.provoked_stale += 1
    try:
        with library.session() as session:  # the edit made from the old version must be refused
            set_reference_field(session, ref_id, "note", "stale edit", expected_version=version)
    except StaleEditError:
        report.refused_stale += 1


def run_load(url_of: dict[str, str], author_url: str, per_reviewer: int, *, renumber_every: int = 4) -> LoadReport:
    """``url_of``: reviewer login -> URL (passwords in the URL or the environment)."""
    report = LoadReport(len(url_of), per_reviewer)
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    started = time.perf_counter()
    processes = {
        login: subprocess.Popen(
            [sys.executable, "-m", "benchmarks.team_load", "reviewer", url, str(per_reviewer), str(seed)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for seed, (login, url) in enumerate(sorted(url_of.items()))
    }
    author = open_library(author_url, upgrade=False)
    rng = random.Random(18)
    try:
        with author.session() as session:
            document_id = session.scalar(select(Document.id).order_by(Document.id))
        rounds = 0
        while any(p.poll() is None for p in processes.values()):
            _author_round(author, document_id, rng, report, renumber=rounds % renumber_every == 0)
            rounds += 1
    except Exception as exc:  # noqa: BLE001 - a load test reports every surprise
        report.errors.append(f"author: {type(exc).__name__}: {exc}")
    for login, process in processes.items():
        out, err = process.communicate(timeout=600)
        if process.returncode != 0:
            report.errors.append(f"{login} exited {process.returncode}: {err.strip()[-500:]}")
            continue
        data = json.loads(out)
        report.saved += [(login, kind, uri) for kind, uri in data["saved"]]
        report.latencies_ms += data["latencies_ms"]
        report.errors += [f"{login}: {e}" for e in data["errors"]]
        report.retried_conflicts += data["retried"]
    report.seconds = time.perf_counter() - started
    _check(author, report)
    author.close()
    return report


def _check(library: Library, report: LoadReport) -> None:
    with library.session() as session:
        notes = session.execute(select(Annotation.uri, Annotation.author)).all()
        replies = session.execute(select(AnnotationReply.uri, AnnotationReply.author)).all()
    stored: dict[str, list[str]] = {}
    for uri, author in (*notes, *replies):
        stored.setdefault(uri, []).append(author)
    reported = {uri: login for login, _kind, uri in report.saved}
    report.lost = [uri for uri in reported if uri not in stored]
    times_reported = Counter(uri for _login, _kind, uri in report.saved)
    report.duplicates = [uri for uri, authors in stored.items() if len(authors) > 1] + [
        uri for uri, times in times_reported.items() if times > 1
    ]
    report.strangers = [uri for uri in stored if uri not in reported]
    report.wrong_author = [uri for uri, login in reported.items() if uri in stored and stored[uri] != [login]]


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "reviewer":
        json.dump(reviewer(sys.argv[2], int(sys.argv[3]), int(sys.argv[4])), sys.stdout)
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
