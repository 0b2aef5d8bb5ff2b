"""Settings ▸ Language: Kazakh, Russian, English or the system's, switched at once."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from app.i18n import catalog
from app.i18n.qt import SETTINGS_LANGUAGE, switch_language


class LanguageMenu(QObject):
    """The Language submenu; each language is named in itself."""

    def __init__(self, menu: QMenu, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.settings = settings
        self.menu = menu
        self.group = QActionGroup(self)
        self.system_action = self._add(self.tr("System language"), "")
        menu.addSeparator()
        self.actions_by_language = {
            code: self._add(catalog.LANGUAGE_NAMES[code], code)
            for code in catalog.LANGUAGES
        }
        saved = str(settings.value(SETTINGS_LANGUAGE, "") or "")
        (self.actions_by_language.get(saved) or self.system_action).setChecked(True)

    def _add(self, text: str, code: str) -> QAction:
        action = QAction(text, self.group)
        action.setCheckable(True)
        action.setData(code)
        action.triggered.connect(
            lambda _checked=False, c=code: switch_language(self.settings, c or None)
        )
        self.menu.addAction(action)
        return action
