"""Paths that once grew with the square of their input (issue 10, item 7), each timed
at a size and at ten times that size in the same run: a linear path takes about ten
times as long, a quadratic one a hundred. The ratio reported is
time(10n) / (10 x time(n)): about 1 for linear, about 10 for quadratic.

- RIS import of many records of one author and year (key suffixes a, b, ... zz);
- the Word export of a thesis with many annotations (one comment each);
- a .bib entry whose ``groups`` field names thousands of groups.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from benchmarks.harness import Result
from models import Annotation, Document
from models.db import open_library
from references.anchoring import describe
from references.review.annotations import new_uri, now
from references.thesis.text_map import DocumentMap, document_text
from references.library.bib_import import apply_bib_import, plan_bib_file
from references.review.word_export import export_docx
from references.thesis.text_import import import_text
from references.library.exchange_records import import_ris

ROOT = Path(__file__).resolve().parents[1]
THESIS = ROOT / "resources" / "dissertation-kk.txt"
# Ten times the sizes the adversarial test found slow (5k RIS records took 15 s and 30k
# over 300 s; 3,000 annotations 12 s in Word; 5,000 groups in one field 33 s), each
# timed at that size and at ten times it.
RIS_N = 50_000
DOCX_N = 30_000
GROUPS_N = 50_000


def _fresh(folder: Path, name: str, thesis: bool = False):  # noqa: ANN202 - a Library
    library = open_library(folder / f"{name}.sqlite")
    if thesis:
        with library.session() as session:
            import_text(session, THESIS.read_text(encoding="utf-8"), title="T")
    return library


def _seconds(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _ris(folder: Path, n: int) -> float:
    path = folder / f"same-{n}.ris"
    path.write_text("".join(f"TY  - JOUR\nAU  - Smith, John\nPY  - 2000\nTI  - Paper {i}\nER  - \n\n"
                            for i in range(n)), encoding="utf-8")
    library = _fresh(folder, f"ris{n}")
    try:
        def run() -> None:
            with library.session() as session:
                import_ris(session, path)
        return _seconds(run)
    finally:
        library.close()


def _docx(folder: Path, n: int) -> float:
    library = _fresh(folder, f"docx{n}", thesis=True)
    try:
        with library.session() as session:
            document_id = session.scalars(select(Document.id)).one()
            _annotate(session, document_id, n)
        with library.session() as session:
            return _seconds(lambda: export_docx(session, document_id, folder / f"out{n}.docx"))
    finally:
        library.close()


def _annotate(session: Session, document_id: int, n: int) -> None:
    """``n`` annotations of 20 characters each, written at once (the setting up is not what is
    timed: ``create_annotation`` reads the document for each one, 10 ms a note here)."""
    text = document_text(session, document_id)
    doc_map = DocumentMap(session, document_id)
    stamp = now()
    rows = []
    for i in range(n):
        start = (i * 97) % (len(text) - 20)
        quote, _position = describe(text, start, start + 20)
        rows.append({
            "uri": new_uri(), "document_id": document_id, "claim_id": doc_map.claim_for(start, start + 20),
            "exact": quote.exact, "prefix": quote.prefix, "suffix": quote.suffix, "start": start,
            "end": start + 20, "anchor": "exact", "comment": f"note {i}", "comment_format": "text/plain",
            "status": "open", "author": "R", "author_role": "reviewer", "created": stamp, "modified": stamp,
        })
    session.execute(insert(Annotation), rows)


def _groups(folder: Path, n: int) -> float:
    path = folder / f"groups-{n}.bib"
    names = ", ".join(f"group {i}" for i in range(n))
    path.write_text(f"@article{{a, title = {{T}}, groups = {{{names}}}}}\n", encoding="utf-8")
    library = _fresh(folder, f"groups{n}")
    try:
        def run() -> None:
            with library.session() as session:
                apply_bib_import(session, plan_bib_file(session, path))
        return _seconds(run)
    finally:
        library.close()


def _scaling(name: str, measure: Callable[[Path, int], float], n: int) -> Result:
    with tempfile.TemporaryDirectory() as folder:
        small = measure(Path(folder), n // 10)
        large = measure(Path(folder), n)
    return Result(
        name=f"{name}: {n // 10:,} -> {n:,}",
        ours_ms=large * 1000,
        baseline_ms=10 * small * 1000,
        baseline=f"10 x the time for {n // 10:,}",
        target="at most 2 (linear or n log n; quadratic would be about 10)",
    )


def run(scale: float = 1.0) -> list[Result]:
    """The sizes above (already ten times those the adversarial test found slow) times
    ``scale``. (It once multiplied them by ten again: 500,000 RIS records, 11 minutes.)"""
    return [
        _scaling("RIS import, one author and year", _ris, int(RIS_N * scale)),
        _scaling("Word export, one comment per annotation", _docx, int(DOCX_N * scale)),
        _scaling("one groups field naming many groups", _groups, int(GROUPS_N * scale)),
    ]


if __name__ == "__main__":
    for result in run():
        print(result.line())
