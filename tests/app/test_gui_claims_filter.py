"""The claims dock's text filter, key by key on the bundled thesis, keeps exactly the
claims whose folded text holds the folded phrase (what a scan of the document's
claims in SQL keeps): Latin ə and Cyrillic ә, upper and lower case alike."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text as sql_text

from app.claims_model import ClaimsFilterProxy, ClaimsModel
from app.document_index import DocumentIndex
from models.db import Library
from models.folding import search_form
from references.thesis.document_view import load_document_view


@pytest.mark.parametrize("typed", ["ӘДЕБИЕТ", "əдебиет", "Қазақстан Республикасы", "көпвекторлы саясат"])
def test_the_filter_keeps_what_a_scan_of_the_document_keeps(sample_library: Library, typed: str) -> None:
    with sample_library.session() as session:
        document_id = session.execute(sql_text("SELECT id FROM documents")).scalar_one()
        model, proxy = ClaimsModel(), ClaimsFilterProxy()
        proxy.setSourceModel(model)
        model.set_document(DocumentIndex(load_document_view(session, document_id)))
        proxy.sort(0, Qt.SortOrder.AscendingOrder)
        for end in range(1, len(typed) + 1):
            proxy.set_text(typed[:end])
            shown = {model.claim(proxy.mapToSource(proxy.index(r, 0)).row()).id for r in range(proxy.rowCount())}
            scanned = set(session.execute(
                sql_text("SELECT c.id FROM claims c JOIN blocks b ON b.id = c.block_id "
                         "WHERE b.document_id = :d AND instr(c.search_text, :q) > 0"),
                {"d": document_id, "q": search_form(typed[:end])},
            ).scalars())
            assert shown == scanned, typed[:end]
        assert 0 < proxy.rowCount() < model.rowCount()  # the whole phrase is in some claims, not all
