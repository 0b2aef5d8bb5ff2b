"""The ORM models load together, and only when one of them is asked for."""

from __future__ import annotations

import subprocess
import sys
from tests.conftest import ROOT

MODEL_MODULES = ("annotation", "base", "citation", "document", "reference", "sources", "word")


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    return result.stdout


def test_the_light_modules_load_no_mapper() -> None:
    out = _run(
        "import sys, models.db, models.errors, models.messages\n"
        "print(' '.join(m for m in sys.modules if m.startswith('models.')))"
    )
    for module in MODEL_MODULES:
        assert f"models.{module}" not in out.split(), out


def test_asking_for_one_model_loads_them_all_and_the_mappers_configure() -> None:
    out = _run(
        "import sys\n"
        "from models import Block\n"
        "from sqlalchemy.orm import configure_mappers\n"
        "configure_mappers()  # every relationship finds the class it names\n"
        "import models\n"
        "print(' '.join(m for m in sys.modules if m.startswith('models.')), Block is models.Block)"
    )
    for module in MODEL_MODULES:
        assert f"models.{module}" in out.split(), out
    assert out.split()[-1] == "True"
