"""Citation keys of a LaTeX document that no .bib entry has, by the number they were given."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import LatexProject


def dangling_keys(session: Session, document_id: int) -> dict[int, str]:
    """{number: key} for every key the document cites that its .bib files lack ({} for other documents)."""
    layout = session.scalar(select(LatexProject.layout).where(LatexProject.document_id == document_id))
    if not layout:
        return {}
    return {int(number): key for number, key in layout.get("dangling", {}).items()}
