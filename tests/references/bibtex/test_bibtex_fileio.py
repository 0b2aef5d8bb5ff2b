"""read_bib_file on files that are not UTF-8, not text, or not BibTeX at all."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from references.bibtex import ProblemKind, read_bib_file, write_bib
from tests.conftest import ROOT, THESIS

BUNDLED = ROOT / "resources" / "bibliography.bib"


def tiny_png() -> bytes:
    """A valid 1x1 grey PNG, built from its chunks."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x80")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def test_png_is_not_bibtex(tmp_path: Path) -> None:
    path = tmp_path / "scan.bib"
    path.write_bytes(tiny_png())
    result = read_bib_file(path)
    assert result.blocks == []
    [problem] = result.problems
    assert (problem.line, problem.kind) == (1, ProblemKind.NOT_BIBTEX)
    assert "PNG image" in problem.message


def test_plain_text_without_entries_is_not_bibtex(tmp_path: Path) -> None:
    path = tmp_path / "thesis.bib"
    lines = THESIS.read_text(encoding="utf-8").split("\n")[:40]
    path.write_text("\n".join(lines), encoding="utf-8")
    result = read_bib_file(path)
    assert result.entries == []
    [problem] = result.problems
    assert problem.kind is ProblemKind.NOT_BIBTEX
    assert "40 lines of text" in problem.message


def test_windows_1251_file_is_read_with_a_clear_problem(tmp_path: Path) -> None:
    # The first entry of the bundled bibliography saved as Windows-1251, as an
    # old Russian Windows editor would (its Kazakh letters fall back to "?").
    text = BUNDLED.read_text(encoding="utf-8")
    entry = text[text.index("@misc{ref1") : text.index("@article{ref2")]
    data = entry.encode("cp1251", errors="replace")
    path = tmp_path / "cp1251.bib"
    path.write_bytes(data)
    result = read_bib_file(path)
    first_bad = next(index for index, byte in enumerate(data) if byte >= 0x80)
    expected_line = data[:first_bad].count(b"\n") + 1
    problem = result.problems[0]
    assert (problem.kind, problem.line) == (ProblemKind.ENCODING, expected_line)
    assert f"line {expected_line}, column" in problem.message
    assert "Windows-1251" in problem.message
    assert [e.key for e in result.entries] == ["ref1"]  # still read, to be fixed


def test_latin1_file_is_not_called_cyrillic(tmp_path: Path) -> None:
    path = tmp_path / "latin1.bib"
    path.write_bytes("@misc{k, author = {Jaffé, Philipp}, title = {Régeste}}\n".encode("latin-1"))
    [problem] = read_bib_file(path).problems
    assert problem.kind is ProblemKind.ENCODING
    assert "Latin-1" in problem.message and "Windows-1251" not in problem.message


def test_declared_encoding_header_is_obeyed(tmp_path: Path) -> None:
    text = "% Encoding: windows-1251\n@misc{k, title = {Правда}}\n"
    path = tmp_path / "declared.bib"
    path.write_bytes(text.encode("cp1251"))
    result = read_bib_file(path)
    assert result.problems == []
    assert result.encoding == "cp1251"
    assert write_bib(result.blocks) == text


def test_utf8_byte_order_mark_round_trips(tmp_path: Path) -> None:
    data = "\ufeff@misc{k, title = {Қазақ}}\n".encode()
    path = tmp_path / "bom.bib"
    path.write_bytes(data)
    result = read_bib_file(path)
    assert result.problems == []
    assert [e.key for e in result.entries] == ["k"]
    assert write_bib(result.blocks).encode("utf-8") == data


def test_empty_file_is_an_empty_bibliography(tmp_path: Path) -> None:
    path = tmp_path / "empty.bib"
    path.write_bytes(b"")
    result = read_bib_file(path)
    assert (result.blocks, result.problems) == ([], [])
