"""The real window on the 100,000-reference library: time from process start
to the window shown with a thesis, the reference library window's first
rows, and the process's peak resident memory — against a bare QApplication +
QMainWindow in the same run (targets: a few seconds; memory noted)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_startup import BARE_WINDOW, until_ready
from benchmarks.generate_large import ensure_large_library
from benchmarks.harness import Result

ROOT = Path(__file__).resolve().parents[1]

APP = """
import json, resource, sys, time
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from app.gui import configure_application, create_window
from references.library.location import open_or_create
app = QApplication(sys.argv[:1])
configure_application(app)
library = open_or_create(sys.argv[1], seed=False)
window = create_window(library, QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
def loaded():
    app.processEvents()
    print("shown", flush=True)
    started = time.perf_counter()
    window.reference_library.open_window()
    app.processEvents()
    table_ms = (time.perf_counter() - started) * 1000
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"table_ms": table_ms, "peak_mib": peak}), flush=True)
    app.quit()
window.document_loaded.connect(loaded)
app.exec()
library.close()
"""


def _app_run(library: Path, settings: str) -> tuple[float, dict[str, float]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", APP, str(library), settings], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    shown_ms = 0.0
    details: dict[str, float] = {}
    for line in process.stdout:
        if line.strip() == "shown":
            shown_ms = (time.perf_counter() - started) * 1000
        elif line.startswith("{"):
            details = json.loads(line)
    process.wait(timeout=120)
    if not details:
        raise RuntimeError(f"the app did not open the large library (exit {process.returncode})")
    return shown_ms, details


def run() -> list[Result | dict[str, object]]:
    generated = ensure_large_library()
    with tempfile.TemporaryDirectory() as tmp:
        library = Path(tmp) / "large.sqlite"
        shutil.copyfile(generated.path, library)  # the window may write its settings and backups
        settings = str(Path(tmp) / "settings.ini")
        _app_run(library, settings)  # warm the file cache
        shown_ms, details = _app_run(library, settings)
        bare_ms = until_ready([sys.executable, "-c", BARE_WINDOW], Path(tmp))
    return [
        Result("100k library: window shown with a thesis", shown_ms, bare_ms, "bare QMainWindow", "a few seconds"),
        {
            "name": "100k library: reference library window with its first rows",
            "ours_ms": round(details["table_ms"], 1),
            "target": "at once (under 0.5 s)",
        },
        {
            "name": "100k library: peak resident memory of the app",
            "ours": round(details["peak_mib"], 1),
            "unit": "MiB",
            "target": "measured and written down",
        },
    ]


if __name__ == "__main__":
    for item in run():
        print(item.line() if isinstance(item, Result) else item)
