"""An empty library file per test, for the tests that import a thesis of their own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from models.db import Library, open_library


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = open_library(tmp_path / "lib.sqlite")
    yield lib
    lib.close()
