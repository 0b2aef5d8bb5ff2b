"""The body of a LaTeX thesis -> sections and blocks with citation placeholders.

``scan_body`` walks the flattened body once. Headings (``\\part`` to
``\\subsubsection``, starred or not), the abstract, ``\\appendix``, lists,
tables with captions, figures' captions, footnotes and verbatim text open
their own blocks; blank lines and ``\\par`` end paragraphs; everything else
is paragraph text. A citing command becomes a placeholder character in the
text (numbers are given once the whole document has been read) and a
``CiteUse`` recording where in the source it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from references.errors import InputError
from references.latex.cites import COMMANDS, CiteCommand, read_cite
from references.latex.convert import latex_to_text
from references.latex.scan import read_arguments
from references.latex.sources import Project
from references.text.headings import unnumbered_heading
from models.messages import Messages

LatexErrors = Messages("LatexErrors")

# Placeholders: U+E000 + n stands for the paragraph's citation n while it is
# read, then U+F0000 + n for the document's citation use n; U+F000 + n for
# the block's literal text n (math, verbatim), shown as written.
CITE_BASE = 0xE000
LITERAL_BASE = 0xF000
USE_BASE = 0xF0000
MAX_USES = 0xFFFD
_ROW = "\uf8fe"
_CELL = "\uf8ff"

_LEVELS = {"part": 0, "chapter": 1, "section": 2, "subsection": 3, "subsubsection": 4}
_EVENT = re.compile(
    r"\n[ \t\r]*\n"
    r"|\\(?:begin|end)\s*\{[^{}]*\}"
    r"|\\(part|chapter|section|subsection|subsubsection)(?![A-Za-z@])\*?"
    r"|\\(?:appendix|item|par|footnote|maketitle|title|author|date|caption|verb|lstinline)(?![A-Za-z@])\*?"
    r"|" + COMMANDS.pattern
)
_BREAKING_ENVIRONMENTS = {
    "center", "flushleft", "flushright", "quote", "quotation", "verse", "minipage", "titlepage",
    "multicols", "landscape", "sidewaystable", "spacing", "onehalfspace", "doublespace",
}
_LISTS = {"itemize", "enumerate", "description", "compactitem", "compactenum", "inparaenum", "enumerate*", "itemize*"}
_TABLES = {"table", "table*", "sidewaystable", "longtable", "tabular", "tabular*", "tabularx", "tabulary", "supertabular"}
_FIGURES = {"figure", "figure*", "wrapfigure", "subfigure"}
_VERBATIM = {"verbatim", "verbatim*", "Verbatim", "lstlisting", "minted", "alltt"}
_SKIPPED = {"comment", "filecontents", "filecontents*", "tikzpicture", "titlepage*"}
_BIBITEM = re.compile(r"\\bibitem(?![A-Za-z@])")
_APPENDICES = {"appendices", "subappendices"}
_ABSTRACT_TITLES = {"abstract": "Abstract"}


@dataclass
class CiteUse:
    """A citing command of the body, in document order."""

    command: CiteCommand  # offsets into the flattened text
    block: int | None  # index of the block whose text shows it; None: caption, title or \\nocite


@dataclass
class RawSection:
    title: str
    number: str | None
    kind: str
    level: int
    parent_index: int | None


@dataclass
class RawBlock:
    """A block whose text still holds placeholders."""

    kind: str
    text: str
    section_index: int
    flat_start: int
    flat_end: int
    caption: str | None = None
    literals: list[str] = field(default_factory=list)
    regions: list[tuple[int, int]] = field(default_factory=list)  # flattened source stretches of its text


@dataclass(frozen=True, slots=True)
class BibItem:
    """An entry of a bibliography written in the thesis (``\\bibitem{key} text``)."""

    key: str
    label: str | None
    text: str  # the entry as a reader sees it


@dataclass
class ScannedBody:
    sections: list[RawSection]
    blocks: list[RawBlock]
    cites: list[CiteUse]
    title: str | None
    warnings: list[str]
    bibitems: list[BibItem] = field(default_factory=list)


@dataclass
class _Part:
    start: int
    end: int


def scan_body(project: Project) -> ScannedBody:
    return _BodyScanner(project).scan()


class _BodyScanner:
    def __init__(self, project: Project) -> None:
        self.project = project
        self.text = project.clean
        self.masked = project.masked
        self.sections: list[RawSection] = []
        self.blocks: list[RawBlock] = []
        self.cites: list[CiteUse] = []
        self.warnings: list[str] = []
        self.title: str | None = None
        self.counters = [0, 0, 0, 0, 0]
        self.path: list[tuple[int, int]] = []  # (level, section index) of open sections
        self.appendix = False
        self.top_level: int | None = None  # the highest heading level the thesis uses
        # the open paragraph: source stretches and placeholder strings in order
        self.parts: list[str | _Part] = []
        self.para_start = -1
        self.para_kind = "paragraph"
        self.para_cites: list[CiteCommand] = []
        self.literals: list[str] = []
        self.pending_footnotes: list[tuple[int, int]] = []
        self.list_depth = 0
        self.bibitems: list[BibItem] = []

    def scan(self) -> ScannedBody:
        start, end = self.project.body_span()
        self.top_level = self._top_level(start, end)
        self._title_from_preamble(start)
        position = start
        while position < end:
            match = _EVENT.search(self.masked, position, end)
            if match is None:
                self._add_text(position, end)
                break
            self._add_text(position, match.start())
            position = self._handle(match, end)
        self._close()
        return ScannedBody(self.sections, self.blocks, self.cites, self.title, self.warnings, self.bibitems)

    # -- events ----------------------------------------------------------------

    def _handle(self, match: re.Match[str], end: int) -> int:
        token = match.group()
        if token.startswith("\n"):
            self._close()
            return match.end()
        if match.group(1):
            return self._heading(match, match.group(1), token.endswith("*"))
        if token.startswith("\\begin") or token.startswith("\\end"):
            name = token[token.index("{") + 1 : -1].strip()
            if token.startswith("\\begin"):
                return self._begin(name, match, end)
            return self._end(name, match)
        if match.group(2):  # a citing command
            return self._cite(match)
        name = token[1:].rstrip("*")
        handler = {
            "appendix": self._appendix, "item": self._item, "par": self._par, "footnote": self._footnote,
            "maketitle": self._par, "title": self._skip_argument, "author": self._skip_argument,
            "date": self._skip_argument, "caption": self._loose_caption, "verb": self._verb,
            "lstinline": self._verb,
        }[name]
        return handler(match)

    def _heading(self, match: re.Match[str], command: str, starred: bool) -> int:
        parsed = read_arguments(self.masked, match.end(), "[{")
        if parsed is None:
            self.warnings.append(f"\\{command} without a title at {self.project.line_of(match.start())}; read as text.")
            self._add_text(match.start(), match.end())
            return match.end()
        (_, title_arg), after = parsed
        assert title_arg is not None
        self._close()
        title = self._plain(title_arg.inner_start, title_arg.inner_end)
        level_name = _LEVELS[command]
        top = self.top_level if self.top_level is not None else level_name
        level = max(1, level_name - top + 1) if command != "part" else 1
        if command == "part":
            self.top_level = min(top, 1) if top else top
        number = None if starred else self._number(command, level_name)
        kind = self._kind(level, number, title)
        parent = self._enter(level, len(self.sections))
        self.sections.append(RawSection(title, number, kind, level, parent))
        shown = f"{number} {title}" if number else title
        self.blocks.append(RawBlock("heading", shown, len(self.sections) - 1, match.start(), after))
        return after

    def _number(self, command: str, level_name: int) -> str | None:
        if command == "part":
            self.counters[0] += 1
            return _roman(self.counters[0])
        self.counters[level_name] += 1
        for deeper in range(level_name + 1, len(self.counters)):
            self.counters[deeper] = 0
        top = max(self.top_level or 1, 1)
        parts = self.counters[top : level_name + 1]
        labels = [str(p) for p in parts]
        if self.appendix and labels:
            labels[0] = _letter(parts[0])
        return ".".join(labels)

    def _kind(self, level: int, number: str | None, title: str) -> str:
        if level > 1:
            return "section"
        if number is None:
            return unnumbered_heading(title) or "chapter"
        return "chapter"

    def _enter(self, level: int, index: int) -> int | None:
        while self.path and self.path[-1][0] >= level:
            self.path.pop()
        parent = self.path[-1][1] if self.path else None
        self.path.append((level, index))
        return parent

    def _begin(self, name: str, match: re.Match[str], end: int) -> int:
        if name == "document":
            return match.end()
        if name in ("abstract", "abstract*"):
            self._close()
            self.path = []
            self.sections.append(RawSection("Abstract", None, "front_matter", 1, None))
            self.path.append((1, len(self.sections) - 1))
            self.blocks.append(RawBlock("heading", "Abstract", len(self.sections) - 1, match.start(), match.end()))
            return match.end()
        if name in _APPENDICES:
            return self._appendix(match)
        if name in _LISTS:
            self._close()
            self.list_depth += 1
            return self._skip_optional(match.end())
        if name in _TABLES or name in _FIGURES:
            return self._float(name, match, end)
        if name in _VERBATIM or name in _SKIPPED:
            return self._verbatim_environment(name, match, end)
        if name == "thebibliography":
            return self._bibliography(match, end)
        if name in _BREAKING_ENVIRONMENTS:
            self._close()
            return self._skip_optional(match.end())
        # math and anything else: kept in the paragraph as written
        stop = self._environment_end(name, match.end(), end)
        if _is_math(name):
            self._add_literal(self.text[match.start() : stop], match.start())
            return stop
        self._add_text(match.start(), match.end())
        return match.end()

    def _end(self, name: str, match: re.Match[str]) -> int:
        if name in _LISTS:
            self._close()
            self.list_depth = max(0, self.list_depth - 1)
            self.para_kind = "list_item" if self.list_depth else "paragraph"
        elif name in _BREAKING_ENVIRONMENTS or name in ("abstract", "abstract*"):
            self._close()
        elif name not in _APPENDICES and name != "document":
            self._add_text(match.start(), match.end())
        return match.end()

    def _environment_end(self, name: str, start: int, end: int) -> int:
        closing = re.compile(r"\\end\s*\{" + re.escape(name) + r"\}")
        found = closing.search(self.masked, start, end)
        return found.end() if found else start

    def _float(self, name: str, match: re.Match[str], end: int) -> int:
        self._close()
        stop = self._environment_end(name, match.end(), end)
        if stop == match.end():
            self.warnings.append(f"\\begin{{{name}}} is never ended ({self.project.line_of(match.start())}).")
            return match.end()
        inner_start, inner_end = match.end(), stop - len(f"\\end{{{name}}}")
        inner_end = self.masked.rfind("\\end", inner_start, stop)
        caption = self._caption_in(inner_start, inner_end)
        section = self._current_section()
        if name in _FIGURES:
            if caption:
                self.blocks.append(RawBlock("paragraph", caption, section, match.start(), stop))
            return stop
        body, literals, cites = self._table_text(inner_start, inner_end, name)
        if not body and not caption:
            for command in cites:
                self.cites.append(CiteUse(command, None))
            return stop
        self.blocks.append(RawBlock("table", body, section, match.start(), stop, caption, literals))
        self._adopt_cites(cites, body, len(self.blocks) - 1)
        return stop

    def _caption_in(self, start: int, end: int) -> str | None:
        found = re.compile(r"\\caption(?![A-Za-z@])\*?").search(self.masked, start, end)
        if found is None:
            return None
        parsed = read_arguments(self.masked, found.end(), "[{")
        if parsed is None:
            return None
        (_, argument), _ = parsed
        assert argument is not None
        return self._plain(argument.inner_start, argument.inner_end, cites_shown=True)

    def _table_text(self, start: int, end: int, name: str) -> tuple[str, list[str], list[CiteCommand]]:
        """The rows of every tabular between ``start`` and ``end``: cells joined by " | "."""
        tabular = re.compile(r"\\begin\s*\{(tabular\*?|tabularx|tabulary|longtable|supertabular)\}")
        spans: list[tuple[int, int]] = []
        if name in _TABLES and not name.startswith("table") and name != "sidewaystable":
            spans.append((start, end))
        else:
            for found in tabular.finditer(self.masked, start, end):
                spec = "{{" if found.group(1) in ("tabular*", "tabularx", "tabulary") else "{"
                parsed = read_arguments(self.masked, found.end(), "[" + spec)
                body_start = parsed[1] if parsed else found.end()
                closing = re.compile(r"\\end\s*\{" + re.escape(found.group(1)) + r"\}").search(self.masked, body_start, end)
                spans.append((body_start, closing.start() if closing else end))
        if name in _TABLES and not spans:
            spans.append((start, end))
        if name in ("tabular", "tabular*", "tabularx", "tabulary", "longtable", "supertabular"):
            parsed = read_arguments(self.masked, start, "[{{" if name in ("tabular*", "tabularx", "tabulary") else "[{")
            if parsed:
                spans = [(parsed[1], end)]
        rows: list[str] = []
        saved = self._save_paragraph()
        for span_start, span_end in spans:
            self._collect(span_start, span_end, table=True)
        text = self._render(keep_lines=True)
        literals, cites = self.literals, self.para_cites
        self._restore_paragraph(saved)
        for row in text.split(_ROW):
            cells = [c.strip() for c in row.replace("\n", " ").split(_CELL)]
            if any(cells):
                rows.append(" | ".join(cells))
        return "\n".join(rows), literals, cites

    def _verbatim_environment(self, name: str, match: re.Match[str], end: int) -> int:
        closing = re.compile(r"\\end\s*\{" + re.escape(name) + r"\}").search(self.text, match.end(), end)
        stop = closing.end() if closing else end
        if name in _SKIPPED:
            return stop
        self._close()
        body = self.project.clean[match.end() : closing.start() if closing else end].strip("\r\n")
        if body.strip():
            self.blocks.append(RawBlock("paragraph", "", self._current_section(), match.start(), stop, None, [body]))
            self.blocks[-1].text = chr(LITERAL_BASE)
        return stop

    def _bibliography(self, match: re.Match[str], end: int) -> int:
        """``\\bibitem[label]{key} text`` entries: the thesis's own numbered list of works."""
        self._close()
        stop = self._environment_end("thebibliography", match.end(), end)
        inner_end = self.masked.rfind("\\end", match.end(), stop) if stop > match.end() else end
        items = list(_BIBITEM.finditer(self.masked, match.end(), inner_end))
        for index, item in enumerate(items):
            parsed = read_arguments(self.masked, item.end(), "[{")
            if parsed is None:
                continue
            (label, key), after = parsed
            assert key is not None
            text_end = items[index + 1].start() if index + 1 < len(items) else inner_end
            text = latex_to_text(self.text[after:text_end])
            self.bibitems.append(BibItem(key.inner(self.masked).strip(), label.inner(self.masked) if label else None,
                                         text))
        return stop if stop > match.end() else end

    def _verb(self, match: re.Match[str]) -> int:
        i = match.end()
        if i >= len(self.text):
            return i
        delimiter = "}" if self.text[i] == "{" else self.text[i]
        stop = self.text.find(delimiter, i + 1)
        stop = len(self.text) if stop < 0 else stop
        self._add_literal(self.text[i + 1 : stop], match.start())
        return stop + 1

    def _appendix(self, match: re.Match[str]) -> int:
        self._close()
        self.appendix = True
        top = max(self.top_level or 1, 1)
        self.counters[top] = 0
        return match.end()

    def _item(self, match: re.Match[str]) -> int:
        self._close()
        self.para_kind = "list_item" if self.list_depth else "paragraph"
        parsed = read_arguments(self.masked, match.end(), "[")
        assert parsed is not None
        (label,), after = parsed
        if label is not None:
            self._ensure_open(match.start())
            self.parts.append(self._plain(label.inner_start, label.inner_end) + " ")
        self._ensure_open(match.start())
        return after

    def _par(self, match: re.Match[str]) -> int:
        self._close()
        return match.end()

    def _skip_argument(self, match: re.Match[str]) -> int:
        parsed = read_arguments(self.masked, match.end(), "[{")
        return parsed[1] if parsed else match.end()

    def _loose_caption(self, match: re.Match[str]) -> int:
        parsed = read_arguments(self.masked, match.end(), "[{")
        if parsed is None:
            return match.end()
        (_, argument), after = parsed
        assert argument is not None
        self._close()
        caption = self._plain(argument.inner_start, argument.inner_end, cites_shown=True)
        self.blocks.append(RawBlock("paragraph", caption, self._current_section(), match.start(), after))
        return after

    def _footnote(self, match: re.Match[str]) -> int:
        parsed = read_arguments(self.masked, match.end(), "[{")
        if parsed is None:
            self._add_text(match.start(), match.end())
            return match.end()
        (_, argument), after = parsed
        assert argument is not None
        self.pending_footnotes.append((argument.inner_start, argument.inner_end))
        self._ensure_open(match.start())
        self.parts.append(_superscript(self._footnote_number()))
        return after

    def _cite(self, match: re.Match[str]) -> int:
        own = COMMANDS.match(self.masked, match.start())
        command = read_cite(self.masked, own) if own else None
        if command is None:
            self.warnings.append(f"A citing command with a broken argument at {self.project.line_of(match.start())}.")
            self._add_text(match.start(), match.end())
            return match.end()
        if command.nocite:
            self.cites.append(CiteUse(command, None))
            return command.end
        self._ensure_open(match.start())
        self.para_cites.append(command)
        self.parts.append(chr(CITE_BASE + len(self.para_cites) - 1))
        return command.end

    # -- paragraphs ------------------------------------------------------------

    def _ensure_open(self, start: int) -> None:
        if self.para_start < 0:
            self.para_start = start

    def _add_text(self, start: int, end: int) -> None:
        if start >= end:
            return
        if self.para_start < 0:
            if not self.text[start:end].strip():
                return
            self.para_start = start
        self.parts.append(_Part(start, end))

    def _add_literal(self, text: str, start: int) -> None:
        self._ensure_open(start)
        self.literals.append(text)
        self.parts.append(chr(LITERAL_BASE + len(self.literals) - 1))

    def _close(self) -> None:
        if self.para_start < 0:
            return
        start = self.para_start
        parts = self.parts
        end = max((p.end for p in parts if isinstance(p, _Part)), default=start)
        text = self._render(keep_lines=False)
        cites = self.para_cites
        literals = self.literals
        kind = self.para_kind
        footnotes = self.pending_footnotes
        self._reset()
        regions = [(p.start, p.end) for p in parts if isinstance(p, _Part)]
        if text.strip():
            block_index = len(self.blocks)
            self.blocks.append(RawBlock(kind, text, self._current_section(), start, end, None, literals, regions))
            self._adopt_cites(cites, text, block_index)
        else:
            for command in cites:
                self.cites.append(CiteUse(command, None))
        for note_start, note_end in footnotes:
            self._footnote_block(note_start, note_end)

    def _footnote_block(self, start: int, end: int) -> None:
        number = self._footnote_number(take=True)
        saved = self._save_paragraph()
        self.para_start = start
        self._collect(start, end, table=False)
        text = self._render(keep_lines=False)
        cites, literals = self.para_cites, self.literals
        self._restore_paragraph(saved)
        if not text.strip():
            return
        text = f"{_superscript(number)} {text}"
        index = len(self.blocks)
        self.blocks.append(RawBlock("paragraph", text, self._current_section(), start, end, None, literals))
        self._adopt_cites(cites, text, index)

    def _adopt_cites(self, cites: list[CiteCommand], text: str, block_index: int) -> None:
        """Renumber the block's cite placeholders to the document's list of uses."""
        mapping: dict[str, str] = {}
        for local, command in enumerate(cites):
            placeholder = chr(CITE_BASE + local)
            if placeholder not in text:
                self.cites.append(CiteUse(command, None))
                continue
            if len(self.cites) >= MAX_USES:
                raise InputError(LatexErrors.tr(
                        "The thesis has more than %1 citing commands; nothing was imported.",
                        MAX_USES,
                    ))
            mapping[placeholder] = chr(USE_BASE + len(self.cites))
            self.cites.append(CiteUse(command, block_index))
        block = self.blocks[block_index]
        block.text = "".join(mapping.get(c, c) for c in text)

    def _collect(self, start: int, end: int, *, table: bool) -> None:
        """Read ``[start, end)`` into the open paragraph (inline events only: cites, literals, footnote text)."""
        position = start
        inline = re.compile(r"\\(?:verb|lstinline)(?![A-Za-z@])\*?|" + COMMANDS.pattern + (r"|\\\\|&" if table else ""))
        while position < end:
            found = inline.search(self.masked, position, end)
            if found is None:
                self.parts.append(_Part(position, end))
                break
            self.parts.append(_Part(position, found.start()))
            token = found.group()
            if token == "\\\\":
                self.parts.append(_ROW)
                after = read_arguments(self.masked, found.end(), "[")
                position = after[1] if after else found.end()
            elif token == "&":
                self.parts.append(_CELL)
                position = found.end()
            elif token.startswith("\\verb") or token.startswith("\\lstinline"):
                position = self._verb(found)
            else:
                command = read_cite(self.masked, found)
                if command is None:
                    self.parts.append(_Part(found.start(), found.end()))
                    position = found.end()
                    continue
                if command.nocite:
                    self.cites.append(CiteUse(command, None))
                else:
                    self.para_cites.append(command)
                    self.parts.append(chr(CITE_BASE + len(self.para_cites) - 1))
                position = command.end

    def _render(self, *, keep_lines: bool) -> str:
        source = "".join(p if isinstance(p, str) else self.text[p.start : p.end] for p in self.parts)
        return latex_to_text(source, keep_lines=keep_lines)

    def _plain(self, start: int, end: int, *, cites_shown: bool = False) -> str:
        """Text of a title or caption; its citations count for the order but show no marker here."""
        saved = self._save_paragraph()
        self._collect(start, end, table=False)
        text = self._render(keep_lines=False)
        cites, literals = self.para_cites, self.literals
        self._restore_paragraph(saved)
        for command in cites:
            self.cites.append(CiteUse(command, None))
        text = "".join(literals[ord(c) - LITERAL_BASE] if LITERAL_BASE <= ord(c) < LITERAL_BASE + len(literals) else c
                       for c in text)
        return re.sub(r"\s*[\ue000-\ueffe]", "", text).strip()

    def _save_paragraph(self) -> tuple[object, ...]:
        saved = (self.parts, self.para_start, self.para_kind, self.para_cites, self.literals, self.pending_footnotes)
        self._reset()
        return saved

    def _restore_paragraph(self, saved: tuple[object, ...]) -> None:
        (self.parts, self.para_start, self.para_kind, self.para_cites, self.literals,  # type: ignore[assignment]
         self.pending_footnotes) = saved

    def _reset(self) -> None:
        self.parts = []
        self.para_start = -1
        self.para_kind = "list_item" if self.list_depth else "paragraph"
        self.para_cites = []
        self.literals = []
        self.pending_footnotes = []

    def _footnote_number(self, *, take: bool = False) -> int:
        if take:
            self._footnotes_taken = getattr(self, "_footnotes_taken", 0) + 1
            return self._footnotes_taken
        return getattr(self, "_footnotes_taken", 0) + len(self.pending_footnotes)

    def _skip_optional(self, position: int) -> int:
        parsed = read_arguments(self.masked, position, "[")
        return parsed[1] if parsed else position

    def _current_section(self) -> int:
        if not self.sections:
            self.sections.append(RawSection("", None, "front_matter", 1, None))
            self.path = []
        return len(self.sections) - 1

    # -- before the body ---------------------------------------------------------

    def _top_level(self, start: int, end: int) -> int | None:
        found = re.compile(r"\\(chapter|section|subsection|subsubsection)(?![A-Za-z@])").findall(self.masked, start, end)
        return min((_LEVELS[name] for name in found), default=None)

    def _title_from_preamble(self, body_start: int) -> None:
        found = re.compile(r"\\title(?![A-Za-z@])").search(self.masked)
        if found is None:
            return
        parsed = read_arguments(self.masked, found.end(), "[{")
        if parsed is None:
            return
        (_, argument), _ = parsed
        assert argument is not None
        saved = self._save_paragraph()
        self._collect(argument.inner_start, argument.inner_end, table=False)
        text = self._render(keep_lines=False)
        self._restore_paragraph(saved)
        self.title = re.sub(r"[\ue000-\ueffe]", "", text).strip() or None


def _is_math(name: str) -> bool:
    base = name.rstrip("*")
    return base in {"equation", "align", "gather", "multline", "eqnarray", "displaymath", "math", "flalign",
                    "alignat", "split", "subequations"}


def _roman(number: int) -> str:
    values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
              (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, letters in values:
        while number >= value:
            out += letters
            number -= value
    return out


def _letter(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters or "A"


def _superscript(number: int) -> str:
    return str(number).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
