"""Roles of a team library, enforced by PostgreSQL itself.

``init_team`` gives a library three group roles (ADR 0016):

- ``silteme_author``: reads and changes everything (not the schema);
- ``silteme_reviewer``: reads everything; writes annotations, replies and
  tags, and changes or deletes only its own (row-level security keyed on
  the login: ``author = current_user``);
- ``silteme_reader``: reads only.

A trigger stamps every new annotation and reply with the server's login and
role, and keeps them on every update, so the name on a note is never typed.
The owner of the tables (whoever ran ``team init``) is outside the rules: it
migrates the schema and restores backups, which keep their authors.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from models.db import Library, is_server
from references.errors import InputError
from models.messages import Messages, listing

TeamErrors = Messages("TeamErrors")

AUTHOR, REVIEWER, READER, OWNER = "author", "reviewer", "reader", "owner"
GROUP_ROLES = {AUTHOR: "silteme_author", REVIEWER: "silteme_reviewer", READER: "silteme_reader"}
ANNOTATION_TABLES = ("annotations", "annotation_replies", "annotation_tags")
AUTHORED_TABLES = ("annotations", "annotation_replies")
# Login names: letters, digits, '_', '.', '-'; what psql and .pgpass take without quoting trouble.
_LOGIN = re.compile(r"^[^\W\d][\w.-]*$")
MAX_LOGIN_BYTES = 63


@dataclass(frozen=True, slots=True)
class TeamUser:
    name: str
    role: str  # author | reviewer | reader
    can_login: bool


_ROLE_FUNCTION = f"""
CREATE OR REPLACE FUNCTION silteme_team_role() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
      OR current_user = (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema()
                         AND tablename = 'documents') THEN '{OWNER}'
    WHEN pg_has_role(current_user, '{GROUP_ROLES[AUTHOR]}', 'MEMBER') THEN '{AUTHOR}'
    WHEN pg_has_role(current_user, '{GROUP_ROLES[REVIEWER]}', 'MEMBER') THEN '{REVIEWER}'
    WHEN pg_has_role(current_user, '{GROUP_ROLES[READER]}', 'MEMBER') THEN '{READER}'
  END
$$
"""

_STAMP_FUNCTION = f"""
CREATE OR REPLACE FUNCTION silteme_stamp_author() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  role text := silteme_team_role();
BEGIN
  IF role IS NULL OR role = '{OWNER}' THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    NEW.author := current_user;
    NEW.author_role := CASE WHEN role = '{AUTHOR}' THEN 'author' ELSE 'reviewer' END;
  ELSE
    NEW.author := OLD.author;
    NEW.author_role := OLD.author_role;
  END IF;
  RETURN NEW;
END
$$
"""


def _exists_role(name: str) -> str:
    return (
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') "
        f"THEN CREATE ROLE {name} NOLOGIN; END IF; END $$"
    )


def _own_rows(table: str) -> str:
    if table == "annotation_tags":
        return (
            "EXISTS (SELECT 1 FROM annotations a WHERE a.id = annotation_tags.annotation_id "
            "AND a.author = current_user)"
        )
    return "author = current_user"


def _policies(table: str) -> list[str]:
    author, reviewer, reader = GROUP_ROLES[AUTHOR], GROUP_ROLES[REVIEWER], GROUP_ROLES[READER]
    own = _own_rows(table)
    statements = [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"]
    for name in ("silteme_read", "silteme_author_all", "silteme_reviewer_insert", "silteme_reviewer_update",
                 "silteme_reviewer_delete"):
        statements.append(f"DROP POLICY IF EXISTS {name} ON {table}")
    statements += [
        f"CREATE POLICY silteme_read ON {table} FOR SELECT TO {author}, {reviewer}, {reader} USING (true)",
        f"CREATE POLICY silteme_author_all ON {table} FOR ALL TO {author} USING (true) WITH CHECK (true)",
        f"CREATE POLICY silteme_reviewer_insert ON {table} FOR INSERT TO {reviewer} WITH CHECK ({own})",
        f"CREATE POLICY silteme_reviewer_update ON {table} FOR UPDATE TO {reviewer} USING ({own}) WITH CHECK ({own})",
        f"CREATE POLICY silteme_reviewer_delete ON {table} FOR DELETE TO {reviewer} USING ({own})",
    ]
    return statements


def team_statements(database: str) -> list[str]:
    """Everything ``team init`` runs, in order; safe to run again (after an upgrade, say)."""
    author, reviewer, reader = GROUP_ROLES[AUTHOR], GROUP_ROLES[REVIEWER], GROUP_ROLES[READER]
    everyone = f"{author}, {reviewer}, {reader}"
    quoted_db = '"' + database.replace('"', '""') + '"'
    statements = [_exists_role(name) for name in GROUP_ROLES.values()]
    statements += [
        f"GRANT CONNECT ON DATABASE {quoted_db} TO {everyone}",
        f"GRANT USAGE ON SCHEMA public TO {everyone}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {everyone}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {everyone}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {everyone}",
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {author}",
        f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {author}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {author}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(ANNOTATION_TABLES)} TO {reviewer}",
        f"GRANT USAGE, SELECT ON SEQUENCE annotations_id_seq, annotation_replies_id_seq TO {reviewer}",
        _ROLE_FUNCTION,
        _STAMP_FUNCTION,
    ]
    for table in AUTHORED_TABLES:
        statements += [
            f"DROP TRIGGER IF EXISTS silteme_stamp_author ON {table}",
            f"CREATE TRIGGER silteme_stamp_author BEFORE INSERT OR UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION silteme_stamp_author()",
        ]
    for table in ANNOTATION_TABLES:
        statements += _policies(table)
    from references.team.changes import notify_statements  # local: changes imports nothing of ours back

    return statements + notify_statements()


def require_server(library: Library) -> None:
    if not is_server(library.url):
        raise InputError(
            TeamErrors.tr(
                "Team commands need a team library on a PostgreSQL server: give --db "
                "postgresql://USER@HOST:PORT/DATABASE."
            )
        )


def init_team(library: Library) -> None:
    """Give the library the three roles and their rules (the schema is made by opening it)."""
    require_server(library)
    with library.engine.begin() as connection:
        database = connection.exec_driver_sql("SELECT current_database()").scalar_one()
        for statement in team_statements(database):
            connection.exec_driver_sql(statement)


def check_login_name(name: str) -> None:
    if not _LOGIN.match(name) or len(name.encode("utf-8")) > MAX_LOGIN_BYTES:
        raise InputError(
            TeamErrors.tr(
                "%1 cannot be a login name: use letters, digits, '_', '.' or '-', starting with a letter "
                "(at most %2 bytes).",
                repr(name), MAX_LOGIN_BYTES,
            )
        )
    if name.lower().startswith(("pg_", "silteme_")):
        raise InputError(TeamErrors.tr(
                "%1 cannot be a login name: names starting with pg_ or silteme_ are reserved.",
                repr(name),
            ))


def add_user(library: Library, name: str, role: str, password: str | None = None) -> str:
    """Create the login ``name`` in ``role``; returns its password (made up when not given)."""
    require_server(library)
    check_login_name(name)
    if role not in GROUP_ROLES:
        raise InputError(TeamErrors.tr("Unknown role %1; the roles are %2.", repr(role), listing(GROUP_ROLES)))
    password = password or secrets.token_urlsafe(15)
    with library.engine.begin() as connection:
        _require_team(connection)
        if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first():
            raise InputError(TeamErrors.tr("There is already a login named %1 on this server; choose another name.", name))
        driver = connection.connection.dbapi_connection
        from psycopg import sql  # local: only team commands need the driver's quoting

        statement = sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(name), sql.Literal(password), sql.Identifier(GROUP_ROLES[role])
        )
        with driver.cursor() as cursor:  # type: ignore[union-attr]
            cursor.execute(statement)
    return password


def list_users(library: Library) -> list[TeamUser]:
    """The logins in the team's roles, by name."""
    require_server(library)
    with library.engine.connect() as connection:
        _require_team(connection)
        rows = connection.execute(
            text(
                "SELECT u.rolname, g.rolname, u.rolcanlogin FROM pg_roles u "
                "JOIN pg_auth_members m ON m.member = u.oid JOIN pg_roles g ON g.oid = m.roleid "
                "WHERE g.rolname = ANY(:groups) ORDER BY u.rolname"
            ),
            {"groups": list(GROUP_ROLES.values())},
        ).all()
    by_group = {v: k for k, v in GROUP_ROLES.items()}
    return [TeamUser(name, by_group[group], bool(login)) for name, group, login in rows]


def _require_team(connection: Connection) -> None:
    found = connection.execute(
        text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:groups)"), {"groups": list(GROUP_ROLES.values())}
    ).scalar_one()
    if found != len(GROUP_ROLES):
        raise InputError(TeamErrors.tr("This library has no team roles yet; run `silteme --db URL team init` first."))


def team_role(session: Session | Connection) -> str | None:
    """The role of this login in the team library: author, reviewer, reader or owner; None for a file."""
    bind = session.get_bind() if isinstance(session, Session) else session
    if bind.dialect.name != "postgresql":
        return None
    has_function = session.execute(text("SELECT to_regprocedure('silteme_team_role()') IS NOT NULL")).scalar_one()
    if not has_function:
        return OWNER  # a PostgreSQL library without team roles: one person's
    return session.execute(text("SELECT silteme_team_role()")).scalar_one()


def login_name(session: Session) -> str:
    return session.execute(text("SELECT current_user")).scalar_one()


def role_of(url: str) -> str | None:
    """The role of the login of ``url`` (None when it cannot be told); the owner reads as author."""
    from models.db import open_library

    try:
        library = open_library(url, upgrade=False)
    except Exception:  # noqa: BLE001 - only used to word a refusal already being reported
        return None
    try:
        with library.session() as session:
            role = team_role(session)
    except Exception:  # noqa: BLE001
        return None
    finally:
        library.close()
    return AUTHOR if role == OWNER else role
