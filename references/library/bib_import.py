"""Importing a .bib file into the library: plan first, then write in one go.

``plan_bib_import`` reads nothing into the database: it says what would be
added, what matches an existing entry (same key, same DOI, or the same
title and authors) and what is malformed, so a dialog can show it before
anything is written. ``apply_bib_import`` writes the plan inside the
caller's transaction, so a failure leaves the library as it was.
"""

from __future__ import annotations

import hashlib

import re
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import BibBlock as StoredBlock
from models import BibSource, Reference, reference_groups
from models.bulk import indexed_after, insert_rows
from models.reference import reference_search_text
from models.folding import fold_compact
from references.bibtex import BibBlock, BibParseResult, BibProblem, generate_key, plain_value, read_bib_file
from references.bibtex.keys import TakenKeys, with_free_suffix
from references.bibtex.groups import parse_groups_field
from references.bibtex.model import BlockKind
from references.library.jabref_groups import ensure_group_tree, resolve_groups
from references.errors import InputError
from references.bibtex.silteme_fields import silteme_complete, silteme_number
from references.library.jabref_groups import group_snapshot
from references.thesis.reference_fields import plain_columns
from models.messages import Messages

LibraryErrors = Messages("LibraryErrors")

_DOI_PREFIX = re.compile(r"^(https?://(dx\.)?doi\.org/|doi:)", re.IGNORECASE)
_PUNCT = re.compile(r"[^\w\s]")


@dataclass
class PlannedEntry:
    block_index: int
    key: str
    entry_type: str
    title: str
    authors: str
    year: str
    line: int
    # None for a new entry; else why it matches an existing one.
    match_reason: str | None = None
    match_id: int | None = None
    match_key: str | None = None
    # Why this new entry cannot keep its key in the library (a key another
    # entry of the file or of the library has, or no key at all); it is kept
    # all the same, under a key of its own, and written back as it was.
    key_conflict: str | None = None


@dataclass
class BibImportPlan:
    source_name: str
    result: BibParseResult
    new: list[PlannedEntry] = field(default_factory=list)
    matches: list[PlannedEntry] = field(default_factory=list)
    # The file's format, for a person ("BibTeX", "CSL-JSON", "Web of Science", ...).
    format: str = "BibTeX"
    #: ``library_state`` of the library the plan was made against, when the plan is to be
    #: shown and applied later (``undoable_import``); None: plan again before applying.
    library_state: str | None = None

    @property
    def problems(self) -> list[BibProblem]:
        return self.result.problems


@dataclass(frozen=True)
class BibImportSummary:
    source_id: int
    added: int
    matched: int
    problems: int
    reference_ids: tuple[int, ...]


def normalise_doi(raw: str) -> str:
    return _DOI_PREFIX.sub("", raw.strip()).lower()


def title_key(title: str) -> str:
    return " ".join(_PUNCT.sub(" ", fold_compact(title)).split())


def plan_bib_file(session: Session, path: Path) -> BibImportPlan:
    return plan_bib_import(session, read_bib_file(path), path.name)


class LibraryIndex:
    """The library's keys, DOIs and titles, to tell whether an entry is already in it."""

    def __init__(self, session: Session) -> None:
        self.by_key = dict(session.execute(select(Reference.key, Reference.id)).all())
        self.by_doi: dict[str, tuple[int, str]] = {}
        self.by_title: dict[str, list[tuple[int, str, str]]] = {}
        # Untouched entries by their exact source text: the same file imported
        # again finds each of its entries, repeated keys included.
        self.by_raw: dict[str, list[tuple[int, str]]] = {}
        self.title_of: dict[int, str] = {}
        for ref in session.scalars(select(Reference).order_by(Reference.id)):
            if ref.raw is not None and not ref.modified:
                self.by_raw.setdefault(ref.raw, []).append((ref.id, ref.key))
            self.title_of[ref.id] = title_key(ref.title) if ref.title else ""
            doi = ref.field("doi")
            if doi:
                self.by_doi[normalise_doi(plain_value(doi, None, "doi"))] = (ref.id, ref.key)
            if ref.title:
                self.by_title.setdefault(title_key(ref.title), []).append((ref.id, ref.key, ref.authors))

    def match_raw(self, raw: str | None) -> tuple[str, int, str] | None:
        """The next untouched library entry written exactly as ``raw``, taken once."""
        candidates = self.by_raw.get(raw or "") if raw else None
        if not candidates:
            return None
        ref_id, ref_key = candidates.pop(0)
        return "same entry", ref_id, ref_key

    def match(self, key: str, doi: str, title: str, authors: str) -> tuple[str, int, str] | None:
        """(reason, reference id, key) of the existing entry this one duplicates, if any.

        A key match counts only when the titles agree (or one is missing):
        two different works under one key are two entries, not one.
        """
        if key and key in self.by_key:
            ref_id = self.by_key[key]
            known = self.title_of.get(ref_id, "")
            if not known or not title or known == title_key(title):
                return "same key", ref_id, key
        if doi and self.by_doi and normalise_doi(doi) in self.by_doi:
            ref_id, ref_key = self.by_doi[normalise_doi(doi)]
            return "same DOI", ref_id, ref_key
        if title and self.by_title:  # (an empty library has no title to fold this one for)
            for ref_id, ref_key, ref_authors in self.by_title.get(title_key(title), []):
                if (not authors and not ref_authors) or fuzz.token_sort_ratio(
                    fold_compact(authors), fold_compact(ref_authors)
                ) >= 90:
                    return "same title and authors", ref_id, ref_key
        return None


def library_state(session: Session) -> str:
    """A digest of what a plan's matches read of the library (every reference's id,
    version, key, title, authors, fields, source text and modified flag): equal digests,
    the same matches. Reading these columns costs a fraction of planning again."""
    digest = hashlib.sha256()
    columns = (Reference.id, Reference.version, Reference.key, Reference.modified, Reference.title,
               Reference.authors, Reference.raw, Reference.fields)
    for row in session.execute(select(*columns).order_by(Reference.id)):
        digest.update(repr(tuple(row)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def plan_bib_import(session: Session, result: BibParseResult, source_name: str) -> BibImportPlan:
    plan = BibImportPlan(source_name=source_name, result=result)
    index = LibraryIndex(session)
    first_line_of_key: dict[str, int] = {}
    for position, block in enumerate(result.blocks):
        if block.kind is not BlockKind.ENTRY:
            continue
        entry = PlannedEntry(
            block_index=position,
            key=block.key or "",
            entry_type=block.entry_type or "misc",
            title=plain_value(block.field("title") or "", result.strings, "title"),
            authors=plain_value(block.field("author") or block.field("editor") or "", result.strings, "author"),
            year=plain_value(block.field("year") or block.field("date") or "", result.strings, "year"),
            line=block.start_line,
        )
        doi = plain_value(block.field("doi") or "", result.strings, "doi")
        repeated = entry.key.lower() in first_line_of_key
        found = index.match_raw(block.raw)
        if found is None and not repeated:
            found = index.match(entry.key, doi, entry.title, entry.authors)
        elif found is None:  # a repeated key names the first entry, not this one
            found = index.match("", doi, entry.title, entry.authors)
        if found is not None:
            entry.match_reason, entry.match_id, entry.match_key = found
        elif not entry.key:
            entry.key_conflict = "it has no citation key"
        elif repeated:
            entry.key_conflict = (
                f"its key {entry.key!r} is also the key of the entry on line {first_line_of_key[entry.key.lower()]}"
            )
        elif entry.key in index.by_key:
            entry.key_conflict = f"its key {entry.key!r} is already the key of a different work in the library"
        if entry.key:
            first_line_of_key.setdefault(entry.key.lower(), entry.line)
        (plan.matches if entry.match_reason else plan.new).append(entry)
    return plan


def apply_bib_import(
    session: Session, plan: BibImportPlan, *, document_id: int | None = None, strict: bool = False
) -> BibImportSummary:
    """Write the plan: new entries become references; matches are linked, not copied."""
    if strict and plan.problems:
        listing = "; ".join(f"line {p.line}: {p.message}" for p in plan.problems[:20])
        raise InputError(
            LibraryErrors.tr(
                "%1: problems found: %2, and --strict was given, so nothing was imported: %3",
                plan.source_name, len(plan.problems), listing,
            )
        )
    result = plan.result
    source = BibSource(name=plan.source_name, document_id=document_id)
    session.add(source)
    taken_keys = TakenKeys(session.scalars(select(Reference.key)))
    taken_numbers: set[int] = set()
    next_number = 1
    if document_id is not None:
        taken_numbers = set(
            session.scalars(select(Reference.number).where(Reference.document_id == document_id, Reference.number.is_not(None)))
        )
        next_number = (session.scalar(select(func.max(Reference.number)).where(Reference.document_id == document_id)) or 0) + 1
    linked: dict[int, int] = {e.block_index: e.match_id for e in plan.matches if e.match_id is not None}
    new_by_index = {e.block_index: e for e in plan.new}
    # Groups exist before the entries, so each reference is inserted with its
    # groups: adding them later would be an edit and mark it modified.
    if result.groups is not None:
        ensure_group_tree(session, result.groups)
    names_of = {position: _group_names(block, result) for position, block in enumerate(result.blocks)
                if block.kind is BlockKind.ENTRY}
    groups = resolve_groups(session, (name for names in names_of.values() for name in names))
    session.flush()  # the source gets its id
    # Rows are written with bulk INSERTs: a large .bib file is tens of
    # thousands of rows, and one ORM object per row is most of the time.
    ref_rows: list[dict[str, object]] = []
    ref_positions: list[int] = []
    ref_groups: list[list[int]] = []
    for position, block in enumerate(result.blocks):
        planned = new_by_index.get(position)
        if block.kind is not BlockKind.ENTRY or planned is None:
            continue
        key = block.key if block.key and block.key.lower() not in taken_keys else None
        if key is None and block.key:
            key = with_free_suffix(block.key, taken_keys)
        elif key is None:
            key = generate_key(block.fields, taken_keys, result.strings)
        taken_keys.add(key.lower())
        number = None
        if document_id is not None:
            declared = silteme_number(block.fields)
            number = declared if declared is not None and declared not in taken_numbers else next_number
            taken_numbers.add(number)
            next_number = max(next_number, number + 1)
        title, authors, year = plain_columns(planned.title, planned.authors, planned.year)
        ref_rows.append(
            {
                "document_id": document_id,
                "number": number,
                "key": key,
                "entry_type": (block.entry_type or "misc").lower(),
                "fields": [[name, value] for name, value in block.fields],
                # An entry whose key had to change is still written back as it
                # was (its repeated or missing key is a problem to resolve, see
                # references.bibkeys); only a new number makes it be rewritten.
                "raw": block.raw,
                "modified": block.raw is None or (number is not None and number != silteme_number(block.fields)),
                "complete": bool(silteme_complete(block.fields)),
                "title": title,
                "authors": authors,
                "year": year,
                "search_text": reference_search_text(key, number, authors, title, year),
                "version": 1,
            }
        )
        ref_positions.append(position)
        ref_groups.append([groups[name].id for name in names_of[position]])
    connection = session.connection()
    new_ids: list[int] = []
    if ref_rows:
        # One executemany, the full-text index after it in one statement, then the
        # ids by their (unique) keys: far faster on SQLite than a row at a time.
        with indexed_after(connection, Reference.__table__):
            insert_rows(connection, Reference.__table__, ref_rows)
        keys = [str(row["key"]) for row in ref_rows]
        id_by_key: dict[str, int] = {}
        for start in range(0, len(keys), 900):  # SQLite's limit on bound parameters
            chunk = keys[start : start + 900]
            id_by_key.update(session.execute(select(Reference.key, Reference.id).where(Reference.key.in_(chunk))).all())
        new_ids = [id_by_key[row["key"]] for row in ref_rows]
    reference_at = dict(zip(ref_positions, new_ids, strict=True)) | linked
    block_rows = [
        {"source_id": source.id, "position": position, "kind": str(block.kind), "raw": block.raw or "",
         "reference_id": reference_at.get(position)}
        for position, block in _blocks_to_keep(session, result, set(reference_at) - set(linked))
    ]
    insert_rows(connection, StoredBlock.__table__, block_rows)
    memberships = [
        {"reference_id": ref_id, "group_id": group_id}
        for ref_id, group_ids in zip(new_ids, ref_groups, strict=True)
        for group_id in dict.fromkeys(group_ids)
    ]
    insert_rows(connection, reference_groups, memberships)
    session.expire_all()
    source.groups_snapshot = group_snapshot(session)
    session.flush()
    return BibImportSummary(
        source_id=source.id,
        added=len(new_ids),
        matched=len(plan.matches),
        problems=len(plan.problems),
        reference_ids=tuple(new_ids),
    )


def _blocks_to_keep(session: Session, result: BibParseResult, added: set[int]) -> list[tuple[int, BibBlock]]:
    """The file's blocks the library keeps: a file imported again adds no second copy.

    Every entry is kept (a matched one only links to the library's entry and
    is written once). An @string, @preamble, comment, JabRef meta block or
    free text that an earlier import already holds, exactly so, is not kept
    again; whitespace between blocks is kept only after a block that was.
    """
    held = set(
        session.execute(
            select(StoredBlock.kind, StoredBlock.raw).where(StoredBlock.kind != str(BlockKind.ENTRY))
        ).all()
    )
    blocks = list(result.blocks)
    written: list[bool | None] = []  # None: whitespace, kept or not by its neighbours
    for position, block in enumerate(blocks):
        raw = block.raw or ""
        if block.kind is BlockKind.ENTRY:
            written.append(position in added)
        elif block.kind is BlockKind.TEXT and raw.isspace():
            written.append(None)
        else:  # (a repeat inside this file is kept: it is the file)
            written.append((str(block.kind), raw) not in held)
    kept: list[tuple[int, BibBlock]] = []
    previous: bool | None = None
    for position, block in enumerate(blocks):
        if block.kind is BlockKind.ENTRY:
            kept.append((position, block))  # a matched entry only links to the library's and is written once
        elif written[position] is None:
            # whitespace after a written block; at the start of the file (only there: linear), before one
            if previous or (previous is None and next((w for w in written[position + 1 :] if w is not None), False)):
                kept.append((position, block))
        elif written[position]:
            kept.append((position, block))
        if written[position] is not None:
            previous = written[position]
    return kept


def _group_names(block: BibBlock, result: BibParseResult) -> list[str]:
    """The groups an entry names in its ``groups`` field or a legacy group lists it in."""
    names = parse_groups_field(block.field("groups") or "", result.strings)
    if result.groups is not None:
        names += result.groups.membership.get(block.key or "", [])
    return list(dict.fromkeys(names))
