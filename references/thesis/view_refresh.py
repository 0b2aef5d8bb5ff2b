"""A document's view brought up to date after an edit, without reading the whole text again.

``load_document_view`` reads every row of a document, the 460,000
characters of the bundled thesis's text included. After an edit the window
knows which blocks' text changed (``block_ids``); everything else in the
view is small (citations, claims, references, groups, sections: a few
hundred rows each), so ``refresh_document_view`` reads those in full, the
text of the named blocks only, and every block's place (``doc_start`` moves
after an edit above it). The result equals what ``load_document_view``
returns as long as no other block's text changed; when the blocks
themselves were added, removed or moved, it says so (None) and the caller
reads the whole view.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Block
from references.thesis.document_view import BlockRow, DocumentView, load_document_view


def refresh_document_view(
    session: Session, view: DocumentView, block_ids: Iterable[int] = (), *, blocks_changed: bool = True
) -> DocumentView | None:
    """``view`` read again, with the text of ``block_ids`` only (None: the blocks changed shape).

    ``blocks_changed=False``: no block changed at all (a reference or a group was
    edited), so ``view``'s blocks are taken as they are.
    """
    document_id = view.document.id
    block_rows = _blocks(session, view, frozenset(block_ids)) if blocks_changed else list(view.blocks)
    if block_rows is None:
        return None
    return load_document_view(session, document_id, block_rows=block_rows)


def _blocks(session: Session, view: DocumentView, changed: frozenset[int]) -> list[BlockRow] | None:
    """Every block's row: the stored text of ``changed``, the text ``view`` holds of the others."""
    places = session.execute(
        select(Block.id, Block.section_id, Block.position, Block.kind, Block.caption, Block.doc_start)
        .where(Block.document_id == view.document.id)
        .order_by(Block.position)
    ).all()
    if [row.id for row in places] != [block.id for block in view.blocks]:
        return None  # blocks added, removed or reordered: not an edit of some blocks' text
    texts = {block.id: block.text for block in view.blocks}
    wanted = sorted(changed & texts.keys())
    for start in range(0, len(wanted), 500):  # SQLite limits the bound parameters of one statement
        chunk = wanted[start : start + 500]
        texts.update((row.id, row.text) for row in session.execute(select(Block.id, Block.text).where(Block.id.in_(chunk))))
    return [
        BlockRow(row.id, row.section_id, row.position, row.kind, texts[row.id], row.caption, row.doc_start)
        for row in places
    ]
