"""Import of the bundled thesis against its floor: reading the file and
finding the markers with one regular expression. Target: under 1 s."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from benchmarks.harness import Result, best_of
from models.db import open_library
from references.thesis.text_import import import_text
from references.library.sample import SAMPLE_TEXT

MARKER = re.compile(r"\[\d+(?:\s*[-–]\s*\d+)?\]")


def run(repeat: int = 5) -> list[Result]:
    def floor() -> None:
        text = SAMPLE_TEXT.read_text(encoding="utf-8")
        MARKER.findall(text)

    with tempfile.TemporaryDirectory() as tmp:
        counter = iter(range(1000))

        def ours() -> None:
            library = open_library(Path(tmp) / f"lib{next(counter)}.sqlite")
            try:
                text = SAMPLE_TEXT.read_text(encoding="utf-8")
                with library.session() as session:
                    import_text(session, text, title="bench", source_name=SAMPLE_TEXT.name)
            finally:
                library.close()

        def empty_library() -> None:
            open_library(Path(tmp) / f"lib{next(counter)}.sqlite").close()

        ours_ms = best_of(ours, repeat) - best_of(empty_library, repeat)
        floor_ms = best_of(floor, repeat)
    return [
        Result("thesis import (parse + store)", ours_ms, floor_ms, "read + one regex", "import under 1 s"),
    ]


if __name__ == "__main__":
    for result in run():
        print(result.line())
