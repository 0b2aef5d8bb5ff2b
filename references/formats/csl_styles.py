"""The citation styles Silteme ships, in ``resources/csl/`` (see SOURCES.md there)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Literal

from citeproc import CitationStylesStyle
from citeproc.frontend import CitationStylesXML

StyleName = Literal["gost-numeric", "apa"]


@dataclass(frozen=True, slots=True)
class CslStyle:
    name: str
    file_name: str
    locale: str
    numeric: bool  # entries in the thesis's numbered order, each with its number
    # Puts the title in the author's place when there is no author (see citeproc_fixes).
    substitutes_title: bool = False
    # Whether the terms follow the document's language (GOST: Kazakh, Russian
    # or English terms); APA is an English style whatever the thesis's language.
    follows_document_language: bool = False


# A document's language -> the CSL locale of its bibliography's terms.
DOCUMENT_LOCALES = {"kk": "kk-KZ", "ru": "ru-RU", "en": "en-US"}
# Locales citeproc-py does not ship, shipped in resources/csl/ (see SOURCES.md).
SHIPPED_LOCALES = {"kk-KZ": "locales-kk-KZ.xml"}


STYLES: dict[str, CslStyle] = {
    # The style's default locale is en-US; GOST is meant with Russian terms
    # (С., Т., №, под ред.), which citeproc-py ships as locales-ru-RU.xml.
    "gost-numeric": CslStyle(
        "gost-numeric", "gost-r-7-0-5-2008-numeric.csl", "ru-RU", True, follows_document_language=True
    ),
    "apa": CslStyle("apa", "apa.csl", "en-US", False, substitutes_title=True),
}


def get_style(name: str) -> CslStyle:
    try:
        return STYLES[name]
    except KeyError:
        known = ", ".join(sorted(STYLES))
        raise ValueError(f"unknown citation style {name!r}; known styles: {known}") from None


def style_resource(style: CslStyle) -> Traversable:
    return resources.files("resources.csl").joinpath(style.file_name)


def style_locale(style: CslStyle, language: str | None) -> str:
    """The CSL locale of ``style``'s terms for a document in ``language``."""
    if style.follows_document_language and language in DOCUMENT_LOCALES:
        return DOCUMENT_LOCALES[language]
    return style.locale


def load_style(style: CslStyle, language: str | None = None) -> CitationStylesStyle:
    """A fresh citeproc style object (they are mutable, so never shared), with
    the terms of ``language`` (the document's) where the style follows it.

    The shipped files are checked against the CSL schema by the tests, so
    the slow schema validation is skipped here.
    """
    locale = style_locale(style, language)
    with style_resource(style).open("rb") as source:
        loaded = CitationStylesStyle(source, locale=locale, validate=False)
    if locale in SHIPPED_LOCALES:
        # citeproc-py reads locale files from its own package only: ours go in
        # before its en-US fallback, after the style's own terms.
        with resources.files("resources.csl").joinpath(SHIPPED_LOCALES[locale]).open("rb") as source:
            ours = CitationStylesXML(source, validate=False).root
        ours.style = loaded.root
        loaded.root.locales.insert(len(loaded.root.locales) - 1, ours)
    return loaded
