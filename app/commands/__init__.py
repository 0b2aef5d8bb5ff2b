"""Subcommands of `silteme`, one module each; every module has ``register``."""

from __future__ import annotations

import argparse

from app.commands import annotation_cmds, author_cmds, backup_cmds, bib_cmds, format_cmds, gui, library_cmds, word_cmds


def register_all(subcommands: argparse._SubParsersAction) -> None:
    for module in (library_cmds, word_cmds, bib_cmds, format_cmds, annotation_cmds, author_cmds, backup_cmds, gui):
        module.register(subcommands)
