"""Fuzz the whole import: mutated real .bib files go through plan, import and
export into a real library; none raises anything but a clear InputError,
and an import either lands whole or (with --strict and problems) not at all."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from sqlalchemy import func, select

from models import Reference
from models.db import open_library
from references.library.bib_export import export_bib
from references.library.bib_import import apply_bib_import, plan_bib_import
from references.bibtex import parse_bib
from references.errors import InputError
from tests.references.bibtex.test_bibtex_fuzz import mutated_text

LIBRARY_FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)


@LIBRARY_FUZZ
@given(text=mutated_text())
def test_mutated_files_import_and_export_without_crashing(tmp_path_factory, text: str) -> None:  # noqa: ANN001
    library = open_library(tmp_path_factory.mktemp("fuzz") / "lib.sqlite")
    try:
        result = parse_bib(text)
        strict = bool(result.problems)
        try:
            with library.session() as session:
                apply_bib_import(session, plan_bib_import(session, result, "fuzz.bib"), strict=strict)
        except InputError:
            assert strict  # refused as a whole: nothing may have been written
            with library.session() as session:
                assert session.scalar(select(func.count(Reference.id))) == 0
            return
        with library.session() as session:
            count = session.scalar(select(func.count(Reference.id)))
            exported = export_bib(session)
        assert count == len({b.key for b in result.entries}) or count <= len(result.entries)
        assert len(parse_bib(exported).entries) >= count
    finally:
        library.close()
