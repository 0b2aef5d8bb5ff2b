"""The neutral record every exchange format in this package reads and writes.

Field names are BibTeX/biblatex names in lower case; values are the text a
reader sees (delimiters stripped, LaTeX decoded). biblatex and BibTeX name
some fields differently (``journaltitle``/``journal``, ``location``/
``address``); writers accept both through ``FIELD_ALIASES`` and readers
always produce the first, classic BibTeX name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Canonical field name -> the names that may stand for it, in lookup order.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "journal": ("journal", "journaltitle"),
    "address": ("address", "location"),
    "keywords": ("keywords", "keyword"),
    "language": ("language", "langid"),
    "pages": ("pages", "page"),
}


@dataclass
class EntryRecord:
    """One bibliography entry, independent of any file format."""

    entry_type: str  # BibTeX/biblatex type: "article", "book", "misc", ...
    key: str
    fields: dict[str, str] = field(default_factory=dict)
    number: int | None = None  # number in the thesis's numbered bibliography

    def get(self, name: str) -> str | None:
        """Non-blank value of ``name`` or of one of its aliases, stripped."""
        for candidate in FIELD_ALIASES.get(name, (name,)):
            value = self.fields.get(candidate)
            if value is not None and value.strip():
                return value.strip()
        return None

    def first(self, *names: str) -> str | None:
        """The first of ``names`` (aliases included) that has a value."""
        for name in names:
            value = self.get(name)
            if value is not None:
                return value
        return None


def full_title(record: EntryRecord) -> str | None:
    """``title: subtitle`` (biblatex keeps them apart; RIS and CSL have one title)."""
    title = record.get("title")
    subtitle = record.get("subtitle")
    if title and subtitle:
        return f"{title}: {subtitle}"
    return title or subtitle
