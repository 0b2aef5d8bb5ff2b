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
    latex_cmds,
    library_cmds,
    pdf_cmds,
    word_cmds,
)


def register_all(subcommands: argparse._SubParsersAction) -> None:
    modules = (library_cmds, word_cmds, latex_cmds, pdf_cmds, bib_cmds, format_cmds, annotation_cmds, author_cmds,
               backup_cmds, desktop_cmds, gui)
    for module in modules:
        module.register(subcommands)
