"""Text that every writer can store and every XML format can hold.

Two small functions shared by every entry point and every XML export:

- ``clean_text`` at the doors (a thesis file, an annotation, a W3C import,
  a BibTeX value): C0 control characters other than tab, line feed and
  carriage return are taken out (a form feed or vertical tab, a page or line
  break in text from a PDF, becomes a line feed); lone surrogates, which no
  encoding can store, and the non-characters U+FFFE/U+FFFF become U+FFFD.
- ``xml_safe`` at the exits (Word, HTML, any XML): the same characters, were
  any still stored, become U+FFFD, so the file is always well-formed and the
  reader sees where something unprintable stood.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
# Not allowed in XML 1.0 (tab, LF and CR are), and lone surrogates and U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile("[\x0b\x0c]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")
_UNSTORABLE = re.compile("[\ud800-\udfff\ufffe\uffff]")


def has_unsafe(text: str) -> bool:
    """Whether ``text`` holds a character that ``clean_text`` would change."""
    return _NOT_XML.search(text) is not None


def clean_text(text: str) -> str:
    """``text`` as Silteme stores it: no control characters, nothing unencodable."""
    if not has_unsafe(text):
        return text
    return _UNSTORABLE.sub(REPLACEMENT, _CONTROLS.sub("", _BREAKS.sub("\n", text)))


def xml_safe(text: str) -> str:
    """``text`` with every character XML 1.0 cannot hold replaced by U+FFFD."""
    return _NOT_XML.sub(REPLACEMENT, text) if has_unsafe(text) else text


def first_unsafe(text: str) -> tuple[int, str] | None:
    """(line number, character as U+XXXX) of the first character ``clean_text`` changes."""
    found = _NOT_XML.search(text)
    if found is None:
        return None
    return text.count("\n", 0, found.start()) + 1, f"U+{ord(found.group()):04X}"


__all__ = ["REPLACEMENT", "clean_text", "clean_tree", "first_unsafe", "has_unsafe", "xml_safe"]


def clean_tree(value: object) -> object:
    """A copy of parsed JSON with every string, keys included, passed through
    ``clean_text``; a loop with its own stack, however deep the input."""

    def copy(node: object) -> object:
        if isinstance(node, str):
            return clean_text(node)
        if isinstance(node, list):
            return [None] * len(node)
        if isinstance(node, dict):
            return {}
        return node

    result = copy(value)
    stack: list[tuple[object, object]] = [(value, result)]
    while stack:
        source, target = stack.pop()
        if isinstance(source, list) and isinstance(target, list):
            for index, item in enumerate(source):
                target[index] = copied = copy(item)
                if isinstance(item, (list, dict)):
                    stack.append((item, copied))
        elif isinstance(source, dict) and isinstance(target, dict):
            for key, item in source.items():
                target[clean_text(key) if isinstance(key, str) else key] = copied = copy(item)
                if isinstance(item, (list, dict)):
                    stack.append((item, copied))
    return result
