"""Start-up: a new process until the window shows the loaded thesis, against
a bare QApplication + QMainWindow shown by a process of the same Python, in
the same run. Offscreen, the library already created. Target: ratio <= 2.5.

    .venv/bin/python -m benchmarks.bench_startup
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Result
from references.library.location import open_or_create

ROOT = Path(__file__).resolve().parents[1]

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1400, 900)
window.show()
app.processEvents()
print("shown", flush=True)
"""

OURS = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from app.gui import configure_application, create_window
from references.library.location import open_or_create
app = QApplication(sys.argv[:1])
configure_application(app)
library = open_or_create(sys.argv[1])
window = create_window(library, QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
window.document_loaded.connect(lambda: (app.processEvents(), print("shown", flush=True), app.quit()))
app.exec()
library.close()
"""


def time_process(code: str, *args: str) -> float:
    """Milliseconds from spawning ``python -c code`` until it prints "shown"."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "shown":
            elapsed = (time.perf_counter() - start) * 1000
            break
    else:
        raise RuntimeError(f"the process ended without showing its window (exit {process.wait()})")
    process.wait(timeout=60)
    return elapsed


def run(repeat: int = 5) -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        library_path = Path(tmp) / "library.sqlite"
        open_or_create(library_path).close()  # the first start's import is not start-up
        settings = str(Path(tmp) / "settings.ini")
        time_process(BARE)  # warm the file cache for both
        time_process(OURS, str(library_path), settings)
        bare = statistics.median(time_process(BARE) for _ in range(repeat))
        ours = statistics.median(time_process(OURS, str(library_path), settings) for _ in range(repeat))
    return [Result("start-up to the loaded thesis", ours, bare, "bare QMainWindow", "ratio <= 2.5")]


def main() -> dict[str, object]:
    results = run()
    for result in results:
        print(result.line())
    return results[0].as_dict()


if __name__ == "__main__":
    main()
