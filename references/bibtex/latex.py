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

import re
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


# --- math for a reader: what a formatted reference list shows of $...$ ------------------

_MATH_SEGMENT = re.compile(r"(?<!\\)\$(.+?)(?<!\\)\$", re.DOTALL)
_MATH_SYMBOLS = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ",
    "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
    "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "φ", "varphi": "φ",
    "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ",
    "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω", "pm": "±", "mp": "∓", "times": "×",
    "cdot": "·", "approx": "≈", "sim": "~", "simeq": "≃", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥",
    "ne": "≠", "neq": "≠", "infty": "∞", "circ": "°", "degree": "°", "to": "→", "rightarrow": "→",
    "leftarrow": "←", "leftrightarrow": "↔", "partial": "∂", "nabla": "∇", "sqrt": "√", "hbar": "ħ",
    "ell": "ℓ", "AA": "Å", "perp": "⊥", "parallel": "∥", "prime": "′", "langle": "⟨", "rangle": "⟩",
    "ldots": "…", "dots": "…", "cdots": "⋯", "%": "%", "&": "&", "#": "#", "_": "_", "{": "(", "}": ")",
    ",": "\u2009", ";": " ", ":": " ", "!": "", " ": " ", "quad": " ", "qquad": "  ",
}
_SUBSCRIPTS = dict(zip("0123456789+-=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ", strict=True))
_SUPERSCRIPTS = dict(zip("0123456789+-=()in", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁱⁿ", strict=True))
_MATH_COMMAND = re.compile(r"\\([A-Za-z]+|.)\s*")
_SCRIPT = re.compile(r"([_^])(?:\{([^{}]*)\}|(\S))")
_KEPT_SUB, _KEPT_SUP = "\ue011", "\ue012"  # a script written out as "_(...)": not read again


def readable_math(text: str) -> str:
    """``text`` with each ``$...$`` written as a reader sees it: ``Cu$_{2}$O`` -> ``Cu₂O``,
    ``$^{6}$He`` -> ``⁶He``, ``$\\delta$`` -> ``δ``, ``$2.5\\,\\mathrm{eV}$`` -> ``2.5 eV``.
    A script with a character Unicode has no sub- or superscript of is kept as ``_(...)``."""
    if "$" not in text:
        return text
    return _MATH_SEGMENT.sub(lambda match: _math_text(match.group(1)), text)


def _math_text(math: str) -> str:
    # commands first: a font switch keeps its argument, a symbol becomes its character
    math = _MATH_COMMAND.sub(lambda m: _MATH_SYMBOLS.get(m.group(1), "" if m.group(1).isalpha() else m.group(1)), math)
    for _round in range(8):  # scripts inside groups come out first; bounded, not recursive
        changed = _SCRIPT.sub(_script, math)
        changed = re.sub(r"\{([^{}_^]*)\}", r"\1", changed)
        if changed == math:
            break
        math = changed
    return math.replace("{", "").replace("}", "").replace(_KEPT_SUB, "_").replace(_KEPT_SUP, "^")


def _script(match: re.Match[str]) -> str:
    body = match.group(2) if match.group(2) is not None else match.group(3)
    table = _SUBSCRIPTS if match.group(1) == "_" else _SUPERSCRIPTS
    if "_" in body or "^" in body:
        return match.group(0)  # an inner script first
    if body and all(char in table for char in body):
        return "".join(table[char] for char in body)
    return (_KEPT_SUB if match.group(1) == "_" else _KEPT_SUP) + (f"({body})" if len(body) > 1 else body)
