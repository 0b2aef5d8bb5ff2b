"""Renumbering and merging: the two steps that rewrite markers all over the thesis.

Each opens its dialog, fills it from workers (a plan, likely pairs, the
fields two entries disagree on), and when the user accepts, runs the step in
a worker through the controller (history held, busy shown), then pushes it
as one undoable command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject

from app.authoring import jobs
from app.authoring.citation_commands import merge_text, renumber_text
from app.i18n import fill
from app.workers import JobProgress
from references.thesis.renumbering import RenumberPlan, RenumberResult

# The dialogs, and the duplicate finder under them, load when first opened.
if TYPE_CHECKING:
    from app.authoring.duplicates_dialog import DuplicatesDialog
    from app.authoring.renumber_dialog import RenumberDialog
    from references.library.duplicates import DuplicatePair, FieldConflict
    from references.library.merging import MergeResult
    from references.storage.undoable import Undoable
    from PySide6.QtWidgets import QDialog

    from app.host import WindowHost


class StepHost(Protocol):
    """What the steps need of the authoring controller (which implements it)."""

    window: WindowHost

    def where(self, block_id: int) -> str: ...

    def ready_for_edits(self) -> bool: ...

    def open_dialog(self, dialog: QDialog, on_accept: Callable[[], None], on_closed: Callable[[], None]) -> None: ...

    def warn(self, title: str, message: str) -> None: ...

    def run_step(
        self, label: str, job: Callable[[Any], Any], on_done: Callable[[Any], None],
        on_error: Callable[[str], None] | None = None, progress: JobProgress | None = None,
    ) -> None: ...

    def push(self, text: str, step: Undoable, *, in_worker: bool = False) -> None: ...


class BulkSteps(QObject):
    def __init__(self, controller: StepHost) -> None:
        super().__init__(controller)
        self.controller = controller
        self.window = controller.window
        # Open dialogs (None once closed), for the tests and the screenshots.
        self.renumber_dialog: RenumberDialog | None = None
        self.duplicates_dialog: DuplicatesDialog | None = None

    # --- renumbering ------------------------------------------------------------------------

    def renumber(self) -> None:
        index = self.window.index
        if index is None or not self.controller.ready_for_edits():
            return
        from app.authoring.renumber_dialog import RenumberDialog

        document_id = index.view.document.id
        dialog = RenumberDialog(self.controller.where, self.window)
        dialog.plan_requested.connect(lambda uncited: self._make_plan(dialog, document_id, uncited))
        self.renumber_dialog = dialog

        def closed() -> None:
            if self.renumber_dialog is dialog:
                self.renumber_dialog = None

        self.controller.open_dialog(dialog, lambda: self._apply_plan(dialog.plan), closed)
        dialog.request_plan()

    def _make_plan(self, dialog: RenumberDialog, document_id: int, uncited: str) -> None:
        def show(plan: RenumberPlan) -> None:
            if self.renumber_dialog is dialog and dialog.uncited == uncited:
                dialog.set_plan(plan)

        self.window.runner.start(jobs.plan(document_id, "keep" if uncited == "keep" else "after"), show,
                                 lambda message: self.controller.warn(self.tr("Renumber"), message))

    def _apply_plan(self, plan: RenumberPlan | None) -> None:
        if plan is not None and not plan.problems:
            progress = JobProgress(self)
            self.controller.run_step(
                self.tr("Renumbering…"), jobs.renumber(plan, progress), self._renumbered, progress=progress
            )

    def _renumbered(self, result: RenumberResult) -> None:
        self.controller.push(renumber_text(result), result, in_worker=True)
        self.window.statusBar().showMessage(
            fill(self.tr("Renumbered %1 references and %2 markers; a backup was made first."),
                 len(result.applied.changed), len(result.applied.markers)),
            8000,
        )

    # --- duplicates -------------------------------------------------------------------------

    def find_duplicates(self) -> None:
        index = self.window.index
        if index is None or not self.controller.ready_for_edits():
            return
        from app.authoring.duplicates_dialog import DuplicatesDialog

        document_id = index.view.document.id
        dialog = DuplicatesDialog(document_id, list(index.view.references), self.window)
        dialog.conflicts_requested.connect(lambda keep, drop: self._load_conflicts(dialog, keep, drop))
        self.duplicates_dialog = dialog

        def closed() -> None:
            if self.duplicates_dialog is dialog:
                self.duplicates_dialog = None

        self.controller.open_dialog(dialog, lambda: self._merge(dialog.request()), closed)

        def show(pairs: list[DuplicatePair]) -> None:
            if self.duplicates_dialog is dialog:
                dialog.set_pairs(pairs)

        self.window.runner.start(jobs.duplicates(document_id), show,
                                 lambda message: self.controller.warn(self.tr("Duplicates"), message))

    def _load_conflicts(self, dialog: DuplicatesDialog, keep_id: int, drop_id: int) -> None:
        def show(conflicts: list[FieldConflict]) -> None:
            if self.duplicates_dialog is dialog:
                dialog.set_conflicts(keep_id, drop_id, conflicts)

        self.window.runner.start(jobs.conflicts(keep_id, drop_id), show,
                                 lambda message: self.controller.warn(self.tr("Merge"), message))

    def _merge(self, request: jobs.MergeRequest | None) -> None:
        if request is not None:
            progress = JobProgress(self)
            self.controller.run_step(
                self.tr("Merging…"), jobs.merge(request, progress), self._merged, progress=progress,
            )

    def _merged(self, result: MergeResult) -> None:
        self.controller.push(merge_text(result), result, in_worker=True)
