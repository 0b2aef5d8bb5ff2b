"""What a feature (annotations, authoring, the reference library) may use of the main window.

``MainWindow`` implements it; features are typed against this protocol and
never import ``app.main_window``, so there is no import circle between the
window and the features it installs (``tools/import_cycles.py`` checks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray, QSettings, Qt, SignalInstance
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import QDockWidget, QMenu, QMenuBar, QStatusBar

    from app.claims_dock import ClaimsDock
    from app.document_index import DocumentIndex
    from app.outline_dock import OutlineDock
    from app.progress import BusyIndicator
    from app.reader import ReaderView
    from app.references_dock import ReferencesDock
    from app.stats_view import StatsDock
    from app.workers import JobRunner
    from models.db import Library


class WindowHost(Protocol):
    # the library, and the signals that say it or the view changed
    library: Library
    settings: QSettings
    changed: SignalInstance  # ops.Changes
    document_loaded: SignalInstance
    # running work: jobs off the GUI thread, the busy indicator, the undo history
    runner: JobRunner
    busy: BusyIndicator
    undo_stack: QUndoStack
    undo_action: QAction
    redo_action: QAction
    # the current view and where it is shown
    index: DocumentIndex | None
    reader: ReaderView
    outline_dock: OutlineDock
    references_dock: ReferencesDock
    claims_dock: ClaimsDock
    stats_dock: StatsDock
    undo_dock: QDockWidget
    # actions other features place theirs beside
    import_action: QAction
    quit_action: QAction
    help_action: QAction

    def menu(self, name: str) -> QMenu:
        """A menu of the menu bar by name: "file", "edit", "view", "settings", "help", "tools"."""
        ...

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 - Qt's names

    def statusBar(self) -> QStatusBar: ...  # noqa: N802

    def addDockWidget(self, area: Qt.DockWidgetArea, dock: QDockWidget) -> None: ...  # noqa: N802

    def tabifyDockWidget(self, first: QDockWidget, second: QDockWidget) -> None: ...  # noqa: N802

    def dockWidgetArea(self, dock: QDockWidget) -> Qt.DockWidgetArea: ...  # noqa: N802

    def addAction(self, action: QAction) -> None: ...  # noqa: N802

    def isVisible(self) -> bool: ...  # noqa: N802

    def saveGeometry(self) -> QByteArray: ...  # noqa: N802
