"""Reviewers' annotations as W3C Web Annotation JSON-LD, and back.

The W3C model (https://www.w3.org/TR/annotation-model/) carries everything a
review needs: TextualBody comments (with a media type), tags as bodies with
purpose "tagging", an assessment as a body with purpose "assessing", the
creator, times, and a target of a TextQuoteSelector plus a
TextPositionSelector. What only Silteme knows (status, colour, verdict code,
claim, creator's role) goes in the ``silteme:`` namespace declared in the
document's own context, so the export stays valid and loses nothing.

Replies are annotations of their own, motivated "replying", whose target is
the id of the annotation they answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any, TypeGuard, TypeVar, get_args

from references.anchoring.selectors import TextPosition, TextQuote
from references.review.vocabulary import FORMATS, ROLES, STATUSES, VERDICTS, CommentFormat, Role, Status, Verdict

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# Silteme's own terms. A URN: the project owns no web domain to mint IRIs under.
SILTEME_VOCAB = "urn:silteme:vocab:"


VERDICT_LABELS: dict[str, str] = {
    "supported": "Supported",
    "partly_supported": "Partly supported",
    "not_supported": "Not supported",
    "needs_source": "Needs a source",
    "other": "Other",
}

# The same values, for checked conversion of strings read from JSON.
_VERDICTS: dict[str, Verdict] = {code: code for code in VERDICTS}
_COMMENT_FORMATS: dict[str, CommentFormat] = {media: media for media in FORMATS}
_ROLES: dict[str, Role] = {role: role for role in ROLES}
_STATUSES: dict[str, Status] = {status: status for status in STATUSES}

JsonObject = dict[str, Any]
_T = TypeVar("_T")


class W3CFormatError(ValueError):
    """A document that is not a Web Annotation Silteme can read; says what and where."""


@dataclass(frozen=True)
class ReplyRecord:
    id: str
    author: str
    author_role: Role
    body: str
    created: str
    modified: str

    def __post_init__(self) -> None:
        _check_iri("id", self.id)
        _check_choice("author_role", self.author_role, Role)
        _check_time("created", self.created)
        _check_time("modified", self.modified)


@dataclass(frozen=True)
class AnnotationRecord:
    """One annotation as it travels between Silteme and other tools.

    ``id`` is the IRI the annotation was created or imported with, kept for
    ever. ``created`` and ``modified`` are ISO 8601 date-times with a zone, or
    "" when an imported annotation did not say.
    """

    id: str
    source: str
    quote: TextQuote
    position: TextPosition | None = None
    comment: str = ""
    comment_format: CommentFormat = "text/plain"
    verdict: Verdict | None = None
    status: Status = "open"
    tags: list[str] = field(default_factory=list)
    color: str | None = None
    author: str = ""
    author_role: Role = "reviewer"
    created: str = ""
    modified: str = ""
    claim: str | None = None
    replies: list[ReplyRecord] = field(default_factory=list)
    page: int | None = None  # the PDF page the quote stands on, for a document imported from a PDF

    def __post_init__(self) -> None:
        _check_iri("id", self.id)
        _check_iri("source", self.source)
        if self.claim is not None:
            _check_iri("claim", self.claim)
        _check_choice("comment_format", self.comment_format, CommentFormat)
        if self.verdict is not None:
            _check_choice("verdict", self.verdict, Verdict)
        _check_choice("status", self.status, Status)
        _check_choice("author_role", self.author_role, Role)
        _check_time("created", self.created)
        _check_time("modified", self.modified)
        if not self.quote.exact:
            raise ValueError("quote.exact is empty")
        for tag in self.tags:
            if not tag.strip():
                raise ValueError("a tag is empty")
        if self.color is not None and not self.color.strip():
            raise ValueError("color is empty; use None for no colour")


# --- export -------------------------------------------------------------------


def to_jsonld(record: AnnotationRecord) -> JsonObject:
    """The annotation itself (its replies: ``to_jsonld_thread``)."""
    return {"@context": _context(), **_annotation(record)}


def to_jsonld_thread(record: AnnotationRecord) -> list[JsonObject]:
    """The annotation followed by its replies, each a complete document."""
    return [to_jsonld(record)] + [
        {"@context": _context(), **_reply(reply, record.id)} for reply in record.replies
    ]


def collection_jsonld(records: Iterable[AnnotationRecord], id: str) -> JsonObject:
    """An AnnotationCollection holding every annotation and reply in its first page."""
    _check_iri("collection id", id)
    if "#" in id:
        raise ValueError(f"collection id {id!r} has a fragment; pages are named after it")
    items: list[JsonObject] = []
    for record in records:
        items.append(_annotation(record))
        items.extend(_reply(reply, record.id) for reply in record.replies)
    return {
        "@context": _context(),
        "id": id,
        "type": "AnnotationCollection",
        "total": len(items),
        "first": {
            "id": f"{id}{'&' if '?' in id else '?'}page=0",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }


def _context() -> list[Any]:
    return [ANNO_CONTEXT, {"silteme": SILTEME_VOCAB, "silteme:claim": {"@type": "@id"}}]


def _annotation(record: AnnotationRecord) -> JsonObject:
    bodies: list[JsonObject] = []
    if record.comment or record.comment_format != "text/plain":
        bodies.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": record.comment,
                "format": record.comment_format,
            }
        )
    bodies.extend({"type": "TextualBody", "purpose": "tagging", "value": t} for t in record.tags)
    if record.verdict is not None:
        bodies.append(
            {
                "type": "TextualBody",
                "purpose": "assessing",
                "value": VERDICT_LABELS[record.verdict],
                "silteme:verdict": record.verdict,
            }
        )
    selectors: list[JsonObject] = [_quote_selector(record.quote)]
    if record.position is not None:
        selectors.append(
            {
                "type": "TextPositionSelector",
                "start": record.position.start,
                "end": record.position.end,
            }
        )
    if record.page is not None:
        # RFC 3778's fragment for PDF: readers that know pages find the place without the text.
        selectors.append(
            {"type": "FragmentSelector", "conformsTo": "http://tools.ietf.org/rfc/rfc3778", "value": f"page={record.page}"}
        )
    annotation: JsonObject = {
        "id": record.id,
        "type": "Annotation",
        "motivation": "assessing" if record.verdict is not None else "commenting",
        **_provenance(record.author, record.author_role, record.created, record.modified),
    }
    if bodies:
        annotation["body"] = bodies
    annotation["target"] = {"source": record.source, "selector": selectors}
    annotation["silteme:status"] = record.status
    if record.color is not None:
        annotation["silteme:color"] = record.color
    if record.claim is not None:
        annotation["silteme:claim"] = record.claim
    return annotation


def _reply(reply: ReplyRecord, parent_id: str) -> JsonObject:
    return {
        "id": reply.id,
        "type": "Annotation",
        "motivation": "replying",
        **_provenance(reply.author, reply.author_role, reply.created, reply.modified),
        "body": {
            "type": "TextualBody",
            "purpose": "replying",
            "value": reply.body,
            "format": "text/plain",
        },
        "target": parent_id,
    }


def _quote_selector(quote: TextQuote) -> JsonObject:
    selector: JsonObject = {"type": "TextQuoteSelector", "exact": quote.exact}
    if quote.prefix:
        selector["prefix"] = quote.prefix
    if quote.suffix:
        selector["suffix"] = quote.suffix
    return selector


def _provenance(author: str, role: Role, created: str, modified: str) -> JsonObject:
    creator: JsonObject = {"type": "Person"}
    if author:
        creator["name"] = author
    creator["silteme:role"] = role
    out: JsonObject = {"creator": creator}
    if created:
        out["created"] = created
    if modified:
        out["modified"] = modified
    return out


# --- import -------------------------------------------------------------------


def from_jsonld(document: object) -> list[AnnotationRecord]:
    """Annotations (with their replies attached) from one annotation, a JSON
    array of them, an AnnotationPage or an AnnotationCollection."""
    items = _items(document)
    records: dict[str, AnnotationRecord] = {}
    replies: list[tuple[_Reader, str, ReplyRecord]] = []
    seen: set[str] = set()
    for number, item in enumerate(items, start=1):
        reader = _Reader(item, f"item {number}")
        if "replying" in reader.motivations():
            parent, reply = reader.reply()
            replies.append((reader, parent, reply))
            new_id = reply.id
        else:
            record = reader.annotation()
            records[record.id] = record
            new_id = record.id
        if new_id in seen:
            raise W3CFormatError(f"{reader.where}: id {new_id} was used before")
        seen.add(new_id)
    # A reply to a reply joins the thread of the annotation at its root.
    parent_of = {reply.id: parent for _, parent, reply in replies}
    threads: dict[str, list[ReplyRecord]] = {}
    for reader, parent, reply in replies:
        root, steps = parent, 0
        while root in parent_of and steps <= len(parent_of):
            root, steps = parent_of[root], steps + 1
        if root not in records:
            raise W3CFormatError(
                f"{reader.where}: replies to {parent}, which is not among the annotations"
            )
        threads.setdefault(root, []).append(reply)
    return [replace(r, replies=r.replies + threads.get(r.id, [])) for r in records.values()]


def _items(document: object) -> list[object]:
    """The annotations of every form a W3C file takes: one annotation, an array
    (of annotations, pages or collections), a page and the pages after it, a
    collection with its items on itself or in its first page and the chain
    after it. A loop over a list, however the pages nest."""
    if not isinstance(document, (list, Mapping)):
        raise W3CFormatError("document: expected a JSON object or array")
    items: list[object] = []
    pending: list[object] = [document]
    page_ids: set[str] = set()
    wanted_pages: dict[str, str] = {}  # a next page named by IRI -> the page naming it
    while pending:
        node = pending.pop()
        if isinstance(node, list):
            pending.extend(reversed(node))
            continue
        types = _strings(node.get("type")) if isinstance(node, Mapping) else []
        if isinstance(node, Mapping) and "AnnotationCollection" in types:
            first = node.get("first")
            if first is not None and not isinstance(first, Mapping):
                if "items" not in node:
                    raise W3CFormatError(f"collection: its first page {first!r} is not embedded")
                first = None
            pending.extend(reversed([p for p in (node.get("items"), first) if p is not None]))
        elif isinstance(node, Mapping) and "AnnotationPage" in types:
            items.extend(_page_items(node, page_ids, wanted_pages))
        else:
            items.append(node)
    missing = sorted(set(wanted_pages) - page_ids)
    if missing:
        raise W3CFormatError(f"page {wanted_pages[missing[0]]}: its next page {missing[0]} is not in this file")
    return items


def _page_items(page: Mapping[str, Any], page_ids: set[str], wanted_pages: dict[str, str]) -> list[object]:
    """Items of a page and of the pages embedded after it; a next page named by
    its IRI is noted in ``wanted_pages`` (it must be elsewhere in the file)."""
    items: list[object] = []
    number = 1
    while True:
        page_id = page.get("id", page.get("@id"))
        if isinstance(page_id, str):
            page_ids.add(page_id)
        page_items = page.get("items", [])
        if not isinstance(page_items, list):
            raise W3CFormatError(f"page {number}: items is not an array")
        items.extend(page_items)
        following = page.get("next")
        if following is None:
            return items
        if isinstance(following, str):
            wanted_pages[following] = page_id if isinstance(page_id, str) else str(number)
            return items
        if not isinstance(following, Mapping):
            raise W3CFormatError(f"page {number}: the next page {following!r} is neither a page nor its IRI")
        page, number = following, number + 1


class _Reader:
    """Reads one item; every complaint names the item and the part."""

    def __init__(self, item: object, where: str) -> None:
        if not isinstance(item, Mapping):
            raise W3CFormatError(f"{where}: is not a JSON object")
        self.item = item
        self.where = where

    def fail(self, message: str) -> W3CFormatError:
        return W3CFormatError(f"{self.where}: {message}")

    def motivations(self) -> set[str]:
        return set(_strings(self.item.get("motivation")))

    def annotation(self) -> AnnotationRecord:
        item = self.item
        types = _strings(item.get("type"))
        if types and "Annotation" not in types:
            raise self.fail(f"is not an Annotation (type {item.get('type')!r})")
        source, quote, position = self._target()
        comment, comment_format, tags, verdict = self._bodies()
        author, role = self._creator()
        status = self._optional_string("silteme:status") or "open"
        if status not in _STATUSES:
            raise self.fail(f"silteme:status {status!r} is neither open nor resolved")
        return self._checked(
            lambda: AnnotationRecord(
                id=self._id(),
                source=source,
                quote=quote,
                position=position,
                comment=comment,
                comment_format=comment_format,
                verdict=verdict,
                status=_STATUSES[status],
                tags=tags,
                color=self._optional_string("silteme:color"),
                author=author,
                author_role=role,
                created=self._optional_string("created") or "",
                modified=self._optional_string("modified") or "",
                claim=self._claim(),
            )
        )

    def reply(self) -> tuple[str, ReplyRecord]:
        target = self.item.get("target")
        if isinstance(target, list) and target:
            target = target[0]
        if isinstance(target, Mapping):
            target = target.get("id", target.get("source"))
        if not isinstance(target, str):
            raise self.fail("reply has no target annotation id")
        author, role = self._creator()
        texts = [text for text, _, _ in self._textual_bodies()]
        reply = self._checked(
            lambda: ReplyRecord(
                id=self._id(),
                author=author,
                author_role=role,
                body="\n\n".join(texts),
                created=self._optional_string("created") or "",
                modified=self._optional_string("modified") or "",
            )
        )
        return target, reply

    def _checked(self, make: Callable[[], _T]) -> _T:
        """``make()``, its ValueError told as this item's format error."""
        try:
            return make()
        except W3CFormatError:
            raise
        except ValueError as error:
            raise self.fail(str(error)) from error

    def _id(self) -> str:
        value = self.item.get("id", self.item.get("@id"))
        if not isinstance(value, str):
            raise self.fail("has no id")
        return value

    def _optional_string(self, key: str) -> str | None:
        value = self.item.get(key)
        if value is not None and not isinstance(value, str):
            raise self.fail(f"{key} is not a string")
        return value

    def _claim(self) -> str | None:
        value = self.item.get("silteme:claim")
        if isinstance(value, Mapping):
            value = value.get("id")
        if value is not None and not isinstance(value, str):
            raise self.fail("silteme:claim is not an IRI")
        return value

    def _target(self) -> tuple[str, TextQuote, TextPosition | None]:
        targets = self.item.get("target")
        if targets is None:
            raise self.fail("has no target")
        for target in targets if isinstance(targets, list) else [targets]:
            if not isinstance(target, Mapping):
                continue
            selectors = target.get("selector", [])
            selectors = selectors if isinstance(selectors, list) else [selectors]
            quote = self._selector(selectors, "TextQuoteSelector")
            if quote is None:
                continue
            source = target.get("source")
            if not isinstance(source, str):
                raise self.fail("target has no source")
            return source, self._quote(quote), self._position(selectors)
        raise self.fail("target has no TextQuoteSelector")

    def _selector(self, selectors: list[Any], kind: str) -> Mapping[str, Any] | None:
        for selector in selectors:
            if isinstance(selector, Mapping) and kind in _strings(selector.get("type")):
                return selector
        return None

    def _quote(self, selector: Mapping[str, Any]) -> TextQuote:
        parts = {key: selector.get(key, "") for key in ("exact", "prefix", "suffix")}
        for key, value in parts.items():
            if not isinstance(value, str):
                raise self.fail(f"TextQuoteSelector {key} is not a string")
        if not parts["exact"]:
            raise self.fail("TextQuoteSelector has no exact text")
        return TextQuote(**parts)

    def _position(self, selectors: list[Any]) -> TextPosition | None:
        selector = self._selector(selectors, "TextPositionSelector")
        if selector is None:
            return None
        start, end = selector.get("start"), selector.get("end")
        if not (_is_int(start) and _is_int(end)):
            raise self.fail("TextPositionSelector start and end must be integers")
        if not 0 <= start < end:
            raise self.fail(f"TextPositionSelector {start}..{end} is not a non-empty span")
        return TextPosition(start, end)

    def _textual_bodies(self) -> list[tuple[str, str | None, Mapping[str, Any]]]:
        """(value, format, body) of every body, which must all be textual."""
        item = self.item
        if "bodyValue" in item:
            value = item["bodyValue"]
            if not isinstance(value, str):
                raise self.fail("bodyValue is not a string")
            return [(value, "text/plain", {})]
        bodies = item.get("body", [])
        bodies = bodies if isinstance(bodies, list) else [bodies]
        out = []
        for number, body in enumerate(bodies, start=1):
            if not isinstance(body, Mapping) or not isinstance(body.get("value"), str):
                raise self.fail(f"body {number} is not a TextualBody with a text value")
            media = body.get("format")
            if media is not None and not isinstance(media, str):
                raise self.fail(f"body {number} has more than one format")
            out.append((body["value"], media, body))
        return out

    def _bodies(self) -> tuple[str, CommentFormat, list[str], Verdict | None]:
        comments: list[str] = []
        formats: list[str] = []
        tags: list[str] = []
        verdict: Verdict | None = None
        for number, (value, media, body) in enumerate(self._textual_bodies(), start=1):
            purposes = set(_strings(body.get("purpose")))
            if "tagging" in purposes:
                tags.append(value)
            elif "assessing" in purposes:
                verdict = self._verdict(value, body, number)
            else:
                comments.append(value)
                formats.append(media or "text/plain")
        media = formats[0] if formats else "text/plain"
        if media not in _COMMENT_FORMATS:
            raise self.fail(f"comment format {media} is neither text/plain nor text/markdown")
        return "\n\n".join(comments), _COMMENT_FORMATS[media], tags, verdict

    def _verdict(self, value: str, body: Mapping[str, Any], number: int) -> Verdict:
        code = body.get("silteme:verdict")
        if code is None:
            # Another tool's assessment: take its words if they name a verdict.
            wanted = value.strip().casefold()
            for known, label in VERDICT_LABELS.items():
                if wanted in (known, label.casefold()):
                    return _VERDICTS[known]
            return "other"
        if not isinstance(code, str) or code not in _VERDICTS:
            raise self.fail(f"body {number} has unknown silteme:verdict {code!r}")
        return _VERDICTS[code]

    def _creator(self) -> tuple[str, Role]:
        creator = self.item.get("creator")
        if isinstance(creator, list):
            creator = creator[0] if creator else None
        if not isinstance(creator, Mapping):
            return "", "reviewer"  # absent, or only an IRI: nobody named
        name = creator.get("name", creator.get("nickname", ""))
        if isinstance(name, list):
            name = name[0] if name else ""
        if not isinstance(name, str):
            raise self.fail("creator name is not a string")
        role = creator.get("silteme:role", "reviewer")
        if not isinstance(role, str) or role not in _ROLES:
            raise self.fail(f"creator has unknown silteme:role {role!r}")
        return name, _ROLES[role]


# --- checks -------------------------------------------------------------------

# An absolute IRI starts with a scheme (RFC 3987); spaces are never allowed.
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s]+")
# RFC 3339 date-time, what the W3C schemas check "created" and "modified" with.
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")


def _check_iri(name: str, value: object) -> None:
    if not isinstance(value, str) or not _IRI.fullmatch(value):
        raise ValueError(f"{name} {value!r} is not an absolute IRI")


def _check_choice(name: str, value: object, kind: Any) -> None:
    if value not in get_args(kind):
        raise ValueError(f"{name} {value!r} is not one of {', '.join(get_args(kind))}")


def _check_time(name: str, value: str) -> None:
    if value == "":
        return
    try:
        # In UTC too: 9999-12-31T23:59:59-23:59 is a valid date-time that no UTC time can hold.
        valid = bool(_DATE_TIME.fullmatch(value)) and bool(datetime.fromisoformat(value).astimezone(timezone.utc))
    except (ValueError, OverflowError):
        valid = False
    if not valid:
        raise ValueError(f"{name} {value!r} is not an ISO 8601 date-time with a time zone")


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)
