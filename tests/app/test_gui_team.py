"""The window on a team library: the role's limits, others' notes arriving, offline and back.

A real server (the session's), the bundled thesis made a team library with
`team init`, logins made with `team add-user`. Another program writes a note
as another reviewer; the window shows it without loading the document again.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.main_window import MainWindow
from models import Document
from models.db import Library, open_library
from references.review.annotations import annotate_quote
from references.team.roles import add_user, init_team
from tests.pg_server import PostgresServer
from tests.app.annotations.test_gui_annotations_support import REFRESH_MS, open_annotating_window
from tests.app.test_gui_support import close_window, temporary_settings

LOGINS = {"gui_rev": "reviewer", "gui_other": "reviewer", "gui_reader": "reader"}


@dataclass
class TeamDb:
    server: PostgresServer
    database: str

    def url(self, login: str) -> str:
        return self.server.url(self.database, user=login, password=f"{login}-pw")


@pytest.fixture
def team_db(pg_server: PostgresServer, pg_sample_template: str, pg_database) -> Iterator[TeamDb]:  # noqa: ANN001
    owner_url = pg_database(pg_sample_template)
    library = open_library(owner_url)
    try:
        init_team(library)
        for login, role in LOGINS.items():
            pg_server.admin_sql(f'DROP ROLE IF EXISTS "{login}"')
            add_user(library, login, role, f"{login}-pw")
    finally:
        library.close()
    database = owner_url.rsplit("/", 1)[1]
    yield TeamDb(pg_server, database)
    for login in LOGINS:
        pg_server.admin_sql(f'DROP OWNED BY "{login}"', database=database)


@pytest.fixture
def reviewer_window(qtbot: QtBot, team_db: TeamDb, tmp_path: Path) -> Iterator[MainWindow]:
    library = open_library(team_db.url("gui_rev"))
    window = open_annotating_window(qtbot, library, tmp_path)
    yield window
    close_window(window)
    library.close()


def test_a_reviewers_window_says_who_they_are_and_disables_the_authors_tools(
    reviewer_window: MainWindow,
) -> None:
    team = reviewer_window.team
    assert team.status.text() == "Team: gui_rev (reviewer)"
    assert not reviewer_window.authoring.renumber_action.isEnabled()
    assert "Your role (reviewer) cannot do this." == reviewer_window.authoring.renumber_action.toolTip()
    assert not reviewer_window.import_action.isEnabled()
    assert not reviewer_window.authoring.editor_dock.isEnabled()
    assert reviewer_window.annotations.annotate_action.isEnabled()
    assert not reviewer_window.annotations.identity_action.isEnabled()  # the name is the server's


def test_a_readers_window_cannot_annotate(qtbot: QtBot, team_db: TeamDb, tmp_path: Path) -> None:
    library = open_library(team_db.url("gui_reader"))
    window = open_annotating_window(qtbot, library, tmp_path)
    try:
        assert window.team.status.text() == "Team: gui_reader (reader)"
        assert not window.annotations.annotate_action.isEnabled()
        assert not window.authoring.renumber_action.isEnabled()
    finally:
        close_window(window)
        library.close()


def test_another_reviewers_note_appears_without_reloading_the_document(
    qtbot: QtBot, reviewer_window: MainWindow, team_db: TeamDb
) -> None:
    loads: list[bool] = []
    reviewer_window.document_loaded.connect(lambda: loads.append(True))
    before = len(reviewer_window.annotations.items)
    other = open_library(team_db.url("gui_other"))
    try:
        with qtbot.waitSignal(reviewer_window.annotations.refreshed, timeout=REFRESH_MS), other.session() as session:
            annotate_quote(session, session.scalar(select(Document.id)), "сыртқы саясат", comment="Басқа рецензент", author="typed")
    finally:
        other.close()
    assert len(reviewer_window.annotations.items) == before + 1
    assert loads == []  # the thesis was not loaded again for a note


def test_a_lost_connection_shows_offline_then_comes_back(
    qtbot: QtBot, reviewer_window: MainWindow, team_db: TeamDb
) -> None:
    team = reviewer_window.team
    shown: list[tuple[str, str]] = []
    team.online_changed.connect(lambda _online: shown.append((team.status.text(), team.status.toolTip())))
    with qtbot.waitSignals([team.online_changed, team.online_changed], timeout=REFRESH_MS):
        team_db.server.admin_sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE application_name = 'silteme-listener' AND datname = '{team_db.database}'"
        )
    (offline, why), (back, _) = shown[:2]
    assert offline == "Offline: retrying…" and "cannot be reached" in why
    assert back == "Team: gui_rev (reviewer)"


def test_opening_a_team_library_remembers_it_without_the_password(
    qtbot: QtBot, sample_library: Library, team_db: TeamDb, tmp_path: Path
) -> None:
    window = MainWindow(sample_library, temporary_settings(tmp_path))
    qtbot.addWidget(window)
    try:
        assert window.team.status.text() == ""
        with qtbot.waitSignal(window.team.identity_changed, timeout=REFRESH_MS):
            window.team.open_url(team_db.url("gui_rev"))
        assert window.library.url.startswith("postgresql://gui_rev:")
        bare = f"postgresql://gui_rev@{team_db.server.host}:{team_db.server.port}/{team_db.database}"
        assert window.recent.libraries()[0] == bare
        kept = [str(window.settings.value(key)) for key in window.settings.allKeys()]
        assert not any("gui_rev-pw" in value for value in kept)
        assert window.team.status.text() == "Team: gui_rev (reviewer)"
    finally:
        close_window(window)
