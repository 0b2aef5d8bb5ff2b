"""The layer rule: app -> references -> models, and only app imports Qt."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imports(package: str) -> list[tuple[Path, str]]:
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.extend((path, alias.name) for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.append((path, node.module))
    return found


def test_import_linter_contracts_hold() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter is part of the test set-up"
    result = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"Contracts: \d+ kept, 0 broken", result.stdout), result.stdout


def test_core_never_imports_qt_or_app_even_lazily() -> None:
    # import-linter sees module-level and function-level imports alike, but
    # this second check also reads every file itself so a new top-level
    # folder cannot slip out of the contract's root_packages.
    bad = [
        f"{path.relative_to(ROOT)} imports {name}"
        for package in ("models", "references")
        for path, name in _imports(package)
        if name.split(".")[0] in {"PySide6", "shiboken6", "app", "PyQt5", "PyQt6"}
    ]
    assert bad == []


def test_models_never_import_references() -> None:
    bad = [f"{p.relative_to(ROOT)} imports {n}" for p, n in _imports("models") if n.split(".")[0] == "references"]
    assert bad == []


def test_cli_commands_never_load_qt(tmp_path: Path) -> None:
    # The import-linter contract lets `silteme gui` import the window lazily;
    # this runs a real command and checks Qt was never loaded on the way.
    script = (
        "import sys\n"
        "from app.cli import main\n"
        f"code = main(['--db', {str(tmp_path / 'lib.sqlite')!r}, 'stats', '--json'])\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6'})\n"
        "print(code, loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "0 []"


def test_references_keeps_only_a_handful_of_loose_modules() -> None:
    # The domain is grouped by feature (thesis/, library/, review/, audit/ ...);
    # only the shared building blocks stay at the top.
    loose = sorted(p.name for p in (ROOT / "references").glob("*.py") if p.name != "__init__.py")
    assert loose == ["errors.py", "normalize.py", "numbers.py"]


def test_every_domain_package_has_a_place_in_the_layers() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(
        c for c in config["tool"]["importlinter"]["contracts"] if c.get("containers") == ["references"]
    )
    parts = [part.strip() for layer in contract["layers"] for part in layer.split("|")]
    named = set(parts)
    present = {p.parent.name for p in (ROOT / "references").glob("*/__init__.py")}
    present |= {p.stem for p in (ROOT / "references").glob("*.py") if p.name != "__init__.py"}
    assert present - named == set(), "name the new references/ package in a layer of pyproject.toml"
    # A package sits in one layer, whole: none is split into modules on different layers.
    assert sorted(part for part in parts if "." in part) == []
    assert len(parts) == len(named)


def test_no_import_circle_in_app_references_or_models() -> None:
    # Features know the window through app.host.WindowHost, and the
    # window's parts their controller through signals and small protocols;
    # a table's module imports the tables it names, never one that names it.
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "import_cycles.py"), "app", "references", "models"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "no import circle"


def test_tests_mirror_the_source_tree_and_find_their_files_through_conftest() -> None:
    # A test sits beside what it tests (tests/app/..., tests/references/<package>/...,
    # tests/models/...); only the checks of the whole repository stay at the top.
    # Its files come from conftest's ROOT, THESIS and DATA, so moving it breaks nothing.
    tests = ROOT / "tests"
    assert sorted(p.name for p in tests.glob("test_*.py")) == ["test_layering.py", "test_lint.py"], "put the test beside what it tests"
    located = sorted(
        p.relative_to(ROOT).as_posix()
        for p in tests.rglob("test_*.py")
        if p.parent != tests and "Path(__file__)" in p.read_text(encoding="utf-8")
    )
    assert located == [], "take the path from tests.conftest (ROOT, THESIS, DATA) instead of Path(__file__)"
