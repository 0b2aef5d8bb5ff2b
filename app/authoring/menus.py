"""The Tools menu that features share (the window's own menus are found by name: ``WindowHost.menu``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from app.host import WindowHost

TOOLS_MENU = "tools_menu"  # the object name other features look the Tools menu up by


def tools_menu(window: WindowHost, before: str) -> QMenu:
    """The Tools menu, shared between features; made before the menu named ``before`` if none has it yet."""
    bar = window.menuBar()
    for top in bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and menu.objectName() == TOOLS_MENU:
            return menu
    menu = QMenu(QCoreApplication.translate("AuthoringMenus", "&Tools"), bar)
    menu.setObjectName(TOOLS_MENU)
    bar.insertMenu(window.menu(before).menuAction(), menu)
    return menu
