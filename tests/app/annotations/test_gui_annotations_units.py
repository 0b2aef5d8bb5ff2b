"""The pieces under the annotation views: offsets against the reader, the
undo helpers of ``references.review.annotation_queries``, highlights around markers."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtGui import QTextCursor
from sqlalchemy import select

from app.annotations.annotation_editor import parse_tags
from app.annotations.annotation_layer import pieces_between_markers
from app.main_window import MainWindow
from app.reader_document import LINE_SEPARATOR
from models import Annotation, AnnotationReply
from models.db import Library
from references.review.annotation_queries import (
    annotation_overview,
    change_fields,
    reattach_by_uri,
    reply_to,
)
from references.review.annotations import create_annotation
from references.thesis.text_map import document_text
from tests.app.annotations.test_gui_annotations_support import COOLEY_END, controller, sql, unique_span, window  # noqa: F401

LONG_AGO = datetime(2024, 3, 1, 9, 30, tzinfo=timezone.utc)


def reader_text(window: MainWindow, a: int, b: int) -> str:
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_document_offsets_and_reader_positions_agree_on_every_block(
    window: MainWindow, sample_library: Library
) -> None:
    offsets = controller(window).offsets()
    layout = window.reader.layout_map
    assert offsets is not None and layout is not None
    whole = document_text_of(sample_library)
    assert offsets.text == whole
    rows = sql(sample_library, "SELECT id, kind, doc_start, length(text) FROM blocks ORDER BY position")
    for block_id, kind, doc_start, length in rows[::7]:  # every seventh block: all kinds, quickly
        a, b = offsets.to_reader(layout, doc_start, doc_start + length)
        shown = reader_text(window, a, b).replace(LINE_SEPARATOR, "\n")
        stored = whole[doc_start : doc_start + length]
        assert shown == (stored if kind == "table" else stored.replace("\n", " ")), block_id
        assert offsets.from_reader(layout, a, b) == (doc_start, doc_start + length)


def test_a_selection_from_a_table_caption_starts_at_the_table_text(window: MainWindow, sample_library: Library) -> None:
    offsets = controller(window).offsets()
    layout = window.reader.layout_map
    block_id, doc_start, caption = sql(
        sample_library, "SELECT id, doc_start, caption FROM blocks WHERE kind = 'table' AND caption != '' LIMIT 1"
    )[0]
    table_start = layout.block_start[block_id]
    caption_shown = " ".join(caption.split())
    assert reader_text(window, table_start - 1 - len(caption_shown), table_start - 1) == caption_shown
    span = offsets.from_reader(layout, table_start - 1 - len(caption_shown) // 2, table_start + 5)
    assert span == (doc_start, doc_start + 5)


def document_text_of(library: Library) -> str:
    with library.session() as session:
        return document_text(session, 1)


def test_field_changes_and_replies_undo_exactly_and_redo_with_the_same_ids(sample_library: Library) -> None:
    start, end = unique_span(sample_library, COOLEY_END)
    with sample_library.session() as s:
        ann = create_annotation(s, 1, start, end, comment="c", author="r", verdict="needs_source", tags=["a"])
        ann.modified = LONG_AGO
        uri = ann.uri
    with sample_library.session() as s:
        change = change_fields(s, uri, {"status": "resolved", "tags": ("b", "a"), "comment": "d"})
        assert dict(change.old) == {"status": "open", "tags": ("a",), "comment": "c"}
    with sample_library.session() as s:
        change.undo(s)
    with sample_library.session() as s:
        ann = s.scalar(select(Annotation).where(Annotation.uri == uri))
        assert (ann.status, ann.tag_names, ann.comment) == ("open", ["a"], "c")
        assert ann.modified.replace(tzinfo=timezone.utc) == LONG_AGO
        added = reply_to(s, uri, "Иә.", author="Автор", author_role="author")
    with sample_library.session() as s:
        withdrawn = added.undo(s)
    with sample_library.session() as s:
        assert s.scalar(select(AnnotationReply)) is None
        ann = s.scalar(select(Annotation).where(Annotation.uri == uri))
        assert ann.modified.replace(tzinfo=timezone.utc) == LONG_AGO
        withdrawn.undo(s)
    with sample_library.session() as s:
        reply = s.scalar(select(AnnotationReply))
        assert (reply.uri, reply.body, reply.author_role) == (added.reply.uri, "Иә.", "author")


def test_restore_anchor_puts_a_reattached_annotation_back(sample_library: Library) -> None:
    start, end = unique_span(sample_library, COOLEY_END)
    with sample_library.session() as s:
        uri = create_annotation(s, 1, start, end, comment="c", author="r").uri
    with sample_library.session() as s:
        moved = reattach_by_uri(s, uri, 0, 10)
        old = moved.old
    with sample_library.session() as s:
        moved.undo(s)
    with sample_library.session() as s:
        ann = s.scalar(select(Annotation).where(Annotation.uri == uri))
        assert (ann.start, ann.end, ann.exact, ann.claim_id, ann.anchor) == (start, end, COOLEY_END, old.claim_id, "exact")


def test_the_overview_counts_open_annotations_per_claim_with_their_verdicts(sample_library: Library) -> None:
    start, end = unique_span(sample_library, COOLEY_END)
    with sample_library.session() as s:
        for verdict, status in (("not_supported", "open"), ("needs_source", "open"), (None, "open"), ("supported", "resolved")):
            create_annotation(s, 1, start, end, author="r", verdict=verdict, status=status, tags=["x"])
        overview = annotation_overview(s, 1)
    [(claim_id, counts)] = overview.by_claim.items()
    assert (counts.open, counts.resolved) == (3, 1)
    assert counts.verdicts == ("not_supported", "needs_source")  # the order of VERDICTS, not of creation
    assert overview.tags == ("x",) and overview.authors == ("r",)
    assert sql(sample_library, "SELECT DISTINCT claim_id FROM annotations") == [(claim_id,)]


def test_highlights_leave_markers_out() -> None:
    markers = [(10, 14, 1), (20, 25, 2), (40, 44, 3)]
    assert pieces_between_markers(0, 30, markers) == [(0, 10), (14, 20), (25, 30)]
    assert pieces_between_markers(12, 22, markers) == [(14, 20)]
    assert pieces_between_markers(21, 24, markers) == []
    assert pieces_between_markers(26, 39, markers) == [(26, 39)]


def test_tags_are_split_on_commas_trimmed_and_kept_once() -> None:
    assert parse_tags(" бет, page ,, бет ,Cooley") == ("бет", "page", "Cooley")
    assert parse_tags("  ") == ()
