"""Subcommands of `silteme`, one module each; every module has ``register``."""

from __future__ import annotations

import argparse

from app.commands import (
    annotation_cmds,
    author_cmds,
    backup_cmds,
    bib_cmds,
    desktop_cmds,
    format_cmds,
    gui,
    library_cmds,
    team_cmds,
    word_cmds,
)


def register_all(subcommands: argparse._SubParsersAction) -> None:
    modules = (
        library_cmds, word_cmds, bib_cmds, format_cmds, annotation_cmds, author_cmds, backup_cmds, team_cmds,
        desktop_cmds, gui,
    )
    for module in modules:
        module.register(subcommands)
