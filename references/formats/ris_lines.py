"""Cut RIS text into records, line by line, noting what is wrong and where.

rispy reads a well-formed file well, but on a damaged one it silently
merges two records when an ``ER`` is missing, drops the last record when
the file is cut short, and reads ``TY - JOUR`` (one space) as text. So the
text is first cut here into one chunk per record, each a clean, ``ER``-
terminated piece that rispy can read, with every problem kept with its
1-based line number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# What rispy accepts: two-character tag, two spaces, dash.
_STRICT_TAG = re.compile(r"^(?P<tag>[A-Z][A-Z0-9])  -(?: (?P<value>.*))?$")
# What people and old exporters also write: "TY - JOUR", " AU   -  Name".
_LOOSE_TAG = re.compile(r"^\s*(?P<tag>[A-Z][A-Z0-9])\s{1,4}-(?:\s+(?P<value>.*))?$")
# rispy's own writer numbers its records with lines like "1."; they carry nothing.
_COUNTER = re.compile(r"^\s*\d+\.?\s*$")


@dataclass(frozen=True, slots=True)
class RisProblem:
    """Something wrong in an RIS file, at a 1-based line, told in a sentence."""

    line: int
    message: str


@dataclass
class RisChunk:
    """One record's lines in rispy's strict form, with their source line numbers."""

    start_line: int
    lines: list[tuple[int, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(text for _, text in self.lines) + "\n"

    def line_of(self, tag: str) -> int:
        """Line of the first ``tag`` line, or of the ``TY`` line."""
        prefix = f"{tag}  -"
        return next((n for n, text in self.lines if text.startswith(prefix)), self.start_line)


@dataclass
class _Scanner:
    chunks: list[RisChunk] = field(default_factory=list)
    problems: list[RisProblem] = field(default_factory=list)
    current: RisChunk | None = None
    last_tag: str | None = None
    in_junk: bool = False

    def feed(self, number: int, raw: str) -> None:
        line = raw.rstrip()
        tag, value = self._tag(number, line)
        if self.current is None:
            self._outside(number, line, tag, value)
        elif tag == "TY":
            self.problems.append(
                RisProblem(
                    number,
                    f"a new record starts before the ER of the record at line "
                    f"{self.current.start_line}; that record is read up to here",
                )
            )
            self._close()
            self._open(number, value)
        elif tag == "ER":
            self._close()
        elif tag is not None:
            self.current.lines.append((number, f"{tag}  - {value}"))
            self.last_tag = tag
        elif line.strip():
            if self.last_tag in (None, "TY"):
                self.problems.append(RisProblem(number, "text with no tag is ignored"))
            else:  # continuation of the previous tag's value
                self.current.lines.append((number, line.strip()))

    def finish(self) -> None:
        if self.current is not None:
            self.problems.append(
                RisProblem(
                    self.current.start_line,
                    "the record has no ER line; it is read up to the end of the file",
                )
            )
            self._close()

    def _tag(self, number: int, line: str) -> tuple[str | None, str]:
        strict = _STRICT_TAG.match(line)
        if strict:
            return strict["tag"], (strict["value"] or "").strip()
        loose = _LOOSE_TAG.match(line)
        if loose:
            self.problems.append(
                RisProblem(
                    number,
                    f"tag line is not in the 'XX  - value' form; read as {loose['tag']}",
                )
            )
            return loose["tag"], (loose["value"] or "").strip()
        return None, line

    def _outside(self, number: int, line: str, tag: str | None, value: str) -> None:
        if tag == "TY":
            self._open(number, value)
            return
        if not line.strip() or _COUNTER.match(line):
            self.in_junk = False
            return
        if not self.in_junk:
            what = "an ER with no record" if tag == "ER" else "text outside any record"
            self.problems.append(RisProblem(number, f"{what} is ignored"))
        self.in_junk = True

    def _open(self, number: int, type_code: str) -> None:
        self.current = RisChunk(start_line=number, lines=[(number, f"TY  - {type_code}")])
        self.last_tag = "TY"
        self.in_junk = False

    def _close(self) -> None:
        assert self.current is not None
        self.current.lines.append((self.current.lines[-1][0], "ER  - "))
        self.chunks.append(self.current)
        self.current = None
        self.last_tag = None


def split_records(text: str) -> tuple[list[RisChunk], list[RisProblem]]:
    """Chunks, one per record, and the problems met while cutting them."""
    scanner = _Scanner()
    for number, raw in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
        scanner.feed(number, raw)
    scanner.finish()
    return scanner.chunks, scanner.problems
