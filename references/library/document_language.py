"""The language a document is written in (kk, ru or en), set by a person (issue 17).

Detected from the text at import (``references.text.language``); set from the
command line (``silteme language``) and from the window (Tools ▸ Document
Language) through ``set_document_language``, one undoable step. The GOST-2008
list of the document's bibliography takes that language's terms.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from models import Document
from models.messages import Messages, listing
from references.errors import InputError, NotFoundError
from references.storage.undoable import Changed, TwoWay
from references.text.language import LANGUAGES, check_language

LibraryErrors = Messages("LibraryErrors")


# The kind of change a new language is: no view of the thesis shows it.
LANGUAGE = "language"


@dataclass(frozen=True, slots=True)
class LanguageChange(TwoWay):
    """A document's language set from ``old`` to ``new``; undone and redone as one step."""

    document_id: int
    old: str
    new: str

    @property
    def label(self) -> str:
        return f"Set the document's language to {self.new}"

    @property
    def changed(self) -> Changed:
        return Changed.of({LANGUAGE} if self.old != self.new else (), document_id=self.document_id)

    def revert(self, session: Session) -> None:
        _document(session, self.document_id).language = self.old

    def reapply(self, session: Session) -> None:
        _document(session, self.document_id).language = self.new


def set_document_language(session: Session, document_id: int, language: str) -> LanguageChange:
    """Set the language a document is written in (kk, ru or en): the GOST-2008 list of its
    bibliography takes that language's terms, and Kazakh and Russian sorting follow it.
    The command line (``silteme language``) and the window both set it here."""
    document = _document(session, document_id)
    try:
        check_language(language)
    except ValueError:
        raise InputError(
            LibraryErrors.tr("Unknown language %1; use one of: %2.", repr(language), listing(LANGUAGES))
        ) from None
    change = LanguageChange(document_id, document.language, language)
    document.language = language
    return change


def _document(session: Session, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise NotFoundError(LibraryErrors.tr("No document with id %1 in this library.", document_id))
    return document
