"""A thesis's printed reference list made into its numbered references.

Word, plain-text and PDF theses end with a list ("ПАЙДАЛАНЫЛҒАН ӘДЕБИЕТТЕР
ТІЗІМІ", "СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ", "References"). Each of its
entries becomes an incomplete reference with its number, the entry's text
kept whole in ``silteme-verbatim``, and only the fields the text states
unambiguously (``references.text.reference_entries``). Nothing is guessed:
whatever the reading does not recognise stays in the verbatim text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Reference
from references.bibtex import field_value
from references.bibtex.silteme_fields import (
    COMPLETE_FIELD,
    NUMBER_FIELD,
    VERBATIM_FIELD,
    complete_value,
    number_value,
)
from references.text.reference_entries import parse_entry
from references.thesis.reference_fields import refresh_plain_columns


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One entry of the printed list: its number as written (None if unnumbered) and its text."""

    number: int | None
    text: str


@dataclass(frozen=True)
class ListedReferences:
    references: list[Reference]
    parsed: int  # entries whose style (GOST, APA) was recognised
    warnings: list[str]


def numbered(entries: Sequence[ListEntry]) -> tuple[list[tuple[int, ListEntry]], list[str]]:
    """Each entry with its number: as written when the written numbers run up, else 1, 2, 3..."""
    written = [e.number for e in entries]
    if all(n is not None for n in written) and all(b > a for a, b in zip(written, written[1:], strict=False)):  # type: ignore[operator]  # all ints
        return [(e.number, e) for e in entries], []  # type: ignore[misc]  # checked: no None
    warnings = []
    if any(n is not None for n in written):
        warnings.append(
            "The reference list's own numbers do not run up one by one; its entries were numbered "
            "1, 2, 3... in their order."
        )
    return [(i + 1, e) for i, e in enumerate(entries)], warnings


def create_listed_references(session: Session, document_id: int, entries: Sequence[ListEntry]) -> ListedReferences:
    """The list's entries as the document's numbered references (caller's transaction)."""
    pairs, warnings = numbered(entries)
    taken = set(session.scalars(select(Reference.key).where(Reference.key.like(f"doc{document_id}-%"))))
    refs = []
    parsed_count = 0
    for number, entry in pairs:
        reading = parse_entry(entry.text)
        if reading.style != "unparsed":
            parsed_count += 1
        fields: list[list[str]] = []
        for name, value in reading.fields.items():
            try:
                fields.append([name, field_value(name, value)])
            except ValueError:
                continue  # a value BibTeX cannot hold stays in the verbatim text only
        fields.append([VERBATIM_FIELD, field_value(VERBATIM_FIELD, entry.text)])
        fields.append([NUMBER_FIELD, number_value(number)])
        fields.append([COMPLETE_FIELD, complete_value(False)])
        key = f"doc{document_id}-ref{number}"
        while key in taken:
            key += "x"
        taken.add(key)
        ref = Reference(
            document_id=document_id,
            number=number,
            key=key,
            entry_type=reading.entry_type,
            fields=fields,
            raw=None,
            modified=True,
            complete=False,
        )
        refresh_plain_columns(ref)
        if not ref.title:
            ref.title = entry.text  # shown in lists until someone completes the entry
        session.add(ref)
        refs.append(ref)
    session.flush()
    return ListedReferences(refs, parsed_count, warnings)
