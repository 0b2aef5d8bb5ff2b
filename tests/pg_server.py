"""A real PostgreSQL server for the tests and benchmarks, in a temporary folder.

Debian's ``postgresql`` package provides ``initdb`` and ``pg_ctl``; the
cluster lives in a fresh folder, listens on a free loopback port (and a
Unix socket in its own folder), and is stopped when the test session ends.
PostgreSQL refuses to run as root, and CI runs as root: then the server
runs as the ``postgres`` user that Debian's package creates (or ``nobody``).

The superuser is ``silteme_admin`` with a random password, required over
TCP (scram-sha-256) so that the tests exercise real password handling.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ADMIN = "silteme_admin"
MIN_VERSION = 15


class NoPostgres(RuntimeError):
    """No PostgreSQL server programs were found on this machine."""


def server_bindir() -> Path:
    """The folder of the newest installed PostgreSQL's initdb and pg_ctl."""
    found: list[tuple[int, Path]] = []
    root = Path("/usr/lib/postgresql")
    if root.is_dir():
        for child in root.iterdir():
            if child.name.isdigit() and (child / "bin" / "initdb").exists():
                found.append((int(child.name), child / "bin"))
    if not found:
        on_path = shutil.which("initdb")
        if on_path:
            return Path(on_path).parent
        raise NoPostgres("PostgreSQL's initdb was not found; install Debian's postgresql package")
    version, bindir = max(found)
    if version < MIN_VERSION:
        raise NoPostgres(f"PostgreSQL {version} is too old; Silteme needs {MIN_VERSION} or newer")
    return bindir


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _server_user() -> pwd.struct_passwd | None:
    """The user the server runs as: ourselves, unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise NoPostgres("running as root, and neither a postgres nor a nobody user exists to run the server")


@dataclass
class PostgresServer:
    """A running cluster; ``url(db)`` names a database on it as the superuser."""

    folder: Path
    port: int
    password: str
    bindir: Path
    user: pwd.struct_passwd | None = None
    _counter: int = field(default=0)

    host = "127.0.0.1"

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def socket_dir(self) -> Path:
        return self.folder / "run"

    def url(self, database: str = "postgres", user: str = ADMIN, password: str | None = None) -> str:
        secret = self.password if password is None and user == ADMIN else password
        auth = f"{user}:{secret}" if secret else user
        return f"postgresql://{auth}@{self.host}:{self.port}/{database}"

    def admin_env(self) -> dict[str, str]:
        """Environment for psql and friends, connecting as the superuser."""
        env = dict(os.environ)
        env.update(PGHOST=self.host, PGPORT=str(self.port), PGUSER=ADMIN, PGPASSWORD=self.password)
        return env

    def psql(self, sql: str, database: str = "postgres", *, user: str = ADMIN, password: str | None = None,
             check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run ``sql`` with the real psql client as ``user``."""
        env = self.admin_env()
        env["PGUSER"] = user
        env["PGPASSWORD"] = self.password if user == ADMIN else (password or "")
        return subprocess.run(
            [str(self.bindir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database, "-c", sql],
            env=env, capture_output=True, text=True, check=check, timeout=60,
        )

    def admin_sql(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        conninfo = f"host={self.host} port={self.port} user={ADMIN} password={self.password} dbname={database}"
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]  # our own fixed statements

    def new_database(self, template: str | None = None, prefix: str = "t") -> str:
        """A new empty database (or a copy of ``template``); returns its name."""
        self._counter += 1
        name = f"{prefix}_{os.getpid()}_{self._counter}"
        suffix = f' TEMPLATE "{template}"' if template else ""
        self.admin_sql(f'CREATE DATABASE "{name}"{suffix}')
        return name

    def drop_database(self, name: str) -> None:
        self.admin_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self.data.exists():
            self._run([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"],
                      check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, argv: list[str], *, check: bool = True) -> subprocess.CompletedProcess[str]:
        kwargs: dict[str, object] = {}
        if self.user is not None:
            kwargs.update(user=self.user.pw_uid, group=self.user.pw_gid, extra_groups=[])
        return subprocess.run(
            argv, capture_output=True, text=True, check=check, timeout=120, cwd=self.folder,
            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
            **kwargs,  # type: ignore[arg-type]
        )


def start_server() -> PostgresServer:
    """initdb a cluster in a new temporary folder and start it on a free port."""
    bindir = server_bindir()
    user = _server_user()
    folder = Path(tempfile.mkdtemp(prefix="silteme-pg-"))
    server = PostgresServer(folder=folder, port=0, password=secrets.token_hex(12), bindir=bindir, user=user)
    try:
        server.socket_dir.mkdir()
        pwfile = folder / "pw"
        pwfile.write_text(server.password + "\n", encoding="utf-8")
        if user is not None:
            for path in (folder, server.socket_dir, pwfile):
                os.chown(path, user.pw_uid, user.pw_gid)
        server._run([
            str(bindir / "initdb"), "-D", str(server.data), "-U", ADMIN, "--pwfile", str(pwfile),
            "-E", "UTF8", "--locale=C", "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync",
        ])
        pwfile.unlink()
        _start(server)
    except BaseException:
        server.stop()
        raise
    return server


def _start(server: PostgresServer) -> None:
    options = (
        f"-c listen_addresses=127.0.0.1 -c unix_socket_directories={server.socket_dir} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
    )
    last_error = ""
    for _attempt in range(5):  # a free port can be taken between the check and the start
        server.port = free_port()
        done = server._run(
            [str(server.bindir / "pg_ctl"), "-D", str(server.data), "-l", str(server.folder / "server.log"),
             "-o", f"-p {server.port} {options}", "-w", "-t", "60", "start"],
            check=False,
        )
        if done.returncode == 0:
            return
        last_error = done.stderr + _tail(server.folder / "server.log")
        time.sleep(0.2)
    raise NoPostgres(f"the PostgreSQL test server did not start: {last_error.strip()}")


def _tail(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")[-2000:]
    except OSError:
        return ""


@contextlib.contextmanager
def running_server() -> Iterator[PostgresServer]:
    server = start_server()
    try:
        yield server
    finally:
        server.stop()
