"""Word comments as plain data: author, date, text, thread and resolved state.

``comments.xml`` holds each comment (``w:id``, author, initials, date and
its paragraphs, each with a ``w14:paraId``). Word 2013 and later add
``commentsExtended.xml``: per comment (by the paraId of its last paragraph)
the comment it answers (``w15:paraIdParent``) and whether it is resolved
(``w15:done``). Without that part every comment starts its own thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from references.word.ooxml import W14, W15, W_P, paragraph_text, w
from references.word.package import DocxPackage


@dataclass
class WordComment:
    comment_id: str
    author: str
    initials: str
    date: datetime | None
    text: str  # paragraphs joined by "\n"
    para_id: str | None  # w14:paraId of its last paragraph
    parent_id: str | None = None  # comment_id of the comment it replies to
    done: bool = False
    done_stated: bool = False  # the file says whether it is resolved (commentsExtended)
    replies: list[WordComment] = field(default_factory=list)


def read_comments(package: DocxPackage) -> dict[str, WordComment]:
    """Every comment by its w:id, replies linked to their thread's first comment."""
    name = package.related(package.main, "comments")
    if not name or name not in package.parts:
        return {}
    root = package.xml(name)
    comments: dict[str, WordComment] = {}
    by_para: dict[str, str] = {}
    for element in root.iter(w("comment")):
        cid = element.get(w("id"), "")
        paragraphs = list(element.iter(W_P))
        texts = [paragraph_text(p).text for p in paragraphs]
        para_id = paragraphs[-1].get(f"{{{W14}}}paraId") if paragraphs else None
        comment = WordComment(
            comment_id=cid,
            author=element.get(w("author"), "") or "",
            initials=element.get(w("initials"), "") or "",
            date=parse_date(element.get(w("date"))),
            text="\n".join(texts).strip("\n"),
            para_id=para_id,
        )
        comments[cid] = comment
        for p in paragraphs:
            pid = p.get(f"{{{W14}}}paraId")
            if pid:
                by_para[pid.upper()] = cid
    extended = package.related(package.main, "commentsExtended")
    if extended and extended in package.parts:
        for ex in package.xml(extended).iter(f"{{{W15}}}commentEx"):
            cid = by_para.get((ex.get(f"{{{W15}}}paraId") or "").upper())
            if cid is None:
                continue
            parent = by_para.get((ex.get(f"{{{W15}}}paraIdParent") or "").upper())
            if parent is not None and parent != cid:
                comments[cid].parent_id = parent
            comments[cid].done = ex.get(f"{{{W15}}}done") in ("1", "true")
            comments[cid].done_stated = True
    for comment in comments.values():
        root_id = _thread_root(comments, comment.comment_id)
        if root_id != comment.comment_id:
            comments[root_id].replies.append(comment)
    for comment in comments.values():
        comment.replies.sort(key=lambda r: (r.date or datetime.min.replace(tzinfo=timezone.utc), int(r.comment_id) if r.comment_id.isdigit() else 0))
    return comments


def _thread_root(comments: dict[str, WordComment], cid: str) -> str:
    seen = {cid}
    while comments[cid].parent_id is not None and comments[cid].parent_id in comments:
        cid = comments[cid].parent_id  # type: ignore[assignment]  # checked just above
        if cid in seen:
            break
        seen.add(cid)
    return cid


def parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
