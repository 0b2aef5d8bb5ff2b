"""Which .bib files a LaTeX project uses, and in which order its bibliography is numbered.

``\\bibliography{a,b}`` (BibTeX, natbib) and ``\\addbibresource{a.bib}``
(biblatex) name the files. The order follows the style the preamble asks
for: BibTeX's ``unsrt``-like styles and biblatex's ``sorting=none`` number
works by first citation; ``plain``, ``alpha``, natbib's author-year styles
and biblatex's default ``nty`` sort by author, year and title. When the
preamble says nothing, first-citation order is used, and the summary says so.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePosixPath

from references.latex.scan import read_arguments
from references.latex.sources import Project

_BIBLIOGRAPHY = re.compile(r"\\(bibliography|addbibresource|addglobalbib|addsectionbib)(?![A-Za-z@])")
_STYLE = re.compile(r"\\bibliographystyle(?![A-Za-z@])")
_BIBLATEX = re.compile(r"\\(?:usepackage|RequirePackage)\s*(\[[^\]]*\])?\s*\{[^}]*\bbiblatex\b[^}]*\}")
_EXECUTE_OPTIONS = re.compile(r"\\ExecuteBibliographyOptions\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}")

# BibTeX styles that keep the order of first citation.
_UNSORTED_BST = {
    "unsrt", "unsrtnat", "unsrturl", "ieeetr", "ieeetran", "ieeetr-modified", "abbrvunsrt", "unsrtabbrv",
    "ugost2003", "ugost2008", "ugost2008l", "gost71u", "gost780u", "utf8gost71u",
    "utf8gost780u", "gost2008", "vancouver", "naturemag", "nature", "phjcp", "apsrev4-1", "apsrev4-2",
    "apsrev", "aipnum4-1", "revtex", "ama", "siam-unsrt", "elsarticle-num", "model1-num-names",
    "spphys", "splncs04", "iopart-num", "achemso", "rsc", "osajnl", "unsrtnat-fr", "plainurl-unsorted",
}
# biblatex styles whose default sorting is "none".
_UNSORTED_BIBLATEX = {"ieee", "ieee-alphabetic", "gost-numeric", "phys", "nature", "science", "chem-acs",
                      "chem-angew", "chem-biochem", "chem-rsc", "trad-unsrt", "vancouver", "numeric-comp-unsorted"}


@dataclass(frozen=True, slots=True)
class BibliographyPlan:
    files: tuple[str, ...]  # relative to the main folder, with .bib
    order: str  # "citation" | "list" (\\bibitem order) | "nty" | "nyt" | "ynt" | "ydnt" | "anyt" | "anyvt"
    reason: str  # what in the preamble decided the order, for the summary

    @property
    def by_citation(self) -> bool:
        return self.order == "citation"


def plan_bibliography(project: Project) -> BibliographyPlan:
    text = project.masked
    files: list[str] = []
    for match in _BIBLIOGRAPHY.finditer(text):
        spec = "{" if match.group(1) == "bibliography" else "[{"
        parsed = read_arguments(text, match.end(), spec)
        if parsed is None:
            continue
        argument = parsed[0][-1]
        assert argument is not None
        for name in argument.inner(text).split(","):
            name = name.strip()
            if not name:
                continue
            path = _bib_path(project, match.start(), name)
            if path not in files:
                files.append(path)
    order, reason = _order(project)
    if not files and re.search(r"\\begin\s*\{thebibliography\}", text):
        order, reason = "list", "a \\begin{thebibliography} list in the text, numbered in its own order"
    return BibliographyPlan(tuple(files), order, reason)


def _bib_path(project: Project, flat: int, name: str) -> str:
    relative = name if name.lower().endswith(".bib") else name + ".bib"
    where, _ = project.locate(flat)
    candidates = [PurePosixPath(relative)]
    if where:
        candidates.append(PurePosixPath(where).parent / relative)
    for candidate in candidates:
        if (project.root / candidate).is_file():
            return str(candidate)
    return str(candidates[0])


def _order(project: Project) -> tuple[str, str]:
    text = project.masked
    biblatex = _BIBLATEX.search(text)
    if biblatex:
        options = _options(biblatex.group(1) or "")
        for extra in _EXECUTE_OPTIONS.finditer(text):
            options.update(_options("[" + extra.group(1) + "]"))
        sorting = options.get("sorting")
        if sorting:
            if sorting == "none":
                return "citation", "biblatex sorting=none"
            if sorting in ("nty", "nyt", "ynt", "ydnt", "anyt", "anyvt", "nyvt"):
                return sorting, f"biblatex sorting={sorting}"
            return "nty", f"biblatex sorting={sorting} (sorted by name, title, year)"
        style = options.get("style") or options.get("bibstyle") or "numeric"
        if style in _UNSORTED_BIBLATEX:
            return "citation", f"biblatex style={style}, whose default sorting is none"
        return "nty", f"biblatex style={style} without a sorting option (biblatex's default sorting, nty)"
    style_match = _STYLE.search(text)
    if style_match:
        parsed = read_arguments(text, style_match.end(), "{")
        if parsed is not None:
            argument = parsed[0][0]
            assert argument is not None
            style = argument.inner(text).strip()
            if style.lower() in _UNSORTED_BST or "unsrt" in style.lower():
                return "citation", f"\\bibliographystyle{{{style}}}"
            return "nyt", f"\\bibliographystyle{{{style}}} sorts by author, year and title"
    return "citation", "no bibliography style in the preamble; first-citation order (unsrt) was used"


def _options(bracketed: str) -> dict[str, str]:
    options: dict[str, str] = {}
    for part in bracketed.strip("[]").split(","):
        if "=" in part:
            key, value = part.split("=", 1)
            options[key.strip().lower()] = value.strip().lower()
    return options


def sort_key(order: str, authors: str, title: str, year: str) -> tuple[str, ...]:
    """The key a sorting style orders entries by; authors/title/year are plain text."""
    name, title_key, year_key = _fold(authors), _fold(title), year.strip()
    if order == "ynt":
        return (year_key, name, title_key)
    if order == "ydnt":
        return (_descending(year_key), name, title_key)
    if order in ("nyt", "nyvt"):
        return (name, year_key, title_key)
    return (name, title_key, year_key)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def _descending(year: str) -> str:
    digits = "".join(c for c in year if c.isdigit())[:4]
    return str(9999 - int(digits)).zfill(4) if digits else "9999"
