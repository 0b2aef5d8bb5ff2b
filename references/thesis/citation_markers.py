"""Writing citation markers in a document's own style, and checking numbers.

Reading markers is the parser's job (``references.text.parse_marker``); this
module writes them back: numbers sorted and de-duplicated, runs of three or
more compressed with the dash the author uses (``Document.range_dash``), so
``[5, 3, 4, 4]`` is written ``[3-5]``. Page locators (``[5, с. 12]``) name
pages of one work, not references: when a marker's numbers are rewritten
its locators are kept, attached to the number they followed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Document, Reference
from references.errors import InputError
from references.numbers import compress_numbers, parse_number_list
from references.text import parse_marker
from models.messages import Messages

ThesisErrors = Messages("ThesisErrors")

_RANGE_PART = re.compile(r"^\s*\d+\s*(?:[-–—‒−]\s*\d+)?\s*$")


def format_marker(numbers: Iterable[int], dash: str = "-") -> str:
    """``[3, 5, 4, 9]`` -> ``"[3-5, 9]"``; ValueError for no numbers or a number below 1."""
    values = sorted(set(numbers))
    if not values:
        raise ValueError("a citation marker needs at least one reference number")
    if values[0] < 1:
        raise ValueError(f"reference numbers start at 1, not {values[0]}")
    return f"[{compress_numbers(values, dash)}]"


@dataclass(frozen=True, slots=True)
class _Group:
    numbers: list[int]
    locator: str  # as written after the numbers, with its leading comma; "" when none


def _groups(marker: str) -> list[_Group]:
    """A marker split into ``;`` groups, each with its numbers and locator text."""
    groups: list[_Group] = []
    for group in marker.strip()[1:-1].split(";"):
        parts = group.split(",")
        cut = next((i for i, part in enumerate(parts) if not _RANGE_PART.match(part)), len(parts))
        numbers = parse_number_list(",".join(parts[:cut])) if cut else []
        locator = ("," + ",".join(parts[cut:])).rstrip() if cut < len(parts) else ""
        groups.append(_Group(numbers, locator))
    return groups


def rewrite_marker(marker: str, renumber: Mapping[int, int], dash: str = "-") -> str:
    """``marker`` with each number n replaced by ``renumber.get(n, n)``, in house style.

    A marker without page locators is rewritten sorted and compressed. One
    with locators keeps each locator after the (mapped) numbers it followed.
    """
    parse_marker(marker)  # refuses anything that is not a marker, with the parser's message
    groups = [
        _Group(sorted({renumber.get(n, n) for n in g.numbers}), g.locator) for g in _groups(marker)
    ]
    return _write(groups, dash)


def replace_numbers(marker: str, numbers: Iterable[int], dash: str = "-") -> str:
    """``marker`` citing ``numbers`` instead, keeping the page locators of
    groups whose numbers are all still cited."""
    parse_marker(marker)
    wanted = set(numbers)
    located = [g for g in _groups(marker) if g.locator and g.numbers and set(g.numbers) <= wanted]
    in_located = {n for g in located for n in g.numbers}
    return _write([_Group(sorted(wanted - in_located), ""), *located], dash)


def _write(groups: list[_Group], dash: str) -> str:
    """Groups without a locator merge into one; groups are written by first number."""
    plain = sorted({n for g in groups if not g.locator for n in g.numbers})
    located = [g for g in groups if g.locator]
    if not located:
        return format_marker(plain, dash)
    parts = ([_Group(plain, "")] if plain else []) + located
    parts.sort(key=lambda g: g.numbers[0] if g.numbers else 0)
    return "[" + "; ".join(compress_numbers(g.numbers, dash) + g.locator for g in parts) + "]"


def reference_numbers(session: Session, document_id: int) -> dict[int, int]:
    """Bibliography number -> reference id, for one document."""
    rows = session.execute(
        select(Reference.number, Reference.id).where(
            Reference.document_id == document_id, Reference.number.is_not(None)
        )
    )
    return {number: ref_id for number, ref_id in rows}


def require_known_numbers(session: Session, document: Document, numbers: Iterable[int]) -> list[int]:
    """``numbers`` sorted and de-duplicated; InputError naming any number no reference has."""
    values = sorted(set(numbers))
    if not values:
        raise InputError(ThesisErrors.tr("Give at least one reference number to cite in %1.", repr(document.title)))
    known = reference_numbers(session, document.id)
    unknown = [n for n in values if n not in known]
    if unknown:
        listed = ", ".join(str(n) for n in unknown)
        if known:
            problem = ThesisErrors.tr(
                "No reference numbered %1 in document %2 (%3); its bibliography has numbers %4. Nothing "
                "was changed.",
                listed, document.id, repr(document.title), compress_numbers(sorted(known), document.range_dash),
            )
        else:
            problem = ThesisErrors.tr(
                "No reference numbered %1 in document %2 (%3); its bibliography has no numbers yet. Nothing "
                "was changed.",
                listed, document.id, repr(document.title),
            )
        raise InputError(problem)
    return values
