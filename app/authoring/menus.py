"""Finding the window's menus to add to, without the window naming them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

TOOLS_MENU = "tools_menu"  # the object name other features look the Tools menu up by


def menu_holding(window: QMainWindow, action: QAction) -> QMenu | None:
    """The menu bar's menu that holds ``action`` (the Edit menu holds Undo, ...)."""
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and action in menu.actions():
            return menu
    return None


def tools_menu(window: QMainWindow, before: QAction) -> QMenu:
    """The Tools menu, shared between features; made before the menu holding ``before`` if none has it yet."""
    bar = window.menuBar()
    for top in bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and menu.objectName() == TOOLS_MENU:
            return menu
    menu = QMenu(QCoreApplication.translate("AuthoringMenus", "&Tools"), bar)
    menu.setObjectName(TOOLS_MENU)
    following = menu_holding(window, before)
    if following is None:
        bar.addMenu(menu)
    else:
        bar.insertMenu(following.menuAction(), menu)
    return menu
