"""Which fields each entry type needs, for BibTeX and biblatex alike.

The tables follow btxdoc (BibTeX's standard types) and the biblatex manual
(section 2.1). A requirement is a tuple of alternatives, any one of which
satisfies it: biblatex's ``journaltitle`` or BibTeX's ``journal``, ``year``
or ``date``, ``institution`` or ``school``. So one table serves a file
written for either.

One deliberate departure: biblatex makes ``author``/``editor`` required for
``@misc`` and ``@online``. Laws, standards and web pages of ministries, a
large part of a law thesis's bibliography, have no person as author, so
here they only need a title and a date (``@online`` also a URL, DOI or
eprint). Types biblatex lists as unsupported (``@legislation``,
``@jurisdiction``, ``@standard``...) are treated like ``@misc``, as biblatex's
standard styles do.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Alternatives for one required field, e.g. ("journaltitle", "journal").
Requirement = tuple[str, ...]

# ``year`` first: what the editor offers, and what every style reads (see ``dates``).
_DATE: Requirement = ("year", "date")
_AUTHOR: Requirement = ("author",)
_AUTHOR_OR_EDITOR: Requirement = ("author", "editor")
_TITLE: Requirement = ("title",)
_INSTITUTION: Requirement = ("institution", "school")

_COMMON_OPTIONAL = (
    "subtitle",
    "titleaddon",
    "language",
    "note",
    "addendum",
    "pubstate",
    "doi",
    "eprint",
    "eprinttype",
    "url",
    "urldate",
    "isbn",
    "issn",
    "month",
    "abstract",
    "keywords",
    "groups",
)


@dataclass(frozen=True, slots=True)
class EntryTypeFields:
    required: tuple[Requirement, ...]
    optional: tuple[str, ...]


def _type(required: tuple[Requirement, ...], *optional: str) -> EntryTypeFields:
    return EntryTypeFields(required, optional + _COMMON_OPTIONAL)


_MISC = _type(
    (_TITLE, _DATE),
    "author",
    "editor",
    "howpublished",
    "type",
    "number",
    "version",
    "organization",
    "location",
    "address",
)

_TYPES: dict[str, EntryTypeFields] = {
    "article": _type(
        (_AUTHOR, _TITLE, ("journaltitle", "journal"), _DATE),
        "editor",
        "translator",
        "journalsubtitle",
        "issuetitle",
        "series",
        "volume",
        "number",
        "issue",
        "eid",
        "pages",
        "version",
    ),
    "book": _type(
        (_AUTHOR_OR_EDITOR, _TITLE, _DATE),
        "editor",
        "translator",
        "introduction",
        "foreword",
        "afterword",
        "maintitle",
        "volume",
        "volumes",
        "series",
        "number",
        "edition",
        "publisher",
        "location",
        "address",
        "chapter",
        "pages",
        "pagetotal",
    ),
    "inbook": _type(
        (_AUTHOR_OR_EDITOR, _TITLE, ("booktitle", "chapter", "pages"), _DATE),
        "bookauthor",
        "editor",
        "translator",
        "maintitle",
        "volume",
        "series",
        "number",
        "edition",
        "publisher",
        "location",
        "address",
        "chapter",
        "pages",
    ),
    "incollection": _type(
        (_AUTHOR, _TITLE, ("booktitle",), _DATE),
        "editor",
        "translator",
        "maintitle",
        "volume",
        "series",
        "number",
        "edition",
        "publisher",
        "location",
        "address",
        "chapter",
        "pages",
    ),
    "inproceedings": _type(
        (_AUTHOR, _TITLE, ("booktitle",), _DATE),
        "editor",
        "eventtitle",
        "eventdate",
        "venue",
        "volume",
        "series",
        "number",
        "organization",
        "publisher",
        "location",
        "address",
        "pages",
    ),
    "proceedings": _type(
        (_TITLE, _DATE),
        "editor",
        "eventtitle",
        "eventdate",
        "venue",
        "volume",
        "series",
        "number",
        "organization",
        "publisher",
        "location",
        "address",
        "pagetotal",
    ),
    "collection": _type(
        (("editor",), _TITLE, _DATE),
        "translator",
        "volume",
        "series",
        "number",
        "edition",
        "publisher",
        "location",
        "address",
        "pagetotal",
    ),
    "booklet": _type(
        (_TITLE, _DATE),
        "author",
        "editor",
        "howpublished",
        "type",
        "location",
        "address",
        "pages",
        "pagetotal",
    ),
    "manual": _type(
        (_TITLE, _DATE),
        "author",
        "editor",
        "organization",
        "edition",
        "version",
        "type",
        "series",
        "number",
        "publisher",
        "location",
        "address",
        "pages",
    ),
    "online": _type(
        (_TITLE, _DATE, ("url", "doi", "eprint")),
        "author",
        "editor",
        "organization",
        "version",
        "type",
    ),
    "patent": _type(
        (_AUTHOR, _TITLE, ("number",), _DATE),
        "holder",
        "type",
        "location",
        "version",
    ),
    "periodical": _type(
        (("editor",), _TITLE, _DATE),
        "issuetitle",
        "series",
        "volume",
        "number",
        "issue",
    ),
    "report": _type(
        (_AUTHOR, _TITLE, ("type",), _INSTITUTION, _DATE),
        "number",
        "version",
        "location",
        "address",
        "pages",
        "pagetotal",
    ),
    "techreport": _type(
        (_AUTHOR, _TITLE, _INSTITUTION, _DATE),
        "type",
        "number",
        "location",
        "address",
        "pages",
        "pagetotal",
    ),
    "thesis": _type(
        (_AUTHOR, _TITLE, ("type",), _INSTITUTION, _DATE),
        "location",
        "address",
        "pages",
        "pagetotal",
    ),
    "phdthesis": _type(
        (_AUTHOR, _TITLE, _INSTITUTION, _DATE),
        "type",
        "location",
        "address",
        "pages",
        "pagetotal",
    ),
    "unpublished": _type(
        (_AUTHOR, _TITLE),
        "howpublished",
        "date",
        "year",
        "eventtitle",
        "eventdate",
        "venue",
        "location",
        "address",
    ),
    "dataset": _type(
        (_AUTHOR_OR_EDITOR, _TITLE, _DATE),
        "edition",
        "type",
        "series",
        "number",
        "version",
        "organization",
        "publisher",
        "location",
        "address",
    ),
    "misc": _MISC,
    # biblatex's "set" only groups other entries.
    "set": EntryTypeFields((("entryset",),), ()),
}

# Other names for the types above (BibTeX's older names, biblatex aliases).
_ALIASES = {
    "conference": "inproceedings",
    "electronic": "online",
    "www": "online",
    "mastersthesis": "phdthesis",
    "mvbook": "book",
    "bookinbook": "inbook",
    "suppbook": "inbook",
    "mvcollection": "collection",
    "suppcollection": "incollection",
    "reference": "collection",
    "mvreference": "collection",
    "inreference": "incollection",
    "mvproceedings": "proceedings",
    "suppperiodical": "article",
    "software": "misc",
}

# biblatex's "unsupported" types: no data model of their own, styles use @misc.
MISC_LIKE_TYPES = frozenset(
    {
        "legislation",
        "jurisdiction",
        "legal",
        "standard",
        "letter",
        "artwork",
        "audio",
        "bibnote",
        "commentary",
        "image",
        "movie",
        "music",
        "performance",
        "review",
        "video",
    }
)


def known_entry_types() -> frozenset[str]:
    return frozenset(_TYPES) | frozenset(_ALIASES) | MISC_LIKE_TYPES


def entry_type_fields(entry_type: str) -> tuple[tuple[Requirement, ...], tuple[str, ...]]:
    """(required, optional) fields of a type; unknown types are treated as @misc."""
    name = entry_type.lower()
    fields = _TYPES.get(_ALIASES.get(name, name), _MISC)
    return fields.required, fields.optional
