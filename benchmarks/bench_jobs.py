"""Long jobs: the window's path against the command line's, and the CLI's own times.

The library is the bundled thesis with 200 reviewers' annotations on it
(placed at random, seeded); the revised text is the thesis with sentences
dropped, added and changed and ə written ә (``bench_reanchor.revised_source``);
the .bib file is 2,000 generated entries (``bench_bib.generated_bib``).

*Window vs CLI* (target: at most 1.2x): one child process (offscreen Qt)
runs each job through the window's path, from the call a menu action makes
to the window showing the result (the status-bar message, or the document
drawn again after a change of its text), and the same work through the
``silteme`` command's own code (``app.cli.main`` with the same arguments),
in the same process, each on a fresh copy of the library, median of three.
Merging has no command: its CLI side is the domain call in one transaction,
as a command would make it. The BibTeX import in the window is its two
steps, reading the file into the dialog and importing what it shows.

*CLI times* (targets: under 2 s): ``silteme export-docx`` and ``silteme
revise`` as a person runs them (a new process each, median of three),
against ``silteme import-text`` of the same thesis into a new library in the
same run.

Every figure is given twice: on the wall clock, and as CPU time (of every
thread of the process, or of the command's process). On a shared two-core
machine the wall clock of a job of a second or two varies by two or three
times from run to run with what else runs; the CPU time hardly moves.

Where the time goes (profiled with pyinstrument and cProfile, see the
module's figures in docs/benchmarks.md):
- ``silteme export-docx``: about 0.45 s of a process is starting Python and
  importing SQLAlchemy's ORM and python-docx; building the document is
  0.3 s CPU (python-docx's ``add_run`` for ~1,200 runs, 200 comments), the
  save 0.05 s.
- ``silteme revise``: the same start, then 0.55 s CPU: re-anchoring (the
  word diff of rewritten paragraphs with difflib, 0.27 s for a revision that
  touches most paragraphs, and the two projections of the thesis), storing
  the new blocks with one multi-row INSERT per table (0.11 s; it was 0.4 s
  with one ORM object per row), parsing 0.07 s.
- In the window, after a revision the reader builds the new text again on
  the GUI thread (0.12 s of QTextDocument inserts for 460,000 characters)
  and the views compare what changed; after a renumbering or a merge the
  document is read again and compared, as their change notice does not name
  blocks (0.07-0.15 s on the GUI thread). A BibTeX import shows its preview
  (2,000 rows, 0.06 s) and reads back the new references and blocks so that
  undo can take them away (0.07 s); it plans again inside the import only if
  the library changed while the dialog was open. A renumbering's plan is
  made for its dialog, then checked again when it is applied. These are what
  the window adds to the command's work.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = 200
BIB_ENTRIES = 2_000
REPEAT = 3
WINDOW_TARGET = "at most 1.2x the CLI"


# --- the data ---------------------------------------------------------------------------------


def prepare(folder: Path) -> dict[str, Path]:
    """The library with 200 annotations, the revised text and the .bib file, in ``folder``."""
    from benchmarks.bench_bib import generated_bib
    from benchmarks.bench_reanchor import revised_source
    from models.db import open_library
    from references.library.location import open_or_create
    from references.library.sample import SAMPLE_TEXT
    from references.review.annotations import create_annotation
    from references.thesis.text_map import document_text

    base = folder / "thesis-200-annotations.sqlite"
    open_or_create(base).close()
    library = open_library(base)
    rng = random.Random(5)
    try:
        with library.session() as session:
            text = document_text(session, 1)
            for i in range(ANNOTATIONS):
                start = rng.randrange(0, len(text) - 200)
                create_annotation(session, 1, start, start + rng.randint(20, 120), comment=f"Ескерту {i}",
                                  author="Рецензент", text=text)
    finally:
        library.close()
    thesis = folder / "thesis.txt"
    thesis.write_text(SAMPLE_TEXT.read_text(encoding="utf-8"), encoding="utf-8")
    revised = folder / "revised.txt"
    revised.write_text(revised_source(SAMPLE_TEXT.read_text(encoding="utf-8")), encoding="utf-8")
    bib = folder / "references.bib"
    bib.write_text(generated_bib(BIB_ENTRIES), encoding="utf-8")
    return {"base": base, "thesis": thesis, "revised": revised, "bib": bib}


def fresh_copy(base: Path, folder: Path, name: str) -> Path:
    target = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(base, target)
    return target


# --- the child: window and CLI in one process ------------------------------------------------


def child(folder: Path) -> dict[str, dict[str, float]]:
    """Median ms of each job through the window and through the CLI's code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.cli import main as cli

    app = QApplication.instance() or QApplication([])
    files = {k: folder / v for k, v in (("base", "thesis-200-annotations.sqlite"), ("revised", "revised.txt"),
                                          ("bib", "references.bib"))}
    work = folder / "work"
    work.mkdir(exist_ok=True)
    quiet = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - the commands' own output, not ours

    def cli_ms(args: list[str]) -> tuple[float, float]:
        db = fresh_copy(files["base"], work, "cli.sqlite")
        stdout = sys.stdout
        sys.stdout = quiet
        try:
            started = _clock()
            code = cli(["--db", str(db), *args])
            elapsed = _since(started)
        finally:
            sys.stdout = stdout
        if code != 0:
            raise RuntimeError(f"silteme {' '.join(args)} exited {code}")
        return elapsed

    def merge_ms() -> tuple[float, float]:
        from models.db import open_library
        from references.library.merging import merge_references

        db = fresh_copy(files["base"], work, "cli.sqlite")
        started = _clock()
        library = open_library(db)
        try:
            with library.session() as session:
                keep, drop = _merge_pair(session)
                merge_references(session, keep, drop, {}, renumber=True)
        finally:
            library.close()
        return _since(started)

    out = work / "cli.docx"
    jobs = {
        "export-docx": lambda: cli_ms(["export-docx", str(out)]),
        "revise": lambda: cli_ms(["revise", str(files["revised"])]),
        "import-bib": lambda: cli_ms(["import-bib", str(files["bib"])]),
        "renumber": lambda: cli_ms(["renumber"]),
        "merge": merge_ms,
    }
    results: dict[str, dict[str, float]] = {}
    for name, run_cli in jobs.items():
        run_cli()  # warm: the command's modules imported, the file cache filled
        cli_times = [run_cli() for _ in range(REPEAT)]
        window_times = [_window_ms(app, name, files, work) for _ in range(REPEAT)]
        results[name] = {
            "cli_ms": statistics.median(t[0] for t in cli_times),
            "window_ms": statistics.median(t[0] for t in window_times),
            "cli_cpu_ms": statistics.median(t[1] for t in cli_times),
            "window_cpu_ms": statistics.median(t[1] for t in window_times),
        }
    quiet.close()
    return results


def _merge_pair(session) -> tuple[int, int]:  # noqa: ANN001 - a Session
    """[158] is merged into [9]: the bundled thesis cites one sentence as both (resources/DATA.md)."""
    from sqlalchemy import select

    from models import Reference

    numbers = dict(session.execute(select(Reference.number, Reference.id).where(Reference.number.is_not(None))).all())
    return numbers[9], numbers[158]


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(started: tuple[float, float]) -> tuple[float, float]:
    """Milliseconds since ``started``: on the wall clock, and of CPU in every thread of the process."""
    return (time.perf_counter() - started[0]) * 1000, (time.process_time() - started[1]) * 1000


def _window_ms(app, name: str, files: dict[str, Path], work: Path) -> tuple[float, float]:  # noqa: ANN001
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from app.main_window import MainWindow
    from models.db import open_library

    db = fresh_copy(files["base"], work, "window.sqlite")
    settings_file = work / "settings.ini"
    settings_file.unlink(missing_ok=True)
    library = open_library(db)
    window = MainWindow(library, QSettings(str(settings_file), QSettings.Format.IniFormat))
    window.resize(1400, 900)
    window.show()

    def wait(signal, start=None, timeout_ms: int = 120_000) -> None:  # noqa: ANN001 - a bound signal
        loop = QEventLoop()
        signal.connect(loop.quit)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(timeout_ms)
        if start is not None:
            start()
        loop.exec()
        signal.disconnect(loop.quit)
        if not timer.isActive():
            raise RuntimeError(f"{name}: the window did not report within {timeout_ms} ms")

    def until(condition, timeout_ms: int = 120_000) -> None:  # noqa: ANN001 - a callable
        """Run the event loop until ``condition()`` holds, looking every 5 ms (no busy loop:
        spinning processEvents would take the interpreter from the job being timed)."""
        if condition():
            return
        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(lambda: condition() and loop.quit())
        poll.start(5)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        poll.stop()
        if not condition():
            raise RuntimeError(f"{name}: the window did not get there within {timeout_ms} ms")

    def idle() -> None:
        """Every worker of the window done (the loading, the author tools' look-ups)."""
        until(lambda: not (window.runner.busy or window.authoring.background.busy))
        app.processEvents()

    try:
        wait(window.document_loaded, window.load)
        idle()
        if name == "export-docx":
            files_ = window.annotations.files
            started = _clock()
            wait(files_.finished, lambda: files_.export_docx(work / "window.docx"))
        elif name == "revise":
            files_ = window.annotations.files
            started = _clock()
            wait(files_.finished, lambda: files_.import_revised_text(files["revised"]))
            wait(window.document_loaded)  # the new text drawn
        elif name == "import-bib":
            controller = window.reference_library
            shown: list[object] = []
            controller.import_planned.connect(shown.append)
            started = _clock()
            wait(controller.import_planned, lambda: controller.import_bib_file(files["bib"]))
            dialog = shown[0]
            wait(controller.import_done, dialog.import_button.click)  # type: ignore[attr-defined]
        elif name == "renumber":
            authoring = window.authoring
            started = _clock()
            authoring.renumber_action.trigger()
            dialog = authoring.bulk.renumber_dialog
            until(lambda: dialog.plan is not None)
            wait(window.document_loaded, dialog.apply_button.click)
        elif name == "merge":
            authoring = window.authoring
            with library.session() as session:
                keep, drop = _merge_pair(session)
            authoring.duplicates_action.trigger()
            dialog = authoring.bulk.duplicates_dialog
            dialog.keep_combo.setCurrentIndex(dialog.keep_combo.findData(keep))
            dialog.drop_combo.setCurrentIndex(dialog.drop_combo.findData(drop))
            until(dialog.merge_button.isEnabled)
            dialog.renumber_box.setChecked(True)
            idle()
            started = _clock()
            wait(window.document_loaded, dialog.merge_button.click)
        else:
            raise ValueError(name)
        app.processEvents()  # what was queued for the screen is drawn
        return _since(started)
    finally:
        idle()
        window.close()
        window.runner.wait()
        window.deleteLater()
        app.processEvents()
        library.close()


# --- the CLI as a person runs it ---------------------------------------------------------------


def process_ms(args: list[str]) -> tuple[float, float]:
    """Wall and CPU milliseconds (user + system, from the kernel's count for children) of one command."""
    started, cpu = time.perf_counter(), _children_cpu()
    result = subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True, text=True,
                            timeout=300)
    elapsed = (time.perf_counter() - started) * 1000, (_children_cpu() - cpu) * 1000
    if result.returncode != 0:
        raise RuntimeError(f"silteme {' '.join(args)}: {result.stderr.strip()}")
    return elapsed


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = prepare(folder)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        result = subprocess.run([sys.executable, "-m", "benchmarks.bench_jobs", "--child", str(folder)], cwd=ROOT,
                                env=env, capture_output=True, text=True, timeout=1800)
        if result.returncode != 0:
            raise RuntimeError(f"the window's run failed: {result.stderr.strip()[-2000:]}")
        measured = json.loads(result.stdout.strip().splitlines()[-1])
        for name, times in measured.items():
            cli_side = "the domain call in one transaction" if name == "merge" else f"silteme {name}"
            for clock, key in (("wall", ""), ("CPU", "_cpu")):
                rows.append({
                    "name": f"{name} in the window, {clock} (thesis, 200 annotations)",
                    "ours_ms": round(times[f"window{key}_ms"], 1),
                    "baseline": f"{cli_side}, {clock}",
                    "baseline_ms": round(times[f"cli{key}_ms"], 1),
                    "target": WINDOW_TARGET,
                })

        cli = folder / "cli"
        cli.mkdir()

        def import_text() -> tuple[float, float]:
            db = cli / "new.sqlite"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            return process_ms(["--db", str(db), "import-text", str(files["thesis"])])

        def command(args: list[str]) -> tuple[float, float]:
            db = fresh_copy(files["base"], cli, "lib.sqlite")
            return process_ms(["--db", str(db), *args])

        measures = {
            "import-text": import_text,
            "export-docx": lambda: command(["export-docx", str(cli / "out.docx")]),
            "revise": lambda: command(["revise", str(files["revised"])]),
        }
        for fn in measures.values():
            fn()  # warm the file cache
        runs = {name: [fn() for _ in range(REPEAT)] for name, fn in measures.items()}
        for name in ("export-docx", "revise"):
            for clock, i in (("wall", 0), ("CPU", 1)):
                ours = statistics.median(t[i] for t in runs[name])
                rows.append({
                    "name": f"silteme {name}, a process, {clock} (thesis, 200 annotations): {ours / 1000:.2f} s",
                    "ours_ms": round(ours, 1),
                    "baseline": f"silteme import-text of the thesis, {clock}",
                    "baseline_ms": round(statistics.median(t[i] for t in runs["import-text"]), 1),
                    "target": "under 2 s",
                })
    return rows


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        print(json.dumps(child(Path(sys.argv[2]))))
    else:
        for row in run():
            ratio = row["ours_ms"] / row["baseline_ms"]  # type: ignore[operator]
            print(f"{row['name']}: ours {row['ours_ms']} ms, {row['baseline']} {row['baseline_ms']} ms, "
                  f"ratio {ratio:.2f} (target: {row['target']})")
