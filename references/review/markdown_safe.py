"""Markdown comments rendered safely: markup in a comment is never live HTML."""

from __future__ import annotations

import html

from markdown_it import MarkdownIt

# CommonMark with raw HTML switched off: "<script>" in a comment comes out
# as text. Links keep only safe schemes (markdown-it's validateLink).
_MARKDOWN = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def comment_html(text: str, comment_format: str) -> str:
    """HTML for a comment body: rendered Markdown, or escaped plain text."""
    if comment_format == "text/markdown":
        return _MARKDOWN.render(text)
    return "<p>" + html.escape(text).replace("\n", "<br>\n") + "</p>\n"
