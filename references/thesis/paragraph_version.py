"""The version of a paragraph, so that an edit made on an old one is refused.

A paragraph (a block and the markers in it) is versioned by what it means:
its text and the document's numbering (which reference each number names),
hashed into ``paragraph_version``. A window keeps the version of the text it
showed; ``require_paragraph_version`` refuses an edit of a paragraph whose
text changed since, or whose numbers now name other references (a renumber
in another process), so a typed [57] never silently cites another source.
The person then reloads, or applies the edit again onto the stored text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Block, Reference
from models.errors import ConcurrentEditError
from models.messages import Messages

ThesisErrors = Messages("ThesisErrors")


class StaleParagraphError(ConcurrentEditError):
    """The paragraph changed elsewhere since it was shown; nothing of the edit was saved."""

    def __init__(self, block_id: int, text: str) -> None:
        self.block_id = block_id
        self.text = text  # the paragraph as saved now, to show beside the person's version
        shown = " ".join(text.split())
        shown = shown if len(shown) <= 60 else shown[:59] + "…"
        super().__init__(
            ThesisErrors.tr(
                "The paragraph «%1» or the numbering of the references it cites was changed in another "
                "window or program after you opened it. Reload to see the other change (your edit is dropped), "
                "or apply your edit again onto the saved paragraph (the other change is lost there).",
                shown,
            )
        )


def paragraph_version(text: str, numbering: Iterable[tuple[int, int]]) -> str:
    """The version of a paragraph as shown: its text and the (number, reference id) pairs
    of its document's bibliography."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass"))
    for number, reference_id in sorted(numbering):
        digest.update(f"\x00{number}:{reference_id}".encode())
    return digest.hexdigest()[:32]


def stored_paragraph_version(session: Session, block: Block) -> str:
    rows = session.execute(
        select(Reference.number, Reference.id).where(
            Reference.document_id == block.document_id, Reference.number.is_not(None)
        )
    )
    return paragraph_version(block.text, ((number, ref_id) for number, ref_id in rows))


def require_paragraph_version(session: Session, block: Block, expected: str | None) -> None:
    """Refuse to edit ``block`` (or a marker in it) when it is not the version the person saw.

    ``expected`` None means "apply again": the edit goes onto whatever is stored.
    """
    if expected is not None and stored_paragraph_version(session, block) != expected:
        raise StaleParagraphError(block.id, block.text)
