"""Entry point of the window: ``run_gui(library, argv)`` (called by ``app.cli``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from app.i18n.qt import install_language
from app.main_window import MainWindow
from app.process_clock import milliseconds_since_process_start
from models.db import Library, is_server
from resources.icons import icon_files

ORGANIZATION = "Silteme"
APPLICATION = "Silteme"
# The application id: the desktop entry's and AppStream's file names.
DESKTOP_ID = "kz.silteme.Silteme"
# Fonts known to hold every Kazakh Cyrillic letter (ә ғ қ ң ө ұ ү һ і);
# the set-up installs DejaVu, the others are common on desktops.
KAZAKH_FONTS = ("DejaVu Sans", "Noto Sans", "Segoe UI", "Arial")


def configure_application(app: QApplication) -> None:
    """Names for QSettings, and a UI font that draws Kazakh."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    # The icon in the title bar and the task bar; on Linux the desktop
    # entry of the same name gives the task bar its icon too.
    QCoreApplication.setApplicationVersion(_version())
    QApplication.setDesktopFileName(DESKTOP_ID)
    icon = QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    app.setWindowIcon(icon)
    families = set(QFontDatabase.families())
    for family in KAZAKH_FONTS:
        if family in families:
            font = QFont(family)
            font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
            app.setFont(font)
            break


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("silteme")
    except PackageNotFoundError:
        return "0"


class ReadyProbe(QObject):
    """Says when the window has drawn its document, then ends the event loop.

    For `silteme gui --exit-when-ready`: scripts and benchmarks time a real
    start, from the process's start to the first paint of the loaded thesis
    (its first screen, which is what a person sees; the rest of the text and
    the docks follow on the event loop).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._loaded = False
        window.first_screen_shown.connect(self._on_loaded)
        window.load_failed.connect(self._on_failed)
        self.exit_code = 0

    def _on_loaded(self) -> None:
        self._loaded = True
        viewport = self._window.reader.viewport()
        viewport.installEventFilter(self)
        viewport.update()

    def _on_failed(self, message: str) -> None:
        del message  # the window shows it; a script sees the exit code
        self.exit_code = 1
        QTimer.singleShot(0, QApplication.quit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._loaded and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._loaded = False
            # After this paint has been delivered, not before.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"ready {milliseconds_since_process_start()}", flush=True)
        QApplication.quit()


def create_window(library: Library, settings: QSettings | None = None) -> MainWindow:
    """A main window on ``library`` (loading starts at once, in a worker)."""
    window = MainWindow(library, settings if settings is not None else QSettings())
    window.load()
    return window


def run_gui(library: Library, argv: list[str], language: str | None = None, *, exit_when_ready: bool = False) -> int:
    """The window on ``library``, in ``language`` (``silteme --lang``), else the
    language chosen in Settings, else the system's."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    configure_application(app)
    install_language(QSettings(), language)
    window = MainWindow(library, QSettings())
    probe = ReadyProbe(window) if exit_when_ready else None
    window.show()
    # The window shows at once; an empty library gets the bundled thesis in
    # the loading worker (a first start), then the thesis is drawn. A team
    # library is filled by its author (restore, import), never with the sample.
    window.load(seed_sample=not is_server(library.url))
    code = app.exec()
    if probe is not None:
        return probe.exit_code
    return code
