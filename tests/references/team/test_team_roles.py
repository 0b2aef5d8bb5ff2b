"""Team roles enforced by the PostgreSQL server itself: psql as each role, and the CLI.

The team library is the bundled sample on the session's test server, made a
team library with `silteme team init`; logins are made with `team add-user`.
The psql tests go around Silteme entirely: what a role may not do must be
refused by the server, not only hidden by the window.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import text

from app.cli import main
from models.db import open_library
from references.team.roles import add_user
from tests.pg_server import PostgresServer

PASSWORDS = {"alice": "alice-pw-1", "bob": "bob-pw-2", "carol": "carol-pw-3", "dan": "dan-pw-4"}
ROLES = {"alice": "reviewer", "bob": "reviewer", "carol": "author", "dan": "reader"}


@dataclass
class Team:
    server: PostgresServer
    database: str

    @property
    def owner_url(self) -> str:
        return self.server.url(self.database)

    def url_of(self, login: str) -> str:
        """A URL without the password: it comes from PGPASSWORD or ~/.pgpass."""
        return f"postgresql://{login}@{self.server.host}:{self.server.port}/{self.database}"

    def psql(self, login: str, sql: str, *, check: bool = False):  # noqa: ANN201 - CompletedProcess
        return self.server.psql(sql, self.database, user=login, password=PASSWORDS[login], check=check)

    def scalar(self, sql: str) -> object:
        library = open_library(self.owner_url, upgrade=False)
        try:
            with library.engine.connect() as conn:
                return conn.execute(text(sql)).scalar()
        finally:
            library.close()


@pytest.fixture
def team(pg_server: PostgresServer, pg_sample_template: str, pg_database, capsys: pytest.CaptureFixture[str]) -> Iterator[Team]:  # noqa: ANN001
    url = pg_database(pg_sample_template)
    assert main(["--db", url, "team", "init"]) == 0
    assert "team library" in capsys.readouterr().out
    library = open_library(url)
    try:
        for login, role in ROLES.items():
            # Logins are cluster-wide: a previous test's are dropped with its roles below.
            pg_server.admin_sql(f'DROP ROLE IF EXISTS "{login}"')
            add_user(library, login, role, PASSWORDS[login])
    finally:
        library.close()
    yield Team(pg_server, url.rsplit("/", 1)[1])
    for login in ROLES:
        pg_server.admin_sql(f'DROP OWNED BY "{login}"', database=url.rsplit("/", 1)[1])


_NOTE = (
    "INSERT INTO annotations (uri, document_id, exact, prefix, suffix, anchor, comment, comment_format, "
    "status, author, author_role, created, modified, search_text, version) VALUES "
    "('urn:uuid:{uri}', (SELECT min(id) FROM documents), 'саясат', '', '', 'orphaned', '{comment}', "
    "'text/plain', 'open', '{author}', 'author', now(), now(), '', 1)"
)


def note(uri: str, comment: str, author: str = "someone") -> str:
    return _NOTE.format(uri=uri, comment=comment, author=author)


def test_a_reviewer_with_psql_cannot_change_the_text_or_the_references(team: Team) -> None:
    first_text = team.scalar("SELECT text FROM blocks ORDER BY id LIMIT 1")
    for sql in (
        "UPDATE blocks SET text = 'жойылды' WHERE id = (SELECT min(id) FROM blocks)",
        "DELETE FROM blocks",
        'UPDATE "references" SET number = number + 1000',
        "INSERT INTO source_groups (name, name_local, color, position, description, \"primary\") "
        "VALUES ('x', '', '#000', 0, '', false)",
        "UPDATE alembic_version SET version_num = '9999'",
        "DROP TABLE citations",
    ):
        done = team.psql("alice", sql)
        assert done.returncode != 0, sql
        assert "permission denied" in done.stderr or "must be owner" in done.stderr, done.stderr
    assert team.scalar("SELECT text FROM blocks ORDER BY id LIMIT 1") == first_text
    assert team.scalar('SELECT max(number) FROM "references"') == 228


def test_a_reviewer_writes_notes_as_themself_and_cannot_touch_another_reviewers(team: Team) -> None:
    assert team.psql("bob", note("b1", "Бобтың ескертуі")).returncode == 0
    # Alice claims to be bob and the author: the server writes her login and role.
    assert team.psql("alice", note("a1", "Алиса", author="bob")).returncode == 0
    assert team.scalar("SELECT author || '/' || author_role FROM annotations WHERE uri = 'urn:uuid:a1'") == "alice/reviewer"
    assert team.scalar("SELECT author || '/' || author_role FROM annotations WHERE uri = 'urn:uuid:b1'") == "bob/reviewer"
    # Bob's note: invisible to her changes (row-level security), whatever she tries.
    for sql in (
        "UPDATE annotations SET comment = 'hijacked' WHERE uri = 'urn:uuid:b1'",
        "DELETE FROM annotations WHERE uri = 'urn:uuid:b1'",
        "UPDATE annotations SET author = 'alice' WHERE uri = 'urn:uuid:b1'",
        "DELETE FROM annotation_tags",
    ):
        team.psql("alice", sql)
    assert team.scalar("SELECT comment FROM annotations WHERE uri = 'urn:uuid:b1'") == "Бобтың ескертуі"
    # Her own note she may change, but not hand it to bob.
    assert team.psql("alice", "UPDATE annotations SET comment = 'түзетілді', author = 'bob' WHERE uri = 'urn:uuid:a1'").returncode == 0
    assert team.scalar("SELECT comment || '/' || author FROM annotations WHERE uri = 'urn:uuid:a1'") == "түзетілді/alice"
    # She may reply to bob's note; the reply is hers.
    reply = (
        "INSERT INTO annotation_replies (uri, annotation_id, author, author_role, body, created, modified) "
        "SELECT 'urn:uuid:r1', id, 'bob', 'author', 'Келісемін', now(), now() FROM annotations WHERE uri = 'urn:uuid:b1'"
    )
    assert team.psql("alice", reply).returncode == 0
    assert team.scalar("SELECT author FROM annotation_replies WHERE uri = 'urn:uuid:r1'") == "alice"
    assert team.psql("bob", "DELETE FROM annotation_replies WHERE uri = 'urn:uuid:r1'").returncode == 0
    assert team.scalar("SELECT count(*) FROM annotation_replies WHERE uri = 'urn:uuid:r1'") == 1


def test_a_reader_only_reads_and_the_author_changes_all_but_the_schema(team: Team) -> None:
    assert team.psql("dan", "SELECT count(*) FROM blocks").returncode == 0
    refused = team.psql("dan", note("d1", "оқырман"))
    assert refused.returncode != 0 and "permission denied" in refused.stderr
    assert team.psql("bob", note("b2", "Бобтың")).returncode == 0
    for sql in (
        "UPDATE blocks SET text = text || ' ' WHERE id = (SELECT min(id) FROM blocks)",
        "UPDATE annotations SET status = 'resolved' WHERE uri = 'urn:uuid:b2'",
        'UPDATE "references" SET complete = true WHERE number = 1',
    ):
        done = team.psql("carol", sql)
        assert done.returncode == 0, done.stderr
    assert team.scalar("SELECT status || '/' || author FROM annotations WHERE uri = 'urn:uuid:b2'") == "resolved/bob"
    for sql in ("DROP TABLE citations", "UPDATE alembic_version SET version_num = '9999'"):
        assert team.psql("carol", sql).returncode != 0


def test_the_cli_says_in_one_sentence_what_a_role_cannot_do(
    team: Team, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PGPASSWORD", PASSWORDS["alice"])
    assert main(["--db", team.url_of("alice"), "renumber"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "silteme: Your role (reviewer) cannot renumber references."
    monkeypatch.setenv("PGPASSWORD", PASSWORDS["dan"])
    assert main(["--db", team.url_of("dan"), "annotate", "--quote", "сыртқы саясат", "--comment", "x"]) == 1
    assert capsys.readouterr().err.strip() == "silteme: Your role (reader) cannot write annotations."
    assert team.scalar("SELECT max(number) FROM \"references\"") == 228


def test_annotations_carry_the_servers_login_and_role(
    team: Team, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path
) -> None:  # noqa: ANN001
    # The password from ~/.pgpass (PGPASSFILE names it here), never from the command line.
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{team.server.host}:{team.server.port}:{team.database}:alice:{PASSWORDS['alice']}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    db = ["--db", team.url_of("alice")]
    assert main([*db, "annotate", "--quote", "сыртқы саясат", "--comment", "Дереккөз?", "--author", "Prof. Typed", "--role", "author"]) == 0
    capsys.readouterr()
    assert main([*db, "annotations", "--json"]) == 0
    assert '"author": "alice"' in capsys.readouterr().out
    assert team.scalar("SELECT author || '/' || author_role FROM annotations") == "alice/reviewer"


def test_team_add_user_prints_how_to_connect_and_users_lists_them(
    team: Team, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    team.server.admin_sql('DROP ROLE IF EXISTS "erlan.k"')
    owner = ["--db", team.owner_url]
    assert main([*owner, "team", "add-user", "erlan.k", "--role", "reviewer"]) == 0
    out = capsys.readouterr().out
    password = re.search(r"Password \(shown only now[^:]*\): (\S+)", out)[1]
    assert f"silteme --db postgresql://erlan.k@{team.server.host}:{team.server.port}/{team.database}" in out
    assert team.server.password not in out
    monkeypatch.setenv("PGPASSWORD", password)
    assert main(["--db", team.url_of("erlan.k"), "stats", "--json"]) == 0
    assert '"references": 228' in capsys.readouterr().out
    assert main([*owner, "team", "users"]) == 0
    listed = capsys.readouterr().out
    assert re.search(r"^erlan\.k\s+reviewer", listed, re.M) and re.search(r"^dan\s+reader", listed, re.M)
    assert main([*owner, "team", "add-user", "erlan.k", "--role", "author"]) == 1
    assert "already a login named erlan.k" in capsys.readouterr().err
    assert main([*owner, "team", "add-user", "x; DROP TABLE blocks", "--role", "author"]) == 1
    assert "cannot be a login name" in capsys.readouterr().err
    team.server.admin_sql('DROP OWNED BY "erlan.k"', database=team.database)
    team.server.admin_sql('DROP ROLE "erlan.k"')


def test_team_commands_refuse_a_library_file(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    assert main(["--db", str(tmp_path / "lib.sqlite"), "team", "init"]) == 1
    assert "PostgreSQL" in capsys.readouterr().err
