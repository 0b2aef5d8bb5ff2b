"""Re-anchoring 1,000 annotations after a revision of the whole thesis,
against importing the revised text alone (target: re-anchoring under 2 s)."""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Result
from models.db import open_library
from references.review.annotations import create_annotation
from references.thesis.text_map import document_text
from references.thesis.text_import import import_text
from references.library.location import open_or_create
from references.review.revision import revise_document
from references.thesis.reanchoring import reanchor_annotations
from references.library.sample import SAMPLE_TEXT

ANNOTATIONS = 1000


def revised_source(source: str, seed: int = 7) -> str:
    """A realistic revision: sentences dropped and added, words changed, ə -> ә."""
    rng = random.Random(seed)
    sentences = source.split(". ")
    out = []
    for sentence in sentences:
        roll = rng.random()
        if roll < 0.03:
            continue
        if roll < 0.06:
            out.append("Бұл сөйлем редакция кезінде қосылды")
        if roll < 0.10:
            words = sentence.split(" ")
            if len(words) > 3:
                words[rng.randrange(len(words))] = "өзгертілген"
            sentence = " ".join(words)
        out.append(sentence)
    return ". ".join(out).replace("ə", "ә")


def run() -> list[Result]:
    source = SAMPLE_TEXT.read_text(encoding="utf-8")
    revised = revised_source(source)
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base.sqlite"
        open_or_create(base).close()
        library = open_library(base)
        with library.session() as s:
            text = document_text(s, 1)
            for _ in range(ANNOTATIONS):
                start = rng.randrange(0, len(text) - 200)
                create_annotation(s, 1, start, start + rng.randint(20, 120), comment="bench", author="bench", text=text)
        with library.session() as s:
            old_text = document_text(s, 1)
        library.close()

        # ours: the re-anchoring step of a revision, on the revised document
        work = Path(tmp) / "work.sqlite"
        shutil.copyfile(base, work)
        library = open_library(work)
        with library.session() as s:
            revise_document(s, None, revised)  # rebuild blocks (re-anchors once too)
        with library.session() as s:
            new_text = document_text(s, 1)
            started = time.perf_counter()
            counts = reanchor_annotations(s, 1, new_text, old_text=old_text)
            ours_ms = (time.perf_counter() - started) * 1000
            s.rollback()
        library.close()

        # baseline: importing the revised text alone into an empty library
        empty = open_library(Path(tmp) / "empty.sqlite")
        started = time.perf_counter()
        with empty.session() as s:
            import_text(s, revised, title="revised", create_references=False)
        baseline_ms = (time.perf_counter() - started) * 1000
        empty.close()
    result = Result(
        f"re-anchor {ANNOTATIONS} annotations ({counts['exact']} exact, {counts['fuzzy']} fuzzy, "
        f"{counts['orphaned']} orphaned)",
        ours_ms,
        baseline_ms,
        "import of the revised text",
        "under 2 s",
    )
    return [result]


if __name__ == "__main__":
    for r in run():
        print(r.line())
