"""Markdown comments rendered safely: markup in a comment is never live HTML."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of a paragraph with its formatting, for writers that are not HTML (Word)."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    link: str | None = None  # the target of a link, a safe scheme only


def comment_paragraphs(text: str, comment_format: str) -> list[list[Span]]:
    """A comment as paragraphs of formatted spans: Markdown's emphasis, strong
    emphasis, code and links; list items as "• " paragraphs; headings bold.
    Plain-text comments are one unformatted paragraph per line."""
    if comment_format != "text/markdown":
        return [[Span(line)] for line in text.split("\n")]
    paragraphs: list[list[Span]] = []
    bullet, heading = False, False
    for token in _MARKDOWN.parse(text):
        if token.type == "list_item_open":
            bullet = True
        elif token.type == "heading_open":
            heading = True
        elif token.type == "heading_close":
            heading = False
        elif token.type == "inline":
            spans = _inline_spans(token.children or [], bold=heading)
            if bullet:
                spans.insert(0, Span("• "))
                bullet = False
            paragraphs.append(spans)
        elif token.type in ("code_block", "fence"):
            paragraphs.extend([[Span(line, code=True)] for line in token.content.rstrip("\n").split("\n")])
    return paragraphs or [[Span("")]]


def _inline_spans(children: list, *, bold: bool) -> list[Span]:  # noqa: ANN001 - markdown-it tokens
    spans: list[Span] = []
    strong, em, link = 0, 0, None
    for child in children:
        kind = child.type
        if kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong -= 1
        elif kind == "em_open":
            em += 1
        elif kind == "em_close":
            em -= 1
        elif kind == "link_open":
            link = str(child.attrs.get("href", "")) or None
        elif kind == "link_close":
            link = None
        elif kind in ("text", "html_inline"):
            spans.append(Span(child.content, bold or strong > 0, em > 0, False, link))
        elif kind == "code_inline":
            spans.append(Span(child.content, bold or strong > 0, em > 0, True, link))
        elif kind in ("softbreak", "hardbreak"):
            spans.append(Span("\n" if kind == "hardbreak" else " ", bold or strong > 0, em > 0, False, link))
    return spans
