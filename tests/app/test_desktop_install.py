"""Installing like a desktop app: the desktop entry, icons and metainfo,
`gui --exit-when-ready`, and the wheel that carries everything."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from app.desktop_entry import desktop_entry_text, install_desktop_entry
from resources.desktop import APP_ID
from resources.icons import SIZES, icon_files, svg_file
from tests.conftest import ROOT

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _isolated_env(home: Path) -> dict[str, str]:
    """An environment whose per-user folders are all under ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTHON"))}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def test_icons_are_real_pngs_of_every_size_rendered_from_the_svg() -> None:
    from PySide6.QtGui import QImage

    assert svg_file().read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size, path in zip(SIZES, icon_files(), strict=True):
        assert path.read_bytes()[:8] == PNG_MAGIC
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size)
        # Not an empty canvas: the corners are transparent, the middle is drawn.
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_install_desktop_entry_puts_entry_icons_and_metainfo_in_the_data_folder(tmp_path: Path) -> None:
    installed = install_desktop_entry(tmp_path)
    assert installed.desktop_file == tmp_path / "applications" / f"{APP_ID}.desktop"
    text = installed.desktop_file.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" gui")
    for size in SIZES:
        icon = tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert icon.read_bytes()[:8] == PNG_MAGIC
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert f"<id>{APP_ID}</id>" in installed.metainfo_file.read_text(encoding="utf-8")


def test_exec_line_quotes_a_launcher_path_with_spaces_and_kazakh_letters() -> None:
    text = desktop_entry_text(["/home/Әлия Қ/.local/bin/silteme"])
    assert 'Exec="/home/Әлия Қ/.local/bin/silteme" gui' in text.splitlines()
    text = desktop_entry_text(["/opt/a$b/python", "-m", "app.cli"])
    assert 'Exec="/opt/a\\$b/python" -m app.cli gui' in text.splitlines()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_installed_desktop_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    installed = install_desktop_entry(tmp_path)
    result = subprocess.run(["desktop-file-validate", str(installed.desktop_file)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    # Hints are advice; errors and warnings are not allowed.
    assert "error" not in result.stdout.lower() and "warning" not in result.stdout.lower(), result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_metainfo_passes_appstreamcli_validate(tmp_path: Path) -> None:
    installed = install_desktop_entry(tmp_path)
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(installed.metainfo_file)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_install_desktop_entry_command(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "install-desktop-entry", "--data-home", str(tmp_path / "share")],
        cwd=ROOT, capture_output=True, text=True, env={**_isolated_env(tmp_path), "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "share" / "applications" / f"{APP_ID}.desktop").is_file()
    assert "Installed" in result.stdout


def _ready_line(output: str) -> int:
    match = re.fullmatch(r"ready (\d+)", output.strip())
    assert match, f"expected one line 'ready <ms>', got {output!r}"
    return int(match.group(1))


def test_gui_exit_when_ready_prints_ready_and_exits(tmp_path: Path) -> None:
    """The per-user library is created with the sample on the first start, and
    the line comes only once the thesis is shown."""
    env = {**_isolated_env(tmp_path), "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "gui", "--exit-when-ready"],
        cwd=tmp_path, capture_output=True, text=True, env=env, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    milliseconds = _ready_line(result.stdout)
    assert milliseconds > 0
    libraries = list((tmp_path / "data").rglob("*.sqlite"))
    assert libraries, "the first start creates the per-user library"


def _build_wheel(out: Path) -> Path:
    """The wheel of a clean copy of the source tree: a checkout's leftover
    build/ folder (setuptools' staging area) must not leak old files into it."""
    source = out.parent / "source"
    shutil.copytree(
        ROOT, source,
        ignore=shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".hypothesis"),
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(source)],
        check=True, capture_output=True, text=True, timeout=600,
    )
    (wheel,) = out.glob("silteme-*.whl")
    return wheel


@pytest.mark.slow
def test_wheel_alone_installs_and_runs_on_the_bundled_sample(tmp_path: Path) -> None:
    wheel = _build_wheel(tmp_path / "dist")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "resources/dissertation-kk.txt",
        "resources/bibliography.bib",
        "resources/source-groups.json",
        "resources/csl/gost-r-7-0-5-2008-numeric.csl",
        "resources/icons/silteme.svg",
        f"resources/desktop/{APP_ID}.desktop",
        "models/migrations/versions/0001_initial_schema.py",
        "models/migrations/script.py.mako",
        "app/i18n/silteme_kk.ts",
        "app/i18n/silteme_kk.qm",
        "app/i18n/silteme_ru.qm",
    ):
        assert needed in names, needed
    assert not any(name.startswith("tests/") for name in names)

    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(target)
    bindir = target / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "-c", str(ROOT / "constraints.txt"), str(wheel)],
        check=True, capture_output=True, text=True, timeout=900,
    )
    home = tmp_path / "home"
    home.mkdir()
    env = _isolated_env(home)
    # No checkout beside it: run from an empty folder, with nothing on PYTHONPATH.
    stats = subprocess.run(
        [str(bindir / "silteme"), "stats", "--json"], cwd=home, capture_output=True, text=True, env=env, timeout=300
    )
    assert stats.returncode == 0, stats.stderr
    import json

    counts = json.loads(stats.stdout)
    assert counts["references"] == 228
    where = subprocess.run(
        [str(python), "-c", "import app, resources; print(app.__file__); print(resources.__file__)"],
        cwd=home, capture_output=True, text=True, env=env, check=True,
    )
    assert str(ROOT) not in where.stdout and str(target) in where.stdout
    gui = subprocess.run(
        [str(bindir / "silteme"), "gui", "--exit-when-ready"], cwd=home, capture_output=True, text=True, env=env,
        timeout=300,
    )
    assert gui.returncode == 0, gui.stderr
    _ready_line(gui.stdout)


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle smoke test runs on Linux")
def test_one_folder_bundle_runs_without_python(tmp_path: Path) -> None:
    """tools/build-bundle.sh makes a PyInstaller folder whose binary opens the
    bundled thesis with no Python and no checkout beside it."""
    out = tmp_path / "bundle"
    build = subprocess.run(
        ["bash", str(ROOT / "tools" / "build-bundle.sh"), str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=1500,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    binary = out / "silteme" / "silteme"
    assert binary.is_file()
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in _isolated_env(home).items() if k not in ("VIRTUAL_ENV", "PYTHONHOME")}
    env["PATH"] = "/usr/bin:/bin"  # no Python of ours on the way
    stats = subprocess.run([str(binary), "stats", "--json"], cwd=home, capture_output=True, text=True, env=env,
                           timeout=300)
    assert stats.returncode == 0, stats.stderr
    import json

    assert json.loads(stats.stdout)["claims"] == 200
    gui = subprocess.run([str(binary), "gui", "--exit-when-ready"], cwd=home, capture_output=True, text=True,
                         env=env, timeout=300)
    assert gui.returncode == 0, gui.stderr
    _ready_line(gui.stdout)
