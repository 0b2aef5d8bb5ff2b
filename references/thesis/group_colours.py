"""Which source group a reference is drawn in, and that group's colour.

One rule for every place that colours a reference (the reader's citation
chips, the references and claims lists, the library table, the group tree,
the charts): a reference is drawn in its most specific group, ties going to
the first in tree order; a reference in no group is grey, and a cited
number that no reference has is red.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

# Pseudo-groups: stand where a group id goes.
NO_GROUP = -1
NOT_IN_BIBLIOGRAPHY = -2

NO_GROUP_COLOR = "#9e9e9e"  # neutral grey
NOT_IN_BIBLIOGRAPHY_COLOR = "#c62828"  # a warning red


class Group(Protocol):
    """What the rule needs of a group row (``document_view.GroupRow`` has it)."""

    @property
    def id(self) -> int: ...
    @property
    def depth(self) -> int: ...
    @property
    def color(self) -> str: ...


class GroupColours:
    """The rule over one document's groups, given in tree order (parents first)."""

    def __init__(self, groups: Sequence[Group]) -> None:
        self._rank = {g.id: (g.depth, -i) for i, g in enumerate(groups)}
        self._colour = {g.id: g.color for g in groups}

    def display_group(self, group_ids: Iterable[int]) -> int:
        """The most specific of ``group_ids`` (NO_GROUP when none is known)."""
        known = [g for g in group_ids if g in self._rank]
        return max(known, key=self._rank.__getitem__) if known else NO_GROUP

    def colour_of_group(self, group_id: int) -> str:
        if group_id == NOT_IN_BIBLIOGRAPHY:
            return NOT_IN_BIBLIOGRAPHY_COLOR
        return self._colour.get(group_id, NO_GROUP_COLOR)

    def colour_of(self, group_ids: Iterable[int]) -> str:
        """The colour of a reference in ``group_ids``."""
        return self.colour_of_group(self.display_group(group_ids))


def display_group(group_ids: Iterable[int], groups: Sequence[Group]) -> int:
    """The one group a reference is drawn in: its most specific group.

    A reference in "Scholarly literature" and its subgroup "Western" is
    drawn as Western; among unrelated groups the first in tree order wins.
    """
    return GroupColours(groups).display_group(group_ids)
