"""``crossref``, ``xref`` and ``xdata`` resolved as biber resolves them, for the other formats.

The .bib file keeps these fields as written; CSL-JSON, RIS and formatted
bibliographies need each entry whole. biber's rules (biblatex manual,
appendix B, "Default Inheritance Setup"):

- ``crossref``: the child takes every field of its parent that it lacks,
  under the same name, except the fields that are never inherited (ids,
  crossref, xref, entryset, label, shorthand, sortkey, ...), and with the
  title fields renamed by type: a book's ``title`` is a chapter's
  ``booktitle`` (and ``subtitle``/``titleaddon`` likewise), a multi-volume
  work's ``title`` is a volume's ``maintitle``, a periodical's ``title`` an
  article's ``journaltitle``, and a book's ``author`` is an ``inbook``'s
  ``bookauthor``; a parent's ``shorttitle``/``sorttitle`` go nowhere.
- ``xref``: no field is inherited (it only says the child is part of it).
- ``xdata``: every field of each named XDATA entry the child lacks, same
  names; XDATA entries may name others; ``field = {xdata=key-field}``
  takes one field. XDATA entries are data containers, never references of
  their own, so they are left out of every list.

Chains (a crossref parent with its own crossref) are followed without
recursion and with a guard against cycles.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping

from references.formats import EntryRecord

NEVER_INHERITED = frozenset(
    {"ids", "crossref", "xref", "xdata", "entryset", "entrysubtype", "execute", "label", "options", "presort",
     "related", "relatedoptions", "relatedstring", "relatedtype", "shorthand", "shorthandintro", "sortkey"}
)
_MULTIVOLUME = {"mvbook", "mvcollection", "mvreference", "mvproceedings"}
_BOOKS = {"book", "collection", "reference", "proceedings"}
_IN_BOOKS = {"inbook", "bookinbook", "suppbook", "incollection", "suppcollection", "inreference", "inproceedings"}
_TITLES = ("title", "subtitle", "titleaddon")
_NOT_TITLES = ("shorttitle", "sorttitle", "indextitle", "indexsorttitle")
_GRANULAR = re.compile(r"^\s*xdata\s*=\s*(.+?)-([A-Za-z][\w-]*)\s*$", re.IGNORECASE)
_MAX_CHAIN = 32


def _renames(source_type: str, target_type: str) -> dict[str, str | None]:
    """Field of the parent -> field of the child (None: not inherited) for these two types."""
    rename: dict[str, str | None] = {}
    if source_type in _MULTIVOLUME and not target_type.startswith("mv"):
        rename.update({"title": "maintitle", "subtitle": "mainsubtitle", "titleaddon": "maintitleaddon"})
        rename.update(dict.fromkeys(_NOT_TITLES))
    elif source_type in _BOOKS and target_type in _IN_BOOKS:
        rename.update({"title": "booktitle", "subtitle": "booksubtitle", "titleaddon": "booktitleaddon"})
        rename.update(dict.fromkeys(_NOT_TITLES))
        if source_type == "book" and target_type in ("inbook", "bookinbook", "suppbook"):
            rename["author"] = "bookauthor"
    elif source_type == "periodical" and target_type in ("article", "suppperiodical"):
        rename.update({"title": "journaltitle", "subtitle": "journalsubtitle"})
        rename.update(dict.fromkeys(_NOT_TITLES))
    return rename


def resolve(records: Iterable[EntryRecord], find: Callable[[str], EntryRecord | None]) -> list[EntryRecord]:
    """The records with what they inherit filled in, XDATA containers left out.

    ``find(key)`` gives any library entry by key (parents need not be in the
    selection being exported).
    """
    out: list[EntryRecord] = []
    for record in records:
        if record.entry_type.lower() == "xdata":
            continue
        out.append(resolved(record, find))
    return out


def resolved(record: EntryRecord, find: Callable[[str], EntryRecord | None]) -> EntryRecord:
    fields = dict(record.fields)
    _take_xdata(fields, find)
    seen = {record.key.lower()}
    child_type = record.entry_type.lower()
    parent_key = (fields.get("crossref") or "").strip()
    for _step in range(_MAX_CHAIN):
        if not parent_key or parent_key.lower() in seen:
            break
        seen.add(parent_key.lower())
        parent = find(parent_key)
        if parent is None:
            break
        parent_fields = dict(parent.fields)
        _take_xdata(parent_fields, find)
        rename = _renames(parent.entry_type.lower(), child_type)
        for name, value in parent_fields.items():
            if name in NEVER_INHERITED:
                continue
            target = rename.get(name, name) if name in rename else name
            if target is not None and not (fields.get(target) or "").strip():
                fields[target] = value
        parent_key = (parent_fields.get("crossref") or "").strip()
    return dataclasses.replace(record, fields=fields)


def _take_xdata(fields: dict[str, str], find: Callable[[str], EntryRecord | None]) -> None:
    """Fill ``fields`` from the XDATA entries they name (nested ones too), then granular references."""
    queue = _keys(fields.get("xdata", ""))
    seen: set[str] = set()
    while queue and len(seen) < 256:
        key = queue.pop(0)
        if key.lower() in seen:
            continue
        seen.add(key.lower())
        container = find(key)
        if container is None:
            continue
        for name, value in container.fields.items():
            if name == "xdata":
                queue.extend(_keys(value))
            elif name not in NEVER_INHERITED and not (fields.get(name) or "").strip():
                fields[name] = value
    for name, value in list(fields.items()):
        granular = _GRANULAR.match(value or "")
        if granular:
            source = find(granular.group(1))
            fields[name] = (source.fields.get(granular.group(2).lower(), "") if source else "") or value


def _keys(value: str) -> list[str]:
    return [key.strip() for key in value.split(",") if key.strip()]


def finder(records: Mapping[str, EntryRecord]) -> Callable[[str], EntryRecord | None]:
    lowered = {key.lower(): record for key, record in records.items()}
    return lambda key: lowered.get(key.strip().lower())


__all__ = ["NEVER_INHERITED", "finder", "resolve", "resolved"]
