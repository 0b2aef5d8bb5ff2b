"""The undo commands of author edits: one per user action, already applied when pushed.

Paragraph and marker edits flip on the GUI thread (a few milliseconds);
renumberings and merges rewrite markers all over the thesis and flip in a
worker. Each command names itself in the Undo history in the user's words.
"""

from __future__ import annotations


from app.authoring import jobs
from app.authoring.history import AppliedCommand, CommandHost, Focus
from app.authoring.wording import reference_label
from app.i18n import fill
from references.thesis.editing import CitationChange, ParagraphChange
from references.thesis.renumbering import RenumberResult
from app.i18n import Translations


AuthoringCommands = Translations("AuthoringCommands")


def paragraph_command(host: CommandHost, change: ParagraphChange) -> AppliedCommand[ParagraphChange]:
    return AppliedCommand(
        host,
        AuthoringCommands.tr("Edit paragraph"),
        change,
        jobs.flip_paragraph,
        document_id=lambda c: c.document_id,
        focus=lambda c: Focus(c.block_id),
    )


def citation_command(host: CommandHost, change: CitationChange) -> AppliedCommand[CitationChange]:
    if not change.old_marker:
        text = fill(AuthoringCommands.tr("Insert citation %1"), change.new_marker)
    elif not change.new_marker:
        text = fill(AuthoringCommands.tr("Remove citation %1"), change.old_marker)
    else:
        text = fill(AuthoringCommands.tr("Change citation %1 to %2"), change.old_marker, change.new_marker)
    return AppliedCommand(
        host,
        text,
        change,
        jobs.flip_citation,
        document_id=lambda c: c.document_id,
        focus=_marker_focus,
    )


def _marker_focus(change: CitationChange) -> Focus:
    """The marker as it stands after this flip, or its paragraph once it is gone."""
    if change.new_marker:
        return Focus(change.block_id, change.marker_start, change.marker_start + len(change.new_marker))
    return Focus(change.block_id)


def renumber_command(host: CommandHost, result: RenumberResult) -> AppliedCommand[RenumberResult]:
    changed = len(result.applied.changed)
    return AppliedCommand(
        host,
        AuthoringCommands.tr("Renumber %n reference(s) by first citation", "", changed),
        result,
        jobs.flip_renumbering,
        document_id=lambda r: r.applied.document_id,
        in_worker=True,
    )


def merge_command(host: CommandHost, state: jobs.MergeState) -> AppliedCommand[jobs.MergeState]:
    assert state.result is not None
    keep, drop = state.result.keep, state.result.drop
    text = fill(AuthoringCommands.tr("Merge %1 into %2"), reference_label(drop.number, drop.key), reference_label(keep.number, keep.key))
    return AppliedCommand(
        host,
        text,
        state,
        jobs.flip_merge,
        document_id=lambda s: s.request.document_id,
        in_worker=True,
    )
