"""Running one command loads only what that command needs."""

from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.commands import COMMAND_MODULES, MODULES, command_name
from tests.conftest import ROOT



def test_every_command_is_in_the_table_beside_its_module() -> None:
    for module in MODULES:
        parser = argparse.ArgumentParser()
        subcommands = parser.add_subparsers()
        importlib.import_module(f"app.commands.{module}").register(subcommands)
        for command in subcommands.choices:
            assert COMMAND_MODULES.get(command) == module, (
                f"add {command!r}: {module!r} to COMMAND_MODULES in app/commands/__init__.py"
            )
    assert set(COMMAND_MODULES.values()) <= set(MODULES)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["stats", "--json"], "stats"),
        (["--db", "stats", "import-text", "x.txt"], "import-text"),  # a library file named "stats"
        (["--lang", "kk", "--db", "a.sqlite", "audit"], "audit"),
        (["--db=a.sqlite", "renumber"], "renumber"),
        ([], "gui"),
        (["--db", "a.sqlite"], "gui"),
        (["--help"], None),
        (["-h", "stats"], None),
    ],
)
def test_the_command_is_found_before_parsing(argv: list[str], expected: str | None) -> None:
    assert command_name(argv) == expected


def _loaded_modules(*args: str, tmp_path: Path) -> set[str]:
    code = (
        "import sys\n"
        "sys.argv = ['silteme', *sys.argv[1:]]\n"
        "from app.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANGUAGE": "en"}
    result = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return set(result.stderr.split())


def test_stats_loads_neither_qt_nor_alembic_nor_the_word_and_format_code(tmp_path: Path) -> None:
    library = str(tmp_path / "library.sqlite")
    _loaded_modules("--db", library, "stats", tmp_path=tmp_path)  # the first start creates the schema
    loaded = _loaded_modules("--db", library, "stats", tmp_path=tmp_path)
    assert "app.commands.library_cmds" in loaded and "sqlalchemy" in loaded
    for heavy in (
        "PySide6", "alembic", "docx", "citeproc", "bibtexparser", "app.commands.word_cmds", "app.commands.format_cmds",
        "references.thesis.text_import",  # import-text's parser, beside stats in the same command module
        "references.text",
    ):
        assert heavy not in loaded, heavy


def test_help_still_lists_every_command(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANGUAGE": "en"}
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "--help"], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0
    for command in COMMAND_MODULES:
        assert command in result.stdout, command
