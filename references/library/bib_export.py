"""Exporting references as BibTeX that JabRef and biber accept.

Entries nobody changed are written from their raw source text, so a file
imported and exported again comes out as it went in (JabRef's promise).
A changed entry is written from its fields, with Silteme's own fields
(``groups``, ``silteme-number``, ``silteme-complete``) set to what the
library says now; ``silteme-provenance`` (what the thesis says beside the
reference's markers) is kept as stored. On request (``without_own_fields``)
all of these are left out, for a file that only LaTeX reads. A whole-library export keeps each imported file's
@string, @preamble, comments and free text in their places; a selection
(one bibliography, one group, cited only) writes the macros and preambles
its entries may need, then the entries in bibliography order.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, selectinload

from models import BibSource, CitationTarget, Reference, SourceGroup
from models import BibBlock as StoredBlock
from references.library.jabref_groups import group_snapshot, library_group_tree
from references.bibtex import BibBlock, format_groups_comment, format_groups_field, write_bib
from references.bibtex.groups import safe_group_name
from references.bibtex.write import format_entry_safely
from references.bibtex.model import BlockKind
from references.bibtex.dates import leading_year
from references.bibtex.silteme_fields import (
    COMPLETE_FIELD,
    NUMBER_FIELD,
    SILTEME_ONLY_FIELDS,
    complete_value,
    number_value,
)
from references.bibtex.values import field_value, plain_value
from references.errors import NotFoundError
from references.interchange.jabref_groups import group_definitions, group_members, is_computed
from references.thesis.reference_fields import GROUPS_FIELD
from models.messages import Messages

LibraryErrors = Messages("LibraryErrors")


# "% Encoding: windows-1252", which JabRef writes as the first line (a BOM may precede it).
_ENCODING_LINE = re.compile(r"\A(\ufeff?(?:%[^\n]*\n)*?%[ \t]*Encoding:[ \t]*)([A-Za-z0-9_.:-]+)")


@dataclass(frozen=True)
class ExportSelection:
    document_id: int | None = None
    group: str | None = None
    cited_only: bool = False
    # For LaTeX only: leave out Silteme's own fields (``groups``,
    # ``silteme-number``, ``silteme-complete``, ``silteme-provenance``), which
    # styles ignore but biber's data model warns about, one warning each.
    without_own_fields: bool = False

    @property
    def is_whole_library(self) -> bool:
        return self.document_id is None and self.group is None and not self.cited_only


@dataclass(frozen=True)
class BibExport:
    """An export's text, the encoding to write it in, and what had to be written differently.

    ``notes`` are sentences naming the entry and what was changed so the
    file reads back (a field name with a space, unbalanced braces, a group
    name with a line break); the export itself never fails on such data.
    """

    text: str
    encoding: str = "utf-8"
    notes: tuple[str, ...] = ()

    def encoded(self) -> bytes:
        return self.text.encode(self.encoding)


def export_bib(session: Session, selection: ExportSelection = ExportSelection()) -> str:
    return export_bib_file(session, selection).text


def export_bib_file(session: Session, selection: ExportSelection = ExportSelection()) -> BibExport:
    """The export with its encoding: a whole library is written in the encoding its
    first file declares (``% Encoding: windows-1252``) when every character fits;
    otherwise as UTF-8 with that header line saying so (and a note)."""
    refs = select_references(session, selection)
    if selection.without_own_fields:
        return BibExport(_selection(session, refs, own_fields=False))
    notes: list[str] = []
    for ref in refs:
        if ref.raw is None or ref.modified:
            _text, entry_notes = format_entry_safely(ref.entry_type, ref.key, [tuple(f) for f in export_fields(ref)])
            notes.extend(f"{ref.key}: {note}." for note in entry_notes)
    notes.extend(_group_name_notes(session))
    if not selection.is_whole_library:
        return BibExport(_selection(session, refs), "utf-8", tuple(notes))
    text = _whole_library(session, refs)
    encoding = declared_encoding(text)
    if encoding is not None and encoding != "utf-8":
        try:
            text.encode(encoding)
        except UnicodeEncodeError as error:
            bad = text[error.start : error.end]
            notes.append(
                f"The file declares the encoding {encoding}, which cannot hold {bad!r}; it was written "
                "as UTF-8 and its '% Encoding:' line says so now."
            )
            text = _ENCODING_LINE.sub(lambda m: m.group(1) + "UTF-8", text, count=1)
            encoding = "utf-8"
    return BibExport(text, encoding or "utf-8", tuple(notes))


def declared_encoding(text: str) -> str | None:
    """The Python codec named by a ``% Encoding: NAME`` line at the top of a .bib text."""
    match = _ENCODING_LINE.match(text)
    if match is None:
        return None
    try:
        codec = codecs.lookup(match.group(2))
    except LookupError:
        return None
    # rot13, base64, zip: codecs, but not text encodings; such a file was read as UTF-8.
    return codec.name if getattr(codec, "_is_text_encoding", True) else None


def entry_text_for_styles(ref: Reference) -> str:
    """The entry without Silteme's own fields, with a ``year`` wherever it has a ``date``."""
    fields = [(name, value) for name, value in ref.fields if name.lower() not in SILTEME_ONLY_FIELDS]
    names = {name.lower() for name, _ in fields}
    date = next((value for name, value in fields if name.lower() == "date"), None)
    year = leading_year(plain_value(date, None, "date")) if date is not None and "year" not in names else None
    if year is not None:
        at = next(i for i, (name, _) in enumerate(fields) if name.lower() == "date")
        fields.insert(at, ("year", field_value("year", year)))
    return format_entry_safely(ref.entry_type, ref.key, fields)[0]


def entry_text(ref: Reference) -> str:
    """The entry as it will be written: raw when untouched, else from its fields."""
    if ref.raw is not None and not ref.modified:
        return ref.raw
    return format_entry_safely(ref.entry_type, ref.key, [tuple(f) for f in export_fields(ref)])[0]


def _group_name_notes(session: Session) -> list[str]:
    return [
        f"The group {name!r} was written as {safe_group_name(name)!r}: a .bib file cannot hold its name as it is."
        for name in session.scalars(select(SourceGroup.name).order_by(SourceGroup.id))
        if safe_group_name(name) != name
    ]


def export_fields(ref: Reference) -> list[list[str]]:
    """The entry's fields with Silteme's own fields set from the library."""
    own: dict[str, str | None] = {
        GROUPS_FIELD: format_groups_field(safe_group_name(g.name) for g in ref.groups) if ref.groups else None,
        NUMBER_FIELD: number_value(ref.number) if ref.number else None,
        COMPLETE_FIELD: complete_value(ref.complete)
        if ref.number or ref.field(COMPLETE_FIELD) is not None
        else None,
    }
    fields: list[list[str]] = []
    seen: set[str] = set()
    for name, value in ref.fields:
        lname = name.lower()
        if lname in own:
            if own[lname] is not None and lname not in seen:
                fields.append([name, own[lname]])  # type: ignore[list-item]  # checked just above
            seen.add(lname)
        else:
            fields.append([name, value])
    fields.extend([name, value] for name, value in own.items() if value is not None and name not in seen)
    return fields


def select_references(session: Session, selection: ExportSelection) -> list[Reference]:
    """The references a selection names, in bibliography order."""
    stmt = select(Reference).options(selectinload(Reference.groups))
    if selection.document_id is not None:
        stmt = stmt.where(Reference.document_id == selection.document_id)
    members: set[int] | None = None
    if selection.group is not None:
        group_ids = _group_and_descendants(session, selection.group)
        if any(is_computed(node) for name, node in group_definitions(session).items() if name in _names(session, group_ids)):
            # JabRef computes these groups' members (keyword, search, automatic groups)
            members = set().union(*group_members(session, group_ids).values())
        else:
            stmt = stmt.where(Reference.groups.any(SourceGroup.id.in_(group_ids)))
    if selection.cited_only:
        stmt = stmt.where(exists().where(CitationTarget.reference_id == Reference.id))
    stmt = stmt.order_by(Reference.document_id.is_(None), Reference.document_id, Reference.number, Reference.id)
    refs = list(session.scalars(stmt))
    return refs if members is None else [ref for ref in refs if ref.id in members]


def _names(session: Session, group_ids: list[int]) -> set[str]:
    return set(session.scalars(select(SourceGroup.name).where(SourceGroup.id.in_(group_ids))))


def _group_and_descendants(session: Session, name: str) -> list[int]:
    # The stored name, or its English translation (``--group "Legal acts"``).
    groups = list(session.scalars(select(SourceGroup).where(SourceGroup.name == name)))
    groups = groups or list(session.scalars(select(SourceGroup).where(SourceGroup.name_en == name)))
    if not groups:
        names = ", ".join(session.scalars(select(SourceGroup.name).order_by(SourceGroup.name)))
        raise NotFoundError(LibraryErrors.tr("No source group named %1 (groups: %2).", repr(name), names))
    ids: list[int] = []
    stack = list(groups)
    while stack:
        group = stack.pop()
        ids.append(group.id)
        stack.extend(group.children)
    return ids


def _as_block(ref: Reference, in_place: bool) -> BibBlock:
    untouched = ref.raw is not None and not ref.modified
    fields = tuple((name, value) for name, value in (ref.fields if untouched else export_fields(ref)))
    return BibBlock(
        BlockKind.ENTRY,
        raw=ref.raw if (untouched or in_place) else None,
        entry_type=ref.entry_type,
        key=ref.key,
        fields=fields,
        modified=not untouched,
    )


def _whole_library(session: Session, refs: list[Reference]) -> str:
    by_id = {ref.id: ref for ref in refs}
    written: set[int] = set()
    blocks: list[BibBlock] = []
    sources = list(session.scalars(select(BibSource).order_by(BibSource.id)))
    snapshot = group_snapshot(session)
    tree = library_group_tree(session)
    keep_group_comment = bool(sources) and sources[0].groups_snapshot == snapshot
    rewritten = False
    for index, source in enumerate(sources):
        for stored in session.scalars(
            select(StoredBlock).where(StoredBlock.source_id == source.id).order_by(StoredBlock.position)
        ):
            if stored.kind == BlockKind.ENTRY:
                ref = by_id.get(stored.reference_id or -1)
                if ref is not None and ref.id not in written:
                    blocks.append(_as_block(ref, in_place=True))
                    written.add(ref.id)
                continue
            if stored.kind == BlockKind.JABREF_META and _is_grouping(stored.raw):
                if index == 0 and not keep_group_comment and tree.children and not rewritten:
                    # the tree changed: written again in the same place, each group as its file defined it
                    blocks.append(BibBlock(BlockKind.JABREF_META, raw=format_groups_comment(tree)))
                    rewritten = True
                if index > 0 or not keep_group_comment:
                    continue  # one group tree per file
            blocks.append(BibBlock(BlockKind(stored.kind), raw=stored.raw))
    blocks.extend(_as_block(ref, in_place=False) for ref in refs if ref.id not in written)
    text = write_bib(blocks)
    has_comment = any(b.kind is BlockKind.JABREF_META and _is_grouping(b.raw) for b in blocks)
    if tree.children and not has_comment:
        text = _append(text, format_groups_comment(tree))
    return text


def _selection(session: Session, refs: list[Reference], *, own_fields: bool = True) -> str:
    parts: list[str] = []
    source_ids = set(
        session.scalars(
            select(StoredBlock.source_id).where(StoredBlock.reference_id.in_([r.id for r in refs]))
        )
    )
    if source_ids:
        for stored in session.scalars(
            select(StoredBlock)
            .where(StoredBlock.source_id.in_(source_ids), StoredBlock.kind.in_(["string", "preamble"]))
            .order_by(StoredBlock.source_id, StoredBlock.position)
        ):
            parts.append(stored.raw.strip())
    parts.extend((entry_text if own_fields else entry_text_for_styles)(ref) for ref in refs)
    tree = library_group_tree(session)
    if tree.children and own_fields:
        parts.append(format_groups_comment(tree))
    return "\n\n".join(parts) + "\n" if parts else ""


def _is_grouping(raw: str | None) -> bool:
    head = (raw or "")[:80].lower()
    return "jabref-meta: grouping:" in head or "jabref-meta: groupstree:" in head


def _append(text: str, block: str) -> str:
    if text and not text.endswith("\n"):
        text += "\n"
    if text and not text.endswith("\n\n"):
        text += "\n"
    return text + block + "\n"
