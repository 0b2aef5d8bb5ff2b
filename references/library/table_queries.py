"""The library window's queries: references a page at a time, group counts, one entry.

Everything the table shows is filtered and sorted IN SQL, so a library of
100,000 references costs one page of rows per scroll step, not a load of
everything:

- text through the FTS5 index (``search_index``, folded like every stored
  search text), each word a prefix, all words required;
- a group with all its subgroups (a recursive CTE over ``source_groups``),
  or the references in no group at all;
- completeness, and one document's bibliography or the whole library.

Pages are keyset pages: each row carries its sort position, and the next
page starts after the last row's position, so a page deep in the list is
as cheap as the first and rows added meanwhile neither repeat nor vanish.
Text columns sort by their folded form (case and ``ə``/``ә`` ignored)
through a SQL function registered on the connection.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, func, literal, select, tuple_
from sqlalchemy.orm import Session

from models import CitationTarget, Reference, SourceGroup, reference_groups
from models.text_sql import COLLATE_FUNCTION, FOLD_FUNCTION, Collated, Folded, TokenMatch
from references.bibtex import field_value, plain_value
from references.errors import NotFoundError
from references.library.entry_edits import entry_strings
from references.normalize import fold
from references.interchange.jabref_groups import group_definitions, group_members, is_computed, members_with_subgroups
from references.thesis.document_view import NO_GROUP, GroupRow, source_groups
from references.thesis.reference_fields import OWN_FIELDS
from references.thesis.search import query_tokens
from references.text.collation import collation_key
from models.messages import Messages

LibraryErrors = Messages("LibraryErrors")

PAGE_SIZE = 200
# Sorts references without a number after every numbered one.
_NO_NUMBER = 1 << 40


class SortColumn(StrEnum):
    NUMBER = "number"
    KEY = "key"
    TYPE = "type"
    AUTHORS = "authors"
    YEAR = "year"
    TITLE = "title"
    GROUPS = "groups"
    COMPLETE = "complete"
    CITED = "cited"


@dataclass(frozen=True, slots=True)
class ReferenceQuery:
    """Which references the table shows, and in what order."""

    document_id: int | None = None  # None: the whole library
    text: str = ""
    group_id: int | None = None  # with its subgroups; NO_GROUP: in no group
    complete: bool | None = None
    sort: SortColumn = SortColumn.NUMBER
    descending: bool = False


@dataclass(frozen=True, slots=True)
class LibraryRow:
    id: int
    document_id: int | None
    number: int | None
    key: str
    entry_type: str
    authors: str
    title: str
    year: str
    complete: bool
    times_cited: int
    group_ids: tuple[int, ...]  # direct groups, in tree order
    position: tuple[Any, int]  # (sort value, id): where the next page starts


@dataclass(frozen=True, slots=True)
class Page:
    rows: tuple[LibraryRow, ...]
    more: bool  # another page follows


@dataclass(frozen=True, slots=True)
class GroupCounts:
    """References per group (subgroups included, each reference once), for one scope."""

    total: int
    no_group: int
    by_group: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class EntryField:
    name: str  # as stored
    raw: str  # as written in BibTeX
    text: str  # as a person reads it
    # False when editing would rewrite more than the text: the raw value holds
    # macros, LaTeX or protective braces that the plain text does not show.
    plain: bool


@dataclass(frozen=True, slots=True)
class EntryDetails:
    """One reference as the entry editor shows it."""

    id: int
    version: int
    document_id: int | None
    number: int | None
    key: str
    entry_type: str
    complete: bool
    modified: bool
    fields: tuple[EntryField, ...]  # Silteme's own fields left out
    group_ids: tuple[int, ...]

    def text_of(self, name: str) -> str | None:
        lname = name.lower()
        return next((f.text for f in self.fields if f.name.lower() == lname), None)


# --- pages ---------------------------------------------------------------------


def reference_page(
    session: Session, query: ReferenceQuery, *, after: tuple[Any, int] | None = None, limit: int = PAGE_SIZE
) -> Page:
    """Up to ``limit`` references of ``query``, starting after ``after`` (a row's ``position``)."""
    register_fold(session)
    inner = _filtered(
        select(
            Reference.id,
            Reference.document_id,
            Reference.number,
            Reference.key,
            Reference.entry_type,
            Reference.authors,
            Reference.title,
            Reference.year,
            Reference.complete,
            _sort_expression(query.sort).label("sort_value"),
        ),
        query,
        _computed_members(session, query.group_id),
    )
    # The LIMIT keeps SQLite from flattening the subquery, so the sort value
    # (a Python function for text columns) is computed once per row, not
    # once for the keyset comparison and again for the ORDER BY.
    # (PostgreSQL computes it once anyway, and refuses a negative LIMIT.)
    if session.get_bind().dialect.name == "sqlite":
        inner = inner.limit(-1)
    rows_sq = inner.subquery("page_rows")
    sort_value, row_id = rows_sq.c.sort_value, rows_sq.c.id
    # Counted for the rows of the page only.
    statement = select(*(c for c in rows_sq.c if c.name != "sort_value"), _times_cited(row_id), sort_value)
    if after is not None:
        position = tuple_(sort_value, row_id)
        bound = tuple_(literal(after[0]), literal(after[1]))
        statement = statement.where(position < bound if query.descending else position > bound)
    if query.descending:
        statement = statement.order_by(sort_value.desc(), row_id.desc())
    else:
        statement = statement.order_by(sort_value, row_id)
    rows = session.execute(statement.limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    memberships = _memberships(session, [row[0] for row in rows])
    return Page(
        tuple(
            LibraryRow(
                id=rid,
                document_id=document_id,
                number=number,
                key=key,
                entry_type=entry_type,
                authors=authors,
                title=title,
                year=year,
                complete=bool(complete),
                times_cited=times,
                group_ids=memberships.get(rid, ()),
                position=(value, rid),
            )
            for rid, document_id, number, key, entry_type, authors, title, year, complete, times, value in rows
        ),
        more,
    )


def count_references(session: Session, query: ReferenceQuery) -> int:
    return session.scalar(_filtered(select(func.count(Reference.id)), query, _computed_members(session, query.group_id))) or 0


def group_counts(session: Session, document_id: int | None) -> GroupCounts:
    """How many references of the scope each group holds, its subgroups included."""
    in_scope = select(Reference.id)
    if document_id is not None:
        in_scope = in_scope.where(Reference.document_id == document_id)
    in_scope_sq = in_scope.scalar_subquery()
    total = session.scalar(select(func.count()).select_from(in_scope.subquery())) or 0
    grouped = session.scalar(
        select(func.count(func.distinct(reference_groups.c.reference_id))).where(
            reference_groups.c.reference_id.in_(in_scope_sq)
        )
    ) or 0
    direct = dict(
        session.execute(
            select(reference_groups.c.group_id, func.count())
            .where(reference_groups.c.reference_id.in_(in_scope_sq))
            .group_by(reference_groups.c.group_id)
        ).all()
    )
    groups = source_groups(session)
    has_children = {g.parent_id for g in groups if g.parent_id is not None}
    by_group: dict[int, int] = {}
    for group in groups:
        if group.id not in has_children:
            by_group[group.id] = direct.get(group.id, 0)
            continue
        # A reference in a group and in its subgroup counts once.
        subtree = subtree_ids(groups, group.id)
        by_group[group.id] = session.scalar(
            select(func.count(func.distinct(reference_groups.c.reference_id))).where(
                reference_groups.c.group_id.in_(subtree), reference_groups.c.reference_id.in_(in_scope_sq)
            )
        ) or 0
    _count_computed(session, groups, in_scope, by_group, whole_library=document_id is None)
    return GroupCounts(total=total, no_group=total - grouped, by_group=by_group)


def _count_computed(
    session: Session, groups: Sequence[GroupRow], in_scope: Select[Any], by_group: dict[int, int], *, whole_library: bool
) -> None:
    """Counts of the groups whose subtree holds a group JabRef computes (keyword, search...)."""
    definitions = group_definitions(session)
    computed = {g.id for g in groups if is_computed(definitions.get(g.name))}
    if not computed:
        return
    # computed once per change of the library and reused by every paint (jabref_groups' cache)
    members = members_with_subgroups(session)
    scope = None if whole_library else set(session.scalars(in_scope))
    above = set(computed)  # the computed groups and every group above one
    for group in reversed(groups):  # tree order reversed: children before their parents
        if group.id in above and group.parent_id is not None:
            above.add(group.parent_id)
    for group in groups:
        if group.id in above:
            held = members.get(group.id, frozenset())
            by_group[group.id] = len(held) if scope is None else len(held & scope)


def library_groups(session: Session) -> list[GroupRow]:
    """The group tree in tree order (parents before children)."""
    return source_groups(session)


def subtree_ids(groups: Sequence[GroupRow], group_id: int) -> list[int]:
    below = [group_id]
    for group in groups:  # tree order: a parent comes before its children
        if group.parent_id in below:
            below.append(group.id)
    return below


# --- one entry -------------------------------------------------------------------


def entry_details(session: Session, reference_id: int) -> EntryDetails:
    ref = session.get(Reference, reference_id)
    if ref is None:
        raise NotFoundError(LibraryErrors.tr("No reference with id %1 in this library (was it deleted?).", reference_id))
    strings = entry_strings(session, reference_id)
    fields = []
    for name, raw in ref.fields:
        if name.lower() in OWN_FIELDS:
            continue
        shown = plain_value(raw, strings, name.lower())
        fields.append(EntryField(name, raw, shown, _round_trips(name, shown, raw)))
    order = {g.id: i for i, g in enumerate(source_groups(session))}
    group_ids = sorted((g.id for g in ref.groups), key=lambda g: order.get(g, len(order)))
    return EntryDetails(
        id=ref.id,
        version=ref.version,
        document_id=ref.document_id,
        number=ref.number,
        key=ref.key,
        entry_type=ref.entry_type,
        complete=ref.complete,
        modified=ref.modified,
        fields=tuple(fields),
        group_ids=tuple(group_ids),
    )


def _round_trips(name: str, shown: str, raw: str) -> bool:
    try:
        return field_value(name, shown) == raw.strip()
    except ValueError:
        return False


# --- SQL pieces --------------------------------------------------------------------


def register_fold(session: Session) -> None:
    """Make ``silteme_fold(text)`` and ``silteme_collate(text)`` available on
    this session's SQLite connection."""
    connection = session.connection().connection.dbapi_connection
    if isinstance(connection, sqlite3.Connection):
        connection.create_function(FOLD_FUNCTION, 1, _fold_or_none, deterministic=True)
        connection.create_function(COLLATE_FUNCTION, 1, _collation_key_or_none, deterministic=True)


def _collation_key_or_none(value: object) -> str | None:
    # Kazakh order: Kazakh letters in their alphabet's places, Cyrillic before
    # Latin (GOST); Russian text sorts the same way under it. Only the order of
    # the letters: texts that differ in case or punctuation alone are equal and
    # follow the row ids, as under PostgreSQL's ICU collation.
    return collation_key(value, "kk").partition("\0")[0] if isinstance(value, str) else None


def _fold_or_none(value: object) -> str | None:
    return fold(value) if isinstance(value, str) else None


def _folded(column: ColumnElement[str]) -> ColumnElement[str]:
    return Folded(column)


def _sort_expression(column: SortColumn) -> ColumnElement[Any]:
    """What a column sorts by; authors and titles in the Kazakh alphabet's order
    (``models.text_sql.Collated``: the same order on SQLite and PostgreSQL)."""
    if column in (SortColumn.AUTHORS, SortColumn.TITLE):
        return Collated(Reference.authors if column is SortColumn.AUTHORS else Reference.title)
    if column is SortColumn.NUMBER:
        return func.coalesce(Reference.number, _NO_NUMBER)
    if column is SortColumn.KEY:
        return _folded(Reference.key)
    if column is SortColumn.TYPE:
        return Reference.entry_type
    if column is SortColumn.AUTHORS:
        return _folded(Reference.authors)
    if column is SortColumn.YEAR:
        return Reference.year
    if column is SortColumn.TITLE:
        return _folded(Reference.title)
    if column is SortColumn.COMPLETE:
        return func.coalesce(Reference.complete, False)
    if column is SortColumn.CITED:
        return _times_cited()
    # Groups: by the name of the first group in the alphabet; none sorts first.
    first_name = (
        select(func.min(_folded(SourceGroup.name)))
        .join(reference_groups, reference_groups.c.group_id == SourceGroup.id)
        .where(reference_groups.c.reference_id == Reference.id)
        .scalar_subquery()
    )
    return func.coalesce(first_name, "")


def _times_cited(reference_id: ColumnElement[int] | None = None) -> ColumnElement[int]:
    """Markers citing the reference (a marker citing it twice counts once)."""
    return (
        select(func.count(func.distinct(CitationTarget.citation_id)))
        .where(CitationTarget.reference_id == (Reference.id if reference_id is None else reference_id))
        .scalar_subquery()
    )


def _computed_members(session: Session, group_id: int | None) -> set[int] | None:
    """Members JabRef computes (keyword, search, automatic groups) of a group and its subgroups;
    None when none of them is such a group (the usual case, answered from the definitions alone)."""
    if group_id is None or group_id == NO_GROUP:
        return None
    definitions = group_definitions(session)
    if not any(is_computed(node) for node in definitions.values()):
        return None
    subtree = subtree_ids(source_groups(session), group_id)
    names = set(session.scalars(select(SourceGroup.name).where(SourceGroup.id.in_(subtree))))
    if not any(is_computed(definitions.get(name)) for name in names):
        return None
    return set().union(*group_members(session, subtree).values())


def _filtered(statement: Select[Any], query: ReferenceQuery, computed: set[int] | None = None) -> Select[Any]:
    if query.document_id is not None:
        statement = statement.where(Reference.document_id == query.document_id)
    if query.complete is not None:
        statement = statement.where(Reference.complete.is_(query.complete))
    if query.group_id == NO_GROUP:
        statement = statement.where(Reference.id.not_in(select(reference_groups.c.reference_id)))
    elif query.group_id is not None:
        tree = select(SourceGroup.id).where(SourceGroup.id == query.group_id).cte("subtree", recursive=True)
        tree = tree.union(select(SourceGroup.id).join(tree, SourceGroup.parent_id == tree.c.id))
        members = select(reference_groups.c.reference_id).where(reference_groups.c.group_id.in_(select(tree.c.id)))
        if computed is None:
            statement = statement.where(Reference.id.in_(members))
        else:  # the computed members hold the listed ones too (group_members starts from them)
            statement = statement.where(Reference.id.in_(sorted(computed)))
    tokens = query_tokens(query.text)
    if tokens:
        # Every token the prefix of a word (models.text_sql, same on both backends).
        statement = statement.where(TokenMatch(Reference.id, Reference.search_text, "reference", tokens, phrase=False))
    return statement


def _memberships(session: Session, reference_ids: Sequence[int]) -> dict[int, tuple[int, ...]]:
    if not reference_ids:
        return {}
    order = {g.id: i for i, g in enumerate(source_groups(session))}
    found: dict[int, list[int]] = defaultdict(list)
    for rid, gid in session.execute(
        select(reference_groups.c.reference_id, reference_groups.c.group_id).where(
            reference_groups.c.reference_id.in_(list(reference_ids))
        )
    ):
        found[rid].append(gid)
    return {rid: tuple(sorted(gids, key=lambda g: order.get(g, len(order)))) for rid, gids in found.items()}
