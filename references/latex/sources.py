"""A LaTeX project's files: reading, decoding, and following its inclusions.

The main file names the others with ``\\input``, ``\\include``,
``\\subfile``, ``\\import``/``\\subimport`` (and their ``from`` forms).
``read_project`` follows them with an explicit stack (no recursion), so a
circular inclusion is reported with its chain instead of looping, and lays
the project out as one *flattened* text: the pieces of each file in reading
order. Every flattened offset maps back to a file and an offset in it, which
is how citations are written back where they came from.

Files are decoded as UTF-8; a file that is not UTF-8 is decoded with the
encoding its ``\\usepackage[...]{inputenc}`` declares (the main file's
declaration holds for the files it includes), else refused.
"""

from __future__ import annotations

import bisect
import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from references.errors import InputError
from references.thesis.text_file import read_input_bytes
from references.latex.scan import Masked, first_unbalanced, mask_source, read_arguments
from models.messages import Messages

LatexErrors = Messages("LatexErrors")

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_FILES = 2000

# inputenc's names -> Python codecs.
_INPUTENC = {
    "utf8": "utf-8", "utf8x": "utf-8", "latin1": "latin-1", "latin2": "iso8859-2", "latin3": "iso8859-3",
    "latin4": "iso8859-4", "latin5": "iso8859-9", "latin9": "iso8859-15", "latin10": "iso8859-16",
    "ascii": "ascii", "cp1250": "cp1250", "cp1251": "cp1251", "cp1252": "cp1252", "ansinew": "cp1252",
    "cp1257": "cp1257", "cp437": "cp437", "cp850": "cp850", "cp852": "cp852", "cp855": "cp855",
    "cp858": "cp858", "cp865": "cp865", "cp866": "cp866", "koi8-r": "koi8_r", "koi8-u": "koi8_u",
    "koi8-ru": "koi8_u", "applemac": "mac_roman", "macce": "mac_latin2", "mac-cyr": "mac_cyrillic",
    "maccyr": "mac_cyrillic", "macukr": "mac_cyrillic", "decmulti": "latin-1", "next": "latin-1",
    "isoir111": "iso8859-5", "iso88595": "iso8859-5",
}
_INPUTENC_DECLARATION = re.compile(rb"\\usepackage\s*\[([^\]]*)\]\s*\{inputenc\}")
_INCLUDE = re.compile(
    r"\\(input|include|subfile|import|subimport|inputfrom|subinputfrom|includefrom|subincludefrom)(?![A-Za-z@])\*?"
)
_TWO_ARGUMENTS = {"import", "subimport", "inputfrom", "subinputfrom", "includefrom", "subincludefrom"}
_BEGIN_DOCUMENT = re.compile(r"\\begin\s*\{document\}")
_END_DOCUMENT = re.compile(r"\\end\s*\{document\}")


@dataclass
class SourceFile:
    """One file of the project as read: its bytes, and its text as decoded."""

    path: str  # relative to the main file's folder, "/"-separated
    data: bytes
    encoding: str
    text: str
    role: str  # "tex" | "bib"
    masked: Masked | None = None


@dataclass(frozen=True, slots=True)
class Piece:
    """``file.text[start:end]`` stands at ``flat_start`` in the flattened text."""

    flat_start: int
    file: str | None  # None: a separator Silteme put between two files
    start: int
    end: int


@dataclass
class Project:
    root: Path  # the main file's folder
    main: str
    files: dict[str, SourceFile] = field(default_factory=dict)
    pieces: list[Piece] = field(default_factory=list)
    clean: str = ""  # flattened, comments blanked
    masked: str = ""  # flattened, comments and verbatim text blanked
    encoding: str = "utf-8"  # the main file's encoding, which included files share
    warnings: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # flat_start of each piece, for bisect

    def locate(self, flat: int) -> tuple[str | None, int]:
        """The file and offset a flattened offset stands for."""
        index = max(0, bisect.bisect_right(self.starts, flat) - 1)
        piece = self.pieces[index]
        return piece.file, piece.start + (flat - piece.flat_start)

    def spans(self, start: int, end: int) -> list[tuple[str, int, int]]:
        """The stretches of files that the flattened ``[start, end)`` is made of."""
        out: list[tuple[str, int, int]] = []
        index = max(0, bisect.bisect_right(self.starts, start) - 1)
        while index < len(self.pieces) and self.pieces[index].flat_start < end:
            piece = self.pieces[index]
            length = piece.end - piece.start
            lo = max(start, piece.flat_start) - piece.flat_start
            hi = min(end, piece.flat_start + length) - piece.flat_start
            if piece.file is not None and lo < hi:
                out.append((piece.file, piece.start + lo, piece.start + hi))
            index += 1
        return out

    def line_of(self, flat: int) -> str:
        """"chapter1.tex, line 12" for a flattened offset."""
        name, offset = self.locate(flat)
        if name is None:
            return "the project"
        text = self.files[name].text
        return f"{name}, line {text.count(chr(10), 0, offset) + 1}"

    def body_span(self) -> tuple[int, int]:
        """Where ``\\begin{document}`` ends and ``\\end{document}`` starts in the flattened text."""
        begin = _BEGIN_DOCUMENT.search(self.masked)
        if begin is None:
            return 0, len(self.masked)
        end = _END_DOCUMENT.search(self.masked, begin.end())
        return begin.end(), end.start() if end else len(self.masked)


def read_project(main_path: Path) -> Project:
    """Read the main file and every file it includes; raise InputError on the first problem."""
    main_path = Path(main_path)
    if main_path.is_dir():
        raise InputError(LatexErrors.tr("%1 is a folder; name the thesis's main .tex file.", main_path))
    root = main_path.resolve().parent
    project = Project(root=root, main=main_path.name)
    main = _load(project, main_path.name, None, "tex")
    project.encoding = main.encoding
    _flatten(project)
    return project


def _load(project: Project, relative: str, included_from: str | None, role: str) -> SourceFile:
    if relative in project.files:
        return project.files[relative]
    if len(project.files) >= MAX_FILES:
        raise InputError(LatexErrors.tr("The project includes more than %1 files; nothing was imported.", MAX_FILES))
    path = project.root / relative
    shown = LatexErrors.tr("%1 (included from %2)", relative, included_from) if included_from else relative
    if not path.exists():
        raise InputError(LatexErrors.tr("%1 does not exist; nothing was imported.", shown))
    data = read_input_bytes(path, name=shown, max_bytes=MAX_FILE_BYTES)
    if b"\x00" in data[:65536]:
        raise InputError(LatexErrors.tr(
                "%1 is not a text file (it holds binary data); nothing was imported.",
                shown,
            ))
    encoding = _encoding_of(data, relative, project.encoding if included_from else None)
    text = data.decode(encoding)
    source = SourceFile(relative, data, encoding, text, role)
    if role == "tex":
        source.masked = mask_source(text)
    project.files[relative] = source
    return source


def _encoding_of(data: bytes, relative: str, inherited: str | None) -> str:
    try:
        data.decode("utf-8")
        return "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
    except UnicodeDecodeError as exc:
        bad = exc.start
    line = data[:bad].count(b"\n") + 1
    declared = _declared_inputenc(data)
    name = declared or (inherited if inherited and inherited not in ("utf-8", "utf-8-sig") else None)
    if name is None:
        raise InputError(
            LatexErrors.tr(
                "%1 is not UTF-8 (byte 0x%2 on line %3) and no \\usepackage[...]{inputenc} says which "
                "encoding it uses; save it as UTF-8 or declare its encoding. Nothing was imported.",
                relative, format(data[bad], "02x"), line,
            )
        )
    try:
        data.decode(name)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            LatexErrors.tr(
                "%1 cannot be read as %2 either (byte 0x%3 on line %4); nothing was imported.",
                relative, name, format(data[exc.start], "02x"), line,
            )
        ) from None
    return name


def _declared_inputenc(data: bytes) -> str | None:
    for match in _INPUTENC_DECLARATION.finditer(data):
        for option in match.group(1).decode("ascii", "replace").split(","):
            codec = _INPUTENC.get(option.strip().lower())
            if codec and codec != "utf-8":
                return codec
    return None


@dataclass
class _Frame:
    file: SourceFile
    position: int
    end: int
    folder: PurePosixPath  # where \input inside this file resolves (\import changes it)
    trailer: str = ""  # emitted after the file: an \include ends its page


def _flatten(project: Project) -> None:
    main = project.files[project.main]
    stack = [_Frame(main, 0, len(main.text), PurePosixPath("."))]
    clean: list[str] = []
    masked: list[str] = []
    flat = 0

    def emit(name: str | None, source: SourceFile | None, start: int, end: int, text: str = "") -> None:
        nonlocal flat
        if source is not None:
            assert source.masked is not None
            clean_part, masked_part = source.masked.clean[start:end], source.masked.masked[start:end]
        else:
            clean_part = masked_part = text
            start, end = 0, 0
        if not clean_part:
            return
        project.pieces.append(Piece(flat, name, start, end))
        clean.append(clean_part)
        masked.append(masked_part)
        flat += len(clean_part)

    while stack:
        frame = stack[-1]
        source = frame.file
        assert source.masked is not None
        match = _INCLUDE.search(source.masked.masked, frame.position, frame.end)
        if match is None:
            emit(source.path, source, frame.position, frame.end)
            stack.pop()
            emit(None, None, 0, 0, frame.trailer)
            continue
        command = match.group(1)
        parsed = read_arguments(
            source.masked.masked, match.end(), "{{" if command in _TWO_ARGUMENTS else "{", bare=command == "input"
        )
        if parsed is None:
            emit(source.path, source, frame.position, match.end())
            frame.position = match.end()
            continue
        arguments, after = parsed
        emit(source.path, source, frame.position, match.start())
        frame.position = after
        names = [a.inner(source.masked.masked).strip() for a in arguments if a is not None]
        relative, folder = _resolve(project, frame, command, names)
        chain = [f.file.path for f in stack]
        if relative in chain:
            loop = " → ".join([*chain[chain.index(relative) :], relative])
            raise InputError(
                LatexErrors.tr(
                    "Circular inclusion: %1 (%2); nothing was imported.",
                    loop, project_line(source, match.start()),
                )
            )
        included = _load(project, relative, project_line(source, match.start()), "tex")
        assert included.masked is not None
        start, end = 0, len(included.text)
        if command == "subfile" or _BEGIN_DOCUMENT.search(included.masked.masked):
            begin = _BEGIN_DOCUMENT.search(included.masked.masked)
            if begin is not None:
                stop = _END_DOCUMENT.search(included.masked.masked, begin.end())
                start, end = begin.end(), stop.start() if stop else end
        page = "\n\n" if command.endswith("include") else ""
        emit(None, None, 0, 0, page)
        stack.append(_Frame(included, start, end, folder, page))
    project.starts = [p.flat_start for p in project.pieces]
    project.clean = "".join(clean)
    project.masked = "".join(masked)
    _check_balance(project)


def project_line(source: SourceFile, offset: int) -> str:
    return f"{source.path}, line {source.text.count(chr(10), 0, offset) + 1}"


def _resolve(project: Project, frame: _Frame, command: str, names: list[str]) -> tuple[str, PurePosixPath]:
    """The included file's path relative to the main folder, and the folder its own inputs resolve in."""
    if command in _TWO_ARGUMENTS:
        directory, name = names[0], names[1]
        here = PurePosixPath(frame.file.path).parent
        base = here / directory if command.startswith("sub") else PurePosixPath(directory)
        folder = base
    else:
        name = names[0]
        base = frame.folder
        folder = frame.folder
        if command == "subfile":
            base = PurePosixPath(frame.file.path).parent
    candidates = [base / name]
    if command not in _TWO_ARGUMENTS and base != PurePosixPath(frame.file.path).parent:
        candidates.append(PurePosixPath(frame.file.path).parent / name)
    for candidate in candidates:
        for path in (candidate, candidate.with_name(candidate.name + ".tex")):
            relative = _normal(path)
            if (project.root / relative).is_file():
                return relative, folder
    first = _normal(candidates[0])
    shown = first if first.endswith(".tex") or (project.root / first).suffix else first + ".tex"
    raise InputError(
        LatexErrors.tr("%1 does not exist (\\%2 in %3); nothing was imported.", shown, command, frame.file.path)
    )


def _normal(path: PurePosixPath) -> str:
    parts: list[str] = []
    for part in path.parts:
        if part in (".", ""):
            continue
        if part == ".." and parts and parts[-1] != "..":
            parts.pop()
        else:
            parts.append(part)
    return "/".join(parts)


def _check_balance(project: Project) -> None:
    for source in project.files.values():
        if source.masked is None:
            continue
        bad = first_unbalanced(source.masked.masked)
        if bad is not None:
            if source.masked.masked[bad] == "}":
                problem = LatexErrors.tr("Unbalanced braces: the } at %1 closes nothing; nothing was imported.",
                                         project_line(source, bad))
            else:
                problem = LatexErrors.tr("Unbalanced braces: the { at %1 is never closed; nothing was imported.",
                                         project_line(source, bad))
            raise InputError(problem)
