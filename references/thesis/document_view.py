"""Read-only views of a document for the window: plain, frozen dataclass rows.

Views never see ORM objects: a worker thread runs these queries in its own
session and hands the rows to the GUI thread. Each loader is one or two SQL
statements over the whole document (a thesis has a few thousand blocks), and
the derived views (outline, statistics) are pure functions of the rows so
they are computed once and tested without a database.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import (
    Block,
    Citation,
    CitationTarget,
    Claim,
    Document,
    Reference,
    Section,
    SourceGroup,
    reference_groups,
)
from references.errors import NotFoundError

# Pseudo-group ids for citations whose reference has no group, or whose
# number no reference in the bibliography has (real ids are positive), and
# the most-specific-group rule: one place, ``group_colours``.
from references.thesis.group_colours import NO_GROUP, NOT_IN_BIBLIOGRAPHY, display_group
from models.messages import Messages

ThesisErrors = Messages("ThesisErrors")


@dataclass(frozen=True, slots=True)
class DocumentRow:
    id: int
    title: str
    source_name: str


@dataclass(frozen=True, slots=True)
class GroupRow:
    """A source group, in tree order (parents before their children)."""

    id: int
    parent_id: int | None
    name: str
    name_local: str
    color: str
    primary: bool
    depth: int  # 0 for a top-level group
    path: tuple[str, ...]  # names from the top-level group down to this one
    name_en: str = ""  # the English translation of name, if it has one

    def shown_name(self, language: str) -> str:
        """The name to show in an interface in ``language``: the stored one,
        or its English translation in the English interface."""
        return self.name_en if language == "en" and self.name_en else self.name


@dataclass(frozen=True, slots=True)
class SectionRow:
    id: int
    parent_id: int | None
    position: int
    level: int
    number: str | None
    title: str
    kind: str

    @property
    def label(self) -> str:
        title = " ".join(self.title.split())  # titles keep the PDF's double spaces
        return f"{self.number} {title}" if self.number else title


@dataclass(frozen=True, slots=True)
class BlockRow:
    id: int
    section_id: int | None
    position: int
    kind: str  # heading | paragraph | table | list_item
    text: str
    caption: str | None
    doc_start: int


@dataclass(frozen=True, slots=True)
class CitationRow:
    """One marker in a block, with the numbers it expands to."""

    id: int
    block_id: int
    claim_id: int | None
    start: int
    end: int
    marker: str
    numbers: tuple[int, ...]
    # The reference each number resolves to, None where none has it; same
    # length and order as ``numbers``.
    reference_ids: tuple[int | None, ...]


@dataclass(frozen=True, slots=True)
class ReferenceRow:
    id: int
    number: int | None
    key: str
    entry_type: str
    authors: str
    title: str
    year: str
    complete: bool
    group_ids: tuple[int, ...]  # in group tree order
    times_cited: int  # markers of this document that cite it


@dataclass(frozen=True, slots=True)
class ClaimRow:
    id: int
    block_id: int
    section_id: int | None
    start: int
    end: int
    text: str
    origin: str
    citation_ids: tuple[int, ...]
    markers: tuple[str, ...]
    numbers: tuple[int, ...]  # sorted, unique
    reference_ids: tuple[int, ...]  # resolved references, sorted by number
    group_ids: frozenset[int]  # the groups those references are in (directly)


@dataclass(frozen=True, slots=True)
class OutlineNode:
    """A section (with its subsections and tables) or a table, for the outline."""

    kind: str  # "section" | "table"
    label: str
    section_id: int | None
    block_id: int | None  # where to jump: the section's first block, or the table
    markers: int  # citation markers inside, subsections included
    children: tuple[OutlineNode, ...] = ()


@dataclass(frozen=True, slots=True)
class CitationPlace:
    """One place a reference is cited: the marker, its claim and some context."""

    citation_id: int
    block_id: int
    claim_id: int | None
    start: int
    end: int
    marker: str
    section_label: str
    context: str


@dataclass(frozen=True, slots=True)
class ChapterCounts:
    """Citations (one per reference a marker cites) by group in one chapter."""

    section_id: int
    label: str
    by_group: dict[int, int]  # group id (or NO_GROUP / NOT_IN_BIBLIOGRAPHY) -> count

    @property
    def total(self) -> int:
        return sum(self.by_group.values())


@dataclass(frozen=True, slots=True)
class GroupStatistics:
    chapters: tuple[ChapterCounts, ...]
    # Claims citing at least one reference of the group (or a subgroup of
    # it); a claim citing two groups counts for both, so shares do not add
    # up to 100 %.
    claims_by_group: dict[int, int]
    claims_total: int


@dataclass(frozen=True, slots=True)
class DocumentView:
    """Everything the main window shows of one document, loaded in one go."""

    document: DocumentRow
    groups: tuple[GroupRow, ...]
    sections: tuple[SectionRow, ...]
    blocks: tuple[BlockRow, ...]
    citations: tuple[CitationRow, ...]
    claims: tuple[ClaimRow, ...]
    references: tuple[ReferenceRow, ...]
    outline: tuple[OutlineNode, ...]
    statistics: GroupStatistics


# --- loaders -----------------------------------------------------------------


def documents(session: Session) -> list[DocumentRow]:
    rows = session.execute(select(Document.id, Document.title, Document.source_name).order_by(Document.id))
    return [DocumentRow(*row) for row in rows]


def document_row(session: Session, document_id: int) -> DocumentRow:
    row = session.execute(
        select(Document.id, Document.title, Document.source_name).where(Document.id == document_id)
    ).first()
    if row is None:
        raise NotFoundError(ThesisErrors.tr("No document with id %1 in this library.", document_id))
    return DocumentRow(*row)


def source_groups(session: Session) -> list[GroupRow]:
    rows = session.execute(
        select(
            SourceGroup.id,
            SourceGroup.parent_id,
            SourceGroup.name,
            SourceGroup.name_local,
            SourceGroup.color,
            SourceGroup.primary,
            SourceGroup.position,
            SourceGroup.name_en,
        )
    ).all()
    children: dict[int | None, list] = defaultdict(list)
    for row in rows:
        children[row.parent_id].append(row)
    ordered: list[GroupRow] = []

    def walk(parent_id: int | None, depth: int, path: tuple[str, ...]) -> None:
        for row in sorted(children.get(parent_id, []), key=lambda r: (r.position, r.id)):
            here = (*path, row.name)
            ordered.append(
                GroupRow(
                    row.id, row.parent_id, row.name, row.name_local, row.color, row.primary, depth, here, row.name_en
                )
            )
            walk(row.id, depth + 1, here)

    walk(None, 0, ())
    return ordered


def sections(session: Session, document_id: int) -> list[SectionRow]:
    rows = session.execute(
        select(
            Section.id, Section.parent_id, Section.position, Section.level, Section.number, Section.title, Section.kind
        )
        .where(Section.document_id == document_id)
        .order_by(Section.position)
    )
    return [SectionRow(*row) for row in rows]


def blocks(session: Session, document_id: int) -> list[BlockRow]:
    rows = session.execute(
        select(Block.id, Block.section_id, Block.position, Block.kind, Block.text, Block.caption, Block.doc_start)
        .where(Block.document_id == document_id)
        .order_by(Block.position)
    )
    return [BlockRow(*row) for row in rows]


def citations(session: Session, document_id: int) -> list[CitationRow]:
    targets: dict[int, list[tuple[int, int | None]]] = defaultdict(list)
    target_rows = session.execute(
        select(CitationTarget.citation_id, CitationTarget.number, CitationTarget.reference_id)
        .join(Citation, Citation.id == CitationTarget.citation_id)
        .join(Block, Block.id == Citation.block_id)
        .where(Block.document_id == document_id)
        .order_by(CitationTarget.citation_id, CitationTarget.position)
    )
    for citation_id, number, reference_id in target_rows:
        targets[citation_id].append((number, reference_id))
    rows = session.execute(
        select(Citation.id, Citation.block_id, Citation.claim_id, Citation.start, Citation.end, Citation.marker)
        .join(Block, Block.id == Citation.block_id)
        .where(Block.document_id == document_id)
        .order_by(Block.position, Citation.start)
    )
    result = []
    for cid, block_id, claim_id, start, end, marker in rows:
        pairs = targets.get(cid, [])
        result.append(
            CitationRow(
                cid,
                block_id,
                claim_id,
                start,
                end,
                marker,
                tuple(n for n, _ in pairs),
                tuple(r for _, r in pairs),
            )
        )
    return result


def references(
    session: Session, document_id: int, *, offset: int = 0, limit: int | None = None
) -> list[ReferenceRow]:
    """The document's bibliography in number order, a page at a time if asked."""
    # Counted per row of the page (a correlated subquery over the indexed
    # reference_id), not grouped over every citation of the library first.
    times = (
        select(func.count(func.distinct(CitationTarget.citation_id)))
        .where(CitationTarget.reference_id == Reference.id)
        .correlate(Reference)
        .scalar_subquery()
    )
    stmt = (
        select(
            Reference.id,
            Reference.number,
            Reference.key,
            Reference.entry_type,
            Reference.authors,
            Reference.title,
            Reference.year,
            Reference.complete,
            times,
        )
        .where(Reference.document_id == document_id)
        .order_by(Reference.number.is_(None), Reference.number, Reference.id)
        .offset(offset)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    rows = session.execute(stmt).all()
    memberships = _group_memberships(session, [row[0] for row in rows])
    return [
        ReferenceRow(rid, number, key, etype, authors, title, year, complete, memberships.get(rid, ()), times)
        for rid, number, key, etype, authors, title, year, complete, times in rows
    ]


def _group_memberships(session: Session, reference_ids: Sequence[int]) -> dict[int, tuple[int, ...]]:
    order = {g.id: i for i, g in enumerate(source_groups(session))}
    found: dict[int, list[int]] = defaultdict(list)
    # Chunked: SQLite limits the number of bound parameters of one statement.
    for chunk_start in range(0, len(reference_ids), 500):
        chunk = reference_ids[chunk_start : chunk_start + 500]
        for rid, gid in session.execute(
            select(reference_groups.c.reference_id, reference_groups.c.group_id).where(
                reference_groups.c.reference_id.in_(chunk)
            )
        ):
            found[rid].append(gid)
    return {rid: tuple(sorted(gids, key=lambda g: order.get(g, len(order)))) for rid, gids in found.items()}


def claims(
    session: Session,
    document_id: int,
    *,
    citation_rows: Sequence[CitationRow] | None = None,
    reference_rows: Sequence[ReferenceRow] | None = None,
) -> list[ClaimRow]:
    """Every claim of the document in reading order, with what it cites."""
    if citation_rows is None:
        citation_rows = citations(session, document_id)
    if reference_rows is None:
        reference_rows = references(session, document_id)
    rows = session.execute(
        select(Claim.id, Claim.block_id, Block.section_id, Claim.start, Claim.end, Claim.text, Claim.origin)
        .join(Block, Block.id == Claim.block_id)
        .where(Block.document_id == document_id)
        .order_by(Block.position, Claim.start)
    )
    by_claim: dict[int, list[CitationRow]] = defaultdict(list)
    for citation in citation_rows:
        if citation.claim_id is not None:
            by_claim[citation.claim_id].append(citation)
    refs = {r.id: r for r in reference_rows}
    result = []
    for cid, block_id, section_id, start, end, text, origin in rows:
        cites = by_claim.get(cid, [])
        ref_ids = {r for c in cites for r in c.reference_ids if r is not None and r in refs}
        ordered_refs = sorted(ref_ids, key=lambda r: (refs[r].number is None, refs[r].number or 0, r))
        result.append(
            ClaimRow(
                id=cid,
                block_id=block_id,
                section_id=section_id,
                start=start,
                end=end,
                text=text,
                origin=origin,
                citation_ids=tuple(c.id for c in cites),
                markers=tuple(c.marker for c in cites),
                numbers=tuple(sorted({n for c in cites for n in c.numbers})),
                reference_ids=tuple(ordered_refs),
                group_ids=frozenset(g for r in ordered_refs for g in refs[r].group_ids),
            )
        )
    return result


def load_document_view(
    session: Session, document_id: int, *, block_rows: Sequence[BlockRow] | None = None
) -> DocumentView:
    """All rows of one document and the views derived from them (with ``block_rows``:
    those blocks, read by the caller, instead of reading the text again)."""
    document = document_row(session, document_id)
    group_rows = source_groups(session)
    section_rows = sections(session, document_id)
    if block_rows is None:
        block_rows = blocks(session, document_id)
    citation_rows = citations(session, document_id)
    reference_rows = references(session, document_id)
    claim_rows = claims(session, document_id, citation_rows=citation_rows, reference_rows=reference_rows)
    return DocumentView(
        document=document,
        groups=tuple(group_rows),
        sections=tuple(section_rows),
        blocks=tuple(block_rows),
        citations=tuple(citation_rows),
        claims=tuple(claim_rows),
        references=tuple(reference_rows),
        outline=tuple(build_outline(section_rows, block_rows, citation_rows)),
        statistics=build_statistics(section_rows, block_rows, citation_rows, claim_rows, reference_rows, group_rows),
    )


def group_statistics(session: Session, document_id: int) -> GroupStatistics:
    view = load_document_view(session, document_id)
    return view.statistics


# --- derived views (pure) ------------------------------------------------------


def excerpt(text: str, start: int, end: int, context: int = 60) -> str:
    """``text[start:end]`` with up to ``context`` characters either side, on one line."""
    left = max(0, start - context)
    right = min(len(text), end + context)
    snippet = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + snippet + ("…" if right < len(text) else "")


def citation_places(view: DocumentView, reference_id: int, *, context: int = 60) -> list[CitationPlace]:
    """Every marker of the document citing ``reference_id``, in reading order."""
    block_by_id = {b.id: b for b in view.blocks}
    section_by_id = {s.id: s for s in view.sections}
    places = []
    for citation in view.citations:  # already in reading order
        if reference_id not in citation.reference_ids:
            continue
        block = block_by_id[citation.block_id]
        section = section_by_id.get(block.section_id) if block.section_id is not None else None
        places.append(
            CitationPlace(
                citation.id,
                block.id,
                citation.claim_id,
                citation.start,
                citation.end,
                citation.marker,
                section.label if section else "",
                excerpt(block.text, citation.start, citation.end, context),
            )
        )
    return places


def build_outline(
    section_rows: Sequence[SectionRow], block_rows: Sequence[BlockRow], citation_rows: Sequence[CitationRow]
) -> list[OutlineNode]:
    """The section tree with tables under their section, and marker counts."""
    markers_in_block = Counter(c.block_id for c in citation_rows)
    first_block: dict[int, int] = {}
    tables: dict[int | None, list[BlockRow]] = defaultdict(list)
    own_markers: Counter[int | None] = Counter()
    for block in block_rows:
        if block.section_id is not None:
            first_block.setdefault(block.section_id, block.id)
        if block.kind == "table":
            tables[block.section_id].append(block)
        own_markers[block.section_id] += markers_in_block.get(block.id, 0)
    children: dict[int | None, list[SectionRow]] = defaultdict(list)
    for section in section_rows:
        children[section.parent_id].append(section)

    def node(section: SectionRow) -> OutlineNode:
        subsections = [node(child) for child in children.get(section.id, [])]
        table_nodes = [
            OutlineNode("table", _table_label(block), section.id, block.id, markers_in_block.get(block.id, 0))
            for block in tables.get(section.id, [])
        ]
        total = own_markers.get(section.id, 0) + sum(s.markers for s in subsections)
        return OutlineNode(
            "section", section.label, section.id, first_block.get(section.id), total, tuple(table_nodes + subsections)
        )

    return [node(section) for section in children.get(None, [])]


def _table_label(block: BlockRow) -> str:
    caption = " ".join((block.caption or "").split())
    if caption:
        return caption
    first_line = block.text.strip().splitlines()[0] if block.text.strip() else ""
    return first_line[:80]


def top_level_chapters(section_rows: Sequence[SectionRow]) -> dict[int, SectionRow]:
    """Map every section id to its top-level section (chapter, introduction...)."""
    by_id = {s.id: s for s in section_rows}
    top: dict[int, SectionRow] = {}
    for section in section_rows:
        node = section
        while node.parent_id is not None and node.parent_id in by_id:
            node = by_id[node.parent_id]
        top[section.id] = node
    return top


def build_statistics(
    section_rows: Sequence[SectionRow],
    block_rows: Sequence[BlockRow],
    citation_rows: Sequence[CitationRow],
    claim_rows: Sequence[ClaimRow],
    reference_rows: Sequence[ReferenceRow],
    group_rows: Sequence[GroupRow],
) -> GroupStatistics:
    """Citations by group for each top-level section, and claims per group.

    A citation here is one reference cited by one marker (``[9–14]`` makes
    six), counted in the reference's display group (``display_group``).
    Top-level sections without a single marker (e.g. front matter) are left out.
    """
    top = top_level_chapters(section_rows)
    section_of_block = {b.id: b.section_id for b in block_rows}
    shown_group = {r.id: display_group(r.group_ids, group_rows) for r in reference_rows}
    counts: dict[int, Counter[int]] = defaultdict(Counter)
    for citation in citation_rows:
        section_id = section_of_block.get(citation.block_id)
        if section_id is None or section_id not in top:
            continue
        chapter = top[section_id].id
        for reference_id in citation.reference_ids:
            group = NOT_IN_BIBLIOGRAPHY if reference_id is None else shown_group.get(reference_id, NO_GROUP)
            counts[chapter][group] += 1
    chapters = tuple(
        ChapterCounts(s.id, s.label, dict(counts[s.id]))
        for s in section_rows
        if s.parent_id is None and counts.get(s.id)
    )
    ancestors = _ancestor_closure(group_rows)
    claims_by_group: Counter[int] = Counter()
    for claim in claim_rows:
        reached = set().union(*(ancestors.get(g, {g}) for g in claim.group_ids)) if claim.group_ids else set()
        if not reached and claim.numbers:
            reached = {NO_GROUP}
        claims_by_group.update(reached)
    return GroupStatistics(chapters, dict(claims_by_group), len(claim_rows))


def _ancestor_closure(group_rows: Sequence[GroupRow]) -> dict[int, set[int]]:
    parent = {g.id: g.parent_id for g in group_rows}
    closure: dict[int, set[int]] = {}
    for group in group_rows:
        seen: set[int] = set()
        node: int | None = group.id
        while node is not None and node not in seen:
            seen.add(node)
            node = parent.get(node)
        closure[group.id] = seen
    return closure


def group_closure(group_ids: Iterable[int], group_rows: Sequence[GroupRow]) -> frozenset[int]:
    """``group_ids`` and all their ancestors: what a filter on a parent group matches."""
    ancestors = _ancestor_closure(group_rows)
    return frozenset(a for g in group_ids for a in ancestors.get(g, {g}))
