"""A review report: annotations grouped by section and verdict, with the
claim each is about, its references and their source groups."""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from models import Claim, Document
from references.review.annotations import AnnotationView, iso, list_annotations
from references.review.word_export import VERDICT_WORDS
from references.thesis.text_map import DocumentMap
from references.review.markdown_safe import comment_html, markdown_comment, markdown_text

UNPLACED = "Orphaned (text gone from this revision)"


@dataclass
class ReportItem:
    annotation: AnnotationView
    claim_text: str | None
    references: list[tuple[int | None, str, list[str]]] = field(default_factory=list)


def _collect(session: Session, document_id: int) -> dict[str, dict[str, list[ReportItem]]]:
    doc_map = DocumentMap(session, document_id)
    from models import Block

    by_section: dict[str, dict[str, list[ReportItem]]] = defaultdict(lambda: defaultdict(list))
    for item in list_annotations(session, document_id):
        section = UNPLACED
        if item.anchor != "orphaned" and item.start is not None:
            span = doc_map.block_at(item.start)
            block = session.get(Block, span.block_id) if span else None
            if block is not None and block.section is not None:
                section = block.section.label
        claim = session.get(Claim, item.claim_id) if item.claim_id else None
        refs: list[tuple[int | None, str, list[str]]] = []
        if claim is not None:
            for citation in claim.citations:
                for target in citation.targets:
                    ref = target.reference
                    if ref is not None:
                        label = ref.authors or ref.title or ref.key
                        refs.append((ref.number, label, [g.name for g in ref.groups]))
                    else:
                        refs.append((target.number, "(no such reference)", []))
        by_section[section][item.verdict or "none"].append(
            ReportItem(item, claim.text if claim is not None else None, refs)
        )
    return by_section


def review_markdown(session: Session, document_id: int) -> str:
    document = session.get(Document, document_id)
    lines = [f"# Review report: {document.title}", ""]
    for section, verdicts in _collect(session, document_id).items():
        lines += [f"## {section}", ""]
        for verdict, items in verdicts.items():
            lines += [f"### {VERDICT_WORDS.get(verdict, 'No verdict')}", ""]
            for it in items:
                a = it.annotation
                lines.append(f"- **{_md(a.author)}** ({a.author_role}, {iso(a.created)[:10]}, {a.status})"
                             + (f" — tags: {', '.join(map(_md, a.tags))}" if a.tags else ""))
                lines.append(f"  > {_md(a.exact)}")
                lines.append("  " + (markdown_comment(a.comment) if a.comment_format == "text/markdown"
                                     else _md(a.comment)))
                if it.claim_text:
                    lines.append(f"  Claim: {_md(it.claim_text)}")
                for number, label, groups in it.references:
                    lines.append(f"  - [{number}] {_md(label)}" + (f" ({', '.join(groups)})" if groups else ""))
                for r in a.replies:
                    lines.append(f"  - reply by {_md(r.author)} ({r.author_role}): {_md(r.body)}")
            lines.append("")
    return "\n".join(lines) + "\n"


def review_html(session: Session, document_id: int) -> str:
    document = session.get(Document, document_id)
    esc = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="kk"><head><meta charset="utf-8">',
        f"<title>Review report: {esc(document.title)}</title>",
        "<style>body{font-family:'DejaVu Sans',sans-serif;max-width:60em;margin:auto}"
        "blockquote{border-left:3px solid #999;margin-left:0;padding-left:1em;color:#333}"
        ".refs{font-size:90%;color:#444}</style></head><body>",
        f"<h1>Review report: {esc(document.title)}</h1>",
    ]
    for section, verdicts in _collect(session, document_id).items():
        out.append(f"<h2>{esc(section)}</h2>")
        for verdict, items in verdicts.items():
            out.append(f"<h3>{esc(VERDICT_WORDS.get(verdict, 'No verdict'))}</h3>")
            for it in items:
                a = it.annotation
                out.append('<div class="annotation">')
                out.append(f"<p><b>{esc(a.author)}</b> ({esc(a.author_role)}, {esc(iso(a.created)[:10])}, {esc(a.status)})"
                           + (f" — tags: {esc(', '.join(a.tags))}" if a.tags else "") + "</p>")
                out.append(f"<blockquote>{esc(a.exact)}</blockquote>")
                out.append(comment_html(a.comment, a.comment_format))
                if it.claim_text:
                    out.append(f"<p>Claim: {esc(it.claim_text)}</p>")
                if it.references:
                    out.append('<ul class="refs">' + "".join(
                        f"<li>[{number}] {esc(label)}" + (f" ({esc(', '.join(groups))})" if groups else "") + "</li>"
                        for number, label, groups in it.references) + "</ul>")
                for r in a.replies:
                    out.append(f"<p>↳ <b>{esc(r.author)}</b> ({esc(r.author_role)}): {esc(r.body)}</p>")
                out.append("</div>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    """Text placed in a Markdown report: no live HTML, no accidental structure."""
    return markdown_text(text)
