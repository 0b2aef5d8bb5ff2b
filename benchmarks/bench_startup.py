"""Start-up, as a person (or a script) starts Silteme, in whole processes.

- A later start: `silteme gui --exit-when-ready` on a library already created,
  from spawning the process to the line it prints once the thesis is drawn,
  against a bare QApplication + QMainWindow.show() of the same Python in the
  same run (median of 5). Target: ratio <= 2.5.
- The first start: the same on a new per-user library (the window shows at
  once and imports the bundled thesis in a worker, with its progress), to
  the drawn thesis, against the same bare window; reported for the record
  (the import itself is the work).
- The command line: `silteme stats` on the same library against a bare
  `python -c "import sqlalchemy"`. Target: ratio <= 2.

"Drawn" is the first paint of the thesis's first screen (what a person sees
first); the rest of the text and the docks follow on the event loop.

    flock /work/suite.lock .venv/bin/python -m benchmarks.bench_startup
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.harness import Result
from references.library.location import open_or_create

ROOT = Path(__file__).resolve().parents[1]

BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1400, 900)
window.show()
app.processEvents()
print("ready", flush=True)
"""


def _env(home: Path) -> dict[str, str]:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        LANGUAGE="en",
    )


def until_ready(argv: Sequence[str], home: Path) -> float:
    """Milliseconds from spawning ``argv`` until it prints a line starting "ready"."""
    start = time.perf_counter()
    process = subprocess.Popen(
        list(argv), cwd=home, env=_env(home), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("ready"):
            elapsed = (time.perf_counter() - start) * 1000
            break
    else:
        raise RuntimeError(f"{argv[2:]} ended without being ready (exit {process.wait()})")
    process.wait(timeout=120)
    return elapsed


def until_exit(argv: Sequence[str], home: Path) -> float:
    start = time.perf_counter()
    subprocess.run(list(argv), cwd=home, env=_env(home), check=True, capture_output=True)
    return (time.perf_counter() - start) * 1000


def median(measure: object, repeat: int) -> float:
    return statistics.median(measure() for _ in range(repeat))  # type: ignore[operator]


def run(repeat: int = 5) -> list[Result]:
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        library = str(home / "library.sqlite")
        open_or_create(library).close()  # the first start's import is measured on its own below
        window = [python, "-m", "app.cli", "--db", library, "gui", "--exit-when-ready"]
        stats = [python, "-m", "app.cli", "--db", library, "stats"]
        bare = [python, "-c", BARE_WINDOW]
        sqlalchemy = [python, "-c", "import sqlalchemy"]
        for argv in (bare, window):  # warm the file cache for both
            until_ready(argv, home)
        bare_ms = median(lambda: until_ready(bare, home), repeat)
        window_ms = median(lambda: until_ready(window, home), repeat)
        until_exit(stats, home)
        sqlalchemy_ms = median(lambda: until_exit(sqlalchemy, home), repeat)
        stats_ms = median(lambda: until_exit(stats, home), repeat)

        def first_start() -> float:
            fresh = Path(tempfile.mkdtemp(dir=tmp))
            return until_ready([python, "-m", "app.cli", "gui", "--exit-when-ready"], fresh)

        first_ms = median(first_start, 3)
    return [
        Result("later start to the drawn thesis (gui --exit-when-ready)", window_ms, bare_ms, "bare QMainWindow",
               "ratio <= 2.5"),
        Result("first start, importing the sample, to the drawn thesis", first_ms, bare_ms, "bare QMainWindow",
               "for the record"),
        Result("silteme stats (command line)", stats_ms, sqlalchemy_ms, "python -c 'import sqlalchemy'",
               "ratio <= 2"),
    ]


def main() -> list[dict[str, object]]:
    from benchmarks.run_all import load, machine

    at_start = load()
    results = run()
    for result in results:
        print(result.line())
    for name, value in machine(at_start).items():
        print(f"{name}: {value}")
    return [result.as_dict() for result in results]


if __name__ == "__main__":
    main()
