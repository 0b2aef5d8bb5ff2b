"""References (full BibTeX entries), source groups, and kept .bib blocks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import JSON, Boolean, Column, ForeignKey, Integer, String, Table, Text, UniqueConstraint, event, inspect
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base
from models.folding import search_form

if TYPE_CHECKING:
    from models.document import Document

reference_groups = Table(
    "reference_groups",
    Base.metadata,
    Column("reference_id", ForeignKey("references.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("source_groups.id", ondelete="CASCADE"), primary_key=True),
)


class Reference(Base):
    """A bibliographic entry, optionally numbered in one document's bibliography.

    ``fields`` holds every BibTeX field in file order as ``[name, value]``
    pairs, each value exactly as written (delimiters, macros, LaTeX), so an
    untouched entry is written back from ``raw`` and a touched one loses
    nothing. ``title``, ``authors`` and ``year`` are plain-text copies kept
    for sorting and filtering in SQL.
    """

    __tablename__ = "references"
    __table_args__ = (UniqueConstraint("document_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    number: Mapped[int | None] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(250), unique=True)
    entry_type: Mapped[str] = mapped_column(String(64), default="misc")
    fields: Mapped[list[list[str]]] = mapped_column(JSON, default=list)
    raw: Mapped[str | None] = mapped_column(Text)
    modified: Mapped[bool] = mapped_column(Boolean, default=True)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    title: Mapped[str] = mapped_column(Text, default="")
    authors: Mapped[str] = mapped_column(Text, default="")
    year: Mapped[str] = mapped_column(String(32), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Optimistic concurrency: a stale edit from another window is detected.
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}

    document: Mapped[Document | None] = relationship()
    groups: Mapped[list[SourceGroup]] = relationship(
        secondary=reference_groups, back_populates="references", order_by="SourceGroup.position"
    )

    def field(self, name: str) -> str | None:
        lname = name.lower()
        for fname, value in self.fields:
            if fname.lower() == lname:
                return value
        return None


class SourceGroup(Base):
    """A node of the source-group tree (e.g. Legal acts; Scholarly literature > Western)."""

    __tablename__ = "source_groups"
    __table_args__ = (UniqueConstraint("parent_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("source_groups.id", ondelete="CASCADE"))
    # The name in the language of the documents it sorts: what exports write
    # and a person renames. name_en is its English translation, shown in the
    # English interface (empty: the name is shown in every language).
    name: Mapped[str] = mapped_column(String(250))
    name_en: Mapped[str] = mapped_column(String(250), default="", server_default="")
    name_local: Mapped[str] = mapped_column(Text, default="")  # how the thesis itself words it
    color: Mapped[str] = mapped_column(String(16), default="#8a8a8a")
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    # primary sources (legal acts, documents, speeches, statistics) vs literature
    primary: Mapped[bool] = mapped_column(Boolean, default=False)

    parent: Mapped[SourceGroup | None] = relationship(remote_side="SourceGroup.id", back_populates="children")
    children: Mapped[list[SourceGroup]] = relationship(
        back_populates="parent", order_by="SourceGroup.position", cascade="all, delete-orphan"
    )
    references: Mapped[list[Reference]] = relationship(secondary=reference_groups, back_populates="groups")

    def path(self) -> list[str]:
        node: SourceGroup | None = self
        names: list[str] = []
        while node is not None:
            names.append(node.name)
            node = node.parent
        return names[::-1]


class BibSource(Base):
    """A .bib file as imported, so its non-entry blocks round-trip."""

    __tablename__ = "bib_sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    # The group tree as it was right after the import: while the library's
    # tree still reads the same, the file's own group comment is kept.
    groups_snapshot: Mapped[str] = mapped_column(Text, default="")
    blocks: Mapped[list[BibBlock]] = relationship(
        back_populates="source", cascade="all, delete-orphan", order_by="BibBlock.position"
    )


class BibBlock(Base):
    """One block of an imported .bib file: entry, @string, @preamble, comment or text."""

    __tablename__ = "bib_blocks"
    __table_args__ = (UniqueConstraint("source_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("bib_sources.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    raw: Mapped[str] = mapped_column(Text)
    reference_id: Mapped[int | None] = mapped_column(
        ForeignKey("references.id", ondelete="SET NULL"), index=True
    )

    source: Mapped[BibSource] = relationship(back_populates="blocks")
    reference: Mapped[Reference | None] = relationship()


@event.listens_for(Reference, "before_insert")
@event.listens_for(Reference, "before_update")
def _keep_search_text(_mapper: object, _connection: object, ref: Reference) -> None:
    ref.search_text = reference_search_text(ref.key, ref.number, ref.authors, ref.title, ref.year)


def reference_search_text(key: str, number: int | None, authors: str, title: str, year: str) -> str:
    """What the full-text index holds for a reference (bulk inserts call it too)."""
    parts = [key, str(number or ""), authors, title, year]
    return search_form(" ".join(p for p in parts if p))


@event.listens_for(Reference, "before_update")
def _mark_modified(_mapper: object, _connection: object, ref: Reference) -> None:
    # A change of number, completeness or groups must reach the .bib text:
    # the entry can no longer be written back from its raw source.
    state = inspect(ref)
    for name in ("number", "complete", "groups", "key", "entry_type", "fields"):
        if state.attrs[name].history.has_changes():
            ref.modified = True
            return
