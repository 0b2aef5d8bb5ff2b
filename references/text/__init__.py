"""The text of a thesis as structure: sections, blocks, citation markers, claims.

Pure functions on ``str``; no database, no Qt. ``parse_thesis`` takes the
whole plain text of a thesis (as extracted from its PDF) and returns a
``ParsedDocument``:

* ``sections``: introduction (КІРІСПЕ), numbered chapters ("1") and their
  sections ("1.1"), conclusion (ҚОРЫТЫНДЫ), in document order, each with its
  ``parent_index``; a "front_matter" section only if text precedes the first
  heading.
* ``blocks``: headings, paragraphs, list items and tables in document order.
  Paragraph text is the hard-wrapped lines re-joined; table text keeps the
  PDF's column layout line by line, with the caption kept apart. Page numbers
  are lifted out of the text into ``page_breaks``.
* per block, ``citations`` (markers such as ``[57]``, ``[3-5]``, ``[9–14]``,
  ``[5, с. 12]`` with their numbers expanded) and ``claims`` (each sentence
  that carries a marker, linked to its markers).

Text is stored as the source writes it (Latin ``ə`` stays, internal runs of
spaces stay); only line breaks, the spaces around them, and page numbers
change. ``reconstruct_source`` undoes that up to whitespace.
"""

from references.text.markers import find_citations, parse_marker
from references.text.parser import parse_thesis
from references.text.reconstruct import reconstruct_source
from references.text.sentences import split_sentences
from references.text.structure import (
    ParsedBlock,
    ParsedCitation,
    ParsedClaim,
    ParsedDocument,
    ParsedPageBreak,
    ParsedSection,
)

__all__ = [
    "ParsedBlock",
    "ParsedCitation",
    "ParsedClaim",
    "ParsedDocument",
    "ParsedPageBreak",
    "ParsedSection",
    "find_citations",
    "parse_marker",
    "parse_thesis",
    "reconstruct_source",
    "split_sentences",
]
