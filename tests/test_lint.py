"""Pyflakes-level checks (ruff's F rules): unused imports and names, undefined names."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_no_unused_or_undefined_names() -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent))
    assert ruff, "ruff is part of the test set-up"
    # F811 is left out: pytest fixtures imported into a test module are redefined as parameters.
    result = subprocess.run(
        [ruff, "check", "--no-cache", "--select", "F,E9", "--ignore", "F811", "--output-format", "concise",
         "app", "models", "references", "benchmarks", "tools", "tests"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
