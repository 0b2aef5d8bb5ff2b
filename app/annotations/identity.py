"""Who is writing: the user's name and role, kept in QSettings.

Asked once, on the first annotation or reply (a small dialog), and
changeable from the Review menu. Every annotation and reply records it.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.annotations.vocabulary import role_label
from references.review.annotations import ROLES

SETTINGS_NAME = "annotations/user_name"
SETTINGS_ROLE = "annotations/user_role"
MAX_NAME = 200  # the column's width in the library


@dataclass(frozen=True)
class Identity:
    name: str
    role: str  # "author" | "reviewer"


class IdentityStore:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def current(self) -> Identity | None:
        """The saved name and role; None until the user has given them."""
        name = self._settings.value(SETTINGS_NAME)
        role = self._settings.value(SETTINGS_ROLE)
        if not isinstance(name, str) or not name.strip() or role not in ROLES:
            return None
        return Identity(name.strip(), str(role))

    def save(self, identity: Identity) -> None:
        self._settings.setValue(SETTINGS_NAME, identity.name)
        self._settings.setValue(SETTINGS_ROLE, identity.role)
        self._settings.sync()


def login_name() -> str:
    """A first guess for the name: what the command line uses too."""
    try:
        return os.environ.get("SILTEME_USER") or getpass.getuser()
    except (KeyError, OSError):  # no user database entry (containers)
        return ""


class IdentityDialog(QDialog):
    def __init__(self, current: Identity | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identity_dialog")
        self.setWindowTitle(self.tr("Your name and role"))
        self.name_edit = QLineEdit(current.name if current else login_name())
        self.name_edit.setObjectName("identity_name")
        self.name_edit.setMaxLength(MAX_NAME)
        self.role_box = QComboBox()
        self.role_box.setObjectName("identity_role")
        for role in ROLES:
            self.role_box.addItem(role_label(role), role)
        self.role_box.setCurrentIndex(self.role_box.findData(current.role if current else "reviewer"))
        explanation = QLabel(
            self.tr("Every annotation and reply you write records this name and role. You can change them later in the Review menu.")
        )
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_ok()

    def identity(self) -> Identity:
        return Identity(self.name_edit.text().strip(), str(self.role_box.currentData()))

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))
