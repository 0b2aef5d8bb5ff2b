"""The checks of the citation audit, one function per kind of finding.

Each check reads a ``_Corpus`` (the document's blocks, markers and numbered
references, loaded once) and yields ``Finding`` rows. Messages say what is
wrong in words an author understands; ``data`` carries the same facts for
programs (see ``docs/audit-format.md``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import Block, Citation, Claim, Document, LatexProject, Reference, Section, SourceGroup
from references.audit.findings import AuditOptions, Finding, Location
from references.bibtex import entry_type_fields
from references.thesis.citation_order import first_citation_order
from references.errors import InputError
from references.normalize import fold_compact
from references.numbers import compress_numbers
from references.thesis.reference_fields import plain_fields
from models.messages import Messages

AuditErrors = Messages("AuditErrors")

EXCERPT_CHARS = 70
_SPACES = re.compile(r"\s+")
# An entry with these fields may inherit required fields from another entry.
_INHERITING = ("crossref", "xdata")
NO_GROUP = "(no group)"


@dataclass
class _Corpus:
    document: Document
    blocks: dict[int, Block]
    section_labels: dict[int, str]
    citations: list[Citation]  # reading order
    references: list[Reference]  # numbered, by number


def run_checks(session: Session, document: Document, options: AuditOptions) -> list[Finding]:
    corpus = _load(session, document)
    checks = {
        "dangling-marker": lambda: _dangling_markers(session, corpus),
        "uncited-reference": lambda: _uncited_references(corpus),
        "first-citation-order": lambda: _first_citation_order(session, corpus),
        "long-range": lambda: _long_ranges(corpus, options.long_range),
        "incomplete-reference": lambda: _incomplete_references(corpus),
        "claim-without-primary-source": lambda: _claims_without_primary_source(session, corpus, options.primary_in),
    }
    return [finding for kind in options.kinds for finding in checks[kind]()]


def _load(session: Session, document: Document) -> _Corpus:
    blocks = {
        b.id: b
        for b in session.scalars(select(Block).where(Block.document_id == document.id).order_by(Block.position))
    }
    labels = {
        s.id: s.label for s in session.scalars(select(Section).where(Section.document_id == document.id))
    }
    citations = list(
        session.scalars(
            select(Citation)
            .join(Block)
            .where(Block.document_id == document.id)
            .order_by(Block.position, Citation.start)
            .options(selectinload(Citation.targets))
        )
    )
    references = list(
        session.scalars(
            select(Reference)
            .where(Reference.document_id == document.id, Reference.number.is_not(None))
            .order_by(Reference.number)
            .options(selectinload(Reference.groups))
        )
    )
    return _Corpus(document, blocks, labels, citations, references)


def _excerpt(text: str, start: int, end: int) -> str:
    """The text before ``end`` (at most EXCERPT_CHARS, from a word start), on one line."""
    begin = max(0, end - EXCERPT_CHARS)
    if begin > 0:
        space = text.find(" ", begin, end)
        begin = space + 1 if space != -1 else begin
    piece = _SPACES.sub(" ", text[begin:end]).strip()
    return ("… " if begin > 0 else "") + piece


def _location(corpus: _Corpus, block_id: int, start: int, end: int, marker: str | None) -> Location:
    block = corpus.blocks[block_id]
    return Location(
        block_id=block_id,
        section=corpus.section_labels.get(block.section_id, "") if block.section_id else "",
        start=start,
        end=end,
        document_start=block.doc_start + start,
        document_end=block.doc_start + end,
        marker=marker,
        excerpt=_excerpt(block.text, start, end),
    )


def _marker_location(corpus: _Corpus, citation: Citation) -> Location:
    return _location(corpus, citation.block_id, citation.start, citation.end, citation.marker)


def _dangling_markers(session: Session, corpus: _Corpus) -> Iterator[Finding]:
    keys = dangling_keys(session, corpus.document.id)  # a LaTeX thesis's keys missing from its .bib
    for citation in corpus.citations:
        missing = [t.number for t in citation.targets if t.reference_id is None]
        if missing:
            listed = ", ".join(str(n) for n in missing)
            named = [keys[n] for n in missing if n in keys]
            data: dict[str, object] = {"citation_id": citation.id, "numbers": missing}
            message = f"{citation.marker} cites {listed}, which no reference in the bibliography has."
            if named:
                data["keys"] = named
                message += f" The LaTeX source cites the key(s) {', '.join(named)}, which no .bib file holds."
            yield Finding("dangling-marker", "error", _marker_location(corpus, citation), message, data)


def _uncited_references(corpus: _Corpus) -> Iterator[Finding]:
    cited = {t.reference_id for c in corpus.citations for t in c.targets}
    for ref in corpus.references:
        if ref.id not in cited:
            yield Finding(
                "uncited-reference",
                "warning",
                None,
                f"Reference [{ref.number}] ({ref.key}) is in the bibliography but the text never cites it.",
                {"number": ref.number, "key": ref.key, "reference_id": ref.id},
            )


def _first_citation_order(session: Session, corpus: _Corpus) -> Iterator[Finding]:
    """Number n is reported when some number greater than n was first cited
    before n's first citation (numbers of one marker count in ascending order)."""
    firsts = first_citation_order(session, corpus.document.id)
    by_id = {c.id: c for c in corpus.citations}
    for index, first in enumerate(firsts):
        larger = sorted(f.number for f in firsts[:index] if f.number > first.number)
        if not larger:
            continue
        shown = ", ".join(f"[{n}]" for n in larger[:5]) + (" …" if len(larger) > 5 else "")
        yield Finding(
            "first-citation-order",
            "warning",
            _marker_location(corpus, by_id[first.citation_id]),
            f"[{first.number}] is first cited here, after the larger {shown} had been; "
            "numbered references should be first cited in order.",
            {"number": first.number, "reference_id": first.reference_id, "cited_before": larger},
        )


def _long_ranges(corpus: _Corpus, threshold: int) -> Iterator[Finding]:
    for citation in corpus.citations:
        count = len(citation.targets)
        if count > threshold:
            yield Finding(
                "long-range",
                "warning",
                _marker_location(corpus, citation),
                f"{citation.marker} cites {count} sources at once (more than {threshold}); "
                "say which of them supports what.",
                {"citation_id": citation.id, "count": count, "threshold": threshold, "numbers": citation.numbers},
            )


def missing_required_fields(ref: Reference) -> list[str]:
    """Required fields of the reference's entry type that it lacks ("year or date")."""
    fields = {name: value.strip() for name, value in plain_fields(ref).items()}
    if any(fields.get(name) for name in _INHERITING):
        return []
    required, _optional = entry_type_fields(ref.entry_type)
    return [" or ".join(alts) for alts in required if not any(fields.get(name) for name in alts)]


def _incomplete_references(corpus: _Corpus) -> Iterator[Finding]:
    """One finding per source group holding incomplete references.

    A reference counts in its most specific groups only (Western, not also
    Scholarly literature), so counts add up to the number of references.
    """
    members: dict[str, list[dict[str, object]]] = {}
    totals: dict[str, int] = {}
    group_ids: dict[str, int | None] = {}
    tree_order: dict[str, tuple[int, ...]] = {NO_GROUP: (1 << 30,)}
    for ref in corpus.references:
        missing = missing_required_fields(ref)
        for group in _most_specific(ref.groups) or [None]:
            name = " > ".join(group.path()) if group is not None else NO_GROUP
            group_ids[name] = group.id if group is not None else None
            if group is not None:
                tree_order[name] = tuple(g.position for g in [*reversed(list(_ancestors(group))), group])
            totals[name] = totals.get(name, 0) + 1
            if missing or not ref.complete:
                members.setdefault(name, []).append(
                    {"number": ref.number, "key": ref.key, "reference_id": ref.id,
                     "missing": missing, "complete": ref.complete}
                )
    for name, refs in sorted(members.items(), key=lambda item: tree_order[item[0]]):
        not_complete = sum(1 for r in refs if not r["complete"])
        lacking = sum(1 for r in refs if r["missing"])
        numbers = compress_numbers([int(str(r["number"])) for r in refs], corpus.document.range_dash)
        yield Finding(
            "incomplete-reference",
            "warning",
            None,
            f"{name}: {len(refs)} of {totals[name]} references are incomplete "
            f"({lacking} lack required fields, {not_complete} not marked complete): {numbers}.",
            {"group": name, "group_id": group_ids[name], "count": len(refs), "total": totals[name],
             "missing_fields": lacking, "not_marked_complete": not_complete, "references": refs},
        )


def _most_specific(groups: list[SourceGroup]) -> list[SourceGroup]:
    ancestors = {a.id for g in groups for a in _ancestors(g)}
    return [g for g in groups if g.id not in ancestors]


def _ancestors(group: SourceGroup) -> Iterator[SourceGroup]:
    node = group.parent
    while node is not None:
        yield node
        node = node.parent


def _is_primary(group: SourceGroup) -> bool:
    return group.primary or any(a.primary for a in _ancestors(group))


def resolve_sections(session: Session, document: Document, specs: tuple[str, ...]) -> set[int]:
    """Ids of the sections named by number ("1.2") or title, with their subsections."""
    sections = list(session.scalars(select(Section).where(Section.document_id == document.id)))
    chosen: set[int] = set()
    for spec in specs:
        wanted = fold_compact(spec)
        hits = [
            s for s in sections
            if s.number == spec.strip() or wanted in (fold_compact(s.title), fold_compact(s.label))
        ]
        if not hits:
            names = "; ".join(s.label for s in sections)
            raise InputError(AuditErrors.tr(
                    "No section %1 in %2. Its sections: %3.",
                    repr(spec), repr(document.title), names,
                ))
        chosen.update(s.id for s in hits)
    children: dict[int | None, list[int]] = {}
    for s in sections:
        children.setdefault(s.parent_id, []).append(s.id)
    stack = list(chosen)
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in chosen:
                chosen.add(child)
                stack.append(child)
    return chosen


def _claims_without_primary_source(session: Session, corpus: _Corpus, specs: tuple[str, ...]) -> Iterator[Finding]:
    if not specs:
        return
    section_ids = resolve_sections(session, corpus.document, specs)
    claims = session.scalars(
        select(Claim)
        .join(Block)
        .where(Block.document_id == corpus.document.id, Block.section_id.in_(section_ids))
        .order_by(Block.position, Claim.start)
        .options(selectinload(Claim.citations).selectinload(Citation.targets))
    )
    primary_refs = {r.id for r in corpus.references if any(_is_primary(g) for g in r.groups)}
    for claim in claims:
        numbers = sorted({t.number for c in claim.citations for t in c.targets})
        if any(t.reference_id in primary_refs for c in claim.citations for t in c.targets):
            continue
        cited = f"[{compress_numbers(numbers, corpus.document.range_dash)}]" if numbers else "nothing"
        none = "which is not" if len(numbers) == 1 else "none of them"
        yield Finding(
            "claim-without-primary-source",
            "warning",
            _location(corpus, claim.block_id, claim.start, claim.end, None),
            f"This claim cites {cited}, {none} a primary source "
            "(legal act, diplomatic document, speech or statistics).",
            {"claim_id": claim.id, "numbers": numbers},
        )


def dangling_keys(session: Session, document_id: int) -> dict[int, str]:
    """{number: key} for every key a LaTeX thesis cites that its .bib files lack ({} for other documents)."""
    layout = session.scalar(select(LatexProject.layout).where(LatexProject.document_id == document_id))
    if not layout:
        return {}
    return {int(number): key for number, key in layout.get("dangling", {}).items()}
