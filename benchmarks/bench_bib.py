"""BibTeX at library scale: importing and exporting a generated 10,000-entry
file, against bibtexparser's own parse and write of the same file in the
same run (targets: at most 1.5x each).

Where the import's time goes (timed in parts on a busy 2-core machine, so rough; in units of
bibtexparser's parse): its splitter, which Silteme's parse uses too, ~0.85 (the parse's
middlewares are the rest of the baseline); Silteme's checks and blocks (names,
braces, repeated fields, line numbers) ~0.3; the plan (plain title, authors, year
for the dialog, matches) ~0.3; writing ~30,000 rows and the full-text index ~0.8
(models.bulk: the driver's executemany, the index in one statement after the rows).
1.5x would leave 0.65 for all but the splitter: it needs a splitter of our own.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

import bibtexparser

from benchmarks.harness import Result
from models.db import open_library
from references.library.bib_export import export_bib
from references.library.bib_import import apply_bib_import, plan_bib_import
from references.bibtex import parse_bib

ENTRIES = 10_000
SURNAMES = ["Тоқаев", "Назарбаев", "Laruelle", "Cooley", "Сатпаев", "Иванов", "Hanks", "Contessi", "Ахметова", "Smith"]
WORDS = ["көпвекторлы", "сыртқы", "саясат", "foreign", "policy", "Central", "Asia", "внешняя", "политика", "Қазақстан"]


def generated_bib(count: int = ENTRIES, seed: int = 3) -> str:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        authors = " and ".join(f"{rng.choice(SURNAMES)}, {chr(65 + rng.randrange(26))}." for _ in range(rng.randint(1, 3)))
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 10)))
        out.append(
            f"@article{{key{i},\n  author = {{{authors}}},\n  title = {{{title.capitalize()}}},\n"
            f"  journal = {{Journal {rng.randrange(200)}}},\n  year = {{{rng.randint(1991, 2025)}}},\n"
            f"  volume = {{{rng.randint(1, 40)}}},\n  pages = {{{rng.randint(1, 200)}--{rng.randint(201, 400)}}},\n"
            f"  doi = {{10.{rng.randint(1000, 9999)}/{i}}},\n}}\n"
        )
    return "\n".join(out)


def _time(fn) -> float:  # noqa: ANN001
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def run(repeat: int = 3) -> list[Result]:
    """Each time the median of ``repeat`` runs (each import into a new, empty library)."""
    text = generated_bib()
    parses: list[float] = []  # taken in turn with ours, so both meet the same load on a shared machine
    imports: list[float] = []
    exports: list[float] = []
    same = True
    with tempfile.TemporaryDirectory() as tmp:
        for attempt in range(repeat):
            library = open_library(Path(tmp) / f"lib{attempt}.sqlite")

            def ours_import() -> None:
                with library.session() as s:
                    apply_bib_import(s, plan_bib_import(s, parse_bib(text), "bench.bib"))

            parses.append(_time(lambda: bibtexparser.parse_string(text)))
            imports.append(_time(ours_import))
            exported = {}

            def ours_export() -> None:
                with library.session() as s:
                    exported["text"] = export_bib(s)

            exports.append(_time(ours_export))
            library.close()
            same = same and exported["text"] == text
        parsed = bibtexparser.parse_string(text)
        baseline_write = statistics.median(_time(lambda: bibtexparser.write_string(parsed)) for _ in range(repeat))
    return [
        Result(f"import {ENTRIES} .bib entries into the library", statistics.median(imports), statistics.median(parses),
               "bibtexparser.parse_string", "at most 1.5x"),
        Result(f"export {ENTRIES} entries (round trip identical: {same})", statistics.median(exports),
               baseline_write, "bibtexparser.write_string", "at most 1.5x"),
    ]


if __name__ == "__main__":
    for r in run():
        print(r.line())
