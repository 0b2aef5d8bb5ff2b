"""Anchoring reviewers' annotations to the thesis text, across revisions.

Pure functions over strings: no database, no Qt. See ``anchor`` for the
algorithm and ``evidence`` for when a match is trusted.
"""

from references.anchoring.anchor import Anchor, Method, anchor, anchor_all
from references.anchoring.selectors import TextPosition, TextQuote, describe

__all__ = ["Anchor", "Method", "TextPosition", "TextQuote", "anchor", "anchor_all", "describe"]
