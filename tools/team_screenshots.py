"""Screenshots of the window on a team library (a PostgreSQL server started for the run).

    PYTHONPATH=. xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/team_screenshots.py --out OUT

Starts a throw-away server (tests/pg_server.py), puts the bundled thesis on
it as a team library with two reviewers, and opens the window as one of
them: their role in the status bar and the author's tools disabled, a note
by the other reviewer arriving while the window is open, the Tools menu
with renumbering greyed out, and the status while the server is away.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from sqlalchemy import select

from app.main_window import MainWindow
from app.shots import Scene, argument_parser, take_screenshots
from models import Document
from models.db import open_library
from references.review.annotations import annotate_quote
from references.library.location import open_or_create
from references.team.roles import add_user, init_team
from tests.pg_server import running_server


def main() -> int:
    args = argument_parser(__doc__.splitlines()[0]).parse_args()
    with running_server() as server:
        database = server.new_database(prefix="shots")
        owner = open_or_create(server.url(database))
        init_team(owner)
        for login in ("aliya", "berik"):
            add_user(owner, login, "reviewer", f"{login}-pw")
        owner.close()
        other_url = server.url(database, user="berik", password="berik-pw")

        def note_from_berik(window: MainWindow) -> None:
            other = open_library(other_url)
            with other.session() as session:
                annotate_quote(session, session.scalar(select(Document.id)), "деп атайды [23]",
                               comment="Бет нөмірі қайда? (berik)", author="")
            other.close()

        def tools_menu(window: MainWindow) -> None:
            bar = window.menuBar()
            action = next(a for a in bar.actions() if a.menu() and window.authoring.renumber_action in a.menu().actions())
            menu = action.menu()
            QTimer.singleShot(50, lambda: menu.popup(bar.mapToGlobal(bar.actionGeometry(action).bottomLeft())))

        def close_menus(window: MainWindow) -> None:
            for action in window.menuBar().actions():
                if action.menu() is not None:
                    action.menu().hide()

        def offline(window: MainWindow) -> None:
            close_menus(window)
            server.admin_sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                f"WHERE application_name = 'silteme-listener' AND datname = '{database}'"
            )

        scenes = [
            Scene("team-reviewer", lambda w: None, settle_ms=1500),
            Scene("team-note-arrives", note_from_berik, settle_ms=3000),
            Scene("team-tools-menu", tools_menu, settle_ms=800),
            Scene("team-offline", offline, settle_ms=300),
        ]
        return take_screenshots(
            scenes, args.out, args.size, library=server.url(database, user="aliya", password="aliya-pw"),
            language=args.lang, before_close=close_menus,
        )


if __name__ == "__main__":
    sys.exit(main())
