"""Top-level windows that fit the screen they open on.

A window opens at its preferred size only when the screen has room for it;
otherwise it takes the screen's available area (the desktop minus panels
and docks). A size restored from the settings, saved on a larger monitor,
is clipped the same way, and the window is moved back onto the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def available_area(window: QWidget) -> QRect:
    """The available geometry of the screen the window is on (or the primary one)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def fitted(wanted: QSize, area: QRect, frame: QSize = QSize(0, 0)) -> QSize:
    """``wanted`` made no larger than ``area`` once the window frame is added."""
    return QSize(
        max(1, min(wanted.width(), area.width() - frame.width())),
        max(1, min(wanted.height(), area.height() - frame.height())),
    )


def inside(rect: QRect, area: QRect) -> QPoint:
    """Where ``rect`` goes so that it lies within ``area`` (its top-left kept when it can)."""
    x = min(max(rect.x(), area.left()), max(area.left(), area.right() + 1 - rect.width()))
    y = min(max(rect.y(), area.top()), max(area.top(), area.bottom() + 1 - rect.height()))
    return QPoint(x, y)


def _frame(window: QWidget) -> QSize:
    """The size the window manager's frame adds (nothing before the first show)."""
    outer, inner = window.frameGeometry(), window.geometry()
    return QSize(max(0, outer.width() - inner.width()), max(0, outer.height() - inner.height()))


def clip_to_screen(window: QWidget) -> None:
    """Shrink and move the window so that all of it is on its screen's available area."""
    area, frame = available_area(window), _frame(window)
    size = fitted(window.size(), area, frame)
    if size != window.size():
        window.resize(size)
    outer = window.frameGeometry()
    position = inside(outer, area)
    if position != outer.topLeft():
        window.move(position)


def place_window(window: QWidget, preferred: QSize, saved: object) -> None:
    """Restore the saved geometry, or open at ``preferred`` centred; either way, fit the screen."""
    if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        clip_to_screen(window)
        return
    area = available_area(window)
    window.resize(fitted(preferred, area))
    centre = area.center()
    window.move(centre.x() - window.width() // 2, centre.y() - window.height() // 2)
    clip_to_screen(window)


def scrolling(body: QWidget) -> QScrollArea:
    """``body`` in a frameless scroll area: a dock made small scrolls instead of
    forcing its content's width on the whole window (which must fit the screen)."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(body)
    return area
