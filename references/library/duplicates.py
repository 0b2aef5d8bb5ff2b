"""Finding references that are probably the same work.

Two entries are reported when they share a DOI (scored lower when their
titles differ: one may carry the other's DOI by mistake), or an ISBN and
agreeing titles (chapters of one book share its ISBN), or near-identical
titles AND agree on at least one more field both of them have: authors'
surnames or the year. A field missing on either side is never evidence:
two entries that hold only a note, or only the same author, are not
duplicates. Entries known to be different things are never paired: a
chapter and the book holding it, or entries linked by crossref, xdata or
related. Digits in titles must match ("2014–2020" is not "2020-2030").

Merging them is ``references.library.merging``; both are re-exported here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Reference
from references.library.bib_import import normalise_doi
from references.bibtex import split_names
from references.library.merging import FieldConflict, MergeResult, merge_conflicts, merge_references, unmerge
from references.normalize import fold_compact
from references.thesis.reference_fields import plain_fields

__all__ = [
    "DuplicatePair",
    "FieldConflict",
    "MergeResult",
    "find_duplicates",
    "merge_conflicts",
    "merge_references",
    "normalise_isbn",
    "unmerge",
]

TITLE_MIN = 90  # rapidfuzz token_sort_ratio of folded titles
AUTHORS_MIN = 85  # of the sorted surnames

# Fields naming other entries (comma-separated keys): linked entries are
# different works on purpose (a volume and its set, a translation).
_LINK_FIELDS = ("crossref", "xdata", "related")
_PUNCT = re.compile(r"[^\w\s]")
_DIGITS = re.compile(r"\d+")
_YEAR = re.compile(r"\d{4}")
# A part of a book or proceedings is never the same work as a whole volume.
_PARTS = {"inbook", "incollection", "inproceedings", "conference", "bookinbook", "suppbook",
          "suppcollection", "inreference", "suppperiodical"}
_WHOLES = {"book", "mvbook", "collection", "mvcollection", "proceedings", "mvproceedings",
           "reference", "mvreference", "periodical", "booklet", "manual"}


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two references that are probably one work; ``first`` comes first in bibliography order."""

    first_id: int
    second_id: int
    first_key: str
    second_key: str
    first_number: int | None
    second_number: int | None
    score: float  # 0..1: 1 for a shared DOI, 0.95 for an ISBN, else how alike the compared fields are
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Entry:
    ref: Reference
    family: str
    doi: str
    isbns: frozenset[str]
    title: str  # folded, punctuation removed; "" when there is none
    title_digits: tuple[str, ...]
    surnames: str  # folded surnames, sorted, space-separated
    year: str
    container: str  # folded booktitle of a part
    links: frozenset[str]  # keys it crossrefs (folded)


def find_duplicates(session: Session, document_id: int | None = None) -> list[DuplicatePair]:
    """Probable duplicates among one document's references, or the whole library's."""
    query = select(Reference).order_by(Reference.number, Reference.id)
    if document_id is not None:
        query = query.where(Reference.document_id == document_id)
    entries = [_entry(ref) for ref in session.scalars(query)]
    pairs = [pair for a, b in combinations(entries, 2) if (pair := _compare(a, b)) is not None]
    return sorted(pairs, key=lambda p: (-p.score, p.first_number or 0, p.first_id, p.second_id))


def _entry(ref: Reference) -> _Entry:
    fields = plain_fields(ref)
    entry_type = ref.entry_type.lower()
    names = ref.field("author") or ref.field("editor") or ""
    surnames = sorted(
        fold_compact(_PUNCT.sub(" ", n.last)) for n in split_names(names) if not n.is_others and n.last.strip()
    )
    title = _words(fields.get("title", ""))
    year = _YEAR.search(ref.year or fields.get("date", ""))
    return _Entry(
        ref=ref,
        family="part" if entry_type in _PARTS else "whole" if entry_type in _WHOLES else entry_type,
        doi=normalise_doi(fields["doi"]) if fields.get("doi", "").strip() else "",
        isbns=frozenset(i for i in (normalise_isbn(t) for t in re.split(r"[\s,;]+", fields.get("isbn", ""))) if i),
        title=title,
        title_digits=tuple(_DIGITS.findall(title)),
        surnames=" ".join(s for s in surnames if s),
        year=year.group(0) if year else "",
        container=_words(fields.get("booktitle", "")),
        links=frozenset(
            fold_compact(key) for f in _LINK_FIELDS for key in fields.get(f, "").split(",") if key.strip()
        ),
    )


def _words(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", fold_compact(text)).split())


def normalise_isbn(text: str) -> str:
    """An ISBN as its 13 digits ("0-822-32714-7" -> "9780822327141"); "" if it is not one."""
    digits = re.sub(r"[^0-9Xx]", "", text).upper()
    if len(digits) == 10 and digits[:9].isdigit():
        stem = "978" + digits[:9]
    elif len(digits) == 13 and digits.isdigit():
        return digits
    else:
        return ""
    check = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(stem)) % 10) % 10
    return stem + str(check)


def _related(a: _Entry, b: _Entry) -> bool:
    """Known to be two different things: a part and a whole, or linked by crossref."""
    if {a.family, b.family} == {"part", "whole"}:
        return True
    if (a.container and a.container == b.title) or (b.container and b.container == a.title):
        return True
    return fold_compact(a.ref.key) in b.links or fold_compact(b.ref.key) in a.links


def _compare(a: _Entry, b: _Entry) -> DuplicatePair | None:
    if _related(a, b):
        return None
    title_score = fuzz.token_sort_ratio(a.title, b.title) if a.title and b.title else None
    titles_agree = title_score is not None and title_score >= TITLE_MIN and a.title_digits == b.title_digits
    if a.doi and b.doi:
        if a.doi != b.doi:
            return None
        if title_score is None or titles_agree:
            return _pair(a, b, 1.0, (f"same DOI {a.doi}",))
        # One work, or one entry carries the other's DOI by mistake: look either way.
        return _pair(a, b, 0.75, (f"same DOI {a.doi}", f"but titles only {title_score:.0f}% alike"))
    shared_isbn = sorted(a.isbns & b.isbns)
    if shared_isbn and (title_score is None or titles_agree):
        return _pair(a, b, 0.95, (f"same ISBN {shared_isbn[0]}",))
    if not titles_agree or title_score is None:
        return None
    scores = [title_score]
    reasons = [f"titles {title_score:.0f}% alike"]
    if a.surnames and b.surnames:
        author_score = fuzz.token_sort_ratio(a.surnames, b.surnames)
        if author_score < AUTHORS_MIN:
            return None
        scores.append(author_score)
        reasons.append(f"authors {author_score:.0f}% alike")
    if a.year and b.year:
        if a.year != b.year:
            return None
        scores.append(100.0)
        reasons.append(f"same year {a.year}")
    if len(scores) == 1:
        return None  # a title alone, with nothing else both entries state, is not enough
    return _pair(a, b, round(sum(scores) / len(scores) / 100, 3), tuple(reasons))


def _pair(a: _Entry, b: _Entry, score: float, reasons: tuple[str, ...]) -> DuplicatePair:
    return DuplicatePair(
        a.ref.id, b.ref.id, a.ref.key, b.ref.key, a.ref.number, b.ref.number, score, reasons
    )
