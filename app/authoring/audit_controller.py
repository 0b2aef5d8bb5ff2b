"""The audit dock's behaviour: when the audit runs, and what activating a finding shows.

The audit runs in the background (never making the window look busy) when
the document is loaded or an option changes, but only while the dock can be
seen; a hidden dock runs it when it is shown. One run at a time: options
changed during a run give one more run with the newest options.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from app.authoring import jobs
from app.authoring.audit_dock import AuditDock
from references.audit.citation_audit import Finding

if TYPE_CHECKING:
    from app.host import WindowHost

StartJob = Callable[[Callable[..., Any], Callable[[Any], None], Callable[[str], None]], None]


class AuditController(QObject):
    def __init__(self, window: WindowHost, start_background: StartJob) -> None:
        super().__init__(window)
        self.window = window
        self.start_background = start_background
        self.dock = AuditDock(window)
        self.running = False
        self._again = False
        self._stale = True  # the findings shown are not those of the current view
        self.dock.options_changed.connect(lambda _options: self.run())
        self.dock.visibilityChanged.connect(self._visibility_changed)
        self.dock.finding_activated.connect(self.show_finding)

    def place(self) -> None:
        self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.window.tabifyDockWidget(self.window.stats_dock, self.dock)

    def show(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def document_loaded(self) -> None:
        index = self.window.index
        if index is None:
            self.dock.set_findings([])
            return
        self.dock.set_sections(index.view.sections)
        self._stale = True
        if self.dock.isVisible():
            self.run()

    def _visibility_changed(self, visible: bool) -> None:
        if visible and self._stale:
            self.run()

    def run(self) -> None:
        index = self.window.index
        if index is None:
            return
        if self.running:
            self._again = True
            return
        self.running = True
        self._stale = False
        self.dock.set_running()
        document_id = index.view.document.id

        def report(findings: list[Finding] | None, message: str = "") -> None:
            self.running = False
            if self._again:
                self._again = False
                self.run()
                return
            current = self.window.index
            if current is None or current.view.document.id != document_id:
                return  # another document was loaded meanwhile; its own run is due
            if findings is None:
                self.dock.set_failed(message)
            else:
                self.dock.set_findings(findings)

        self.start_background(jobs.audit(document_id, self.dock.options()), report, lambda m: report(None, m))

    def show_finding(self, finding: Finding) -> None:
        """The place in the text, or the references a finding is about."""
        w = self.window
        location = finding.location
        if location is not None:
            claim_id = finding.data.get("claim_id")
            if isinstance(claim_id, int):
                w.reader.select_claim(claim_id, scroll=False)
            w.reader.show_span(location.block_id, location.start, location.end)
            return
        ids = [r["reference_id"] for r in finding.data.get("references", []) if isinstance(r, dict)]
        if isinstance(finding.data.get("reference_id"), int):
            ids = [finding.data["reference_id"]]
        if ids:
            w.references_dock.show()
            w.references_dock.raise_()
            w.references_dock.select_references(ids)
