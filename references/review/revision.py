"""Replacing a document's text with a revised version of it.

The document keeps its id, title and bibliography. Its sections, blocks,
claims and citations are rebuilt from the revised text; citation numbers
resolve to the same references, so claims keep their links. Every
annotation is then re-anchored on the new text: exactly where the quoted
text still stands, fuzzily where it was edited, and orphaned (kept, never
misplaced) where it is gone.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.orm import Session

from models import Block, Section
from references.storage.backups import Reason, backup_before
from references.team.identity import require_author
from references.thesis.reanchoring import reanchor_annotations
from references.thesis.text_map import document_text
from references.errors import InputError
from references.system.progress import Progress, Steps
from references.thesis.text_import import store_parsed
from references.library.location import find_document
from references.thesis.citation_links import relink_citations
from references.safe_text import clean_text
from references.text import parse_thesis
from models.messages import Messages

ReviewErrors = Messages("ReviewErrors")


@dataclass(frozen=True)
class RevisionReport:
    document_id: int
    blocks: int
    claims: int
    citations: int
    exact: int
    fuzzy: int
    orphaned: int

    @property
    def annotations(self) -> int:
        return self.exact + self.fuzzy + self.orphaned


def revise_document(
    session: Session, document_spec: str | int | None, new_source: str, progress: Progress | None = None
) -> RevisionReport:
    """Replace the document's text by ``new_source`` (the caller's transaction).

    ``progress`` hears of each of its steps and may cancel between them: then
    ``Cancelled`` is raised and the caller's rollback leaves the document as it was.
    """
    steps = Steps(progress, 5)
    new_source = clean_text(new_source)
    if not new_source.strip():
        raise InputError(ReviewErrors.tr("The revised text is empty; the document was left as it was."))
    document = find_document(session, None if document_spec is None else str(document_spec))
    parsed = parse_thesis(new_source)
    if not parsed.blocks:
        raise InputError(ReviewErrors.tr("No paragraphs were found in the revised text; the document was left as it was."))
    steps.advance()
    require_author(session, ReviewErrors.tr("replace the text"))
    backup_before(session, Reason.REVISION_IMPORT)
    steps.advance()
    old_text = document_text(session, document.id)
    session.execute(delete(Block).where(Block.document_id == document.id))
    session.execute(delete(Section).where(Section.document_id == document.id))
    session.expire(document)
    store_parsed(session, document, parsed)
    steps.advance()
    relink_citations(session, document.id)
    new_text = document_text(session, document.id)
    steps.advance()
    counts = reanchor_annotations(session, document.id, new_text, old_text=old_text)
    steps.advance()
    return RevisionReport(
        document_id=document.id,
        blocks=len(parsed.blocks),
        claims=sum(len(b.claims) for b in parsed.blocks),
        citations=sum(len(b.citations) for b in parsed.blocks),
        **counts,
    )
