"""LaTeX source of one paragraph -> the text a reader sees (pylatexenc).

Accents and special letters become Unicode, ``--``/``---`` dashes, ``~`` a
space, ``\\\\`` a line break, formatting commands leave their text; math and
verbatim are kept as written. Commands that only lay out the page (labels,
spacing, index entries) leave nothing. Characters from Unicode's private
use area pass through untouched: the body parser uses them as placeholders
for citations and footnotes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec
from pylatexenc.latex2text import get_default_latex_context_db as text_context_db
from pylatexenc.latexwalker import LatexWalker, LatexWalkerError, get_default_latex_context_db
from pylatexenc.macrospec import MacroSpec

from references.latex.scan import max_depth

# pylatexenc recurses once per nested group; deeper paragraphs are converted
# by the plain fallback below instead (no real thesis nests this deep).
MAX_DEPTH = 40

# Commands whose arguments are not text: they leave nothing.
_DISCARD = {
    "label": "{", "index": "{", "glossary": "{", "vspace": "*{", "hspace": "*{", "addcontentsline": "{{{",
    "addtocontents": "{{", "pagestyle": "{", "thispagestyle": "{", "setcounter": "{{", "addtocounter": "{{",
    "setlength": "{{", "includegraphics": "*[{", "bibliographystyle": "{", "bibliography": "{",
    "addbibresource": "[{", "printbibliography": "[", "phantomsection": "", "centering": "",
    "noindent": "", "clearpage": "", "newpage": "", "cleardoublepage": "", "pagebreak": "[",
    "linebreak": "[", "maketitle": "", "tableofcontents": "", "listoffigures": "", "listoftables": "",
    "frontmatter": "", "mainmatter": "", "backmatter": "", "appendix": "", "hline": "", "toprule": "[",
    "midrule": "[", "bottomrule": "[", "cline": "{", "cmidrule": "[{", "vfill": "", "hfill": "",
    "smallskip": "", "medskip": "", "bigskip": "", "onehalfspacing": "", "doublespacing": "",
    "singlespacing": "", "selectlanguage": "{", "nopagebreak": "[", "protect": "", "footnotemark": "[",
    "rowcolor": "[{", "cellcolor": "[{", "arraystretch": "", "small": "", "footnotesize": "",
    "normalsize": "", "large": "", "Large": "", "scriptsize": "", "tiny": "", "huge": "", "Huge": "",
    "graphicspath": "{", "nomenclature": "[{{", "printnomenclature": "[", "makenomenclature": "",
    "printindex": "", "printthesisindex": "", "includeonly": "{", "hypersetup": "{", "pagenumbering": "{",
    "glsaddall": "", "printglossary": "[", "printglossaries": "", "newline": "", "FloatBarrier": "",
}
_TEXT = {
    "href": ("{{", "%(2)s"),
    "LaTeX": ("", "LaTeX"),
    "TeX": ("", "TeX"),
    "LaTeXe": ("", "LaTeX2e"),
    "today": ("", "\\today"),
    "S": ("", "§"),
    "ref": ("*{", "%(2)s"),
    "autoref": ("*{", "%(2)s"),
    "cref": ("*{", "%(2)s"),
    "Cref": ("*{", "%(2)s"),
    "pageref": ("*{", "%(2)s"),
    "eqref": ("{", "(%(1)s)"),
    "url": ("{", "%(1)s"),
    "textcolor": ("{{", "%(2)s"),
    "foreignlanguage": ("[{{", "%(3)s"),
    "enquote": ("*{", "“%(2)s”"),
    "mbox": ("{", "%(1)s"),
}
_SPACES = re.compile(r"[ \t\r\n\u00a0\u2000-\u200b]+")
_PLAIN_COMMAND = re.compile(r"\\[A-Za-z@]+\*?|\\.|[{}]")


@lru_cache(maxsize=1)
def _contexts() -> tuple[object, LatexNodes2Text]:
    walker = get_default_latex_context_db()
    walker.add_context_category(
        "silteme",
        prepend=True,
        macros=[MacroSpec(name, spec) for name, spec in _DISCARD.items()]
        + [MacroSpec(name, spec) for name, (spec, _) in _TEXT.items()],
    )
    text = text_context_db()
    text.add_context_category(
        "silteme",
        prepend=True,
        macros=[MacroTextSpec(name, discard=True) for name in _DISCARD]
        + [MacroTextSpec(name, simplify_repl=repl) for name, (_, repl) in _TEXT.items()],
    )
    return walker, LatexNodes2Text(math_mode="verbatim", latex_context=text)


def latex_to_text(source: str, *, keep_lines: bool = False) -> str:
    """The reader's text of ``source``: spaces collapsed (line breaks kept with ``keep_lines``)."""
    text = _convert(source)
    text = text.replace("\u00ad", "")
    if keep_lines:
        return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _SPACES.sub(" ", text).strip()


def _convert(source: str) -> str:
    if max_depth(source) > MAX_DEPTH:
        return _plain(source)
    walker_context, converter = _contexts()
    try:
        walker = LatexWalker(source, latex_context=walker_context, tolerant_parsing=True)
        nodes, _, _ = walker.get_latex_nodes()
        return converter.nodelist_to_text(nodes)
    except (LatexWalkerError, IndexError, KeyError, ValueError, RecursionError):
        return _plain(source)


def _plain(source: str) -> str:
    """Commands and braces dropped, everything else kept: the last resort."""
    return _PLAIN_COMMAND.sub(lambda m: m.group()[1] if m.group()[:1] == "\\" and len(m.group()) == 2 else "", source)
