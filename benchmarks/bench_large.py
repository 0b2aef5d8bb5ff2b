"""A library of 100,000 references (``benchmarks.generate_large``): opening it,
paging its tables, filtering as the user types, and the memory it takes.

Every line compares what the window does (ours) with a baseline measured in
the same run: the plainest SQL that returns the same rows, an OFFSET page
instead of a keyset page, or a LIKE scan instead of the FTS5 index. The
filter queries are the folded user input (``references.thesis.search.query_tokens``)
as FTS5 tokens, all required, the last one a prefix, LIMIT 200, as a table's
filter box would send them on every keystroke.

    .venv/bin/python -m benchmarks.bench_large [--scale 1]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable, Sequence
from contextlib import closing
from pathlib import Path

from benchmarks.generate_large import Generated, ensure_large_library
from benchmarks.harness import Result, best_of
from models.backup import copy_database
from models.db import open_library
from references.thesis import document_view as queries
from references.thesis.search import query_tokens

PAGE = 200
DOCUMENT = 25  # a document in the middle: FTS hits of earlier documents come first
ROOT = Path(__file__).resolve().parents[1]

REFERENCE_COLUMNS = 'r.id, r.number, r.key, r.entry_type, r.authors, r.title, r.year, r.complete'


def keystrokes(text: str, shortest: int = 2) -> list[str]:
    """What the filter box holds after each key, from ``shortest`` characters on."""
    return [text[:end] for end in range(shortest, len(text) + 1) if not text[end - 1].isspace()]


def fts_filter(query: str) -> str | None:
    """Every folded token required, the last one a prefix: ``"саяси" "қаз"*``."""
    tokens = query_tokens(query)
    if not tokens:
        return None
    return " ".join([*(f'"{t}"' for t in tokens[:-1]), f'"{tokens[-1]}"*'])


def like_filter(column: str, query: str) -> tuple[str, list[str]]:
    tokens = query_tokens(query)
    return " AND ".join(f"{column} LIKE ?" for _ in tokens), [f"%{t}%" for t in tokens]


class Bench:
    def __init__(self, path: Path, repeat: int) -> None:
        self.path = path
        self.repeat = repeat
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def close(self) -> None:
        self.db.close()

    def rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple[object, ...]]:
        return self.db.execute(sql, params).fetchall()

    def compare(
        self, name: str, ours: Callable[[], object], baseline: Callable[[], object], baseline_name: str, target: str
    ) -> Result:
        return Result(name, best_of(ours, self.repeat), best_of(baseline, self.repeat), baseline_name, target)

    # --- opening and paging ------------------------------------------------------

    def open_and_first_page(self) -> Result:
        def ours() -> None:
            library = open_library(self.path)
            try:
                with library.session() as session:
                    queries.references(session, DOCUMENT, limit=PAGE)
            finally:
                library.close()

        def plain() -> None:
            with closing(sqlite3.connect(self.path)) as connection:
                connection.execute(
                    f'SELECT {REFERENCE_COLUMNS} FROM "references" r WHERE r.document_id = ? '
                    "ORDER BY r.number LIMIT ?", (DOCUMENT, PAGE)
                ).fetchall()

        return self.compare("open + first page of a bibliography", ours, plain, "sqlite3 connect + plain page",
                            "under 300 ms")

    def bibliography_page(self) -> Result:
        library = open_library(self.path)
        try:
            with library.session() as session:
                return self.compare(
                    "bibliography page (references.thesis.document_view.references)",
                    lambda: queries.references(session, DOCUMENT, offset=1000, limit=PAGE),
                    lambda: self.rows(
                        f'SELECT {REFERENCE_COLUMNS} FROM "references" r WHERE r.document_id = ? '
                        "ORDER BY r.number LIMIT ? OFFSET 1000", (DOCUMENT, PAGE)
                    ),
                    "plain page without cited counts",
                    "under 50 ms per page",
                )
        finally:
            library.close()

    def library_page_deep(self) -> Result:
        last_seen = 50_000
        return self.compare(
            "all references, page at row 50,000 (keyset)",
            lambda: self.rows(f'SELECT {REFERENCE_COLUMNS} FROM "references" r WHERE r.id > ? ORDER BY r.id LIMIT ?',
                              (last_seen, PAGE)),
            lambda: self.rows(f'SELECT {REFERENCE_COLUMNS} FROM "references" r ORDER BY r.id LIMIT ? OFFSET ?',
                              (PAGE, last_seen)),
            "LIMIT/OFFSET page",
            "under 5 ms",
        )

    # --- filtering as you type ---------------------------------------------------------

    def typing(self, name: str, typed: str, kind: str, table_sql: str, document: int | None, target: str) -> Result:
        """Both filters run once per keystroke of ``typed``; the times are per keystroke."""
        where_document = " AND s.document_id = ?" if document is not None else ""
        fts_sql = (
            f"SELECT t.* FROM search_index s JOIN ({table_sql}) t ON t.id = s.row_id "
            f"WHERE s.search_index MATCH ? AND s.kind = '{kind}'{where_document} LIMIT {PAGE}"
        )

        def fts() -> None:
            for text in keystrokes(typed):
                expression = fts_filter(text)
                if expression:
                    params: list[object] = [expression] + ([document] if document is not None else [])
                    self.rows(fts_sql, params)

        def like() -> None:
            for text in keystrokes(typed):
                condition, params = like_filter("t.search_text", text)
                if condition:
                    scoped = f" AND t.document_id = {document}" if document is not None else ""
                    self.rows(f"SELECT t.* FROM ({table_sql}) t WHERE {condition}{scoped} LIMIT {PAGE}", params)

        keys = len(keystrokes(typed))
        whole = self.compare(f"{name} ({keys} keys, per key)", fts, like, "LIKE scan", target)
        return Result(whole.name, whole.ours_ms / keys, whole.baseline_ms / keys, whole.baseline, whole.target)

    def claims_filter(self, typed: str, target: str) -> Result:
        """The claims dock's filter (``app.claims_model``: every claim of the open document,
        folded once when it is loaded, kept when it holds the folded phrase), per keystroke,
        against a LIKE scan of the document's claims for the same phrase (the same rows)."""
        from PySide6.QtCore import Qt  # the window's own model and proxy; no window needed

        from app.claims_model import ClaimsFilterProxy, ClaimsModel
        from app.document_index import DocumentIndex
        from models.folding import search_form

        library = open_library(self.path)
        try:
            with library.session() as session:
                view = queries.load_document_view(session, DOCUMENT)
        finally:
            library.close()
        model, proxy = ClaimsModel(), ClaimsFilterProxy()
        proxy.setSourceModel(model)
        model.set_document(DocumentIndex(view))
        proxy.sort(0, Qt.SortOrder.AscendingOrder)
        keys = keystrokes(typed)
        found: dict[str, list[int]] = {"ours": [], "like": []}

        def ours() -> None:
            found["ours"] = []
            for text in keys:
                proxy.set_text(text)
                found["ours"].append(proxy.rowCount())

        def like() -> None:
            found["like"] = []
            for text in keys:
                pattern = "%" + search_form(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                found["like"].append(len(self.rows(
                    "SELECT c.id, c.block_id, c.start, c.text FROM claims c JOIN blocks b ON b.id = c.block_id "
                    "WHERE b.document_id = ? AND c.search_text LIKE ? ESCAPE '\\'", (DOCUMENT, pattern)
                )))

        whole = self.compare(f"filter a document's claims in the claims dock, typing a phrase ({len(keys)} keys, "
                             f"per key)", ours, like, "LIKE scan of the document", target)
        if found["ours"] != found["like"]:
            raise AssertionError(f"the dock and the LIKE scan disagree: {found}")
        return Result(whole.name, whole.ours_ms / len(keys), whole.baseline_ms / len(keys), whole.baseline,
                      whole.target)

    def filters(self) -> list[Result]:
        references = 'SELECT id, number, key, authors, title, year, search_text, document_id FROM "references"'
        notes = "SELECT id, document_id, exact, comment, author, verdict, search_text FROM annotations"
        per_key = "under 50 ms per keystroke"
        return [
            self.typing("filter references, typing a common word", "мемлекет", "reference", references, None,
                        per_key),
            self.typing("filter references, typing a key", "synth-054321", "reference", references, None, per_key),
            self.typing("filter references, typing author and year", "Фёдоров 1993", "reference", references,
                        None, per_key),
            self.claims_filter("энергетикалық транзит", per_key),
            self.typing("filter all notes, typing a word", "дереккөз", "annotation", notes, None, per_key),
        ]

    # --- a backup ---------------------------------------------------------------

    def backup(self) -> Result:
        """An online, checked backup against a plain copy of the file (which is not safe while in use)."""
        with tempfile.TemporaryDirectory() as folder:
            counter = iter(range(1_000))

            def target() -> Path:
                return Path(folder) / f"copy-{next(counter)}.sqlite"

            def clean() -> None:
                for path in Path(folder).iterdir():
                    path.unlink()

            return self.compare(
                "backup of the whole library (online, checked)",
                lambda: (copy_database(self.path, target()), clean()),
                lambda: (shutil.copyfile(self.path, target()), clean()),
                "shutil.copyfile",
                "under 2 s at 100,000 references",
            )

    # --- a whole document --------------------------------------------------------

    def document_view(self) -> Result:
        library = open_library(self.path)

        def plain() -> None:
            for sql in (
                "SELECT * FROM blocks WHERE document_id = ?",
                "SELECT c.* FROM claims c JOIN blocks b ON b.id = c.block_id WHERE b.document_id = ?",
                "SELECT ci.*, t.number, t.reference_id FROM citations ci JOIN blocks b ON b.id = ci.block_id "
                "JOIN citation_targets t ON t.citation_id = ci.id WHERE b.document_id = ?",
                'SELECT * FROM "references" WHERE document_id = ?',
            ):
                self.rows(sql, (DOCUMENT,))

        try:
            with library.session() as session:
                return self.compare(
                    "open a thesis (references.thesis.document_view.load_document_view)",
                    lambda: queries.load_document_view(session, DOCUMENT),
                    plain,
                    "plain SELECT of its rows",
                    "under 1 s",
                )
        finally:
            library.close()


MEMORY_PROBE = """
import resource, sys
from models.backup import copy_database
from models.db import open_library
from references.thesis import document_view as queries
if sys.argv[1] == "work":
    library = open_library(sys.argv[2])
    with library.session() as session:
        queries.references(session, {document}, limit={page})
        queries.load_document_view(session, {document})
    library.close()
# Peak RSS in KiB. Linux carries ru_maxrss over from the (large) parent across
# fork and exec; VmHWM belongs to this process's own memory only.
status = open("/proc/self/status").read() if sys.platform == "linux" else ""
peak = [line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")]
maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(peak[0] if peak else maxrss // 1024 if sys.platform == "darwin" else maxrss)  # macOS counts bytes
"""


def peak_memory(path: Path) -> dict[str, object]:
    """Peak RSS (MiB) of a process that opens the library and loads a thesis, vs one that only imports."""
    code = textwrap.dedent(MEMORY_PROBE.format(document=DOCUMENT, page=PAGE))

    def measure(mode: str) -> float:
        done = subprocess.run([sys.executable, "-c", code, mode, str(path)], cwd=ROOT, capture_output=True,
                              text=True, check=True)
        return int(done.stdout.strip()) / 1024

    ours, baseline = measure("work"), measure("import-only")
    return {
        "name": "peak memory: open + a bibliography page + a thesis",
        "ours": ours,
        "baseline_value": baseline,
        "baseline": "same imports, no library",
        "unit": "MiB",
        "target": "under 300 MiB",
    }


def generation_line(generated: Generated) -> dict[str, object]:
    rows = generated.rows
    return {
        "name": (
            f"generate the library ({rows['references']:,} references, {rows['citations']:,} markers, "
            f"{rows['annotations']:,} notes; Core executemany, FTS by triggers)"
        ),
        "ours": generated.seconds * 1000,
        "baseline_value": None,
        "unit": "ms",
        "target": "well under a few minutes",
    }


def run(scale: float = 1.0, repeat: int = 5) -> list[Result | dict[str, object]]:
    generated = ensure_large_library(scale)
    path = Path(generated.path)
    bench = Bench(path, repeat)
    try:
        results: list[Result | dict[str, object]] = [generation_line(generated)]
        results.append(bench.open_and_first_page())
        results.append(bench.bibliography_page())
        results.append(bench.library_page_deep())
        results.extend(bench.filters())
        results.append(bench.document_view())
        results.append(bench.backup())
        results.append(peak_memory(path))
    finally:
        bench.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from benchmarks.run_all import as_line  # one format for every benchmark

    for result in run(args.scale, args.repeat):
        print(as_line(result))


if __name__ == "__main__":
    main()
