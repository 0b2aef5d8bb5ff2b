"""The window on a team library: opening one, the role's limits, others' changes."""

from __future__ import annotations

from typing import Any


def install(window: Any) -> Any:  # noqa: ANN401 - the main window; typed loosely to keep imports one-way
    from app.team.controller import TeamController

    return TeamController(window)
