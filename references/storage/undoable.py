"""The one shape of an undoable change: what every mutating domain function returns.

An ``Undoable`` says what it did (``label``, in the library's words, and
``changed``: the document and the blocks, references and annotations it
touched, so a window refreshes only those) and how to take it back:
``undo(session)`` applies the inverse in the caller's transaction and
returns the ``Undoable`` that undoes *that*, i.e. redoes the change. Undo
and redo are one operation, applied to what the last one returned.

Edits whose inverse is naturally a second function (put the old state back,
put the new one back) subclass ``TwoWay`` and write ``revert`` and
``reapply``; edits that compute their inverse (a text edit, a renumbering)
implement ``undo`` directly and return a fresh result.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# The kinds of rows a change can touch, for the views that show them.
DOCUMENT = "document"  # the document's structure or list (blocks added or removed, another document)
TEXT = "text"  # the text of blocks (``block_ids``; none named: any block may have changed)
CITATIONS = "citations"
CLAIMS = "claims"
REFERENCES = "references"
GROUPS = "groups"
ANNOTATIONS = "annotations"
# Everything an edit of the text can reach (markers, claims, re-anchored notes).
TEXT_KINDS = frozenset({DOCUMENT, TEXT, CITATIONS, CLAIMS, REFERENCES, ANNOTATIONS})


def _ids(values: Iterable[int]) -> frozenset[int]:
    return frozenset(values)


@dataclass(frozen=True, slots=True)
class Changed:
    """What a change touched. Empty (false) when it changed nothing.

    ``block_ids`` are the blocks whose text changed; a change of the text
    that names none (a renumbering: markers whose text stays may name other
    references now) leaves the window to compare the whole view. The window's
    change notice (``app.ops.Changes``) has the same names.
    """

    document_id: int | None = None
    kinds: frozenset[str] = field(default_factory=frozenset)
    block_ids: frozenset[int] = field(default_factory=frozenset)
    citation_ids: frozenset[int] = field(default_factory=frozenset)
    reference_ids: frozenset[int] = field(default_factory=frozenset)
    group_ids: frozenset[int] = field(default_factory=frozenset)
    annotation_ids: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def of(
        cls,
        kinds: Iterable[str],
        *,
        document_id: int | None = None,
        block_ids: Iterable[int] = (),
        citation_ids: Iterable[int] = (),
        reference_ids: Iterable[int] = (),
        group_ids: Iterable[int] = (),
        annotation_ids: Iterable[int] = (),
    ) -> Changed:
        return cls(document_id, frozenset(kinds), _ids(block_ids), _ids(citation_ids), _ids(reference_ids),
                   _ids(group_ids), _ids(annotation_ids))

    def __bool__(self) -> bool:
        return bool(self.kinds)


NOTHING = Changed()


class Undoable(ABC):
    """A change made in a transaction, and the way to take it back."""

    __slots__ = ()

    @property
    @abstractmethod
    def label(self) -> str:
        """The step in the library's words (English; a window names it in the person's language)."""

    @property
    @abstractmethod
    def changed(self) -> Changed:
        """What the change touched (empty: it changed nothing, there is nothing to undo)."""

    @abstractmethod
    def undo(self, session: Session) -> Undoable:
        """Apply the inverse in ``session``'s transaction; the result undoes that in turn."""


class TwoWay(Undoable):
    """A change taken back by ``revert`` and made again by ``reapply``."""

    __slots__ = ()

    @abstractmethod
    def revert(self, session: Session) -> None: ...

    @abstractmethod
    def reapply(self, session: Session) -> None: ...

    def undo(self, session: Session) -> Undoable:
        self.revert(session)
        return Reverted(self)


@dataclass(frozen=True, slots=True)
class Reverted(Undoable):
    """A ``TwoWay`` change once taken back: undoing this makes it again."""

    done: TwoWay

    @property
    def label(self) -> str:
        return self.done.label

    @property
    def changed(self) -> Changed:
        return self.done.changed

    def undo(self, session: Session) -> Undoable:
        self.done.reapply(session)
        return self.done
