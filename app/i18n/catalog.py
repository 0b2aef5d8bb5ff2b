"""Translations without Qt: the same Qt Linguist catalogues, read by Python.

The window translates through Qt (``QTranslator`` on the compiled ``.qm``);
the command line must not import PySide6, so it reads the ``.ts`` sources
(XML, kept in the repository) itself. One set of catalogues, one extraction
(``pyside6-lupdate``), two readers.

Code that is not a QObject names its context with a ``Translations`` object
whose variable has the context's name, so that lupdate files its strings
under that context and sees plural messages::

    BibCommands = Translations("BibCommands")
    BibCommands.tr("Imported %n reference(s).", "", count)

In the window, ``app.i18n.qt`` routes ``Translations.tr`` through Qt.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from models.messages import Message as DomainMessage
from models.messages import fill  # noqa: F401 - app.i18n.fill, one implementation for the app and the domain

CATALOGUE_DIR = Path(__file__).resolve().parent
LANGUAGES = ("kk", "ru", "en")
SOURCE_LANGUAGE = "en"
# How each language names itself (shown untranslated in the language menu).
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


def catalogue_path(language: str, suffix: str = ".ts") -> Path:
    return CATALOGUE_DIR / f"silteme_{language}{suffix}"


# --- plural rules (the same forms, in the same order, as Qt Linguist's) ----------


def plural_form(language: str, n: int) -> int:
    """Index of the plural form of ``n`` in a catalogue of ``language``.

    Russian has three forms (1, 21 / 2-4, 22 / 5-20, 0); Kazakh and English
    two (1 / the rest), as Qt's numerus rules number them.
    """
    n = abs(n)
    if language == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


# --- numbers -------------------------------------------------------------------

# Kazakh and Russian group thousands with a no-break space and write a decimal comma.
_GROUP = {"kk": "\u00a0", "ru": "\u00a0", "en": ","}
_DECIMAL = {"kk": ",", "ru": ",", "en": "."}


def format_number(
    value: float, language: str | None = None, decimals: int | None = None
) -> str:
    """``12345`` -> "12 345" in Kazakh and Russian, "12,345" in English."""
    language = language or current_language()
    text = f"{value:,.{decimals}f}" if decimals is not None else f"{value:,}"
    group, decimal = _GROUP.get(language, ","), _DECIMAL.get(language, ".")
    return text.replace(",", "\0").replace(".", decimal).replace("\0", group)


# Dates as each language writes them: day.month.year in Kazakh and Russian.
_DATETIME = {"kk": "%d.%m.%Y %H:%M:%S", "ru": "%d.%m.%Y %H:%M:%S", "en": "%Y-%m-%d %H:%M:%S"}


def format_datetime(moment: datetime, language: str | None = None) -> str:
    """``2026-12-02 04:49:22`` in English, ``02.12.2026 04:49:22`` in Kazakh and Russian."""
    return moment.strftime(_DATETIME.get(language or current_language(), _DATETIME["en"]))


# --- catalogues ------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translations: tuple[str, ...]  # one, or one per plural form
    numerus: bool


Key = tuple[str, str, str]  # context, source, disambiguation ("" for none)


@lru_cache(maxsize=8)
def load_catalogue(path: Path) -> Mapping[Key, Message]:
    """Every finished message of a ``.ts`` file (unfinished ones fall back to English)."""
    if not path.is_file():
        return {}
    messages: dict[Key, Message] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            message = _message(name, element)
            if message is not None:
                messages[(name, message.source, message.comment)] = message
    return messages


def _message(context: str, element: ET.Element) -> Message | None:
    translation = element.find("translation")
    if translation is None or translation.get("type") in (
        "unfinished",
        "obsolete",
        "vanished",
    ):
        return None
    numerus = element.get("numerus") == "yes"
    if numerus:
        forms = tuple(form.text or "" for form in translation.iter("numerusform"))
    else:
        forms = (translation.text or "",)
    if not any(forms):
        return None
    return Message(
        context,
        element.findtext("source") or "",
        element.findtext("comment") or "",
        forms,
        numerus,
    )


# --- the current language and the translator behind ``Translations.tr`` ---------

_state: dict[str, str] = {"language": SOURCE_LANGUAGE}


def current_language() -> str:
    return _state["language"]


def set_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(
            f"unknown language {language!r}; Silteme speaks {', '.join(LANGUAGES)}"
        )
    _state["language"] = language


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for, as gettext reads it: LANGUAGE
    (a colon-separated list) first, then LC_ALL, LC_MESSAGES and LANG; English
    when none of them names Kazakh or Russian."""
    environ = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if not value or (
            variable == "LANGUAGE" and environ.get("LC_ALL", "") in ("C", "POSIX")
        ):
            continue
        for item in value.split(":"):
            found = language_code(item)
            if found is not None:
                return found
        if variable != "LANGUAGE":
            break  # LC_ALL / LC_MESSAGES / LANG: the first one set decides
    return SOURCE_LANGUAGE


def language_code(name: str) -> str | None:
    """ "kk_KZ.UTF-8" -> "kk"; "ru-RU" -> "ru"; "C" -> None."""
    code = re.split(r"[_.@-]", name.strip(), maxsplit=1)[0].lower()
    return code if code in LANGUAGES else None


def _catalogue_translate(
    context: str, source: str, disambiguation: str | None, n: int
) -> str:
    language = current_language()
    key = (context, source, disambiguation or "")
    message = load_catalogue(catalogue_path(language)).get(key)
    if message is None:
        text = source
    elif message.numerus:
        forms = message.translations
        text = forms[min(plural_form(language, n), len(forms) - 1)]
    else:
        text = message.translations[0]
    if n >= 0:
        text = text.replace("%Ln", format_number(n, language)).replace("%n", str(n))
    return text


Translator = Callable[[str, str, "str | None", int], str]
_translator: list[Translator] = [_catalogue_translate]


def use_translator(translator: Translator | None) -> None:
    """Route every ``Translations.tr`` through ``translator`` (the window uses
    Qt's); ``None`` goes back to reading the catalogues here."""
    _translator[0] = translator or _catalogue_translate


class Translations:
    """The strings of one context, for code that is not a QObject."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return _translator[0](self.context, source, disambiguation, n)


def sentence(said: object) -> str:
    """What an error (or a domain ``Message``) says, in the current language.

    The domain's errors carry an English template with its context and
    values (``models.messages``); it is translated here, through the same
    translator as ``Translations.tr`` (Qt's in the window, the catalogue
    reader in the CLI), and filled in one pass. Anything else, and an error
    whose class words its own sentence, is shown as ``str()`` gives it.
    """
    message = said
    if isinstance(said, BaseException):
        message = getattr(said, "message", None)
        if not isinstance(message, DomainMessage) or str(said) != str(message):
            return str(said)
    if isinstance(message, DomainMessage):
        return message.render(lambda context, template: _translator[0](context, template, None, -1))
    return str(said)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for extraction under ``context``; it is translated later."""
    return source
