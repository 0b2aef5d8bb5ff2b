"""Operations the window runs in a worker: plain functions of a Session.

Each returns plain data (dataclasses, ids), never ORM objects, so its
result can cross to the GUI thread; the window then announces a ``Changes``
so every view decides what to reload (Anki's CollectionOp / OpChanges).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from models.db import Library, open_library
from references.thesis.document_view import DocumentRow, DocumentView, documents, load_document_view
from references.thesis.view_refresh import refresh_document_view
from references.storage.undoable import ANNOTATIONS, CITATIONS, CLAIMS, DOCUMENT, GROUPS, REFERENCES, TEXT  # noqa: F401


# The kinds of change a notice names (``Changes.kinds``): the domain's words
# for what a step changed (imported above from ``references.storage.undoable``),
# and one of the window's.
LIBRARY = "library"  # another library was opened

if TYPE_CHECKING:
    from references.system.progress import Progress
    from references.thesis.text_import import ImportSummary


@dataclass(frozen=True)
class Changes:
    """What an operation changed, and which rows: each view decides what to refresh.

    ``block_ids`` are the blocks whose *text* changed (their markers and
    claims with them); when a notice names ``text`` or ``document`` without
    them, any block may have changed (a revision, another person's edit on a
    team library) and the window compares the whole view. The other id sets
    say which references, groups, citations and annotations changed, for the
    views that show those rows. A notice with kinds only (no ids) stays valid:
    the views then compare what they show with a fresh read.
    """

    document_id: int | None = None
    kinds: frozenset[str] = field(default_factory=frozenset)  # e.g. {"text", "references"}
    block_ids: frozenset[int] = field(default_factory=frozenset)
    citation_ids: frozenset[int] = field(default_factory=frozenset)
    reference_ids: frozenset[int] = field(default_factory=frozenset)
    group_ids: frozenset[int] = field(default_factory=frozenset)
    annotation_ids: frozenset[int] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        for name in ("kinds", "block_ids", "citation_ids", "reference_ids", "group_ids", "annotation_ids"):
            object.__setattr__(self, name, frozenset(getattr(self, name)))  # a list or set of ids is fine too

    @classmethod
    def of(cls, changed: object) -> Changes:
        """A notice from a domain result's ``changed`` (any object with these attribute names)."""
        return cls(
            getattr(changed, "document_id", None),
            *(getattr(changed, name, frozenset()) for name in
              ("kinds", "block_ids", "citation_ids", "reference_ids", "group_ids", "annotation_ids")),
        )

    @property
    def annotations_only(self) -> bool:
        return bool(self.kinds) and self.kinds <= {ANNOTATIONS}

    @property
    def text_unknown(self) -> bool:
        """Text may have changed, but the notice does not say in which blocks (a notice
        that names no kind at all says nothing either: everything is compared)."""
        return not self.kinds or (bool(self.kinds & {TEXT, DOCUMENT}) and not self.block_ids)

    @property
    def touches_text(self) -> bool:
        return bool(self.block_ids) or self.text_unknown


@dataclass(frozen=True)
class LoadedDocument:
    view: DocumentView | None  # None: the library holds no document
    documents: tuple[DocumentRow, ...]


def load_document(
    document_id: int | None, *, seed_sample: bool = False, progress: Progress | None = None
) -> Callable[[Session], LoadedDocument]:
    """The view of ``document_id`` (or of the first document) and the list of
    documents; with ``seed_sample``, an empty library first gets the bundled
    thesis (the window's first start), in this worker's transaction, its
    steps told to ``progress``."""

    def job(session: Session) -> LoadedDocument:
        rows = tuple(documents(session))
        if not rows and seed_sample:
            from references.library.sample import create_sample_library  # only on a first start

            create_sample_library(session, progress)
            session.flush()
            rows = tuple(documents(session))
        if not rows:
            return LoadedDocument(None, rows)
        wanted = document_id if any(d.id == document_id for d in rows) else rows[0].id
        return LoadedDocument(load_document_view(session, wanted), rows)

    return job


def refresh_document(view: DocumentView, changes: Changes) -> Callable[[Session], DocumentView | None]:
    """``view`` after ``changes`` named the blocks whose text changed, or none changed
    (None: the blocks changed shape: read it all)."""
    return lambda session: refresh_document_view(
        session, view, changes.block_ids, blocks_changed=changes.touches_text
    )


def read_document(document_id: int) -> Callable[[Session], DocumentView]:
    """The whole view of one document, for a change whose extent is unknown (another person's, a revision)."""
    return lambda session: load_document_view(session, document_id)


def import_text(path: Path, title: str | None = None) -> Callable[[Session], ImportSummary]:
    def job(session: Session) -> ImportSummary:
        from references.thesis.text_import import import_text_file  # the text parser, when asked for

        return import_text_file(session, path, title)

    return job


def open_other_library(path: Path | str) -> Callable[[], Library]:
    """Open (and migrate, if needed) a library file; the caller closes it later."""

    def call() -> Library:
        return open_library(path)

    return call
