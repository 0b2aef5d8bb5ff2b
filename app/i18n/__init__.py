"""Kazakh, Russian and English (issue 17).

Qt-free: the command line imports this package. The window's side (Qt's
translators, switching language at run time) is ``app.i18n.qt``.
"""

from app.i18n.catalog import (
    LANGUAGE_NAMES,
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    Translations,
    current_language,
    fill,
    format_datetime,
    format_number,
    language_from_environment,
    sentence,
    set_language,
)

__all__ = [
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "QT_TRANSLATE_NOOP",
    "Translations",
    "current_language",
    "fill",
    "format_datetime",
    "format_number",
    "language_from_environment",
    "sentence",
    "set_language",
]
