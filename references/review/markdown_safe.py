"""Markdown comments rendered safely: markup in a comment is never live HTML."""

from __future__ import annotations

import html
import re

from markdown_it import MarkdownIt

# CommonMark with raw HTML switched off: "<script>" in a comment comes out
# as text. Links keep only safe schemes (markdown-it's validateLink).
# Images are switched off too: "![x](http://evil.example/track.png)" would make
# whoever opens the report fetch a remote file (a tracking pixel); it becomes a
# plain link instead, which loads nothing until clicked.
_MARKDOWN = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).disable("image")

# CommonMark lets any ASCII punctuation be escaped with a backslash; these are the
# characters that start structure (links, images, emphasis, code, headings, lists,
# tables, HTML) when plain text is put into a Markdown file.
_MARKDOWN_SPECIAL = frozenset("\\`*_[]<!|")
# At the start of a line these also start structure: a heading, a list, a quote.
_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])")


def markdown_text(text: str) -> str:
    """Plain text for a Markdown file: every character that could start structure
    escaped, line breaks kept as spaces, so it reads back as exactly this text."""
    escaped = "".join("\\" + char if char in _MARKDOWN_SPECIAL else char for char in text.replace("\n", " "))
    return _LINE_START.sub(_escape_line_start, escaped, count=1)


def _escape_line_start(match: re.Match[str]) -> str:
    mark = match.group(2)
    # "1." is escaped as "1\." (a backslash before a digit would stay a backslash).
    return match.group(1) + (mark[:-1] + "\\" + mark[-1] if mark[0].isdigit() else "\\" + mark)


def markdown_comment(text: str) -> str:
    """A Markdown comment for a Markdown file: its own markup kept, but no image
    (nothing fetched when the file is viewed) and no raw HTML."""
    return html.escape(text.replace("\n", " "), quote=False).replace("![", "\\![")


def comment_html(text: str, comment_format: str) -> str:
    """HTML for a comment body: rendered Markdown, or escaped plain text."""
    if comment_format == "text/markdown":
        return _MARKDOWN.render(text)
    return "<p>" + html.escape(text).replace("\n", "<br>\n") + "</p>\n"
