"""Search latency over the bundled thesis: ``references.thesis.search.search`` (FTS5
over folded text, hits placed back in the text with context) against a naive
LIKE scan of the same rows (blocks and references), which neither folds ə/ә
nor Cyrillic case nor places hits. Target: ours under 30 ms per query.

    .venv/bin/python -m benchmarks.bench_search
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy import text

from benchmarks.harness import Result, best_of
from references.library.location import open_or_create
from references.thesis.search import search

# A rare word, a frequent one, a phrase with a suffixed last word, Latin text,
# and a word the thesis spells with the Latin schwa.
QUERIES = ("Бжезинский", "Қазақстан", "көпвекторлы саясат", "think tank", "әдебиет")

NAIVE = text(
    "SELECT id, text FROM blocks WHERE document_id = :d AND (text LIKE :p OR caption LIKE :p) "
    "UNION ALL SELECT id, title FROM \"references\" WHERE document_id = :d "
    "AND (title LIKE :p OR authors LIKE :p)"
)


def run(repeat: int = 7) -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        library = open_or_create(Path(tmp) / "library.sqlite")
        try:
            with library.session() as session:
                document_id = session.execute(text("SELECT min(id) FROM documents")).scalar_one()

                def ours() -> None:
                    for query in QUERIES:
                        search(session, document_id, query)

                def naive() -> None:
                    for query in QUERIES:
                        session.execute(NAIVE, {"d": document_id, "p": f"%{query}%"}).all()

                ours()  # warm the page cache and statement caches for both
                naive()
                ours_ms = best_of(ours, repeat) / len(QUERIES)
                naive_ms = best_of(naive, repeat) / len(QUERIES)
        finally:
            library.close()
    return [Result("search per query", ours_ms, naive_ms, "naive LIKE scan", "ours under 30 ms")]


def main() -> dict[str, object]:
    results = run()
    for result in results:
        print(result.line())
    return results[0].as_dict()


if __name__ == "__main__":
    main()
