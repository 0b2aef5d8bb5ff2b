"""A window on a team library: File > Open Team Library, the role's limits, others' changes.

Opening asks for the library's address (``postgresql://login@host:port/db``)
and, when the server wants one that ``PGPASSWORD`` or ``~/.pgpass`` does not
give, for the password. The password lives in memory only; the recent list
keeps addresses without it. Once open, a listener thread hears others'
changes (references.team.changes) and the window refreshes what they touch:
the annotations alone for a note or a reply; for the text or the
references, the window reads the view again and redraws only what differs. The status bar says who you are on the server and whether
the server can be reached; while it cannot, the listener keeps retrying.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox
from sqlalchemy import event
from sqlalchemy.engine import URL, make_url

from app import ops
from app.i18n import fill, sentence
from models.db import Library, is_server, open_library, shown_url
from models.errors import LibraryError
from references.team.changes import Batch, ChangeListener
from references.team.identity import Identity, server_identity

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

MainWindow = Any  # the window hosting this controller (not imported: it imports us)

WAIT_S = 0.5


class ListenThread(QThread):
    """Waits for the server's announcements off the GUI thread."""

    batch_ready = Signal(object)  # Batch

    def __init__(self, listener: ChangeListener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listener = listener

    def run(self) -> None:
        online = True
        while not self.isInterruptionRequested():
            batch = self.listener.wait(WAIT_S)
            if batch.changes or batch.resync or batch.online != online:
                online = batch.online
                self.batch_ready.emit(batch)
        self.listener.close()


def without_password(url: str) -> str:
    """``url`` as the recent list keeps it: everything but the password."""
    parsed = make_url(url)
    return URL.create(
        parsed.drivername, parsed.username, None, parsed.host, parsed.port, parsed.database, parsed.query
    ).render_as_string(hide_password=False)


class TeamController(QObject):
    identity_changed = Signal(object)  # Identity | None
    refreshed = Signal(object)  # the Changes sent to the window after others' changes
    online_changed = Signal(bool)  # the server can (True) or cannot (False) be reached

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.identity: Identity | None = None
        self.thread: ListenThread | None = None
        self.online = True
        self.status = QLabel()
        self.status.setObjectName("status_team")
        window.statusBar().addPermanentWidget(self.status)
        self.open_action = window._action(self.tr("Open &Team Library…"), None, self.ask_url)
        window.file_menu.insertAction(window.documents_menu.menuAction(), self.open_action)
        # File > Open Recent lists team libraries too (without passwords); one of
        # them is opened here, so that a password can be asked for.
        window.recent_menu.library_chosen.disconnect(window.open_recent_library)
        window.recent_menu.document_chosen.disconnect(window.open_recent_document)
        window.recent_menu.library_chosen.connect(self.open_recent)
        window.recent_menu.document_chosen.connect(self.open_recent)
        window.changed.connect(self._library_changed)
        window.destroyed.connect(self.stop)
        self.attach(window.library)

    # --- opening -------------------------------------------------------------------

    def ask_url(self) -> None:
        url, ok = QInputDialog.getText(
            self.window, self.tr("Open Team Library"),
            self.tr("Address of the team library (postgresql://login@host:port/database):"),
            QLineEdit.EchoMode.Normal, next(iter(self._recent_urls()), "postgresql://"),
        )
        if ok and url.strip():
            self.open_url(url.strip())

    def open_url(self, url: str, password: str | None = None) -> None:
        if "://" not in url or not is_server(url):
            QMessageBox.warning(self.window, self.tr("Open Team Library"),
                                self.tr("A team library's address starts with postgresql://"))
            return
        try:
            target = make_url(url)
            if password is not None:
                target = target.set(password=password)
            library = open_library(target.render_as_string(hide_password=False))
        except LibraryError as exc:
            if password is None and "refused the login" in str(exc):
                self._ask_password(url)
                return
            QMessageBox.warning(self.window, self.tr("Open Team Library"), sentence(exc))
            return
        self._remember(url)
        self.window._library_opened(library)

    def _ask_password(self, url: str) -> None:
        password, ok = QInputDialog.getText(
            self.window, self.tr("Password"),
            fill(self.tr("Password of %1 (kept only while Silteme runs):"), shown_url(url)),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self.open_url(url, password)

    def _recent_urls(self) -> list[str]:
        return [location for location in self.window.recent.libraries() if "://" in location]

    def _remember(self, url: str) -> None:
        self.window.recent.add_library(without_password(url))

    def open_recent(self, location: str, document_id: int | None = None) -> None:
        """File > Open Recent: a team library through here (a password may be asked), a file as before."""
        if "://" in location and is_server(location):
            self.window._pending_document = document_id
            self.open_url(location)
        else:
            self.window.open_recent_library(location, document_id)

    # --- the library in use --------------------------------------------------------

    def _library_changed(self, changes: ops.Changes) -> None:
        if "library" in changes.kinds:  # another library was opened
            self.attach(self.window.library)

    def attach(self, library: Library) -> None:
        """Follow ``library``: its role, its limits, and others' changes if it is a team library."""
        self.stop()
        self.identity = None
        if is_server(library.url):
            try:
                with library.session() as session:
                    self.identity = server_identity(session)
            except LibraryError as exc:
                self.status.setText(fill(self.tr("Team library: %1"), sentence(exc)))
            self._start_listening(library)
        self._apply_limits()
        self._show_status()
        self.identity_changed.emit(self.identity)

    def _start_listening(self, library: Library) -> None:
        listener = ChangeListener(library.url)
        own = listener.ignore_pids

        def remember_pid(dbapi_connection: object, _record: object, _proxy: object) -> None:
            pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
            if pid:
                own.add(pid)

        event.listen(library.engine, "checkout", remember_pid)
        self.thread = ListenThread(listener, self)
        self.thread.batch_ready.connect(self._on_batch)
        self.thread.start()

    def stop(self) -> None:
        if self.thread is not None:
            self.thread.requestInterruption()
            self.thread.wait()
            self.thread = None

    def _on_batch(self, batch: Batch) -> None:
        if batch.online != self.online:
            self.online = batch.online
            self._show_status(batch.problem)
            self.online_changed.emit(self.online)
        if not (batch.changes or batch.resync):
            return
        current = self.window.index.view.document.id if self.window.index else None
        areas = {c.area for c in batch.changes}
        notes = frozenset(c.annotation_id for c in batch.changes if c.annotation_id is not None)
        if batch.resync or "text" in areas:
            # The server names the table, not the blocks: the window compares the whole view.
            kinds = frozenset({ops.TEXT, ops.CITATIONS, ops.CLAIMS, ops.ANNOTATIONS, ops.REFERENCES, ops.GROUPS})
        elif "references" in areas:
            kinds = frozenset({ops.REFERENCES, ops.GROUPS, ops.ANNOTATIONS} if "annotations" in areas
                              else {ops.REFERENCES, ops.GROUPS})
        else:
            kinds = frozenset({ops.ANNOTATIONS})
        changes = ops.Changes(current, kinds, annotation_ids=notes)
        self.window.changed.emit(changes)
        self.refreshed.emit(changes)

    def retranslate_ui(self) -> None:
        """The language changed: the status and the refusals' tooltips are written again."""
        self._apply_limits()
        self._show_status()

    # --- what the role may do --------------------------------------------------------

    def author_actions(self) -> list[QAction]:
        w = self.window
        authoring, library = w.authoring, w.reference_library
        return [
            w.import_action, authoring.insert_action, authoring.edit_action, authoring.remove_action,
            authoring.renumber_action, authoring.duplicates_action, authoring.insert_here_action,
            authoring.edit_here_action, authoring.remove_here_action, library.import_action,
            w.annotations.revise_action,
        ]

    def writer_actions(self) -> list[QAction]:
        annotations = self.window.annotations
        return [annotations.annotate_action, annotations.reattach_action, annotations.import_w3c_action]

    def may_author(self) -> bool:
        """May this login change the text and the references (always, on a library file)?"""
        return self.identity is None or self.identity.may_change_all()

    def _apply_limits(self) -> None:
        identity = self.identity
        author = self.may_author()
        writer = identity is None or identity.role != "reader"
        why = "" if identity is None else fill(self.tr("Your role (%1) cannot do this."), identity.shown_role)
        for action in self.author_actions():
            action.setEnabled(author)
            action.setToolTip("" if author else why)
        for action in self.writer_actions():
            action.setEnabled(writer)
            action.setToolTip("" if writer else why)
        self.window.authoring.editor_dock.setEnabled(author)
        self.window.authoring.refresh_actions()  # its own rules, which ask may_author too
        self.window.annotations.identity_action.setEnabled(identity is None)

    def _show_status(self, problem: str = "") -> None:
        if not is_server(self.window.library.url):
            self.status.setText("")
            self.status.setToolTip("")
            return
        where = shown_url(self.window.library.url)
        if not self.online:
            self.status.setText(self.tr("Offline: retrying…"))
            self.status.setToolTip(
                fill(self.tr("The server of %1 cannot be reached (%2). What you type is kept; Silteme retries."),
                     where, problem)
            )
            self.status.setStyleSheet("color: #b00020; font-weight: bold;")
            return
        self.status.setStyleSheet("")
        if self.identity is not None:
            roles = {"author": self.tr("author"), "reviewer": self.tr("reviewer"), "reader": self.tr("reader")}
            role = roles.get(self.identity.shown_role, self.identity.shown_role)
            self.status.setText(fill(self.tr("Team: %1 (%2)"), self.identity.login, role))
        self.status.setToolTip("")
