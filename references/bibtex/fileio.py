"""``read_bib_file``: bytes from disk to a parse result, with clear words for bad files.

A .bib file should be UTF-8 (biber's default, and what Silteme writes). A
``% Encoding: <name>`` first line, which JabRef writes, is obeyed. Bytes
that are not valid in the encoding are reported with their line and column
and the file is still read (undecodable bytes shown as U+FFFD), so a user
sees their entries and what to fix. Binary files (images, PDFs, office
documents) and text without a single BibTeX block are reported as not
BibTeX at all.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from references.bibtex.model import BibParseResult, BibProblem, BlockKind, ProblemKind
from references.bibtex.parse import parse_bib
from references.safe_text import first_unsafe

# JabRef writes "% Encoding: NAME" as the first line, or (JabRef 2.x) right
# after "% This file was created with JabRef 2.10.": any of the leading "%" lines.
_ENCODING_HEADER = re.compile(
    rb"\A(?:\xef\xbb\xbf)?(?:%[^\n]*\n)*?%[ \t]*Encoding:[ \t]*([A-Za-z0-9_.:-]+)"
)

# Leading bytes of file kinds people pick by mistake in a file dialog.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.odt document)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
)


def read_bib_file(path: str | Path) -> BibParseResult:
    """Read and parse a .bib file; problems, not exceptions, for bad content.

    ``OSError`` (missing file, no permission) still propagates: that is not
    something the file's content can explain.
    """
    data = Path(path).read_bytes()
    binary = _binary_kind(data)
    if binary is not None:
        return BibParseResult(
            problems=[
                BibProblem(
                    1,
                    ProblemKind.NOT_BIBTEX,
                    f"This file is {binary}, not a BibTeX file; nothing was read from it.",
                )
            ]
        )
    encoding, header_problem = _declared_encoding(data)
    text, encoding_problem = _decode(data, encoding)
    result = parse_bib(text)
    result.encoding = encoding
    unsafe = first_unsafe(text)
    if unsafe is not None:
        line, char = unsafe
        result.problems.append(BibProblem(
            line, ProblemKind.ENCODING,
            f"Line {line} holds the control character {char}; the .bib keeps it, but titles and names "
            "shown and exported leave it out.",
        ))
    for problem in (encoding_problem, header_problem):
        if problem is not None:
            result.problems.insert(0, problem)
    if text.strip() and all(block.kind is BlockKind.TEXT for block in result.blocks):
        lines = text.count("\n") + 1
        result.problems.insert(
            0,
            BibProblem(
                1,
                ProblemKind.NOT_BIBTEX,
                f"This file has {lines} line{'s' if lines != 1 else ''} of text but not one "
                "BibTeX block such as @article{...}; it is probably not a BibTeX file.",
            ),
        )
    return result


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if b"\x00" in data[:8192]:
        # No text encoding a .bib could be in (UTF-16 aside) has NUL bytes.
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return "UTF-16 text (save it as UTF-8 to use it)"
        return "a binary file"
    return None


def _declared_encoding(data: bytes) -> tuple[str, BibProblem | None]:
    """The text encoding the ``% Encoding:`` header names (UTF-8 without one), and
    a problem when it names none: an unknown name, or a codec that is not a text
    encoding at all (rot13, base64, zip)."""
    match = _ENCODING_HEADER.match(data)
    if match is None:
        return "utf-8", None
    name = match.group(1).decode("ascii", errors="replace")
    try:
        codec = codecs.lookup(name)
        if not getattr(codec, "_is_text_encoding", True):  # rot13, base64, zlib: bytes or text transforms
            raise LookupError(name)
    except LookupError:
        line = data[: match.start(1)].count(b"\n") + 1
        return "utf-8", BibProblem(
            line,
            ProblemKind.ENCODING,
            f"The header names the encoding {name!r}, which is not a text encoding Silteme knows; "
            "the file was read as UTF-8.",
        )
    return codec.name, None


def _decode(data: bytes, encoding: str) -> tuple[str, BibProblem | None]:
    try:
        return data.decode(encoding), None
    except UnicodeDecodeError as error:
        text = data.decode(encoding, errors="replace")
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        bad = data[error.start : error.end].hex(" ").upper()
        hint = (
            " It looks like Windows-1251 (Cyrillic)"
            if _mostly_cp1251_cyrillic(data)
            else " It may be Latin-1/Windows-1252"
        )
        return text, BibProblem(
            line,
            ProblemKind.ENCODING,
            f"The file is not valid {encoding.upper()}: byte {bad} at line {line}, "
            f"column {column} (byte offset {error.start}) cannot be decoded.{hint}; "
            "re-save it as UTF-8. Undecodable bytes are shown as \ufffd.",
        )


def _mostly_cp1251_cyrillic(data: bytes) -> bool:
    """Windows-1251 Cyrillic words are runs of bytes >= 0xC0; Latin-1 accents stand alone."""
    letters = [index for index, byte in enumerate(data) if byte >= 0xC0]
    if not letters:
        return False
    in_runs = sum(
        1
        for index in letters
        if (index > 0 and data[index - 1] >= 0xC0)
        or (index + 1 < len(data) and data[index + 1] >= 0xC0)
    )
    return in_runs / len(letters) > 0.5
