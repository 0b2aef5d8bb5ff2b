"""The domain's refusals in the person's language, on the command line and in the window (issue 17).

The domain carries English templates with their values (``models.messages``);
the catalogues hold their Kazakh and Russian translations, extracted by the
same ``build update`` as the app's strings, and the app translates them when
it shows an error.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.i18n import catalog, sentence
from app.i18n.build import extract
from app.i18n.qt import switcher
from app.main_window import MainWindow
from models.db import Library
from references.errors import InputError
from references.review.annotations import ReviewErrors, check_choice
from tests.app.library.test_gui_library_support import (  # noqa: F401 - fixtures
    controller,
    reference_id,
    sql,
    type_text,
    window,
)
from tests.conftest import ROOT

SILTEME = Path(sys.executable).with_name("silteme")


def domain_templates() -> set[tuple[str, str]]:
    """(context, template) of every ``XErrors.tr("...")`` in references/ and models/."""
    found = set()
    for path in sorted(p for folder in ("references", "models") for p in (ROOT / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id.endswith("Errors")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add((node.func.value.id, node.args[0].value))
    return found


def placeholders(text: str) -> list[str]:
    return sorted(set(re.findall(r"%\d", text)))


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_domain_sentence_is_translated(language: str) -> None:
    templates = domain_templates()
    assert len(templates) > 200
    messages = catalog.load_catalogue(catalog.catalogue_path(language))
    untranslated, broken = [], []
    for context, template in sorted(templates):
        message = messages.get((context, template, ""))
        if message is None:
            untranslated.append(f"{context}: {template}")
            continue
        translation = message.translations[0]
        if placeholders(translation) != placeholders(template):
            broken.append(f"{context}: {template} -> {translation}")
        # A sentence left in English (proper names and bare placeholders aside).
        if re.sub(r"%\d|[^A-Za-z ]", "", template).strip() and translation == template:
            untranslated.append(f"{context}: {template}")
    assert not untranslated, "\n".join(untranslated)
    assert not broken, "\n".join(broken)


def test_build_update_extracts_the_domain_sentences(tmp_path: Path) -> None:
    """``python -m app.i18n.build update`` runs this same extraction into the catalogues."""
    target = tmp_path / "domain.ts"
    extract(target)
    messages = catalog.load_catalogue.__wrapped__(target)  # unfinished ones are read as absent
    assert not messages
    import xml.etree.ElementTree as ET

    extracted = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(target).getroot().iter("context")
        for message in context.iter("message")
    }
    missing = domain_templates() - extracted
    assert not missing, missing
    # The escapes of the source (\\bibliography) reach the catalogue as the running code has them.
    assert any("\\bibliography or \\addbibresource" in source for _c, source in extracted)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SILTEME), *args], capture_output=True, text=True, timeout=120, cwd=ROOT)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("kk", "{path} — файл емес, қалта; ештеңе импортталмады."),
        ("ru", "{path} — папка, а не файл; ничего не импортировано."),
        ("en", "{path} is a folder, not a file; nothing was imported."),
    ],
)
def test_a_refusal_of_the_domain_speaks_the_chosen_language(tmp_path: Path, language: str, expected: str) -> None:
    folder = tmp_path / "Диссертация"
    folder.mkdir()
    result = run_cli("--lang", language, "--db", str(tmp_path / "l.sqlite"), "import-text", str(folder))
    assert result.returncode == 1
    assert result.stderr == "silteme: " + expected.format(path=folder) + "\n"
    if language != "en":
        said = result.stderr.replace(str(folder), "").removeprefix("silteme: ")
        assert not re.search(r"[A-Za-z]", said), said  # no English word left


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("kk", "Белгісіз баға: 'maybe'; мыналардың бірін қолданыңыз: supported, partly."),
        ("ru", "Неизвестное значение «оценка»: 'maybe'; используйте одно из: supported, partly."),
    ],
)
def test_a_value_that_is_a_sentence_is_translated_too(language: str, expected: str) -> None:
    """check_choice names what was wrong ("verdict") with a message of its own."""
    with pytest.raises(InputError) as refused:
        check_choice("maybe", ("supported", "partly"), ReviewErrors.tr("verdict"))
    assert str(refused.value) == "Unknown verdict 'maybe'; use one of: supported, partly."
    catalog.set_language(language)
    catalog.use_translator(None)  # the command line's reader (a window earlier in the run installs Qt's)
    try:
        assert sentence(refused.value) == expected
    finally:
        catalog.set_language("en")


@pytest.fixture
def in_kazakh(qapp: QApplication) -> Iterator[None]:
    switcher().apply("kk")
    yield
    switcher().apply("en")
    catalog.use_translator(None)


def test_the_window_shows_a_refusal_of_the_domain_in_kazakh(
    in_kazakh: None, window: MainWindow, controller, sample_library: Library, qtbot: QtBot  # noqa: F811
) -> None:
    shown = controller.open_window(reference_id(sample_library, 4))
    assert shown.editor.details is not None
    key = shown.editor.key_edit
    key.setFocus()
    key.selectAll()
    type_text(key, "REF3")
    qtbot.keyClick(key, Qt.Key.Key_Return)
    said = shown.editor.problem_text("key")
    assert said == "'REF3' кілтін [3] дереккөзі (ref3) қолданып тұр; кілттер қайталанбауы керек."
    assert sql(sample_library, 'SELECT key FROM "references" WHERE number = 4') == [("ref4",)]
    shown.close()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("kk", "Сіздің рөліңіз (reviewer) мынаған рұқсат бермейді: дереккөздерді қайта нөмірлеу."),
        ("ru", "Ваша роль (reviewer) не позволяет перенумеровывать источники."),
        ("en", "Your role (reviewer) cannot renumber references."),
    ],
)
def test_a_role_refusal_names_the_action_in_the_language(language: str, expected: str) -> None:
    from references.team.identity import Identity
    from references.thesis.renumbering import ThesisErrors

    refusal = Identity("bob", "reviewer").refusal(ThesisErrors.tr("renumber references"))
    assert str(refusal) == "Your role (reviewer) cannot renumber references."
    catalog.set_language(language)
    catalog.use_translator(None)
    try:
        assert sentence(refusal) == expected
    finally:
        catalog.set_language("en")
