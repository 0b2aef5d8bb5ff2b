"""The thesis as a Word document, every annotation a Word comment on its span.

Headings, paragraphs and tables' text come from the stored blocks; citation
markers are their own runs (so a reader sees them and a comment can start
or end on one). Each anchored annotation becomes a comment with its author
and date; its verdict, status and tags open the comment and the replies of
its thread follow as paragraphs. Orphaned annotations, whose text is gone
from the thesis, are listed at the end with a comment each, so nothing a
reviewer wrote is lost on the way to Word.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from collections import defaultdict
from dataclasses import dataclass
from datetime import timezone
from pathlib import Path

from docx import Document as WordDocument
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.comments import CT_Comments
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.text.run import Run
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import Block, Document
from references.review.annotations import AnnotationView, list_annotations
from references.system.progress import Progress, Steps
from references.review.markdown_safe import Span, comment_paragraphs
from references.safe_text import xml_safe
from references.storage.safe_write import refuse_library_target, write_bytes_atomically

VERDICT_WORDS = {
    "supported": "supported",
    "partly_supported": "partly supported",
    "not_supported": "not supported by the cited source",
    "needs_source": "needs a source",
    "other": "other",
}


@dataclass(frozen=True)
class DocxReport:
    paragraphs: int
    comments: int
    orphaned: int


def comment_heading(item: AnnotationView) -> str:
    parts = []
    if item.verdict:
        parts.append(f"Verdict: {VERDICT_WORDS.get(item.verdict, item.verdict)}")
    parts.append(f"Status: {item.status}")
    if item.tags:
        parts.append("Tags: " + ", ".join(item.tags))
    return " · ".join(parts)


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isalpha())[:4].upper()


def export_docx(session: Session, document_id: int, out: Path, progress: Progress | None = None) -> DocxReport:
    """Write the document to ``out``; a cancel (``progress``) before the write leaves ``out`` as it was."""
    refuse_library_target(out)  # before the work, not only at the write
    document = session.get(Document, document_id)
    assert document is not None
    blocks = list(
        session.scalars(
            select(Block)
            .where(Block.document_id == document_id)
            .options(selectinload(Block.citations), selectinload(Block.section))
            .order_by(Block.position)
        )
    )
    annotations = list_annotations(session, document_id)
    starts = [b.doc_start for b in blocks]

    def locate(offset: int, is_end: bool) -> tuple[int, int]:
        index = bisect.bisect_right(starts, offset - (1 if is_end else 0)) - 1
        index = max(0, min(index, len(blocks) - 1))
        block = blocks[index]
        return index, max(0, min(offset - block.doc_start, len(block.text)))

    cuts: dict[int, set[int]] = defaultdict(set)
    placed: list[tuple[AnnotationView, tuple[int, int], tuple[int, int]]] = []
    orphans: list[AnnotationView] = []
    for item in annotations:
        if item.anchor == "orphaned" or item.start is None or item.end is None:
            orphans.append(item)
            continue
        first, last = locate(item.start, False), locate(item.end, True)
        if first[1] == len(blocks[first[0]].text) and first[0] + 1 < len(blocks):
            first = (first[0] + 1, 0)  # starts in the gap between blocks
        cuts[first[0]].add(first[1])
        cuts[last[0]].add(last[1])
        placed.append((item, first, last))

    # Blocks, then comments, then the save (worth about a tenth of the rest).
    steps = Steps(progress, len(blocks) + len(annotations) + max(1, (len(blocks) + len(annotations)) // 10), every=25)
    word = WordDocument()
    style = word.styles["Normal"]
    style.font.name = "DejaVu Sans"
    style.font.size = Pt(11)
    word.add_heading(xml_safe(document.title), level=0)
    runs_at: dict[int, list[tuple[int, int, Run]]] = {}
    paragraphs = 0
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            level = min(block.section.level if block.section else 1, 3)
            paragraph = word.add_heading(level=level)
        else:
            if block.kind == "table" and block.caption:
                word.add_paragraph().add_run(xml_safe(block.caption)).italic = True
                paragraphs += 1
            paragraph = word.add_paragraph(style="List Bullet" if block.kind == "list_item" else None)
        runs_at[index] = _add_runs(paragraph, block, cuts.get(index, set()))
        paragraphs += 1
        steps.advance()

    def run_starting(index: int, offset: int) -> Run:
        for start, end, run in runs_at[index]:
            if start == offset and end > start:
                return run
        return runs_at[index][0][2]

    def run_ending(index: int, offset: int) -> Run:
        for start, end, run in reversed(runs_at[index]):
            if end == offset and end > start:
                return run
        return runs_at[index][-1][2]

    comments = 0
    with _counted_comment_ids():
        for item, first, last in placed:
            _add_comment(word, [run_starting(*first), run_ending(*last)], item)
            comments += 1
            steps.advance()
        if orphans:
            word.add_heading("Orphaned annotations", level=1)
            word.add_paragraph(
                "Their text is gone from this revision of the thesis; each keeps the quote it was made on."
            )
            for item in orphans:
                run = word.add_paragraph().add_run(xml_safe(f"«{item.exact}»"))
                _add_comment(word, [run], item)
                comments += 1
                steps.advance()
    data = _to_bytes(word)
    steps.check()  # the last moment a cancel leaves the file as it was
    write_bytes_atomically(out, data)
    return DocxReport(paragraphs=paragraphs, comments=comments, orphaned=len(orphans))


def _add_runs(paragraph, block: Block, cuts: set[int]) -> list[tuple[int, int, Run]]:  # noqa: ANN001 - a docx Paragraph
    marks = {0, len(block.text)} | {c.start for c in block.citations} | {c.end for c in block.citations} | cuts
    bounds = sorted(m for m in marks if 0 <= m <= len(block.text))
    citation_spans = {(c.start, c.end) for c in block.citations}
    runs: list[tuple[int, int, Run]] = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        run = paragraph.add_run(xml_safe(block.text[start:end]))
        if any(cs <= start and end <= ce for cs, ce in citation_spans):
            run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x9A)
            run.font.highlight_color = WD_COLOR_INDEX.GRAY_25
        runs.append((start, end, run))
    if not runs:
        runs.append((0, 0, paragraph.add_run("")))
    return runs


def _add_comment(word, runs: list[Run], item: AnnotationView) -> None:  # noqa: ANN001 - a docx Document
    comment = word.add_comment(
        runs, text=xml_safe(comment_heading(item)), author=xml_safe(item.author),
        initials=xml_safe(_initials(item.author)),
    )
    # python-docx stamps "now"; Word shows the annotation's own time.
    comment._comment_elm.date = _utc(item.created)  # noqa: SLF001 - no public setter for w:date
    for spans in comment_paragraphs(item.comment, item.comment_format):
        _add_formatted_paragraph(comment.add_paragraph(), spans)
    for reply in item.replies:
        comment.add_paragraph(xml_safe(
            f"— {reply.author} ({reply.author_role}, {_utc(reply.created):%Y-%m-%d %H:%M}): {reply.body}"
        ))


@contextmanager
def _counted_comment_ids() -> Iterator[None]:
    """Comment ids that count up during one export.

    python-docx gives each new comment the highest id in the document plus
    one, found by reading every comment's id: quadratic in the number of
    annotations (50,000 took over ten minutes). A fresh document holds only
    the comments added here, so counting gives the same ids in linear time.
    """
    original = CT_Comments._next_available_comment_id  # noqa: SLF001 - python-docx has no public hook
    ids = itertools.count()
    CT_Comments._next_available_comment_id = lambda _self: next(ids)  # noqa: SLF001
    try:
        yield
    finally:
        CT_Comments._next_available_comment_id = original  # noqa: SLF001


def _add_formatted_paragraph(paragraph, spans: list[Span]) -> None:  # noqa: ANN001 - a docx Paragraph
    """Markdown's formatting as Word's: bold, italic, code in a fixed-width font, links as hyperlinks."""
    for span in spans:
        if span.link is not None:
            _add_hyperlink(paragraph, span)
            continue
        run = paragraph.add_run(xml_safe(span.text))
        run.bold, run.italic = span.bold or None, span.italic or None
        if span.code:
            run.font.name = "Courier New"


def _add_hyperlink(paragraph, span: Span) -> None:  # noqa: ANN001 - a docx Paragraph
    r_id = paragraph.part.relate_to(span.link, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    for tag, value in (("w:color", "0563C1"), ("w:u", "single")):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        props.append(element)
    for flag, on in (("w:b", span.bold), ("w:i", span.italic)):
        if on:
            props.append(OxmlElement(flag))
    run.append(props)
    text = OxmlElement("w:t")
    text.set(qn("xml:space"), "preserve")
    text.text = xml_safe(span.text)
    run.append(text)
    link.append(run)
    paragraph._p.append(link)  # noqa: SLF001 - python-docx has no public hyperlink API


def _utc(moment):  # noqa: ANN001, ANN202 - datetime in, datetime out
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _to_bytes(word) -> bytes:  # noqa: ANN001
    import io

    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


__all__ = ["DocxReport", "export_docx"]
