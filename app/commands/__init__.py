"""Subcommands of `silteme`, one module each; every module has ``register``.

Running one command imports only the module that defines it (the others
pull in python-docx, citeproc-py, the Word and audit code…), so `silteme
stats` starts in little more than SQLAlchemy's own import time. `--help`
and a command missing from ``COMMAND_MODULES`` import them all.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence

MODULES = (
    "library_cmds",
    "word_cmds",
    "latex_cmds",
    "pdf_cmds",
    "bib_cmds",
    "format_cmds",
    "annotation_cmds",
    "author_cmds",
    "backup_cmds",
    "desktop_cmds",
    "team_cmds",
    "gui",
)

# Which module registers each command (tests/app/commands/test_cli_startup.py keeps this
# table complete: add a new command here, beside its module).
COMMAND_MODULES = {
    "team": "team_cmds",
    "stats": "library_cmds",
    "import-text": "library_cmds",
    "import-docx": "word_cmds",
    "import-review": "word_cmds",
    "import-latex": "latex_cmds",
    "export-latex": "latex_cmds",
    "import-pdf": "pdf_cmds",
    "export-pdf-annotations": "pdf_cmds",
    "import-bib": "bib_cmds",
    "export-bib": "bib_cmds",
    "keys": "bib_cmds",
    "import": "bib_cmds",
    "import-csl-json": "bib_cmds",
    "import-endnote-xml": "bib_cmds",
    "import-pubmed": "bib_cmds",
    "import-wos": "bib_cmds",
    "import-zotero-rdf": "bib_cmds",
    "export-ris": "format_cmds",
    "export-csl-json": "format_cmds",
    "bibliography": "format_cmds",
    "import-ris": "format_cmds",
    "language": "format_cmds",
    "annotate": "annotation_cmds",
    "annotations": "annotation_cmds",
    "export-annotations": "annotation_cmds",
    "import-annotations": "annotation_cmds",
    "export-docx": "annotation_cmds",
    "review-report": "annotation_cmds",
    "revise": "annotation_cmds",
    "audit": "author_cmds",
    "renumber": "author_cmds",
    "backup": "backup_cmds",
    "backups": "backup_cmds",
    "restore": "backup_cmds",
    "install-desktop-entry": "desktop_cmds",
    "gui": "gui",
}

# Options of `silteme` itself that take a value (before the command's name).
_VALUE_OPTIONS = ("--db", "--lang")


def command_name(argv: Sequence[str]) -> str | None:
    """The command ``argv`` runs: the one it names, else "gui" (the default);
    None when it asks for the overall --help."""
    tokens = iter(argv)
    for token in tokens:
        if token in _VALUE_OPTIONS:
            next(tokens, None)
        elif token.startswith("-"):
            if token in ("-h", "--help"):
                return None
        else:
            return token
    return "gui"


def register_all(subcommands: argparse._SubParsersAction, argv: Sequence[str] | None = None) -> None:
    """Register the commands; with ``argv``, only the module of the command it names."""
    wanted = COMMAND_MODULES.get(command_name(argv) or "") if argv is not None else None
    for name in (wanted,) if wanted else MODULES:
        importlib.import_module(f"app.commands.{name}").register(subcommands)
