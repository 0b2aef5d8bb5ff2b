"""The citation styles Silteme ships, in ``resources/csl/`` (see SOURCES.md there)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Literal

from citeproc import CitationStylesStyle

StyleName = Literal["gost-numeric", "apa"]


@dataclass(frozen=True, slots=True)
class CslStyle:
    name: str
    file_name: str
    locale: str
    numeric: bool  # entries in the thesis's numbered order, each with its number
    # Puts the title in the author's place when there is no author (see citeproc_fixes).
    substitutes_title: bool = False


STYLES: dict[str, CslStyle] = {
    # The style's default locale is en-US; GOST is meant with Russian terms
    # (С., Т., №, под ред.), which citeproc-py ships as locales-ru-RU.xml.
    "gost-numeric": CslStyle("gost-numeric", "gost-r-7-0-5-2008-numeric.csl", "ru-RU", True),
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


def load_style(style: CslStyle) -> CitationStylesStyle:
    """A fresh citeproc style object (they are mutable, so never shared).

    The shipped files are checked against the CSL schema by the tests, so
    the slow schema validation is skipped here.
    """
    with style_resource(style).open("rb") as source:
        return CitationStylesStyle(source, locale=style.locale, validate=False)
