"""The window on a team library: opening one, the role's limits, others' changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.main_window import MainWindow
    from app.team.controller import TeamController


def install(window: MainWindow) -> TeamController:
    from app.team.controller import TeamController

    return TeamController(window)
