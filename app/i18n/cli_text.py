"""The command line's language: ``--lang``, LANGUAGE / LANG, and argparse's own words.

argparse writes "usage:", "options", "error:" and its complaints through
``gettext``; ``install`` routes those through Silteme's catalogues (context
"argparse"), so ``silteme --lang kk --help`` is Kazakh from its first word.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from app.i18n.catalog import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    Translations,
    language_code,
    language_from_environment,
    set_language,
    use_translator,
)

argparse_strings = Translations("argparse")

# The messages of argparse a person can meet (the rest are programming errors).
ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP(
        "argparse", "ambiguous option: %(option)s could match %(matches)s"
    ),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP(
        "argparse", "invalid choice: %(value)r (choose from %(choices)s)"
    ),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _gettext(message: str) -> str:
    return argparse_strings.tr(message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return argparse_strings.tr(singular if n == 1 else plural)


def install() -> None:
    """argparse speaks the current language (it looks its gettext up when it speaks)."""
    argparse._ = _gettext  # type: ignore[attr-defined]  # argparse's module-level gettext alias
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


def language_from_arguments(argv: Sequence[str]) -> str | None:
    """The language named by ``--lang X`` / ``--lang=X`` before the command, if any."""
    for index, item in enumerate(argv):
        if item == "--":
            break
        if item == "--lang" and index + 1 < len(argv):
            return language_code(argv[index + 1])
        if item.startswith("--lang="):
            return language_code(item.split("=", 1)[1])
    return None


def choose_language(argv: Sequence[str]) -> str:
    """``--lang``, else LANGUAGE / LC_ALL / LC_MESSAGES / LANG; set for every message after."""
    language = language_from_arguments(argv) or language_from_environment()
    set_language(language)
    use_translator(None)  # the catalogues read here; a window opened later installs Qt's
    install()
    return language


__all__ = ["LANGUAGES", "choose_language", "install", "language_from_arguments"]
