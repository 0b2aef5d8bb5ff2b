"""A guard against a reference-counting bug of PySide6 6.12 on Python 3.11.

PySide6 6.12.0's wrappers hand ``None`` back to Python without taking a
reference to it: every call of a void Qt method (``setText``,
``fillRect``...) and every empty ``QModelIndex.data()`` costs ``None`` one
reference, and some paths do the same to ``True`` and ``False``. Python
3.12 made these singletons immortal, so it does not matter there; on 3.11 a
few thousand calls bring a count to zero and the interpreter aborts
("deallocating None"), at the latest when it exits. 6.11.3 does not lose
these references.

``keep_none_alive`` measures whether the running PySide6 has the bug and,
only then, gives the three singletons the headroom 3.12 gives them.
Imported by the modules that create windows, so it runs before any widget
exists.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

# Python 3.12's immortal objects start at 2**32 - 1; the same order of
# magnitude is out of reach of any session's number of Qt calls.
HEADROOM = 1 << 32
PROBE_CALLS = 64


def pyside_loses_none_references() -> bool:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")  # a void method
    lost = before - sys.getrefcount(None)
    return lost >= PROBE_CALLS // 2


def keep_none_alive() -> bool:
    """Compensate the lost references on Python < 3.12; True when it did."""
    if sys.version_info >= (3, 12) or not pyside_loses_none_references():
        return False
    return all([_add_headroom(None), _add_headroom(True), _add_headroom(False)])


def _add_headroom(singleton: object) -> bool:
    before = sys.getrefcount(singleton)
    # ob_refcnt is the first field of every object in CPython's release builds.
    refcount = ctypes.c_ssize_t.from_address(id(singleton))
    refcount.value += HEADROOM
    if sys.getrefcount(singleton) - before != HEADROOM:  # not the layout we know: undo
        refcount.value -= HEADROOM
        return False
    return True


COMPENSATED = keep_none_alive()
