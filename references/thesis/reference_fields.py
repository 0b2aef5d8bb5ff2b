"""Plain-text views of a reference's raw BibTeX fields, kept in the row.

``Reference.fields`` holds values exactly as written; the plain ``title``,
``authors`` and ``year`` columns exist for sorting, filtering and search.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from models import Reference
from references.bibtex import plain_value
from references.bibtex.groups import GROUPS_FIELD
from references.bibtex.silteme_fields import COMPLETE_FIELD as SILTEME_COMPLETE
from references.bibtex.silteme_fields import NUMBER_FIELD as SILTEME_NUMBER
from references.safe_text import clean_text

# Fields Silteme writes for itself; they are not bibliographic data.
OWN_FIELDS = {SILTEME_NUMBER, SILTEME_COMPLETE, GROUPS_FIELD}

_YEAR = re.compile(r"\d{4}")


def plain(ref: Reference, name: str, strings: Mapping[str, str] | None = None) -> str:
    raw = ref.field(name)
    return plain_value(raw, strings, name) if raw is not None else ""


def plain_fields(ref: Reference, strings: Mapping[str, str] | None = None) -> dict[str, str]:
    """Lower-case field name -> human text, without Silteme's own fields."""
    out: dict[str, str] = {}
    for name, raw in ref.fields:
        lname = name.lower()
        if lname not in OWN_FIELDS and lname not in out:
            # notes and the tags an RIS file brought keep one value per line (N1, AD... go back out one by one)
            out[lname] = plain_value(raw, strings, lname, keep_lines=lname == "note" or lname.startswith("ris-"))
    return out


def refresh_plain_columns(ref: Reference, strings: Mapping[str, str] | None = None) -> None:
    """Recompute the plain title/authors/year copies after the fields changed."""
    fields = plain_fields(ref, strings)
    ref.title, ref.authors, ref.year = plain_columns(
        fields.get("title", ""), fields.get("author") or fields.get("editor", ""), fields.get("year") or fields.get("date", "")
    )


def plain_columns(title: str, authors: str, date: str) -> tuple[str, str, str]:
    """The (title, authors, year) columns from plain field texts (control characters out)."""
    title, authors, date = clean_text(title), clean_text(authors), clean_text(date)
    match = _YEAR.search(date)
    return title, authors, match.group(0) if match else date[:32]


def set_field(ref: Reference, name: str, raw_value: str | None) -> None:
    """Set (or with None remove) a raw field, keeping the order of the others."""
    lname = name.lower()
    fields: list[list[str]] = []
    done = False
    for fname, value in ref.fields:
        if fname.lower() != lname:
            fields.append([fname, value])
        elif not done and raw_value is not None:
            fields.append([fname, raw_value])
            done = True
        else:
            done = True
    if not done and raw_value is not None:
        fields.append([name, raw_value])
    ref.fields = fields
    ref.modified = True
