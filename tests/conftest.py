"""Shared fixtures: the bundled sample library, built once and copied per test.

The storage and domain tests run on both backends: a test that uses
``backend`` (directly, or through ``sample_library`` or ``new_library_url``)
runs once on a SQLite file and once on a PostgreSQL database of a real
server that the session starts (tests/pg_server.py). The window's tests
run on SQLite only: the window reads through the same domain code.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from models.db import Library, open_library
from references.library.location import open_or_create
from tests.pg_server import PostgresServer, running_server

# The tests read the English interface whatever the machine's locale; the
# tests of other languages choose theirs explicitly.
os.environ["LANGUAGE"] = "en"
os.environ.pop("LC_ALL", None)

ROOT = Path(__file__).resolve().parents[1]
THESIS = ROOT / "resources" / "dissertation-kk.txt"
# The test files of tests/data, whatever folder a test sits in.
DATA = ROOT / "tests" / "data"
# The real-world .bib test corpus (shared/bib beside the checkout, with its
# SOURCES.md); another place can be named with SILTEME_SHARED_BIB.
SHARED_BIB = Path(os.environ.get("SILTEME_SHARED_BIB", ROOT.parent / "shared" / "bib"))


@pytest.fixture(scope="session")
def sample_library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library file holding the bundled sample, as a first start makes it."""
    path = tmp_path_factory.mktemp("sample") / "library.sqlite"
    library = open_or_create(path)
    library.close()
    # Fold the WAL into the main file so a plain copy holds everything.
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def sample_path(sample_library_file: Path, tmp_path: Path) -> Path:
    """A private copy of the sample library file for a test that writes."""
    target = tmp_path / "library.sqlite"
    shutil.copyfile(sample_library_file, target)
    return target


BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Storage and domain tests on both backends; window tests on SQLite."""
    if "backend" not in metafunc.fixturenames:
        return
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    both = not module.startswith("test_gui_") and not metafunc.definition.get_closest_marker("sqlite_only")
    metafunc.parametrize("backend", BACKENDS if both else BACKENDS[:1], indirect=True, scope="module")


@pytest.fixture(scope="module")
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole test session, stopped at its end."""
    pytest.importorskip("psycopg", reason="psycopg is missing: run tools/setup.sh --test")
    # A run stopped with SIGTERM (a timeout, CI) still stops its server: exit
    # through Python, so this fixture's teardown runs.
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    with running_server() as server:
        yield server


@pytest.fixture(scope="session")
def pg_sample_template(pg_server: PostgresServer) -> str:
    """A database holding the bundled sample, copied (CREATE DATABASE ... TEMPLATE) per test."""
    name = pg_server.new_database(prefix="sample")
    open_or_create(pg_server.url(name)).close()
    return name


@pytest.fixture
def pg_database(request: pytest.FixtureRequest, pg_server: PostgresServer) -> Iterator[Callable[..., str]]:
    """A factory of new databases on the test server, dropped after the test."""
    made: list[str] = []

    def make(template: str | None = None) -> str:
        made.append(pg_server.new_database(template))
        return pg_server.url(made[-1])

    yield make
    for name in made:
        pg_server.drop_database(name)


@pytest.fixture(scope="module")
def shared_sample(backend: str, request: pytest.FixtureRequest) -> Iterator[Library]:
    """The sample library for a module's tests that only read it."""
    if backend == "sqlite":
        library = open_library(request.getfixturevalue("sample_library_file"))
        yield library
        library.close()
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    name = server.new_database(request.getfixturevalue("pg_sample_template"), prefix="shared")
    library = open_library(server.url(name))
    yield library
    library.close()
    server.drop_database(name)


@pytest.fixture
def new_library_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """Where a new, empty library goes: a SQLite file, or an empty PostgreSQL database."""
    if backend == "sqlite":
        return str(tmp_path / "library.sqlite")
    return request.getfixturevalue("pg_database")()


@pytest.fixture
def sample_library(backend: str, request: pytest.FixtureRequest) -> Iterator[Library]:
    """A private, writable copy of the sample library on the test's backend."""
    if backend == "sqlite":
        target = request.getfixturevalue("sample_path")
    else:
        template = request.getfixturevalue("pg_sample_template")
        target = request.getfixturevalue("pg_database")(template)
        # Automatic backups of a team library go to the per-user data folder: a temporary one.
        request.getfixturevalue("monkeypatch").setenv("XDG_DATA_HOME", str(request.getfixturevalue("tmp_path")))
    library = open_library(target)
    yield library
    library.close()


@pytest.fixture
def sample_db(sample_library: Library) -> str:
    """The ``--db`` value naming ``sample_library``: its file, or its server URL."""
    return str(sample_library.path) if sample_library.path is not None else sample_library.url


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Empty the clipboard before Qt tears down: the offscreen platform (the
    tests' platform, not a user's) crashes at interpreter exit while its
    clipboard still owns mime data, which would turn a green run red."""
    del session, exitstatus
    if "PySide6.QtGui" not in sys.modules:
        return
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        QGuiApplication.clipboard().clear()
