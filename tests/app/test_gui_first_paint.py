"""What a later start loads before the thesis is drawn: only what the first paint needs.

`silteme gui --exit-when-ready` is run as a person starts it (a process of
its own, on a library that holds the bundled thesis), and the modules it
has loaded are read at the moment it says "ready". The Word, Markdown,
PDF, LaTeX, BibTeX, RIS and citeproc code, the dialogs and the Library
window load later, when something asks for them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


# Read the modules at the moment the window reports that the thesis is drawn.
SPY = """
import sys
import app.gui

report = app.gui.ReadyProbe._report

def spy(self):
    print("MODULES " + " ".join(sorted(sys.modules)), file=sys.stderr, flush=True)
    report(self)

app.gui.ReadyProbe._report = spy
from app.cli import main
sys.exit(main(sys.argv[1:]))
"""

NOT_FOR_THE_FIRST_PAINT = (
    "docx",
    "markdown_it",
    "citeproc",
    "bibtexparser",
    "rispy",
    "pypdf",
    "pdfminer",
    "alembic",
    "references.latex",
    "references.pdf",
    "references.word",
    "references.formats",
    "references.bibtex.parse",  # the BibTeX reader and writer (a field's value rules are light)
    "references.bibtex.fileio",
    "references.bibtex.write",
    "references.review.markdown_safe",
    "app.library.library_window",
    "app.library.entry_editor",
    "app.library.bib_import_dialog",
    "app.library.export_dialog",
    "app.annotations.annotation_editor",
    "app.authoring.duplicates_dialog",
    "app.authoring.renumber_dialog",
)


def _start(library: Path, home: Path) -> tuple[str, set[str]]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "LANGUAGE": "en",
    }
    result = subprocess.run(
        [sys.executable, "-c", SPY, "--db", str(library), "gui", "--exit-when-ready"],
        cwd=home, env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = [line for line in result.stderr.splitlines() if line.startswith("MODULES ")]
    assert len(lines) == 1, result.stderr[-3000:]
    return result.stdout, set(lines[0].split()[1:])


def test_a_later_start_draws_the_thesis_before_loading_what_it_does_not_show(sample_path: Path, tmp_path: Path) -> None:
    stdout, loaded = _start(sample_path, tmp_path)
    assert stdout.startswith("ready "), stdout
    assert "app.main_window" in loaded and "app.reader" in loaded  # the spy saw the real window
    early = sorted(
        name for name in loaded for heavy in NOT_FOR_THE_FIRST_PAINT if name == heavy or name.startswith(heavy + ".")
    )
    assert not early, f"loaded before the first paint: {early}"
