"""The duplicate finder on a 10,000-entry library with planted duplicates (issue 15:
under 2 s), against loading the same references from the library in the same run.

The library is written by ``planted_bib``: entries shaped like a thesis's (Kazakh,
Russian and English titles and names, see ``benchmarks.large_vocabulary``), a tenth of
them with a planted twin of some kind (the same entry under another key, a typo in the
title, no year, an initial changed, the same DOI with another title, one ISBN for a
book and its chapter, the same title in another year or with other digits, a word
added). ``tests/references/library/test_duplicates.py`` holds the finder to the
comparison of every pair on a 2,000-entry library of the same kind.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from benchmarks.harness import Result
from benchmarks.large_vocabulary import entry
from models import Reference
from models.db import open_library
from references.bibtex import parse_bib
from references.library.bib_import import apply_bib_import, plan_bib_import
from references.library.duplicates import find_duplicates

ENTRIES = 10_000


def _field(fields: list[list[str]], name: str) -> str | None:
    for field_name, value in fields:
        if field_name == name:
            return value.strip("{}")
    return None


def _with(fields: list[list[str]], name: str, value: str | None) -> list[list[str]]:
    """``fields`` with ``name`` set to ``value`` (removed for None)."""
    kept = [[n, v] for n, v in fields if n != name]
    return kept if value is None else [*kept, [name, f"{{{value}}}"]]


def _typo(text: str, rng: random.Random) -> str:
    at = rng.randrange(1, max(2, len(text) - 1))
    kind = rng.randrange(3)
    if kind == 0:
        return text[:at] + text[at + 1 :]  # a letter dropped
    if kind == 1:
        return text[:at] + text[at] + text[at:]  # a letter doubled
    return text.replace(" ", ", ", 1)  # punctuation only


def _twin(fields: list[list[str]], rng: random.Random, number: int) -> list[list[str]]:
    """Another entry made from ``fields``: a duplicate or a near miss."""
    title = _field(fields, "title") or ""
    year = _field(fields, "year") or "2000"
    kind = rng.randrange(10)
    if kind == 0:  # the same entry under another key
        return fields
    if kind == 1:  # a typo in the title, no DOI
        return _with(_with(fields, "title", _typo(title, rng)), "doi", None)
    if kind == 2:  # no year
        return _with(_with(fields, "year", None), "doi", None)
    if kind == 3:  # an initial changed
        author = _field(fields, "author") or "Smith, A."
        return _with(_with(fields, "author", author[:-2] + "Z."), "doi", None)
    if kind == 4:  # the same DOI under another title (the entry's DOI: see planted_bib)
        return _with(fields, "title", f"Review of {title}")
    if kind == 5:  # the same title in another year: a near miss
        return _with(_with(fields, "year", str(int(year) + 1)), "doi", None)
    if kind == 6:  # the same title with other digits: a near miss
        return _with(_with(fields, "title", f"{title} 2014-2020"), "doi", None)
    if kind == 7:  # a word added to the title
        return _with(_with(fields, "title", f"{title} {rng.choice(['және', 'and', 'и', 'policy'])}"), "doi", None)
    if kind == 8:  # the title alone, nothing else both state: not enough
        return [["title", f"{{{title}}}"]]
    return _with(fields, "doi", f"10.5555/silteme.dup.{number}")  # one of two DOIs


def planted_bib(count: int = ENTRIES, seed: int = 7) -> str:
    """``count`` entries, a tenth of them twins of another (see the module's docstring)."""
    rng = random.Random(seed)
    blocks: list[tuple[str, list[list[str]]]] = []
    isbn = 0
    while len(blocks) < count:
        number = len(blocks)
        made = entry(rng, number)
        fields = made.fields
        if made.entry_type == "book" and rng.random() < 0.3:  # a book and a chapter of it: one ISBN
            isbn += 1
            fields = _with(fields, "isbn", f"978-601-{isbn:06d}-0")
            title = _field(fields, "title") or ""
            blocks.append(("book", fields))
            chapter = _with(_with(fields, "title", f"Chapter of {title}"), "booktitle", title)
            blocks.append(("incollection", _with(chapter, "doi", None)))
            continue
        if rng.random() >= 0.1:
            blocks.append((made.entry_type, fields))
            continue
        if _field(fields, "doi") is None and rng.random() < 0.5:
            fields = _with(fields, "doi", f"10.5555/silteme.twin.{number}")
        blocks.append((made.entry_type, fields))
        blocks.append((made.entry_type, _twin(fields, rng, number)))
    out = []
    for key, (entry_type, fields) in enumerate(blocks[:count]):
        body = ",\n".join(f"  {name} = {value}" for name, value in fields)
        out.append(f"@{entry_type}{{dup{key},\n{body}\n}}\n")
    return "\n".join(out)


def _ms(fn) -> float:  # noqa: ANN001
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        library = open_library(Path(folder) / "dupes.sqlite")
        try:
            with library.session() as session:
                apply_bib_import(session, plan_bib_import(session, parse_bib(planted_bib()), "planted.bib"))
            found: list[object] = []

            def ours() -> None:
                with library.session() as session:
                    found[:] = find_duplicates(session)

            def baseline() -> None:
                with library.session() as session:
                    session.scalars(select(Reference).order_by(Reference.number, Reference.id)).all()

            baseline_ms = min(_ms(baseline) for _ in range(3))
            ours_ms = min(_ms(ours) for _ in range(3))
        finally:
            library.close()
    return [
        Result(f"find duplicates among {ENTRIES:,} references ({len(found)} pairs)", ours_ms, baseline_ms,
               "loading the references", "under 2 s"),
    ]


if __name__ == "__main__":
    for result in run():
        print(result.line())
