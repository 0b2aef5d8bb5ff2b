"""How the entry editor names BibTeX / BibLaTeX fields to a person, in each language.

The stored name ("journaltitle") is BibTeX's; the label ("Journal title",
"Журнал атауы", "Название журнала") is the person's. A field Silteme does
not know keeps its own name.
"""

from __future__ import annotations

from app.i18n import Translations

FieldNames = Translations("FieldNames")


def field_labels() -> dict[str, str]:
    return {
        "abstract": FieldNames.tr("Abstract"),
        "addendum": FieldNames.tr("Addendum"),
        "address": FieldNames.tr("Address (place of publication)"),
        "annotation": FieldNames.tr("Annotation"),
        "author": FieldNames.tr("Authors"),
        "booktitle": FieldNames.tr("Book title"),
        "chapter": FieldNames.tr("Chapter"),
        "date": FieldNames.tr("Date"),
        "doi": FieldNames.tr("DOI"),
        "edition": FieldNames.tr("Edition"),
        "editor": FieldNames.tr("Editors"),
        "eprint": FieldNames.tr("E-print"),
        "eprintclass": FieldNames.tr("E-print class"),
        "eprinttype": FieldNames.tr("E-print type"),
        "eventtitle": FieldNames.tr("Event title"),
        "howpublished": FieldNames.tr("How published"),
        "institution": FieldNames.tr("Institution"),
        "isbn": FieldNames.tr("ISBN"),
        "issn": FieldNames.tr("ISSN"),
        "issue": FieldNames.tr("Issue"),
        "journal": FieldNames.tr("Journal"),
        "journaltitle": FieldNames.tr("Journal title"),
        "keywords": FieldNames.tr("Keywords"),
        "langid": FieldNames.tr("Language (for hyphenation)"),
        "language": FieldNames.tr("Language"),
        "location": FieldNames.tr("Place of publication"),
        "maintitle": FieldNames.tr("Main title"),
        "month": FieldNames.tr("Month"),
        "note": FieldNames.tr("Note"),
        "number": FieldNames.tr("Number"),
        "organization": FieldNames.tr("Organization"),
        "origdate": FieldNames.tr("Original date"),
        "pages": FieldNames.tr("Pages"),
        "pagetotal": FieldNames.tr("Total pages"),
        "part": FieldNames.tr("Part"),
        "publisher": FieldNames.tr("Publisher"),
        "pubstate": FieldNames.tr("Publication state"),
        "school": FieldNames.tr("School"),
        "series": FieldNames.tr("Series"),
        "silteme-provenance": FieldNames.tr("Where the entry came from"),
        "subtitle": FieldNames.tr("Subtitle"),
        "title": FieldNames.tr("Title"),
        "titleaddon": FieldNames.tr("Title addition"),
        "translator": FieldNames.tr("Translators"),
        "type": FieldNames.tr("Type"),
        "url": FieldNames.tr("URL"),
        "urldate": FieldNames.tr("Date accessed"),
        "venue": FieldNames.tr("Venue"),
        "version": FieldNames.tr("Version"),
        "volume": FieldNames.tr("Volume"),
        "volumes": FieldNames.tr("Volumes"),
        "year": FieldNames.tr("Year"),
    }


def field_label(name: str) -> str:
    """``"journaltitle"`` -> "Journal title" (in the current language); unknown names as they are."""
    return field_labels().get(name.lower(), name)
