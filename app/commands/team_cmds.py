"""`silteme --db URL team init | add-user | users`: a team library's roles and logins."""

from __future__ import annotations

import argparse
import sys

from sqlalchemy.engine import URL

from app.commands.common import print_json
from app.i18n import Translations, fill
from models.db import is_server, shown_url
from references.errors import InputError
from references.library.location import open_or_create
from references.team.roles import GROUP_ROLES, add_user, init_team, list_users

Cli = Translations("Cli")


def register(subcommands: argparse._SubParsersAction) -> None:
    team = subcommands.add_parser("team", help=Cli.tr("a team library on PostgreSQL: roles and logins"))
    actions = team.add_subparsers(dest="team_command", metavar=Cli.tr("ACTION"), required=True)

    init = actions.add_parser("init", help=Cli.tr("create the schema and the roles silteme_author, _reviewer, _reader"))
    init.set_defaults(handler=run_init)

    add = actions.add_parser("add-user", help=Cli.tr("create a login in a role and print how to connect"))
    add.add_argument("name", help=Cli.tr("the login name (letters, digits, _ . -)"))
    add.add_argument("--role", required=True, choices=tuple(GROUP_ROLES), help=Cli.tr("what the login may do"))
    add.add_argument(
        "--password-stdin", action="store_true",
        help=Cli.tr("read the password from standard input (default: make one up and print it once)"),
    )
    add.set_defaults(handler=run_add_user)

    users = actions.add_parser("users", help=Cli.tr("list the logins of the team and their roles"))
    users.add_argument("--json", action="store_true", help=Cli.tr("print one JSON list"))
    users.set_defaults(handler=run_users)


def _team_url(args: argparse.Namespace) -> str:
    if args.db is None or "://" not in args.db or not is_server(args.db):
        raise InputError(
            "Team commands need a team library on a PostgreSQL server: "
            "give --db postgresql://USER@HOST:PORT/DATABASE before `team`."
        )
    return args.db


def run_init(args: argparse.Namespace) -> int:
    library = open_or_create(_team_url(args), seed=False)
    try:
        init_team(library)
    finally:
        library.close()
    print(fill(Cli.tr("%1 is a team library: roles %2 are ready."), shown_url(library.url), ", ".join(GROUP_ROLES.values())))
    print(Cli.tr("Add people with: silteme --db URL team add-user NAME --role author|reviewer|reader"))
    return 0


def run_add_user(args: argparse.Namespace) -> int:
    url = _team_url(args)
    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
        if not password:
            raise InputError("No password on standard input; nothing was created.")
    library = open_or_create(url, seed=False)
    try:
        password = add_user(library, args.name, args.role, password)
    finally:
        library.close()
    server = library.engine.url
    host, port, database = server.host or "localhost", server.port or 5432, server.database or ""
    where = URL.create("postgresql", username=args.name, host=host, port=port, database=database).render_as_string()
    print(fill(Cli.tr("Created the login %1 (%2) in %3 on %4."), args.name, args.role, database, f"{host}:{port}"))
    if not args.password_stdin:
        print(fill(Cli.tr("Password (shown only now; the server keeps only its hash): %1"), password))
    print(fill(Cli.tr("Connect with:  silteme --db %1"), where))
    print(fill(Cli.tr("or in the window: File > Open Team Library, %1"), where))
    print(fill(Cli.tr("Keep the password in ~/.pgpass (chmod 600):  %1"), f"{host}:{port}:{database}:{args.name}:PASSWORD"))
    return 0


def run_users(args: argparse.Namespace) -> int:
    library = open_or_create(_team_url(args), seed=False)
    try:
        users = list_users(library)
    finally:
        library.close()
    if args.json:
        print_json([{"name": u.name, "role": u.role, "can_login": u.can_login} for u in users])
        return 0
    if not users:
        print(Cli.tr("No logins yet; add one with `team add-user NAME --role ...`."))
    for user in users:
        print(f"{user.name:<32} {user.role:<9}{'' if user.can_login else ' ' + Cli.tr('(cannot log in)')}")
    return 0
