"""Full-text search of a document's text, claims and references.

On SQLite through the FTS5 index, on PostgreSQL through the same folded
text (models.text_sql): the same queries find the same places.

The index holds the folded form of every text (``search_form``: lower case,
Latin ``ə`` read as Cyrillic ``ә``), so the query is folded the same way and
``әдебиет`` finds ``əдебиет``. A user's query never reaches FTS5 as syntax:
it is cut into word tokens, each quoted, and searched as one phrase whose
last word may be a prefix (Kazakh adds suffixes: ``саясат`` finds
``саясатының``).

A hit in the text is placed back in the stored block text by offset, which
``fold`` makes possible because it keeps the length of the text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from models import Block, Claim, Reference, Section
from models.text_sql import TokenMatch
from references.normalize import fold, search_form

MAX_QUERY_CHARS = 200
MAX_TOKENS = 16
DEFAULT_LIMIT = 300
CONTEXT_CHARS = 50

_TOKEN = re.compile(r"[^\W_]+")
_WORD_CHAR = r"[^\W_]"


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One place the query was found.

    Text hits name a block and the span of the match in the block's text
    (``start == end == 0`` when only the table caption matched) and the
    claim that holds it, if any; reference hits name a reference.
    """

    kind: str  # "text" | "reference"
    where: str  # the section's label, or "[12]" for a reference
    before: str
    match: str
    after: str
    block_id: int | None = None
    start: int = 0
    end: int = 0
    claim_id: int | None = None
    reference_id: int | None = None


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    hits: tuple[SearchHit, ...]
    truncated: bool  # more hits exist than were listed

    @property
    def text_hits(self) -> tuple[SearchHit, ...]:
        return tuple(h for h in self.hits if h.kind == "text")


def query_tokens(query: str) -> list[str]:
    """The folded word tokens of a user's query (capped, so a paste cannot stall us)."""
    return _TOKEN.findall(search_form(query[:MAX_QUERY_CHARS]))[:MAX_TOKENS]


def occurrence_pattern(tokens: list[str]) -> re.Pattern[str]:
    """The phrase in folded text: whole words, any non-word run between them."""
    parts = [re.escape(t) + f"(?!{_WORD_CHAR})" for t in tokens[:-1]]
    parts.append(re.escape(tokens[-1]) + f"{_WORD_CHAR}*")
    return re.compile(f"(?<!{_WORD_CHAR})" + r"[\W_]+".join(parts))


def _matching_blocks(document_id: int, tokens: list[str]) -> Select[Any]:
    return (
        select(Block.id, Block.text, Block.caption, Section.number, Section.title)
        .outerjoin(Section, Section.id == Block.section_id)
        .where(Block.document_id == document_id)
        .where(TokenMatch(Block.id, Block.search_text, "block", tokens, phrase=True, document_id=document_id))
        .order_by(Block.position)
    )


def _matching_references(document_id: int, tokens: list[str]) -> Select[Any]:
    return (
        select(Reference.id, Reference.number, Reference.key, Reference.authors, Reference.title, Reference.year)
        .where(Reference.document_id == document_id)
        .where(TokenMatch(Reference.id, Reference.search_text, "reference", tokens, phrase=True,
                          document_id=document_id))
        .order_by(Reference.number.is_(None), Reference.number, Reference.id)
    )


def search(session: Session, document_id: int, query: str, *, limit: int = DEFAULT_LIMIT) -> SearchResult:
    """Hits of ``query`` in reading order: the text first, then the references."""
    tokens = query_tokens(query)
    if not tokens:
        return SearchResult(query, (), False)
    pattern = occurrence_pattern(tokens)
    hits, truncated = _text_hits(session, _matching_blocks(document_id, tokens), pattern, limit)
    reference_hits = _reference_hits(session, _matching_references(document_id, tokens), pattern, limit - len(hits) + 1)
    room = limit - len(hits)
    truncated = truncated or len(reference_hits) > room
    hits.extend(reference_hits[:room])
    return SearchResult(query, tuple(hits), truncated)


def _text_hits(
    session: Session, matching: Select[Any], pattern: re.Pattern[str], limit: int
) -> tuple[list[SearchHit], bool]:
    hits: list[SearchHit] = []
    truncated = False
    # Rows stream in reading order; folding stops once the list is full, so
    # a query found in every paragraph costs no more than a rare one.
    for block_id, block_text, caption, number, title in session.execute(matching):
        where = f"{number} {' '.join((title or '').split())}" if number else " ".join((title or "").split())
        found = [(block_text, m.span(), False) for m in pattern.finditer(fold(block_text))]
        if not found and caption:
            in_caption = pattern.search(fold(caption))
            if in_caption is not None:
                found = [(caption, in_caption.span(), True)]
        for source, span, is_caption in found:
            if len(hits) >= limit:
                truncated = True
                break
            hits.append(_text_hit(source, span, where, block_id, in_caption=is_caption))
        if truncated:
            break
    _attach_claims(session, hits)
    return hits, truncated


def _text_hit(
    source: str, span: tuple[int, int], where: str, block_id: int, *, in_caption: bool = False
) -> SearchHit:
    start, end = span
    before, match, after = _context(source, start, end)
    if in_caption:
        start = end = 0
    return SearchHit("text", where, before, match, after, block_id=block_id, start=start, end=end)


def _attach_claims(session: Session, hits: list[SearchHit]) -> None:
    """Name the claim each text hit falls in, so selecting the hit selects it."""
    block_ids = sorted({h.block_id for h in hits if h.block_id is not None})
    spans: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for chunk in _chunks(block_ids):
        for claim_id, block_id, start, end in session.execute(
            select(Claim.id, Claim.block_id, Claim.start, Claim.end).where(Claim.block_id.in_(chunk))
        ):
            spans[block_id].append((start, end, claim_id))
    for i, hit in enumerate(hits):
        for start, end, claim_id in spans.get(hit.block_id or 0, []):
            if start <= hit.start and hit.end <= end and hit.end > hit.start:
                hits[i] = SearchHit(
                    hit.kind,
                    hit.where,
                    hit.before,
                    hit.match,
                    hit.after,
                    block_id=hit.block_id,
                    start=hit.start,
                    end=hit.end,
                    claim_id=claim_id,
                )
                break


def _reference_hits(
    session: Session, matching: Select[Any], pattern: re.Pattern[str], limit: int
) -> list[SearchHit]:
    hits = []
    for reference_id, number, key, authors, title, year in session.execute(matching):
        if len(hits) >= limit:
            break
        shown = ". ".join(p for p in (authors, title, year) if p) or key
        match = pattern.search(fold(shown))
        if match is not None:
            before, found, after = _context(shown, *match.span())
        else:  # matched on the key or the number only
            before, found, after = "", shown, ""
        where = f"[{number}]" if number is not None else key
        hits.append(SearchHit("reference", where, before, found, after, reference_id=reference_id))
    return hits


def _context(source: str, start: int, end: int) -> tuple[str, str, str]:
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(source), end + CONTEXT_CHARS)
    before = ("…" if left > 0 else "") + " ".join(source[left:start].split()) + (
        " " if start > left and source[start - 1].isspace() else ""
    )
    after = (" " if end < right and source[end].isspace() else "") + " ".join(source[end:right].split()) + (
        "…" if right < len(source) else ""
    )
    return before, " ".join(source[start:end].split()), after


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]
