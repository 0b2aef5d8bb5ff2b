"""Silteme's own fields in a .bib entry: the bibliography number, completeness, provenance.

They are named so that JabRef, BibTeX and biber ignore them (unknown fields
are kept and skipped): ``silteme-number = {57}`` is the reference's number
in the thesis's numbered bibliography, ``silteme-complete = {false}`` says
whether the author has checked the entry as complete, and
``silteme-provenance = {Тезисте: «…»}`` keeps what the thesis itself says
beside the reference's markers (styles print ``note``; they skip this).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from references.bibtex.model import RawField, fields_by_name
from references.bibtex.values import unwrapped

NUMBER_FIELD = "silteme-number"
COMPLETE_FIELD = "silteme-complete"
# No thesis has a million references; larger numbers (2**63) cannot be stored either.
MAX_NUMBER = 999_999
#: Where a reference comes from in the thesis: the citing sentences, verbatim.
#: Not ``note``, which every style prints in the bibliography.
PROVENANCE_FIELD = "silteme-provenance"
#: A reference made from a thesis's printed list: the entry exactly as printed.
VERBATIM_FIELD = "silteme-verbatim"
#: Fields only Silteme reads (JabRef's ``groups`` too): left out of an export for LaTeX.
SILTEME_ONLY_FIELDS = frozenset({NUMBER_FIELD, COMPLETE_FIELD, PROVENANCE_FIELD, "groups"})


def silteme_number(fields: Mapping[str, str] | Iterable[RawField]) -> int | None:
    """The bibliography number in an entry's raw fields, if it has a valid one."""
    raw = fields_by_name(fields).get(NUMBER_FIELD)
    if raw is None:
        return None
    text = unwrapped(raw).strip()
    # ASCII digits only: str.isdigit() also takes "²" and other digits int() refuses.
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(MAX_NUMBER)):
        return None
    number = int(text)
    return number if 1 <= number <= MAX_NUMBER else None


def silteme_complete(fields: Mapping[str, str] | Iterable[RawField]) -> bool | None:
    """The completeness flag in an entry's raw fields (None when absent or unreadable)."""
    raw = fields_by_name(fields).get(COMPLETE_FIELD)
    if raw is None:
        return None
    return {"true": True, "false": False}.get(unwrapped(raw).strip().lower())


def number_value(number: int) -> str:
    """The raw value of ``silteme-number``."""
    if number < 1:
        raise ValueError(f"bibliography numbers start at 1, not {number}")
    return "{" + str(number) + "}"


def complete_value(complete: bool) -> str:
    """The raw value of ``silteme-complete``."""
    return "{true}" if complete else "{false}"
