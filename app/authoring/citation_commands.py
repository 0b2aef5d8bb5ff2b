"""How author edits are named in the Undo history, and where the reader goes after each.

Every edit is a domain ``Undoable`` (``references.thesis.editing``,
``references.thesis.renumbering``, ``references.library.merging``) pushed
already applied through ``app.undo``. Paragraph and marker edits flip on the
GUI thread (a few milliseconds); renumberings and merges rewrite markers all
over the thesis and flip in a worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.authoring.wording import reference_label
from app.i18n import Translations, fill
from references.thesis.editing import CitationChange, ParagraphChange

if TYPE_CHECKING:  # merging loads in a worker when first used, never for the first paint
    from references.library.merging import MergeResult
    from references.storage.undoable import Undoable
    from references.thesis.renumbering import RenumberResult

AuthoringCommands = Translations("AuthoringCommands")


@dataclass(frozen=True, slots=True)
class Focus:
    """Where to bring the reader once the view is reloaded: a span of a block
    (``start == end``: the block itself)."""

    block_id: int
    start: int = 0
    end: int = 0


def paragraph_text(_change: ParagraphChange) -> str:
    return AuthoringCommands.tr("Edit paragraph")


def citation_text(change: CitationChange) -> str:
    if not change.old_marker:
        return fill(AuthoringCommands.tr("Insert citation %1"), change.new_marker)
    if not change.new_marker:
        return fill(AuthoringCommands.tr("Remove citation %1"), change.old_marker)
    return fill(AuthoringCommands.tr("Change citation %1 to %2"), change.old_marker, change.new_marker)


def renumber_text(result: RenumberResult) -> str:
    return AuthoringCommands.tr("Renumber %n reference(s) by first citation", "", len(result.applied.changed))


def merge_text(result: MergeResult) -> str:
    keep, drop = result.keep, result.drop
    return fill(AuthoringCommands.tr("Merge %1 into %2"), reference_label(drop.number, drop.key),
                reference_label(keep.number, keep.key))


def focus_of(step: Undoable) -> Focus | None:
    """The place a step changed, as it stands after it: a paragraph, or a marker."""
    if isinstance(step, ParagraphChange):
        return Focus(step.block_id)
    if isinstance(step, CitationChange):
        if step.new_marker:
            return Focus(step.block_id, step.marker_start, step.marker_start + len(step.new_marker))
        return Focus(step.block_id)  # the marker is gone: its paragraph
    return None
