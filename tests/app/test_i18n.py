"""Kazakh, Russian and English: the catalogues, the command line's language,
and the window switching language while it runs (issue 17)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from app.i18n import catalog
from app.i18n.build import ensure_released
from app.i18n.cli_text import language_from_arguments
from app.i18n.qt import SETTINGS_LANGUAGE, switcher
from app.main_window import MainWindow
from models.db import Library
from tests.app.test_gui_support import close_window, open_window
from tests.conftest import ROOT

SILTEME = Path(sys.executable).with_name("silteme")


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    """Whatever a test switches to, the next test starts in English again."""
    yield
    switcher().apply("en")
    catalog.use_translator(None)


# --- the catalogues ----------------------------------------------------------


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_qt_free_reading_of_the_catalogue_agrees_with_qt(language: str, qapp: QApplication, english_afterwards: None) -> None:
    """The command line reads the .ts itself; Qt reads the compiled .qm. Every
    message, with every plural form, must come out the same from both."""
    ensure_released()
    translator = QTranslator()
    assert translator.load(str(catalog.catalogue_path(language, ".qm")))
    messages = catalog.load_catalogue(catalog.catalogue_path(language))
    assert len(messages) > 100
    catalog.set_language(language)
    catalog.use_translator(None)
    for (context, source, comment), message in messages.items():
        counts = (0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 101, 111, 1000) if message.numerus else (-1,)
        for n in counts:
            ours = catalog.Translations(context).tr(source, comment or None, n)
            qt = translator.translate(context, source, comment or None, n)
            if n >= 0:  # QTranslator leaves %n to QCoreApplication.translate
                qt = qt.replace("%Ln", catalog.format_number(n, language)).replace("%n", str(n))
            assert ours == qt, (context, source, n)


def test_russian_and_kazakh_plural_forms() -> None:
    claims = catalog.Translations("MainWindow")
    expected_ru = {1: "1 утверждение", 2: "2 утверждения", 5: "5 утверждений", 11: "11 утверждений",
                   21: "21 утверждение", 22: "22 утверждения", 111: "111 утверждений"}
    catalog.set_language("ru")
    try:
        assert {n: claims.tr("%Ln claim(s)", "", n) for n in expected_ru} == expected_ru
        assert claims.tr("%Ln claim(s)", "", 12345) == "12\u00a0345 утверждений"
        catalog.set_language("kk")
        # Kazakh keeps the noun singular after a number.
        assert [claims.tr("%Ln claim(s)", "", n) for n in (1, 2, 5)] == ["1 тұжырым", "2 тұжырым", "5 тұжырым"]
        catalog.set_language("en")
        assert [claims.tr("%Ln claim(s)", "", n) for n in (1, 2)] == ["1 claim", "2 claims"]
        assert claims.tr("%Ln claim(s)", "", 12345) == "12,345 claims"
    finally:
        catalog.set_language("en")


def test_fill_is_one_pass() -> None:
    assert catalog.fill("%1 → %2", "key%2", "x") == "key%2 → x"
    assert catalog.fill("%1 and %3", "a") == "a and %3"
    assert catalog.fill("%1 %10 %12", *"abcdefghijkl") == "a j l"
    assert catalog.fill("%10 items", "a") == "a0 items"


def test_message_arguments_are_filled_in_one_place() -> None:
    # Every message argument goes through app.i18n's fill: no copy of it, and
    # no chained .replace("%1", …) that would fill a value holding "%2" again.
    import ast
    import re

    copies, chained = [], []
    for path in sorted((ROOT / "app").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef) and node.name == "fill" and path.name != "catalog.py":
                copies.append(path.relative_to(ROOT).as_posix())
        if re.search(r"""\.replace\(\s*["']%\d""", source):
            chained.append(path.relative_to(ROOT).as_posix())
    assert copies == [] and chained == []


# --- the command line --------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "kk_KZ.UTF-8"}, "kk"),
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANGUAGE": "ru:en", "LANG": "kk_KZ.UTF-8"}, "ru"),
        ({"LANGUAGE": "de:kk", "LANG": "en_US.UTF-8"}, "kk"),
        ({"LC_ALL": "ru_RU.UTF-8", "LANG": "kk_KZ.UTF-8"}, "ru"),
        ({"LC_ALL": "C", "LANGUAGE": "kk"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_language_from_the_environment(environ: dict[str, str], expected: str) -> None:
    assert catalog.language_from_environment(environ) == expected


def test_lang_option_is_found_before_the_parser_is_built() -> None:
    assert language_from_arguments(["--lang", "kk", "stats"]) == "kk"
    assert language_from_arguments(["--db", "x", "--lang=ru", "stats"]) == "ru"
    assert language_from_arguments(["stats", "--", "--lang", "kk"]) is None


def run_cli(*args: str, **environ: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(environ)
    return subprocess.run([str(SILTEME), *args], capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)


def test_help_speaks_the_chosen_language() -> None:
    kk = run_cli("--lang", "kk", "--help")
    assert kk.returncode == 0
    assert kk.stdout.startswith("қолданылуы: silteme")
    assert "осы анықтаманы көрсетіп, шығу" in kk.stdout
    ru = run_cli("--help", LANG="ru_RU.UTF-8")
    assert ru.stdout.startswith("использование: silteme")
    assert "библиотека: файл SQLite" in ru.stdout
    en = run_cli("--help", LANGUAGE="en", LANG="kk_KZ.UTF-8")
    assert en.stdout.startswith("usage: silteme")


def test_usage_errors_speak_the_chosen_language(tmp_path: Path) -> None:
    result = run_cli("--db", str(tmp_path / "l.sqlite"), "no-such-command", LANG="kk_KZ.UTF-8")
    assert result.returncode == 2
    assert "silteme: қате:" in result.stderr
    assert "жарамсыз таңдау: 'no-such-command'" in result.stderr


def test_the_command_line_never_imports_qt_in_any_language(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from app.cli import main\n"
        f"main(['--lang', 'kk', '--db', {str(tmp_path / 'l.sqlite')!r}, 'stats'])\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))], 'Qt was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr


# --- the window ----------------------------------------------------------------


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def language_action(window: MainWindow, language: str | None):
    menu = window.language_menu
    return menu.system_action if language is None else menu.actions_by_language[language]


def test_switching_language_while_the_window_runs(
    qtbot: QtBot, sample_library: Library, tmp_path: Path, english_afterwards: None
) -> None:
    window = open_window(qtbot, sample_library, tmp_path)
    try:
        english_menus = menu_titles(window)
        assert "&File" in english_menus and "&Settings" in english_menus
        english_counts = window.counts_label.text()
        assert "claims" in english_counts

        language_action(window, "kk").trigger()
        assert window.settings.value(SETTINGS_LANGUAGE) == "kk"
        assert menu_titles(window)[:3] == ["&Файл", "Ө&ңдеу", "&Көрініс"]
        assert window.claims_dock.windowTitle() == "Тұжырымдар"
        assert window.counts_label.text().endswith("дереккөз")
        header = window.claims_dock.table.model().headerData(1, window.claims_dock.table.horizontalHeader().orientation())
        assert header == "Сөйлем"
        # Qt's own catalogue came too: the standard buttons of a dialog.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Бас тарту"

        language_action(window, "ru").trigger()
        assert menu_titles(window)[:3] == ["&Файл", "&Правка", "&Вид"]
        assert window.claims_dock.windowTitle() == "Утверждения"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"

        # Undo names its step in the language of the moment, also after a switch.
        window.undo_stack.push(QUndoCommand("x"))
        assert window.undo_action.text() == "&Отменить: x"
        window.undo_stack.undo()
        assert window.redo_action.text() == "&Повторить: x"

        language_action(window, "en").trigger()
        assert window.redo_action.text() == "&Redo x"
        assert menu_titles(window) == english_menus
        assert window.counts_label.text() == english_counts
        file_menu = window.menuBar().actions()[0].menu()
        assert isinstance(file_menu, QMenu)
        assert [a.text() for a in file_menu.actions() if a.text()][:3] == ["&Open Library…", "Open &Recent", "&Import"]
        assert [a.text() for a in window.import_menu.actions()] == [
            "&Import Text…", "&Word Document…", "&LaTeX Project…", "&PDF…"]
    finally:
        close_window(window)
