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

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from rapidfuzz import fuzz, process
from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from models import Reference
from references.library.bib_import import normalise_doi
from references.bibtex import plain_value, split_names
from references.library.merging import FieldConflict, MergeResult, merge_conflicts, merge_references, unmerge
from references.normalize import fold_compact

__all__ = [
    "DuplicatePair",
    "FieldConflict",
    "MergeResult",
    "candidate_pairs",
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
# The fields _entry reads (as plain text); author and editor are read as names.
_COMPARED_FIELDS = ("title", "doi", "isbn", "date", "booktitle", *_LINK_FIELDS)
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
    id: int
    key: str
    number: int | None
    folded_key: str
    family: str
    doi: str
    isbns: frozenset[str]
    title: str  # folded, punctuation removed; "" when there is none
    sorted_title: str  # its words sorted, as token_sort_ratio compares them
    title_digits: tuple[str, ...]
    names: str  # the raw author (or else editor) field; see _surnames
    year: str
    container: str  # folded booktitle of a part
    links: frozenset[str]  # keys it crossrefs (folded)


def find_duplicates(
    session: Session, document_id: int | None = None, *, exhaustive: bool = False
) -> list[DuplicatePair]:
    """Probable duplicates among one document's references, or the whole library's.

    Only pairs that can be duplicates are compared (``candidate_pairs``); ``exhaustive``
    compares every pair instead, which finds the same pairs far more slowly (the tests
    hold the two to each other).
    """
    query = select(Reference.id, Reference.key, Reference.number, Reference.entry_type, Reference.year,
                   Reference.fields).order_by(Reference.number, Reference.id)
    if document_id is not None:
        query = query.where(Reference.document_id == document_id)
    entries = [_entry(row) for row in session.execute(query)]
    compared = combinations(range(len(entries)), 2) if exhaustive else candidate_pairs(entries)
    pairs = [pair for i, j in compared if (pair := _compare(entries[i], entries[j])) is not None]
    return sorted(pairs, key=lambda p: (-p.score, p.first_number or 0, p.first_id, p.second_id))


def candidate_pairs(entries: Sequence[_Entry]) -> list[tuple[int, int]]:
    """Every pair of positions (i < j) that ``_compare`` could report, and few others.

    ``_compare`` pairs two entries only for a shared DOI, a shared ISBN, or titles at least
    ``TITLE_MIN`` alike with the same digits, and then never two entries of different years.
    So entries are put in blocks by DOI, by ISBN, and by the digits of their title, and within
    those by year (an entry without a year meets every year). Titles are compared inside a
    block only when their lengths allow ``TITLE_MIN`` (two strings whose lengths differ by
    more than a tenth of their sum cannot be that alike), in rapidfuzz's C code. Each block
    is still compared pair by pair: a library of 10,000 works of one year and no digits in
    their titles costs what the exhaustive comparison of its titles costs.
    """
    found: set[tuple[int, int]] = set()
    by_doi: dict[str, list[int]] = {}
    by_isbn: dict[str, list[int]] = {}
    by_digits: dict[tuple[str, ...], dict[str, list[int]]] = {}
    for index, entry in enumerate(entries):
        if entry.doi:
            by_doi.setdefault(entry.doi, []).append(index)
        for isbn in entry.isbns:
            by_isbn.setdefault(isbn, []).append(index)
        if entry.title:
            by_digits.setdefault(entry.title_digits, {}).setdefault(entry.year, []).append(index)
    for block in (*by_doi.values(), *by_isbn.values()):
        found.update(combinations(block, 2))  # positions come in ascending order
    for by_year in by_digits.values():
        undated = _by_length(entries, by_year.get("", []))
        for year, block in by_year.items():
            ordered = undated if not year else _by_length(entries, block)
            _similar_titles(entries, ordered, ordered, found)
            if year:  # an undated entry may be a duplicate of an entry of any year
                _similar_titles(entries, ordered, undated, found)
    return sorted(found)


def _by_length(entries: Sequence[_Entry], block: list[int]) -> list[int]:
    return sorted(block, key=lambda i: len(entries[i].sorted_title))


def _similar_titles(
    entries: Sequence[_Entry], queries: list[int], choices: list[int], found: set[tuple[int, int]]
) -> None:
    """Adds the pairs of a query and a choice whose titles (their words sorted, as
    ``token_sort_ratio`` compares them) are at least ``TITLE_MIN`` alike.

    Both lists are sorted by title length. Two titles can be that alike only when their
    lengths differ by at most a tenth of their sum (ratio is 1 - distance / sum, and the
    distance is at least the difference): so each query meets only the choices of lengths
    ``9/11`` to ``11/9`` of its own (one spare each side). The same list twice: each pair once.
    """
    same = queries is choices
    titles = [entries[i].sorted_title for i in choices]
    lengths = [len(t) for t in titles]
    for position, index in enumerate(queries):
        title = entries[index].sorted_title
        low = position + 1 if same else bisect.bisect_left(lengths, len(title) * 9 // 11 - 1)
        high = bisect.bisect_right(lengths, len(title) * 11 // 9 + 1, lo=low)
        if high <= low:
            continue
        for _choice, _score, offset in process.extract(
            title, titles[low:high], scorer=fuzz.ratio, processor=None, score_cutoff=TITLE_MIN - 1, limit=None
        ):
            other = choices[low + offset]
            found.add((index, other) if index < other else (other, index))


def _entry(row: Row[tuple[int, str, int | None, str, str, list[list[str]]]]) -> _Entry:
    """What ``_compare`` looks at, from a reference's row."""
    raw: dict[str, str] = {}  # lower-case name -> the first raw value of that name
    for name, value in row.fields:
        raw.setdefault(name.lower(), value)
    fields = {name: plain_value(raw[name], None, name) for name in _COMPARED_FIELDS if name in raw}
    entry_type = row.entry_type.lower()
    title = _words(fields.get("title", ""))
    year = _YEAR.search(row.year or fields.get("date", ""))
    return _Entry(
        id=row.id,
        key=row.key,
        number=row.number,
        folded_key=fold_compact(row.key),
        family="part" if entry_type in _PARTS else "whole" if entry_type in _WHOLES else entry_type,
        doi=normalise_doi(fields["doi"]) if fields.get("doi", "").strip() else "",
        isbns=frozenset(i for i in (normalise_isbn(t) for t in re.split(r"[\s,;]+", fields.get("isbn", ""))) if i),
        title=title,
        sorted_title=" ".join(sorted(title.split())),
        title_digits=tuple(_DIGITS.findall(title)),
        names=raw.get("author") or raw.get("editor") or "",
        year=year.group(0) if year else "",
        container=_words(fields.get("booktitle", "")),
        links=frozenset(
            fold_compact(key) for f in _LINK_FIELDS for key in fields.get(f, "").split(",") if key.strip()
        ),
    )


@lru_cache(maxsize=4096)
def _surnames(names: str) -> str:
    """Folded surnames of a raw name list, sorted, space-separated (read only for the few
    entries whose titles agree, and once for a name list many entries share)."""
    folded = sorted(
        fold_compact(_PUNCT.sub(" ", n.last)) for n in split_names(names) if not n.is_others and n.last.strip()
    )
    return " ".join(s for s in folded if s)


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
    if a.family != b.family and {a.family, b.family} == {"part", "whole"}:
        return True
    if (a.container and a.container == b.title) or (b.container and b.container == a.title):
        return True
    return a.folded_key in b.links or b.folded_key in a.links


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
    a_surnames, b_surnames = _surnames(a.names), _surnames(b.names)
    if a_surnames and b_surnames:
        author_score = fuzz.token_sort_ratio(a_surnames, b_surnames)
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
    return DuplicatePair(a.id, b.id, a.key, b.key, a.number, b.number, score, reasons)
