"""LaTeX in field values: decode it for people, escape what people type.

``latex_to_unicode`` turns the LaTeX that .bib files are full of
(``{\\"O}zt{\\"u}rk``, ``Bronis{\\l}aw``, ``{\\c{C}}``, ``Stra\\ss e``,
``{{An} amazing {title}}``) into the text a reader sees. It knows the
accent and letter commands of plain LaTeX and the text-mode escapes; any
other command is dropped and its argument kept (``\\emph{x}`` -> ``x``);
math between ``$`` is kept as written. UTF-8 text passes through unchanged,
which is what Kazakh and Russian titles are.

``escape_latex`` is the inverse for text a user typed: it escapes the ten
characters LaTeX treats specially, and nothing else (Cyrillic stays
Unicode; bibtexparser's latex-encoding middleware would turn it into
``{\\cyrkdsc}`` macros, which no Kazakh reader can check).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

# Accent commands -> combining marks (applied to the next letter or group).
_ACCENTS: dict[str, str] = {
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    '"': "\u0308",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "u": "\u0306",
    "v": "\u030c",
    "H": "\u030b",
    "c": "\u0327",
    "k": "\u0328",
    "r": "\u030a",
    "d": "\u0323",
    "b": "\u0331",
    "t": "\u0361",
}

# Commands that stand for one character (or a short text).
_SYMBOLS: dict[str, str] = {
    "ss": "ß",
    "SS": "SS",
    "i": "ı",
    "j": "ȷ",
    "l": "ł",
    "L": "Ł",
    "o": "ø",
    "O": "Ø",
    "ae": "æ",
    "AE": "Æ",
    "oe": "œ",
    "OE": "Œ",
    "aa": "å",
    "AA": "Å",
    "dh": "ð",
    "DH": "Ð",
    "th": "þ",
    "TH": "Þ",
    "ng": "ŋ",
    "NG": "Ŋ",
    "dj": "đ",
    "DJ": "Đ",
    "textbackslash": "\\",
    "textasciitilde": "~",
    "textasciicircum": "^",
    "textunderscore": "_",
    "textbraceleft": "{",
    "textbraceright": "}",
    "textendash": "–",
    "textemdash": "—",
    "textquoteleft": "‘",
    "textquoteright": "’",
    "textquotedblleft": "“",
    "textquotedblright": "”",
    "guillemotleft": "«",
    "guillemotright": "»",
    "textellipsis": "…",
    "ldots": "…",
    "dots": "…",
    "S": "§",
    "P": "¶",
    "copyright": "©",
    "textregistered": "®",
    "texttrademark": "™",
    "textdegree": "°",
    "euro": "€",
    "pounds": "£",
    "LaTeX": "LaTeX",
    "TeX": "TeX",
    "BibTeX": "BibTeX",
    "quad": " ",
    "qquad": " ",
}

# Control symbols: a backslash and one non-letter.
_CONTROL_SYMBOLS: dict[str, str] = {
    "&": "&",
    "%": "%",
    "$": "$",
    "#": "#",
    "_": "_",
    "{": "{",
    "}": "}",
    " ": " ",
    "\n": " ",
    "\t": " ",
    ",": " ",
    ";": " ",
    ":": " ",
    "!": "",
    "-": "",  # discretionary hyphen
    "/": "",  # italic correction
    "@": "",
    "\\": " ",  # forced line break
}

# Commands whose argument is for sorting only and never printed
# (btxdoc's \noopsort idiom, as in xampl.bib's ``{\noopsort{1973b}}1973``).
_DROP_WITH_ARGUMENT = frozenset({"noopsort"})

_LIGATURES = (("---", "—"), ("--", "–"), ("``", "“"), ("''", "”"))

_ESCAPES = str.maketrans(
    {
        "\\": r"\textbackslash{}",
        # Not \{ and \}: BibTeX counts escaped braces too, and one typed
        # brace would leave the value unbalanced.
        "{": r"\textbraceleft{}",
        "}": r"\textbraceright{}",
        "&": r"\&",
        "%": r"\%",
        "$": r"\$",
        "#": r"\#",
        "_": r"\_",
        "~": r"\textasciitilde{}",
        "^": r"\textasciicircum{}",
    }
)


def escape_latex(text: str) -> str:
    """``text`` as typed by a user, safe inside a braced BibTeX value.

    Only LaTeX's special characters are escaped; letters of any script stay
    as they are. ``latex_to_unicode`` reverses it (up to TeX's ligatures
    ``--``, ``---``, ``````, ``''``, which it renders as typography).
    """
    return text.translate(_ESCAPES)


def latex_to_unicode(text: str) -> str:
    """The human text of a LaTeX snippet (a field value without delimiters)."""
    if "\\" not in text and "{" not in text and "}" not in text and "~" not in text:
        return unicodedata.normalize("NFC", _ligatures(text))
    return unicodedata.normalize("NFC", _Decoder(text).decode())


def _ligatures(text: str) -> str:
    if "-" not in text and "`" not in text and "'" not in text:
        return text
    for ascii_form, typeset in _LIGATURES:
        text = text.replace(ascii_form, typeset)
    return text


# Groups and accents nest by calls, at most this deep: deeper braces are read as
# plain grouping in the same loop, so a hostile value of a thousand nested braces
# costs no recursion (no real field nests more than a handful).
MAX_NESTING = 48


class _Decoder:
    """A single left-to-right pass over LaTeX text mode."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.depth = 0  # groups and accent arguments open through calls

    def decode(self) -> str:
        return self._until_group_end()

    def _until_group_end(self) -> str:
        """Decode up to the ``}`` closing the current group (or the end)."""
        out: list[str] = []
        literal: list[str] = []  # plain run, ligatures applied when flushed

        def flush() -> None:
            if literal:
                out.append(_ligatures("".join(literal)))
                literal.clear()

        text = self.text
        flat = 0  # groups past MAX_NESTING, opened and closed inside this loop
        while self.pos < len(text):
            char = text[self.pos]
            if char == "}":
                self.pos += 1
                if flat:
                    flat -= 1
                    continue
                break
            if char == "{":
                flush()
                self.pos += 1
                if self.depth >= MAX_NESTING:
                    flat += 1
                else:
                    out.append(self._nested(self._until_group_end))
            elif char == "\\":
                flush()
                out.append(self._command())
            elif char == "$":
                flush()
                out.append(self._math())
            elif char == "~":
                literal.append("\u00a0")
                self.pos += 1
            else:
                literal.append(char)
                self.pos += 1
        flush()
        return "".join(out)

    def _math(self) -> str:
        """Math is kept as written: there is no faithful plain-text form."""
        end = self.text.find("$", self.pos + 1)
        while end > 0 and self.text[end - 1] == "\\":
            end = self.text.find("$", end + 1)
        if end < 0:
            end = len(self.text) - 1
        math = self.text[self.pos : end + 1]
        self.pos = end + 1
        return math

    def _command(self) -> str:
        text = self.text
        start = self.pos + 1
        if start >= len(text):
            self.pos = start
            return ""
        if not text[start].isascii() or not text[start].isalpha():
            name = text[start]
            self.pos = start + 1
            if name in _ACCENTS:
                return self._accent(_ACCENTS[name])
            return _CONTROL_SYMBOLS.get(name, name)
        end = start
        while end < len(text) and text[end].isascii() and text[end].isalpha():
            end += 1
        name = text[start:end]
        self.pos = end
        if name in _ACCENTS:  # letter accents: \c{c}, \u g, \v{s}
            self._skip_spaces()
            return self._accent(_ACCENTS[name])
        self._skip_spaces()  # TeX ignores spaces after a control word
        if name in _DROP_WITH_ARGUMENT:
            if self.depth < MAX_NESTING:
                self._argument()
            return ""
        # Unknown commands vanish; a braced argument after them stays as text.
        return _SYMBOLS.get(name, "")

    def _skip_spaces(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t\n":
            self.pos += 1

    def _argument(self) -> str:
        """The next group or single character, decoded."""
        if self.pos >= len(self.text):
            return ""
        char = self.text[self.pos]
        if char == "{":
            self.pos += 1
            return self._nested(self._until_group_end)
        if char == "\\":
            return self._nested(self._command)
        if char == "}":
            return ""
        self.pos += 1
        return char

    def _nested(self, read: Callable[[], str]) -> str:
        self.depth += 1
        try:
            return read()
        finally:
            self.depth -= 1

    def _accent(self, mark: str) -> str:
        if self.depth >= MAX_NESTING:  # \'\'\'… past any real use: the mark alone
            return mark
        base = self._nested(self._argument)
        if not base:
            return mark
        first = base[0]
        if first in "ıȷ":  # \'{\i} is í: the accent replaces the dot
            first = "i" if first == "ı" else "j"
        return first + mark + base[1:]
