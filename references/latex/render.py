"""Turning the scanned body into the parsed document the store understands.

Once every citation is read, each key has a number (its place in the
bibliography order); here each placeholder becomes what a reader sees:
``[3]``, ``[3, 5]``, ``[4, p. 12]``, ``see [2]``, ``Smith et al. [7]`` for a
textual citation. The bracketed part is the marker, written as the
thesis's other markers are, so editing in Silteme treats it like any other.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from references.latex.body import LITERAL_BASE, USE_BASE, ScannedBody
from references.latex.cites import CiteCommand
from references.latex.convert import latex_to_text
from references.thesis.citation_markers import format_marker
from references.text.claims import find_claims
from references.text.markers import MARKER
from references.text.structure import ParsedBlock, ParsedCitation, ParsedDocument, ParsedSection

_PAGES = re.compile(r"^(?:(p|pp|s|S|с|б|стр|бет)\.?\s*)?(\d[\d\s,–—-]*)$")
_NO_SPACE_BEFORE = "([«“„ \u00a0\n"


@dataclass(frozen=True, slots=True)
class WorkLabel:
    """What a textual citation prints for a work: its authors' short form, year and title."""

    authors: str
    year: str
    title: str


@dataclass(frozen=True, slots=True)
class CiteRecord:
    """Where a citation stands in the source and in the text (for write-back)."""

    use: int  # index into ScannedBody.cites
    block: int  # block position
    text_start: int  # the rendered citation (prefix, marker, suffix) in the block text
    text_end: int
    marker_start: int  # -1 when nothing bracketed is shown
    marker_end: int


def render_document(
    body: ScannedBody, numbers: Mapping[str, int], labels: Mapping[str, WorkLabel], dash: str = "-"
) -> tuple[ParsedDocument, list[CiteRecord]]:
    sections = [ParsedSection(s.title, s.number, s.kind, s.level, s.parent_index) for s in body.sections]  # type: ignore[arg-type]
    blocks: list[ParsedBlock] = []
    records: list[CiteRecord] = []
    for position, raw in enumerate(body.blocks):
        out: list[str] = []
        length = 0
        citations: list[ParsedCitation] = []
        for char in raw.text:
            code = ord(char)
            if code >= USE_BASE:
                use_index = code - USE_BASE
                command = body.cites[use_index].command
                before = "".join(out[-1:])[-1:] if out else ""
                prefix, marker, suffix, numbers_used = render_cite(command, numbers, labels, dash)
                space = " " if before and before not in _NO_SPACE_BEFORE and (prefix or marker) else ""
                piece_start = length + len(space)
                marker_start = piece_start + len(prefix)
                pieces = space + prefix + marker + suffix
                out.append(pieces)
                length += len(pieces)
                if marker:
                    citations.append(ParsedCitation(marker_start, marker_start + len(marker), marker, numbers_used))
                records.append(CiteRecord(use_index, position, piece_start, length,
                                          marker_start if marker else -1,
                                          marker_start + len(marker) if marker else -1))
            elif LITERAL_BASE <= code < LITERAL_BASE + len(raw.literals):
                literal = raw.literals[code - LITERAL_BASE]
                out.append(literal)
                length += len(literal)
            else:
                out.append(char)
                length += 1
        text = "".join(out)
        blocks.append(
            ParsedBlock(
                kind=raw.kind,  # type: ignore[arg-type]
                text=text,
                section_index=raw.section_index,
                first_line=0,
                last_line=0,
                caption=raw.caption,
                citations=citations,
                claims=find_claims(text, citations),
            )
        )
    return ParsedDocument(sections, blocks, list(body.warnings)), records


def render_cite(
    command: CiteCommand, numbers: Mapping[str, int], labels: Mapping[str, WorkLabel], dash: str = "-"
) -> tuple[str, str, str, list[int]]:
    """(text before the marker, the marker, text after it, the numbers it cites)."""
    keys = [k for k in command.keys if k in numbers]
    if command.author_only:
        return _names(keys, labels), "", "", []
    if command.year_only:
        return ", ".join(labels[k].year for k in keys if k in labels and labels[k].year), "", "", []
    if command.name in ("citetitle", "Citetitle"):
        return ", ".join(labels[k].title for k in keys if k in labels), "", "", []
    if command.name == "citeurl":
        return "", "", "", []
    if not keys:
        return "", "", "", []
    prenote = _note(command.global_prenote)
    groups: list[str] = []
    notes_outside: list[str] = []
    values: list[int] = []
    for group in command.groups:
        group_numbers = sorted({numbers[k] for k in group.keys if k in numbers})
        if not group_numbers:
            continue
        values.extend(group_numbers)
        prenote = prenote or _note(group.prenote)
        written = format_marker(group_numbers, dash)[1:-1]
        locator = _locator(_note(group.postnote))
        if locator:
            written += ", " + locator
        elif group.postnote:
            notes_outside.append(_note(group.postnote))
        groups.append(written)
    marker = "[" + "; ".join(groups) + "]"
    if not MARKER.fullmatch(marker):
        marker = format_marker(sorted(set(values)), dash)
    suffix_notes = [n for n in [*notes_outside, _note(command.global_postnote)] if n]
    suffix = f" ({'; '.join(suffix_notes)})" if suffix_notes else ""
    prefix = ""
    if command.textual:
        prefix = _names(keys, labels)
        prefix = f"{prefix} " if prefix else ""
    if prenote:
        prefix = f"{prefix}{prenote} "
    return prefix, marker, suffix, sorted(set(values))


def _note(source: str) -> str:
    return latex_to_text(source) if source else ""


def _locator(note: str) -> str:
    """A postnote that names pages, written as the marker's locator ("p. 12"); else ""."""
    match = _PAGES.match(note.strip())
    if not match:
        return ""
    word = match.group(1) or ("pp" if re.search(r"[–—,-]", match.group(2)) else "p")
    return f"{word}. {match.group(2).strip()}"


def _names(keys: list[str], labels: Mapping[str, WorkLabel]) -> str:
    return ", ".join(labels[k].authors for k in keys if k in labels and labels[k].authors)
