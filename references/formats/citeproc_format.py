"""Formatted bibliographies (GOST R 7.0.5-2008 numeric, APA 7) through citeproc-py.

``format_bibliography`` returns one string per record. With the numeric
GOST style, entries come in the thesis's order (``EntryRecord.number``)
and carry those numbers; records without a number follow, numbered on from
the highest. APA orders entries itself (author, date, title), as the style
says. Incomplete records (only a name, only a title, even neither) are
formatted with whatever they have; see ``citeproc_fixes`` for where
citeproc-py needed help.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Literal

from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON

from references.formats.citeproc_fixes import (
    drop_repeated_substitute_title,
    escape_variables,
    fallback_entry,
    language_for_casing,
    placeholder_title,
    space_after_number,
)
from references.formats.csl_styles import CslStyle, StyleName, get_style, load_style
from references.formats.csljson import CslItem, record_to_csl
from references.formats.record import EntryRecord

OutputFormat = Literal["text", "html"]
_FORMATTERS = {"text": formatter.plain, "html": formatter.html}
_PRIMARY_NAMES = ("author", "editor")

log = logging.getLogger(__name__)


class _NumberedItem(CitationItem):
    """A cite whose citation-number is the thesis's, not citeproc-py's count."""

    def __init__(self, key: str, number: int) -> None:
        super().__init__(key)
        self.thesis_number = number  # CustomDict keeps attributes as dict entries

    @property
    def number(self) -> int:
        return int(self["thesis_number"])


def format_bibliography(
    records: Iterable[EntryRecord],
    style: StyleName = "gost-numeric",
    output: OutputFormat = "text",
    language: str | None = None,
) -> list[str]:
    """One formatted entry per record, in the style's bibliography order, with
    the terms of ``language`` (the document's: kk, ru or en) where the style
    follows it (GOST)."""
    spec = get_style(style)
    if output not in _FORMATTERS:
        raise ValueError(f"unknown output {output!r}; use 'text' or 'html'")
    ordered = _thesis_order(list(records)) if spec.numeric else list(records)
    if not ordered:
        return []
    numbers: list[int | None] = _numbers(ordered) if spec.numeric else [None] * len(ordered)
    ids = [f"item{i}" for i in range(len(ordered))]
    items = [_citeproc_item(r, i) for r, i in zip(ordered, ids)]
    citeproc_style = load_style(spec, language)
    sequence = list(range(len(ordered)))
    if not spec.numeric:
        sequence = _style_order(citeproc_style, CiteProcJSON(items), ids, ordered)
    if output == "html":
        items = [escape_variables(item) for item in items]
    source = CiteProcJSON(items)
    bibliography = CitationStylesBibliography(citeproc_style, source, _FORMATTERS[output])
    cites = [_cite(ids[i], numbers[i]) for i in sequence]
    bibliography.register(Citation(cites))
    return [
        _render(citeproc_style, cite, ordered[i], numbers[i], spec, output)
        for cite, i in zip(cites, sequence)
    ]


def _thesis_order(records: list[EntryRecord]) -> list[EntryRecord]:
    numbered = sorted((r for r in records if r.number is not None), key=lambda r: r.number)
    return numbered + [r for r in records if r.number is None]


def _numbers(ordered: Sequence[EntryRecord]) -> list[int | None]:
    """Each record's own number; unnumbered ones continue after the highest."""
    next_free = max((r.number for r in ordered if r.number is not None), default=0) + 1
    numbers: list[int | None] = []
    for record in ordered:
        if record.number is not None:
            numbers.append(record.number)
        else:
            numbers.append(next_free)
            next_free += 1
    return numbers


def _citeproc_item(record: EntryRecord, item_id: str) -> CslItem:
    # Our own ids: citeproc-py lower-cases keys, so "Smith" and "smith" would collide.
    item = _single_line(record_to_csl(record))
    item["id"] = item_id
    item.pop("citation-number", None)  # citeproc-py takes it from the cite, see _NumberedItem
    language = language_for_casing(
        record.get("language"), record.get("title"), record.first("journal", "booktitle")
    )
    if language:
        item["language"] = language
    if not any(name in item for name in _PRIMARY_NAMES) and "title" not in item:
        item["title"] = placeholder_title(record)
    return item


def _single_line(item: CslItem) -> CslItem:
    """Line breaks from .bib sources would break a bibliography line; BibTeX
    itself reads them as spaces."""

    def clean(value: object) -> object:
        if isinstance(value, str):
            return " ".join(value.split())
        if isinstance(value, list):
            return [clean(v) for v in value]
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        return value

    return {key: clean(value) for key, value in item.items()}


def _style_order(
    style: CitationStylesStyle, source: CiteProcJSON, ids: list[str], records: Sequence[EntryRecord]
) -> list[int]:
    """The style's sort, computed on plain text: with HTML, citeproc-py would
    compare markup (``<i>Title</i>`` sorts before every letter)."""
    sorter = CitationStylesBibliography(style, source, formatter.plain)
    sorter.register(Citation([CitationItem(item_id) for item_id in ids]))
    try:
        sorter.sort()
    except TypeError:
        # citeproc-py compares its own string type with str on some empty
        # sort keys; sort as the style would, by name then title, ourselves.
        log.warning("citeproc-py could not sort; sorting by author and title")
        return sorted(range(len(ids)), key=lambda i: _plain_sort_key(records[i]))
    position = {item_id: i for i, item_id in enumerate(ids)}
    return [position[key] for key in sorter.keys]


def _plain_sort_key(record: EntryRecord) -> tuple[str, str, str]:
    return (
        (record.first("author", "editor") or "").casefold(),
        (record.get("year") or record.get("date") or ""),
        (record.get("title") or record.key).casefold(),
    )


def _cite(item_id: str, number: int | None) -> CitationItem:
    return _NumberedItem(item_id, number) if number is not None else CitationItem(item_id)


def _render(
    style: CitationStylesStyle,
    cite: CitationItem,
    record: EntryRecord,
    number: int | None,
    spec: CslStyle,
    output: OutputFormat,
) -> str:
    try:
        rendered = style.render_bibliography([cite])
    except Exception:  # citeproc-py on a CSL feature or value it cannot handle
        log.warning("citeproc-py failed on %r; using the plain fallback", record.key, exc_info=True)
        return fallback_entry(record, number, output == "html")
    if not rendered:
        return fallback_entry(record, number, output == "html")
    entry = str(rendered[0])
    if number is not None:
        entry = space_after_number(entry, number)
    if spec.substitutes_title and not any(record.get(name) for name in _PRIMARY_NAMES):
        entry = drop_repeated_substitute_title(entry)
    return entry
