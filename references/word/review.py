"""``import_review``: a reviewer's Word file merged back into the library.

The reviewer got the .docx that ``write_back`` (or the generated export)
wrote, replied to comments, added new ones, resolved some, maybe changed
text, and sent it back. Each comment is matched to what the library holds:
first by the paragraph ids Silteme wrote into the file (``root_para_id``,
``reply_para_id``), then, for files a word processor re-identified (as
LibreOffice does), by author and text. Known comments only update their
resolved state; unknown replies join their threads; unknown comments become
annotations anchored on the text they comment (by quote and context, as
``revise`` re-anchors), orphaned and kept when that text is not in the
library's version. The reviewer's own text edits are listed, never applied.
Importing the same file twice adds nothing.
"""

from __future__ import annotations

import difflib
import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import BLOCK_SEPARATOR, Annotation, AnnotationReply
from references.anchoring import TextPosition, TextQuote, anchor, describe
from references.review.annotations import create_annotation, now
from references.thesis.text_map import document_text
from references.word.comments import WordComment, read_comments
from references.word.extract import Extracted, extract
from references.word.package import read_docx
from references.word.writeback import SILTEME_LINE, export_word_document, reply_para_id, root_para_id

MAX_EDITS_LISTED = 50


@dataclass(frozen=True)
class ReviewImportReport:
    document_id: int
    new_comments: int
    new_replies: int
    resolved: int
    reopened: int
    unanchored: int
    known: int
    text_edits: tuple[str, ...]


def import_review(session: Session, path: Path, document_id: int) -> ReviewImportReport:
    """Merge the comments of the reviewed file at ``path`` (the caller's transaction)."""
    package = read_docx(path)
    extracted = extract(package)
    comments = read_comments(package)
    return _Merge(session, document_id, extracted, comments).run()


def _clean(text: str) -> str:
    lines = [line for line in text.split("\n") if not line.startswith(SILTEME_LINE)]
    return " ".join(" ".join(lines).split())


class _Merge:
    def __init__(self, session: Session, document_id: int, extracted: Extracted, comments: dict[str, WordComment]) -> None:
        self.baseline = _exported_blocks(session, document_id)
        self.session = session
        self.document_id = document_id
        self.extracted = extracted
        self.comments = comments
        self.text = document_text(session, document_id)
        self.reviewed_blocks = [b.text for b in extracted.blocks]
        self.reviewed_text = BLOCK_SEPARATOR.join(self.reviewed_blocks)
        self.reviewed_starts: list[int] = []
        offset = 0
        for block_text in self.reviewed_blocks:
            self.reviewed_starts.append(offset)
            offset += len(block_text) + len(BLOCK_SEPARATOR)
        self.annotations = list(
            session.scalars(
                select(Annotation).where(Annotation.document_id == document_id).options(selectinload(Annotation.replies))
            )
        )
        self.by_para = {root_para_id(a.id): a for a in self.annotations}
        self.reply_paras = {reply_para_id(r.id) for a in self.annotations for r in a.replies}
        self.by_uri = {a.uri: a for a in self.annotations}
        self.counts = {"new": 0, "replies": 0, "resolved": 0, "reopened": 0, "unanchored": 0, "known": 0}

    def run(self) -> ReviewImportReport:
        for comment in self.comments.values():
            if comment.parent_id is not None and comment.parent_id in self.comments:
                continue
            if self._is_known_reply(comment):
                self.counts["known"] += 1
                continue
            ann = self._thread(comment)
            for reply in comment.replies:
                self._reply(ann, reply)
        self.session.flush()
        return ReviewImportReport(
            document_id=self.document_id,
            new_comments=self.counts["new"],
            new_replies=self.counts["replies"],
            resolved=self.counts["resolved"],
            reopened=self.counts["reopened"],
            unanchored=self.counts["unanchored"],
            known=self.counts["known"],
            text_edits=tuple(self._text_edits()),
        )

    # -- threads -------------------------------------------------------------------------

    def _known(self, comment: WordComment) -> Annotation | None:
        if comment.para_id and comment.para_id.upper() in self.by_para:
            ann = self.by_para[comment.para_id.upper()]
            if ann.author == (comment.author or ann.author):
                return ann
        said = _clean(comment.text)
        for ann in self.annotations:
            if ann.author == comment.author and _clean(ann.comment) == said:
                return ann
        for ann in self.annotations:  # the generated export puts a status line before the comment
            mine = _clean(ann.comment)
            if ann.author == comment.author and mine and mine in said:
                return ann
        return self.by_uri.get(self._uri(comment))

    def _is_known_reply(self, comment: WordComment) -> bool:
        """A reply Silteme wrote, come back as a comment of its own (threads lost on the way)."""
        if comment.para_id and comment.para_id.upper() in self.reply_paras:
            return True
        said = _clean(comment.text)
        return any(r.author == comment.author and _clean(r.body) == said for a in self.annotations for r in a.replies)

    def _thread(self, comment: WordComment) -> Annotation:
        ann = self._known(comment)
        if ann is None:
            return self._new(comment)
        self.counts["known"] += 1
        wanted = "resolved" if comment.done else "open"
        if comment.done_stated and ann.status != wanted:
            self.counts["resolved" if comment.done else "reopened"] += 1
            ann.status = wanted
            ann.modified = now()
        return ann

    def _uri(self, comment: WordComment) -> str:
        stamp = comment.date.isoformat() if comment.date else ""
        digest = hashlib.sha256(f"{comment.author}\n{stamp}\n{_clean(comment.text)}".encode()).hexdigest()[:24]
        return f"urn:silteme:docx-review:{self.document_id}:{digest}"

    def _new(self, comment: WordComment) -> Annotation:
        self.counts["new"] += 1
        place = self._place(comment)
        author = comment.author or comment.initials or "Reviewer"
        status = "resolved" if comment.done else "open"
        if place is not None:
            ann = create_annotation(
                self.session, self.document_id, place[0], place[1], comment=comment.text, author=author,
                author_role="reviewer", status=status, uri=self._uri(comment), text=self.text,
            )
        else:
            self.counts["unanchored"] += 1
            quote = self._reviewed_quote(comment)
            ann = Annotation(
                uri=self._uri(comment), document_id=self.document_id, exact=quote[0] if quote else "",
                prefix=quote[1] if quote else "", suffix=quote[2] if quote else "", start=None, end=None,
                anchor="orphaned", comment=comment.text, author=author, author_role="reviewer", status=status,
            )
            self.session.add(ann)
            self.session.flush()
        if comment.date is not None:
            ann.created = ann.modified = comment.date
        self.annotations.append(ann)
        self.by_uri[ann.uri] = ann
        return ann

    def _reviewed_quote(self, comment: WordComment) -> tuple[str, str, str] | None:
        starts = self.reviewed_starts
        start = self.extracted.comment_starts.get(comment.comment_id)
        end = self.extracted.comment_ends.get(comment.comment_id)
        if start is None or end is None:
            return None
        first, last = starts[start[0]] + start[1], starts[end[0]] + end[1]
        if last <= first:
            first, last = starts[end[0]], starts[end[0]] + len(self.reviewed_blocks[end[0]])
        if last <= first:
            return None
        quote, _ = describe(self.reviewed_text, first, last)
        return quote.exact, quote.prefix, quote.suffix

    def _place(self, comment: WordComment) -> tuple[int, int] | None:
        """Where the commented text stands in the library's version of the thesis."""
        quote = self._reviewed_quote(comment)
        if quote is None:
            return None
        start = self.extracted.comment_starts.get(comment.comment_id)
        hint = None
        if start is not None:
            before = self.reviewed_starts[start[0]] + start[1]
            hint = TextPosition(before, before + len(quote[0]))
        found = anchor(self.text, TextQuote(*quote), hint)
        if found.start is None or found.end is None or found.start >= found.end:
            return None
        return found.start, found.end

    def _reply(self, ann: Annotation, reply: WordComment) -> None:
        if reply.para_id and reply.para_id.upper() in self.reply_paras:
            return
        said = _clean(reply.text)
        if any(r.author == reply.author and _clean(r.body) == said for r in ann.replies):
            return
        stamp = reply.date or now()
        digest = hashlib.sha256(f"{ann.uri}\n{reply.author}\n{said}".encode()).hexdigest()[:24]
        ann.replies.append(
            AnnotationReply(
                uri=f"urn:silteme:docx-review:{self.document_id}:reply:{digest}",
                author=reply.author or reply.initials or "Reviewer",
                author_role="reviewer",
                body=reply.text,
                created=stamp,
                modified=stamp,
            )
        )
        self.counts["replies"] += 1

    # -- text edits ----------------------------------------------------------------------------

    def _text_edits(self) -> list[str]:
        """The reviewer's changes of the text, one line each (reported, not applied)."""
        library_blocks = self.baseline
        matcher = difflib.SequenceMatcher(None, library_blocks, self.reviewed_blocks, autojunk=False)
        edits: list[str] = []
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            old = " / ".join(library_blocks[i1:i2])
            new = " / ".join(self.reviewed_blocks[j1:j2])
            if tag == "delete":
                edits.append(f"removed: «{_short(old)}»")
            elif tag == "insert":
                edits.append(f"added: «{_short(new)}»")
            else:
                edits.append(f"changed: «{_short(old)}» -> «{_short(new)}»")
        if len(edits) > MAX_EDITS_LISTED:
            edits = edits[:MAX_EDITS_LISTED] + [f"... and {len(edits) - MAX_EDITS_LISTED} more"]
        return edits


def _exported_blocks(session: Session, document_id: int) -> list[str]:
    """The blocks of the file Silteme would send now: what the reviewer's file is compared with."""
    with tempfile.TemporaryDirectory(prefix="silteme-review-") as folder:
        out = Path(folder) / "sent.docx"
        export_word_document(session, document_id, out)
        return [b.text for b in extract(read_docx(out)).blocks]


def _short(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


__all__ = ["ReviewImportReport", "import_review"]
