"""``validate_entry``: what is missing or malformed in one entry, field by field.

Works on PLAIN field values (as ``values.plain_value`` gives them), so
macros are already resolved and LaTeX decoded. Missing required fields are
not reported for an entry with ``crossref`` or ``xdata``: it may inherit
them from its parent, which only the whole file can tell.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from references.bibtex import identifiers
from references.bibtex.entry_types import entry_type_fields
from references.bibtex.model import RawField, fields_by_name

_INHERITING_FIELDS = ("crossref", "xdata")

_CHECKS: dict[str, Callable[[str], str | None]] = {
    "year": identifiers.check_year,
    "date": identifiers.check_date,
    "urldate": identifiers.check_date,
    "eventdate": identifiers.check_date,
    "origdate": identifiers.check_date,
    "month": identifiers.check_month,
    "pages": identifiers.check_pages,
    "doi": identifiers.check_doi,
    "isbn": identifiers.check_isbn,
    "issn": identifiers.check_issn,
    "url": identifiers.check_url,
}


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """A problem with one field (lower-case name); for a missing one, the first alternative."""

    field: str
    message: str


def validate_entry(
    entry_type: str, plain_fields: Mapping[str, str] | Iterable[RawField]
) -> list[FieldProblem]:
    """Problems of one entry: required fields missing, values of the wrong shape."""
    fields = {name: value.strip() for name, value in fields_by_name(plain_fields).items()}
    problems: list[FieldProblem] = []
    required, _optional = entry_type_fields(entry_type)
    if not any(fields.get(name) for name in _INHERITING_FIELDS):
        for alternatives in required:
            if not any(fields.get(name) for name in alternatives):
                problems.append(FieldProblem(alternatives[0], _missing(entry_type, alternatives)))
    for name, value in fields.items():
        check = _CHECKS.get(name)
        if check is not None and value:
            message = check(value)
            if message is not None:
                problems.append(FieldProblem(name, message))
    return problems


def _missing(entry_type: str, alternatives: tuple[str, ...]) -> str:
    names = " or ".join(f"'{name}'" for name in alternatives)
    return f"A @{entry_type.lower()} entry needs {names}."
