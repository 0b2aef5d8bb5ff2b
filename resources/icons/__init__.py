"""Silteme's application icon: the SVG source and PNGs rendered from it
(tools/render-icons.py), shipped inside the package so a wheel, pipx and a
PyInstaller bundle all carry them."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

SVG_NAME = "silteme.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icons_folder() -> Path:
    return Path(str(resources.files("resources.icons")))


def svg_file() -> Path:
    return icons_folder() / SVG_NAME


def png_file(size: int) -> Path:
    return icons_folder() / f"silteme-{size}.png"


def icon_files() -> list[Path]:
    """Every rendered size, smallest first (what a window icon is built from)."""
    return [png_file(size) for size in SIZES]
