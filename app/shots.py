"""The loop shared by the screenshot scripts: open the real window, walk it
through scenes and save the screen after each one as a PNG.

Settings live in a temporary folder, so a run never reads or changes the
user's own. Scenes run one after another on the GUI thread, each given a
little time to repaint (and its dialogs to open) before the grab.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, QTimer, SignalInstance
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QApplication

from app.gui import configure_application
from app.i18n import LANGUAGES
from app.i18n.qt import install_language
from app.main_window import MainWindow
from references.library.location import open_or_create

Setup = Callable[[MainWindow], None]


@dataclass(frozen=True)
class Scene:
    name: str  # the PNG's file name, without ".png"
    setup: Setup  # brings the window into the state to show
    settle_ms: int = 700  # wait between the setup and the grab


def argument_parser(description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", required=True, type=Path, help="folder for the PNG files")
    parser.add_argument("--size", default="1600x1000", type=parse_size, help="window size, e.g. 1600x1000")
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="the window's language")
    return parser


def parse_size(text: str) -> QSize:
    width, height = (int(v) for v in text.split("x"))
    return QSize(width, height)


def grab(window: MainWindow, size: QSize) -> QPixmap:
    # The screen, not the widget: tooltips and dialogs are windows of their own.
    picture = QGuiApplication.primaryScreen().grabWindow(0, 0, 0, size.width(), size.height())
    if picture.isNull() or QGuiApplication.platformName() == "offscreen":
        picture = window.grab()  # no screen to grab: the window alone is better than nothing
    return picture


def take_screenshots(
    scenes: Sequence[Scene],
    out: Path,
    size: QSize,
    *,
    library: Path | None = None,
    settings: Mapping[str, object] | None = None,
    ready: Callable[[MainWindow], SignalInstance] = lambda window: window.document_loaded,
    start_delay_ms: int = 400,
    before_close: Setup | None = None,
    language: str = "en",
) -> int:
    """Shoot `scenes` into `out`, returning the application's exit code.

    `library` None is a new library with the bundled sample, thrown away
    afterwards. The first scene starts `start_delay_ms` after the first
    emission of `ready`; `before_close` tidies up (dialogs, other windows)
    after the last one. The window speaks `language`.
    """
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    configure_application(app)
    folder = tempfile.TemporaryDirectory()
    opened = open_or_create(library or Path(folder.name) / "library.sqlite")
    qsettings = QSettings(str(Path(folder.name) / "s.ini"), QSettings.Format.IniFormat)
    for key, value in (settings or {}).items():
        qsettings.setValue(key, value)
    install_language(qsettings, language)
    window = MainWindow(opened, qsettings)
    window.resize(size)
    window.move(0, 0)
    window.show()
    pending = list(scenes)
    started = False

    def start() -> None:
        nonlocal started
        if not started:  # `ready` may fire again, e.g. after a renumbering
            started = True
            QTimer.singleShot(start_delay_ms, next_scene)

    def shoot(name: str) -> None:
        path = out / f"{name}.png"
        grab(window, size).save(str(path))
        print(path)
        QTimer.singleShot(100, next_scene)

    def next_scene() -> None:
        if not pending:
            if before_close is not None:
                before_close(window)
            window.close()
            app.quit()
            return
        scene = pending.pop(0)
        scene.setup(window)
        QTimer.singleShot(scene.settle_ms, lambda: shoot(scene.name))

    ready(window).connect(start)
    window.load_failed.connect(lambda message: (print(message, file=sys.stderr), app.exit(1)))
    window.load()
    code = app.exec()
    window.runner.wait()
    opened.close()
    folder.cleanup()
    return code
