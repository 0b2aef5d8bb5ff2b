"""Optional programs are found on PATH or in their usual places on each platform."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from references.system.programs import find_program


def _executable(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def test_on_path_first(tmp_path: Path) -> None:
    program = _executable(tmp_path / "bin" / "soffice")
    assert find_program("libreoffice", environ={"PATH": str(program.parent)}) == program


def test_libreoffice_in_program_files_on_windows(tmp_path: Path) -> None:
    program_files = tmp_path / "Program Files"
    soffice = _executable(program_files / "LibreOffice" / "program" / "soffice.exe")
    environ = {"PATH": str(tmp_path / "empty"), "ProgramFiles": str(program_files)}
    assert find_program("libreoffice", platform="win32", environ=environ) == soffice


def test_biber_of_miktex_for_one_user_on_windows(tmp_path: Path) -> None:
    local = tmp_path / "AppData" / "Local"
    biber = _executable(local / "Programs" / "MiKTeX" / "miktex" / "bin" / "x64" / "biber.exe")
    environ = {"PATH": "", "LOCALAPPDATA": str(local), "ProgramFiles": str(tmp_path / "none")}
    assert find_program("biber", platform="win32", environ=environ) == biber


def test_libreoffice_in_the_users_applications_on_macos(tmp_path: Path) -> None:
    soffice = _executable(tmp_path / "Applications" / "LibreOffice.app" / "Contents" / "MacOS" / "soffice")
    assert find_program("libreoffice", platform="darwin", environ={"PATH": "", "HOME": str(tmp_path)}) == soffice


def test_nothing_found_is_none(tmp_path: Path) -> None:
    environ = {"PATH": str(tmp_path), "ProgramFiles": str(tmp_path), "HOME": str(tmp_path)}
    assert find_program("libreoffice", platform="win32", environ=environ) is None
    assert find_program("biber", platform="darwin", environ=environ) is None or Path("/Library/TeX/texbin/biber").exists()


def test_unknown_program_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        find_program("word")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is installed by tools/setup.sh --test")
def test_the_installed_libreoffice_is_found() -> None:
    found = find_program("libreoffice")
    assert found is not None and os.access(found, os.X_OK)
