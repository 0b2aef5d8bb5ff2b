"""The duplicate finder compares only pairs that can be duplicates (blocks by DOI, ISBN,
title digits and year, titles of compatible lengths) and finds exactly what comparing
every pair finds: on the bundled library, on three real .bib files, and on generated
libraries with planted duplicates of every kind the finder knows (issue 15)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from benchmarks.bench_duplicates import planted_bib
from models import Document, Reference
from models.db import Library, open_library
from references.bibtex import parse_bib
from references.library import duplicates
from references.library.bib_import import apply_bib_import, plan_bib_file, plan_bib_import
from references.library.duplicates import find_duplicates
from references.thesis.reference_fields import refresh_plain_columns
from tests.conftest import SHARED_BIB


def _planted(tmp_path: Path, count: int) -> Iterator[Library]:
    library = open_library(tmp_path / "planted.sqlite")
    with library.session() as session:
        apply_bib_import(session, plan_bib_import(session, parse_bib(planted_bib(count)), "planted.bib"))
    yield library
    library.close()


@pytest.fixture
def planted(tmp_path: Path) -> Iterator[Library]:
    yield from _planted(tmp_path, 500)


@pytest.fixture
def planted_2000(tmp_path: Path) -> Iterator[Library]:
    yield from _planted(tmp_path, 2000)


def _count_compares(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    compare = duplicates._compare

    def counted(a: duplicates._Entry, b: duplicates._Entry) -> duplicates.DuplicatePair | None:
        calls[0] += 1
        return compare(a, b)

    monkeypatch.setattr(duplicates, "_compare", counted)
    return calls


def test_the_bundled_library_gives_the_same_pairs_as_comparing_every_pair(sample_library: Library) -> None:
    with sample_library.session() as session:
        document_id = session.scalars(select(Document.id)).one()
        # The same work entered again unnumbered, once as it is and once without its year.
        for number, key, drop in ((2, "nazarbayev-1992", ()), (57, "again-57", ("year", "date"))):
            ref = session.scalars(select(Reference).where(Reference.number == number)).one()
            own = ("groups", "silteme-number", "silteme-complete", *drop)
            copy = Reference(key=key, entry_type=ref.entry_type, fields=[[n, v] for n, v in ref.fields if n not in own])
            refresh_plain_columns(copy)
            session.add(copy)
        session.flush()
        for scope in (None, document_id):
            blocked = find_duplicates(session, scope)
            assert blocked == find_duplicates(session, scope, exhaustive=True)
        keys = {frozenset((p.first_key, p.second_key)) for p in find_duplicates(session)}
        assert frozenset({"ref2", "nazarbayev-1992"}) in keys
        assert frozenset({"ref57", "again-57"}) in keys


def test_three_real_bib_files_give_the_same_pairs_as_comparing_every_pair(tmp_path: Path) -> None:
    library = open_library(tmp_path / "bib.sqlite")
    try:
        with library.session() as session:
            for name in ("xampl.bib", "biblatex-examples.bib", "jabref-complex.bib"):
                apply_bib_import(session, plan_bib_file(session, SHARED_BIB / name))
            # biblatex-examples' gaonkar again, its ISBN written as 13 digits.
            original = session.scalars(select(Reference).where(Reference.key == "gaonkar")).one()
            isbn13 = [[n, "{978-0-8223-2714-1}" if n == "isbn" else v] for n, v in original.fields]
            copy = Reference(key="gaonkar-13", entry_type=original.entry_type, fields=isbn13)
            refresh_plain_columns(copy)
            session.add(copy)
            session.flush()
            blocked = find_duplicates(session)
            assert blocked == find_duplicates(session, exhaustive=True)
            reasons = {p.reasons[0].split(" ")[1] for p in blocked}
            assert {"DOI", "ISBN"} <= reasons  # same DOI, same ISBN (and titles) are all found
    finally:
        library.close()


def test_planted_duplicates_are_found_as_comparing_every_pair_finds_them(
    planted: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    with planted.session() as session:
        every = find_duplicates(session, exhaustive=True)
        calls = _count_compares(monkeypatch)
        blocked = find_duplicates(session)
    assert blocked == every
    kinds = {p.reasons[0].split(" ")[0] for p in every}
    assert kinds == {"same", "titles"}  # shared DOIs, and titles with authors or a year
    assert any(p.score < 1 and "titles only" in " ".join(p.reasons) for p in every)  # a DOI, other titles
    assert any("titles 100% alike" not in p.reasons and p.reasons[0].startswith("titles") for p in every)  # typos
    # The work: 500 entries are 124,750 pairs; the blocks hold a few hundred of them.
    assert len(every) <= calls[0] < 2_000


@pytest.mark.slow
def test_two_thousand_entries_with_planted_duplicates_give_the_same_pairs(planted_2000: Library) -> None:
    with planted_2000.session() as session:
        blocked = find_duplicates(session)
        assert blocked == find_duplicates(session, exhaustive=True)
    assert len(blocked) > 50
