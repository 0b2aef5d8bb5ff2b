"""Entry point of the window: ``run_gui(library, argv)`` (called by ``app.cli``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.i18n.qt import install_language
from app.main_window import MainWindow
from models.db import Library

ORGANIZATION = "Silteme"
APPLICATION = "Silteme"
# Fonts known to hold every Kazakh Cyrillic letter (ә ғ қ ң ө ұ ү һ і);
# the set-up installs DejaVu, the others are common on desktops.
KAZAKH_FONTS = ("DejaVu Sans", "Noto Sans", "Segoe UI", "Arial")


def configure_application(app: QApplication) -> None:
    """Names for QSettings, and a UI font that draws Kazakh."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    families = set(QFontDatabase.families())
    for family in KAZAKH_FONTS:
        if family in families:
            font = QFont(family)
            font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
            app.setFont(font)
            break


def create_window(library: Library, settings: QSettings | None = None) -> MainWindow:
    """A main window on ``library`` (loading starts at once, in a worker)."""
    window = MainWindow(library, settings if settings is not None else QSettings())
    window.load()
    return window


def run_gui(library: Library, argv: list[str], language: str | None = None) -> int:
    """The window on ``library``, in ``language`` (``silteme --lang``), else the
    language chosen in Settings, else the system's."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    configure_application(app)
    install_language(QSettings(), language)
    window = create_window(library)
    window.show()
    return app.exec()
