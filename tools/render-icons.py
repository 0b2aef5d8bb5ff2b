"""Render resources/icons/silteme.svg to the PNG sizes desktops ask for.

Run after changing the SVG: .venv/bin/python tools/render-icons.py
The PNGs are committed, so neither the app nor its packaging needs QtSvg.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from resources.icons import SIZES, png_file, svg_file  # noqa: E402


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg_file()))
    if not renderer.isValid():
        print("render-icons: silteme.svg is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(png_file(size)))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
