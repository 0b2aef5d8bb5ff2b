"""Look-ups over a loaded DocumentView, shared by the reader and the docks."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from references.thesis.document_view import (
    NO_GROUP,
    NOT_IN_BIBLIOGRAPHY,
    BlockRow,
    CitationRow,
    ClaimRow,
    DocumentView,
    GroupRow,
    ReferenceRow,
    SectionRow,
)
from app.i18n import Translations, current_language
from references.thesis.group_colours import GroupColours


DocumentGroups = Translations("DocumentGroups")


@dataclass
class DocumentIndex:
    view: DocumentView
    _display_group: dict[int, int] = field(default_factory=dict, init=False)

    @cached_property
    def groups(self) -> dict[int, GroupRow]:
        return {g.id: g for g in self.view.groups}

    @cached_property
    def colours(self) -> GroupColours:
        return GroupColours(self.view.groups)

    @cached_property
    def group_order(self) -> dict[int, int]:
        order = {g.id: i for i, g in enumerate(self.view.groups)}
        order[NO_GROUP] = len(order)
        order[NOT_IN_BIBLIOGRAPHY] = len(order) + 1
        return order

    @cached_property
    def references(self) -> dict[int, ReferenceRow]:
        return {r.id: r for r in self.view.references}

    @cached_property
    def references_by_number(self) -> dict[int, ReferenceRow]:
        return {r.number: r for r in self.view.references if r.number is not None}

    @cached_property
    def citations(self) -> dict[int, CitationRow]:
        return {c.id: c for c in self.view.citations}

    @cached_property
    def claims(self) -> dict[int, ClaimRow]:
        return {c.id: c for c in self.view.claims}

    @cached_property
    def blocks(self) -> dict[int, BlockRow]:
        return {b.id: b for b in self.view.blocks}

    @cached_property
    def sections(self) -> dict[int, SectionRow]:
        return {s.id: s for s in self.view.sections}

    def group_name(self, group_id: int) -> str:
        if group_id == NO_GROUP:
            return DocumentGroups.tr("No group")
        if group_id == NOT_IN_BIBLIOGRAPHY:
            return DocumentGroups.tr("Not in the bibliography")
        group = self.groups.get(group_id)
        return group.shown_name(current_language()) if group else DocumentGroups.tr("Unknown group")

    def group_color(self, group_id: int) -> str:
        return self.colours.colour_of_group(group_id)

    def reference_group(self, reference_id: int) -> int:
        """The group a reference is drawn in (its most specific group)."""
        if reference_id not in self._display_group:
            reference = self.references.get(reference_id)
            ids = reference.group_ids if reference else ()
            self._display_group[reference_id] = self.colours.display_group(ids)
        return self._display_group[reference_id]

    def citation_groups(self, citation: CitationRow) -> list[int]:
        """The distinct groups a marker's references are drawn in, in tree order."""
        found = {
            NOT_IN_BIBLIOGRAPHY if rid is None else self.reference_group(rid) for rid in citation.reference_ids
        }
        return sorted(found, key=lambda g: self.group_order.get(g, 0))

    @cached_property
    def drawn_markers(self) -> dict[int, tuple[tuple[int, int, int, tuple[str, ...]], ...]]:
        """For each block, its markers as the reader draws them: span, id and chip colours."""
        drawn: dict[int, list[tuple[int, int, int, tuple[str, ...]]]] = {}
        for citation in self.view.citations:
            colours = tuple(self.group_color(g) for g in self.citation_groups(citation))
            drawn.setdefault(citation.block_id, []).append((citation.start, citation.end, citation.id, colours))
        return {block_id: tuple(markers) for block_id, markers in drawn.items()}

    def section_label(self, section_id: int | None) -> str:
        section = self.sections.get(section_id) if section_id is not None else None
        return section.label if section else ""

    def section_of_block(self, block_id: int) -> int | None:
        block = self.blocks.get(block_id)
        return block.section_id if block else None

    def claim_groups(self, claim: ClaimRow) -> frozenset[int]:
        """The groups a claim's references are directly in, with the pseudo-groups.

        NO_GROUP stands for a cited reference that is in no group, and
        NOT_IN_BIBLIOGRAPHY for a cited number no reference has.
        """
        found: set[int] = set()
        for citation_id in claim.citation_ids:
            for reference_id in self.citations[citation_id].reference_ids:
                reference = self.references.get(reference_id) if reference_id is not None else None
                if reference is None:
                    found.add(NOT_IN_BIBLIOGRAPHY)
                elif reference.group_ids:
                    found.update(reference.group_ids)
                else:
                    found.add(NO_GROUP)
        return frozenset(found)

    def group_subtree(self, group_id: int) -> frozenset[int]:
        """A group and every group below it."""
        below = {group_id}
        for group in self.view.groups:  # tree order: parents come first
            if group.parent_id in below:
                below.add(group.id)
        return frozenset(below)

    def section_subtree(self, section_id: int) -> frozenset[int]:
        below = {section_id}
        for section in self.view.sections:  # document order: parents come first
            if section.parent_id in below:
                below.add(section.id)
        return frozenset(below)


def blocks_to_redraw(old: DocumentIndex, new: DocumentIndex, candidates: Iterable[int] | None = None) -> frozenset[int] | None:
    """The blocks the reader draws differently in ``new`` than in ``old``.

    A block is drawn from its text, its markers (where they are) and the
    colours of their chips (the groups of the references they cite), and a
    heading from its section's level. ``candidates`` limits the comparison of
    texts to blocks that may have changed (None: every block); markers and
    chips are compared everywhere, since a reference edit recolours chips all
    over the thesis. None: the blocks themselves differ (added, removed,
    moved, another kind or caption), so the reader is built again.
    """
    if [b.id for b in old.view.blocks] != [b.id for b in new.view.blocks]:
        return None
    redraw: set[int] = set()
    for block_id in new.blocks if candidates is None else candidates:
        before, after = old.blocks.get(block_id), new.blocks.get(block_id)
        if before is None or after is None:
            return None
        if (before.kind, before.caption) != (after.kind, after.caption):
            return None
        if before.text != after.text:
            redraw.add(block_id)
    if old.view.sections != new.view.sections:
        redraw.update(b.id for b in new.view.blocks if b.kind == "heading" and _level(old, b) != _level(new, b))
    old_chips, new_chips = old.drawn_markers, new.drawn_markers
    for block_id in old_chips.keys() | new_chips.keys():
        if old_chips.get(block_id) != new_chips.get(block_id):
            redraw.add(block_id)
    return frozenset(redraw)


def _level(index: DocumentIndex, block: BlockRow) -> int:
    section = index.sections.get(block.section_id) if block.section_id is not None else None
    return section.level if section else 1
