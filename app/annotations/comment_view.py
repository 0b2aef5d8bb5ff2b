"""An annotation and its thread, shown safely.

Comments are written by other people and may hold anything. Markdown is
rendered with raw HTML off (``references.review.markdown_safe``), everything else
is escaped, and the view loads no resource at all (no image, no file, no
network): ``![x](file:///…)`` in a comment shows its alt text, never a file.
Links open in the browser only for http(s) and mailto.
"""

from __future__ import annotations

import html
from datetime import datetime, timezone

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.annotations.vocabulary import Annotations, anchor_label, role_label, status_label, verdict_label
from references.review.annotations import AnnotationView
from app.i18n import fill
from app.i18n import format_datetime

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


class SafeCommentView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)

    def loadResource(self, _type: int, _name: QUrl) -> object:
        return None  # nothing a comment names is ever fetched

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in SAFE_SCHEMES:
            QDesktopServices.openUrl(url)


def _when(moment: datetime) -> str:
    """Minutes are enough in a thread; the time is UTC, as stored, written as
    the interface's language writes dates (02.12.2026 in Kazakh and Russian)."""
    utc = moment.astimezone(timezone.utc) if moment.tzinfo is not None else moment
    return fill(Annotations.tr("%1 UTC"), format_datetime(utc)[:-3])


def thread_html(item: AnnotationView) -> str:
    """The annotation as HTML: quote, verdict and status, comment, replies."""
    from references.review.markdown_safe import comment_html  # Markdown loads with the first note shown

    quote = html.escape(" ".join(item.exact.split()))
    facts = [verdict_label(item.verdict), status_label(item.status)]
    if item.anchor != "exact":
        facts.append(anchor_label(item.anchor))
    tags = ", ".join(html.escape(t) for t in item.tags)
    parts = [
        f"<blockquote style='color:#555'>«{quote}»</blockquote>",
        f"<p><b>{html.escape(' · '.join(facts))}</b>" + (f"<br>{html.escape(Annotations.tr('Tags:'))} {tags}" if tags else "") + "</p>",
        _byline(item.author, item.author_role, _when(item.created)),
        comment_html(item.comment, item.comment_format) if item.comment else f"<p><i>{html.escape(Annotations.tr('No comment.'))}</i></p>",
    ]
    for reply in item.replies:
        parts.append("<hr>")
        parts.append(_byline(reply.author, reply.author_role, _when(reply.created)))
        parts.append(comment_html(reply.body, "text/plain"))
    return "\n".join(parts)


def _byline(author: str, role: str, when: str) -> str:
    who = html.escape(author or Annotations.tr("Unknown"))
    return f"<p style='color:#444'><b>{who}</b> ({html.escape(role_label(role))}) · {html.escape(when)}</p>"
