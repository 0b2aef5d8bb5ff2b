"""PySide6 6.12.0 on Python 3.11 loses a reference to None on every void call
(see app/qt_compat.py); the guard must keep the interpreter alive."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

from app import qt_compat


def test_none_survives_many_void_qt_calls() -> None:
    probe = QObject()
    for _ in range(50_000):  # far more than None's own count on 3.11 without the guard
        probe.setObjectName("x")
    assert sys.getrefcount(None) > 0


def test_guard_applies_only_where_the_bug_is() -> None:
    if sys.version_info >= (3, 12):
        assert not qt_compat.COMPENSATED
    else:
        assert qt_compat.COMPENSATED == qt_compat.pyside_loses_none_references()
