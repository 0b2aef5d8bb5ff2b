"""Keeping a block's citations and claims in step with its text after an edit.

The parser (``references.text``) says what markers and claims a text has;
the stored rows carry identities that other things point at (annotations
at claims, the GUI at citation ids). So after an edit the rows around it
are *reconciled* with a fresh parse: rows the edit did not touch only move,
touched rows are reused in text order for what the parse finds there (a
marker rewritten in place keeps its id), and only what is left over is
created or deleted. Far from the edit nothing is re-derived, so a stored
row never changes because of an edit elsewhere in the paragraph.

Claims are the sentences carrying a marker (``find_claims``); claims a user
marked by hand (origin ``user``) are never re-split, only moved or stretched.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Annotation, Block, Citation, CitationTarget, Claim
from references.thesis.citation_markers import reference_numbers
from references.thesis.offset_shift import Shift
from references.text import ParsedCitation, find_citations
from references.text.claims import find_claims


@dataclass(frozen=True, slots=True)
class ClaimLink:
    """An annotation that pointed at a claim the edit merged away or dropped.

    ``start``/``end`` are that claim's span in its block before the edit, so
    undoing the edit can link the annotation to the claim that span is again.
    """

    annotation_id: int
    block_id: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    claim_links: tuple[ClaimLink, ...]
    warnings: tuple[str, ...]  # markers in the edited text that cannot be read


def sync_block(session: Session, block: Block, shift: Shift) -> SyncOutcome:
    """Move, reuse, create and delete ``block``'s citation and claim rows after
    ``block.text`` was changed by ``shift`` (the rows still hold old offsets)."""
    found, rejected = find_citations(block.text)
    lo, hi = _sync_citations(session, block, shift, found)
    links = _sync_claims(session, block, shift, found, lo, hi)
    warnings = tuple(
        f"{r.marker} at offset {r.start} is not linked: {r.reason}"
        for r in rejected
        if r.start <= hi and r.start + len(r.marker) >= lo
    )
    return SyncOutcome(claim_links=links, warnings=warnings)


def _sync_citations(
    session: Session, block: Block, shift: Shift, found: list[ParsedCitation]
) -> tuple[int, int]:
    """Reconcile citation rows near the edit; return the window that was re-read."""
    touched = [c for c in block.citations if shift.touches(c.start, c.end)]
    kept = [c for c in block.citations if c not in touched]
    for citation in kept:
        if citation.start >= shift.end:
            citation.start += shift.delta
            citation.end += shift.delta
    lo = min([shift.start] + [shift.map_start(c.start) for c in touched])
    hi = max([shift.new_end] + [shift.map_end(c.end) for c in touched])
    candidates = [
        f
        for f in found
        if f.start <= hi and f.end >= lo and not any(f.start < k.end and f.end > k.start for k in kept)
    ]
    touched.sort(key=lambda c: c.start)
    by_number = reference_numbers(session, block.document_id)
    for row, parsed in zip(touched, candidates):
        row.start, row.end, row.marker = parsed.start, parsed.end, parsed.marker
        if row.numbers != parsed.numbers:
            row.targets = _targets(parsed.numbers, by_number)
    for row in touched[len(candidates) :]:
        block.citations.remove(row)
    for parsed in candidates[len(touched) :]:
        block.citations.append(
            Citation(
                start=parsed.start,
                end=parsed.end,
                marker=parsed.marker,
                targets=_targets(parsed.numbers, by_number),
            )
        )
    return lo, hi


def _targets(numbers: Iterable[int], by_number: dict[int, int]) -> list[CitationTarget]:
    return [
        CitationTarget(position=i, number=n, reference_id=by_number.get(n)) for i, n in enumerate(numbers)
    ]


def _sync_claims(
    session: Session, block: Block, shift: Shift, found: list[ParsedCitation], lo: int, hi: int
) -> tuple[ClaimLink, ...]:
    before = {claim: (claim.start, claim.end) for claim in block.claims}
    for claim in block.claims:
        touched = shift.touches(claim.start, claim.end)
        claim.start, claim.end = shift.map_start(claim.start), shift.map_end(claim.end)
        if touched and claim.origin == "sentence":
            lo, hi = min(lo, claim.start), max(hi, claim.end)  # re-split below
        elif touched:
            claim.text = block.text[claim.start : claim.end]  # a user's claim stretches over the edit
    user_claims_gone = [c for c in block.claims if c.origin != "sentence" and c.end <= c.start]
    parsed = find_claims(block.text, found)
    stored = [c for c in block.claims if c.origin == "sentence"]
    # Grow the window until no claim, stored or parsed, straddles its edge:
    # deleting a full stop merges the next sentence into this one.
    while True:
        wanted = [p for p in parsed if p.start <= hi and p.end >= lo]
        mine = [c for c in stored if c.start <= hi and c.end >= lo]
        spans = [(p.start, p.end) for p in wanted] + [(c.start, c.end) for c in mine]
        new_lo = min([lo] + [s for s, _ in spans])
        new_hi = max([hi] + [e for _, e in spans])
        if (new_lo, new_hi) == (lo, hi):
            break
        lo, hi = new_lo, new_hi
    rows_by_span = {(c.start, c.end): c for c in block.citations}
    used: set[Claim] = set()
    merged_into: dict[Claim, Claim | None] = {}
    for p in wanted:
        overlapping = [c for c in mine if c not in used and c.start < p.end and c.end > p.start]
        claim = overlapping[0] if overlapping else Claim(origin="sentence")
        claim.start, claim.end, claim.text = p.start, p.end, block.text[p.start : p.end]
        if not overlapping:
            block.claims.append(claim)
        used.update(overlapping)
        for other in overlapping[1:]:
            merged_into[other] = claim
        for index in p.citation_indexes:
            row = rows_by_span.get((found[index].start, found[index].end))
            if row is not None:
                row.claim = claim
    for claim in mine:
        if claim not in used:
            merged_into[claim] = None
    gone = list(merged_into) + user_claims_gone
    links = _relink_annotations(session, block, gone, merged_into, before)
    for claim in gone:
        for row in block.citations:
            if row.claim is claim:
                row.claim = None
        block.claims.remove(claim)
    return links


def _relink_annotations(
    session: Session,
    block: Block,
    gone: list[Claim],
    merged_into: dict[Claim, Claim | None],
    before: dict[Claim, tuple[int, int]],
) -> tuple[ClaimLink, ...]:
    """Point annotations of vanishing claims at the claim that absorbed them (or none)."""
    ids = [c.id for c in gone if c.id is not None]
    if not ids:
        return ()
    links: list[ClaimLink] = []
    by_id = {c.id: c for c in gone}
    for annotation in session.scalars(select(Annotation).where(Annotation.claim_id.in_(ids))):
        old = by_id[annotation.claim_id]
        start, end = before[old]
        links.append(ClaimLink(annotation.id, block.id, start, end))
        annotation.claim = merged_into.get(old)
    return tuple(links)
