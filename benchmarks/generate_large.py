"""A large synthetic library for benchmarks: 100,000 references, 50 theses,
200,000 citation markers and 20,000 reviewer notes (at ``--scale 1``).

Deterministic: the same seed and scale give the same rows. Written with
SQLAlchemy Core bulk inserts (executemany) in one transaction, which bypasses
the ORM's validators, so the folded ``search_text`` columns are computed here
with ``models.folding.search_form`` exactly as the models do; the FTS5
triggers fill the search index from them.

Every entry is marked synthetic: keys ``synth-…``, a ``note`` field saying
so, DOIs under the 10.5555 test prefix. Titles are strings of real words in
Kazakh (with the Latin ``ə`` that PDF extraction leaves), Russian and English.

    .venv/bin/python -m benchmarks.generate_large [--scale 1] [--seed 7] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import platformdirs
from sqlalchemy import Connection, Table, func, select

from benchmarks import large_vocabulary as words
from models import (
    BLOCK_SEPARATOR,
    Annotation,
    AnnotationReply,
    AnnotationTag,
    Block,
    Citation,
    CitationTarget,
    Claim,
    Document,
    Reference,
    Section,
    SourceGroup,
    reference_groups,
)
from models.db import open_library
from models.folding import search_form
from references.library.source_groups import create_group_tree, load_declaration
from references.library.sample import SAMPLE_GROUPS

GENERATOR_VERSION = 1  # bump when the rows change, so cached libraries are rebuilt
DEFAULT_SEED = 7
CHUNK = 5_000
SENTENCES_PER_PARAGRAPH = 5
MARKERS_PER_SENTENCE = 2
EPOCH = datetime(2025, 9, 1, 8, 0, tzinfo=timezone.utc)

Row = dict[str, object]


@dataclass(frozen=True, slots=True)
class Size:
    references: int
    documents: int
    citations: int
    annotations: int

    @classmethod
    def at(cls, scale: float) -> Size:
        return cls(
            references=max(200, round(100_000 * scale)),
            documents=max(2, round(50 * scale)),
            citations=max(200, round(200_000 * scale)),
            annotations=max(20, round(20_000 * scale)),
        )

    @property
    def paragraphs_per_document(self) -> int:
        per_paragraph = SENTENCES_PER_PARAGRAPH * MARKERS_PER_SENTENCE
        return max(1, round(self.citations / self.documents / per_paragraph))

    @property
    def numbered_per_document(self) -> int:
        # Four in five references are in some thesis's bibliography; the rest
        # are library entries no thesis numbers yet.
        return (self.references * 4 // 5) // self.documents


@dataclass(frozen=True, slots=True)
class Generated:
    path: str
    seed: int
    scale: float
    seconds: float
    rows: dict[str, int]


def default_path(scale: float, seed: int) -> Path:
    folder = Path(platformdirs.user_cache_dir("Silteme", appauthor=False)) / "benchmarks"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"large-v{GENERATOR_VERSION}-scale{scale:g}-seed{seed}.sqlite"


def ensure_large_library(scale: float = 1.0, seed: int = DEFAULT_SEED) -> Generated:
    """The cached library for (scale, seed), generated on first use."""
    path = default_path(scale, seed)
    report = path.with_suffix(".json")
    if path.exists() and report.exists():
        return Generated(**json.loads(report.read_text(encoding="utf-8")))
    return generate(path, scale=scale, seed=seed)


def generate(path: Path, *, scale: float = 1.0, seed: int = DEFAULT_SEED) -> Generated:
    """Write a new library at ``path`` (replacing one there) and a JSON report beside it."""
    started = time.perf_counter()
    partial = path.with_name(path.name + ".partial")
    for stale in (partial, partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm")):
        stale.unlink(missing_ok=True)
    library = open_library(partial)
    try:
        with library.session() as session:
            create_group_tree(session, load_declaration(SAMPLE_GROUPS))
        with library.engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA cache_size = -200000")  # 200 MB: one big transaction
            _Writer(connection, Size.at(scale), random.Random(seed)).write_all()
        with library.engine.connect() as connection:
            rows = _row_counts(connection)
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.exec_driver_sql("ANALYZE")
    finally:
        library.close()
    for stale in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)  # they belong to a library this one replaces
    partial.replace(path)
    result = Generated(str(path), seed, scale, round(time.perf_counter() - started, 2), rows)
    path.with_suffix(".json").write_text(json.dumps(asdict(result), indent=2), encoding="utf-8")
    return result


def _row_counts(connection: Connection) -> dict[str, int]:
    tables = (Document, Section, Block, Claim, Citation, CitationTarget, Reference, Annotation, AnnotationTag,
              AnnotationReply)
    counts = {model.__tablename__: connection.execute(select(func.count()).select_from(model)).scalar_one()
              for model in tables}
    counts["search_index"] = connection.exec_driver_sql("SELECT count(*) FROM search_index").scalar_one()
    return counts


def _table(model: type) -> Table:
    return model.__table__  # type: ignore[attr-defined,no-any-return]  # declarative models have one


class _Writer:
    """Generates the rows of one library and inserts them in bulk, in chunks."""

    def __init__(self, connection: Connection, size: Size, rng: random.Random) -> None:
        self.connection = connection
        self.size = size
        self.rng = rng
        self.group_ids = list(connection.execute(select(SourceGroup.id)).scalars())
        self.next_id: dict[str, int] = {}
        # (claim id, document id, block text, block's doc_start, start, end): notes go on claims
        self.claim_places: list[tuple[int, int, str, int, int, int]] = []

    def new_id(self, table: str) -> int:
        self.next_id[table] = self.next_id.get(table, 0) + 1
        return self.next_id[table]

    def insert(self, model: type | Table, rows: Iterable[Mapping[str, object]]) -> None:
        table = model if isinstance(model, Table) else _table(model)
        chunk: list[Mapping[str, object]] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) == CHUNK:
                self.connection.execute(table.insert(), chunk)
                chunk = []
        if chunk:
            self.connection.execute(table.insert(), chunk)

    def write_all(self) -> None:
        numbered = self.size.numbered_per_document
        for d in range(1, self.size.documents + 1):
            self.insert(Document, [self.document_row(d)])
            self.insert(Reference, (self.reference_row(d, n) for n in range(1, numbered + 1)))
            self.write_text(d, numbered)
        unnumbered = self.size.references - numbered * self.size.documents
        self.insert(Reference, (self.reference_row(None, None) for _ in range(unnumbered)))
        self.insert(reference_groups, (
            {"reference_id": r, "group_id": self.rng.choice(self.group_ids)}
            for r in range(1, self.next_id["references"] + 1)
        ))
        self.write_annotations()

    # --- documents, sections, paragraphs, claims, markers ----------------------

    def document_row(self, d: int) -> dict[str, object]:
        return {
            "id": self.new_id("documents"),
            "title": f"Синтетикалық диссертация {d:02d} (benchmark data)",
            "source_name": f"synthetic-{d:02d}.txt",
            "source_sha256": "",
            "language": "kk",
            "range_dash": "–",
            "created_at": EPOCH,
            "updated_at": EPOCH,
        }

    def write_text(self, document_id: int, numbered: int) -> None:
        paragraphs = self.size.paragraphs_per_document
        sections = [("introduction", None, "КІРІСПЕ")]
        for chapter in range(1, 4):
            sections += [("chapter", f"{chapter}", words.heading(self.rng))]
            sections += [("section", f"{chapter}.{s}", words.heading(self.rng)) for s in range(1, 4)]
        sections.append(("conclusion", None, "ҚОРЫТЫНДЫ"))
        per_section = max(1, paragraphs // len(sections))
        blocks: list[Row] = []
        claims: list[Row] = []
        citations: list[Row] = []
        targets: list[dict[str, int]] = []
        section_rows: list[Row] = []
        position = doc_offset = 0
        parent_id = None
        for index, (kind, number, title) in enumerate(sections):
            section_id = self.new_id("sections")
            if kind == "chapter":
                parent_id = section_id
            section_rows.append({
                "id": section_id, "document_id": document_id, "position": index,
                "parent_id": parent_id if kind == "section" else None, "level": 2 if kind == "section" else 1,
                "number": number, "title": title, "kind": kind,
            })
            heading = f"{number} {title}" if number else title
            count = per_section if index < len(sections) - 1 else paragraphs - per_section * (len(sections) - 1)
            texts = [(heading, "heading")] + [(None, "paragraph")] * max(0, count)
            for text, block_kind in texts:
                block_id = self.new_id("blocks")
                if block_kind == "paragraph":
                    text, spans = self.paragraph(block_id, numbered, claims, citations, targets)
                    self.claim_places.extend(
                        (claim_id, document_id, text, doc_offset, start, end) for claim_id, start, end in spans
                    )
                blocks.append({
                    "id": block_id, "document_id": document_id, "section_id": section_id, "position": position,
                    "kind": block_kind, "text": text, "caption": None, "doc_start": doc_offset,
                    "search_text": search_form(text),
                })
                position += 1
                doc_offset += len(text) + len(BLOCK_SEPARATOR)
        self.insert(Section, section_rows)
        self.insert(Block, blocks)
        self.insert(Claim, claims)
        self.insert(Citation, citations)
        # Each number resolves to this document's reference with that number.
        first_reference = self.next_id["references"] - numbered
        for target in targets:
            target["reference_id"] = first_reference + target["number"]
        self.insert(CitationTarget, targets)

    def paragraph(
        self, block_id: int, numbered: int, claims: list[Row], citations: list[Row], targets: list[dict[str, int]]
    ) -> tuple[str, list[tuple[int, int, int]]]:
        """A paragraph of sentences, each a claim with two markers; and the claims' (id, start, end)."""
        text = ""
        spans = []
        for s in range(SENTENCES_PER_PARAGRAPH):
            start = len(text) + (1 if s else 0)
            sentence_words = words.sentence_words(self.rng)
            middle = len(sentence_words) // 2
            claim_id = self.new_id("claims")
            sentence = " ".join(sentence_words[:middle])
            for place in range(MARKERS_PER_SENTENCE):
                marker, numbers = self.marker(numbered)
                marker_start = start + len(sentence) + 1
                citation_id = self.new_id("citations")
                citations.append({
                    "id": citation_id, "block_id": block_id, "claim_id": claim_id,
                    "start": marker_start, "end": marker_start + len(marker), "marker": marker,
                })
                targets.extend(
                    {"id": self.new_id("citation_targets"), "citation_id": citation_id, "position": i, "number": n}
                    for i, n in enumerate(numbers)
                )
                sentence += " " + marker
                if place == 0:
                    sentence += " " + " ".join(sentence_words[middle:])
            sentence += "."
            text += (" " if s else "") + sentence
            claims.append({
                "id": claim_id, "block_id": block_id, "start": start, "end": len(text), "text": sentence,
                "origin": "sentence", "search_text": search_form(sentence),
            })
            spans.append((claim_id, start, len(text)))
        return text, spans

    def marker(self, numbered: int) -> tuple[str, list[int]]:
        roll = self.rng.random()
        first = self.rng.randint(1, max(1, numbered - 3))
        if roll < 0.7:
            return f"[{first}]", [first]
        if roll < 0.9:
            second = self.rng.randint(1, numbered)
            return f"[{first}, {second}]", [first, second]
        return f"[{first}–{first + 2}]", [first, first + 1, first + 2]

    # --- references -------------------------------------------------------------

    def reference_row(self, document_id: int | None, number: int | None) -> dict[str, object]:
        reference_id = self.new_id("references")
        entry = words.entry(self.rng, reference_id)
        key = f"synth-{reference_id:06d}"
        parts = [key, str(number or ""), entry.authors, entry.title, entry.year]
        return {
            "id": reference_id, "document_id": document_id, "number": number, "key": key,
            "entry_type": entry.entry_type, "fields": entry.fields, "raw": None, "modified": True,
            "complete": self.rng.random() < 0.8, "title": entry.title, "authors": entry.authors,
            "year": entry.year, "search_text": search_form(" ".join(p for p in parts if p)), "version": 1,
        }

    # --- annotations ------------------------------------------------------------

    def write_annotations(self) -> None:
        count = min(self.size.annotations, len(self.claim_places))
        places = sorted(self.rng.sample(self.claim_places, count))
        notes: list[Row] = []
        tags: list[Row] = []
        replies: list[Row] = []
        for i, (claim_id, document_id, text, doc_start, start, end) in enumerate(places, start=1):
            note_id = self.new_id("annotations")
            exact = text[start:end]
            comment = words.reviewer_comment(self.rng)
            author = self.rng.choice(words.REVIEWERS)
            when = EPOCH + timedelta(minutes=7 * i)
            notes.append({
                "id": note_id, "uri": f"urn:x-silteme-bench:note-{note_id}", "document_id": document_id,
                "claim_id": claim_id, "exact": exact, "prefix": text[max(0, start - 32):start],
                "suffix": text[end:end + 32], "start": doc_start + start, "end": doc_start + end,
                "anchor": "exact", "comment": comment, "comment_format": "text/plain",
                "verdict": self.rng.choice(words.VERDICTS), "status": self.rng.choice(("open", "open", "resolved")),
                "color": None, "author": author, "author_role": "reviewer", "created": when, "modified": when,
                "search_text": search_form(" ".join([exact, comment, author])), "version": 1,
            })
            for tag in self.rng.sample(words.TAGS, self.rng.randint(0, 2)):
                tags.append({"annotation_id": note_id, "tag": tag})
            if self.rng.random() < 0.3:
                reply_id = self.new_id("annotation_replies")
                replies.append({
                    "id": reply_id, "uri": f"urn:x-silteme-bench:reply-{reply_id}", "annotation_id": note_id,
                    "author": "Author", "author_role": "author", "body": words.author_reply(self.rng),
                    "created": when + timedelta(days=1), "modified": when + timedelta(days=1),
                })
        self.insert(Annotation, notes)
        self.insert(AnnotationTag, tags)
        self.insert(AnnotationReply, replies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1 = 100,000 references (default)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, help="the library to write (default: the benchmark cache)")
    args = parser.parse_args()
    out = args.out or default_path(args.scale, args.seed)
    result = generate(out, scale=args.scale, seed=args.seed)
    print(f"Wrote {out} in {result.seconds:.1f} s:")
    for table, count in result.rows.items():
        print(f"  {table}: {count:,}")


if __name__ == "__main__":
    main()
