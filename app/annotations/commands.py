"""One undo command per user action on annotations.

redo() and undo() each run one transaction of domain functions
(``references.review.annotations``, ``references.review.annotation_queries``), saved at
once. Commands name annotations by W3C id, which survives delete and
restore, so undo and redo work however far the user goes back. A step that
fails (the library is locked, the annotation was deleted elsewhere) is
reported and the command leaves the stack: nothing half-done stays.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from typing import Protocol

from PySide6.QtGui import QUndoCommand
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.annotations.identity import Identity
from models.errors import LibraryError
from references.review.annotation_queries import (
    FieldChange,
    ReplyAdded,
    change_fields,
    delete_by_uri,
    put_back_reply,
    reattach_by_uri,
    reply_to,
    restore_anchor,
    revert_fields,
    withdraw_reply,
)
from references.review.annotations import AnnotationView, create_annotation, restore_annotation
from app.i18n import Translations, sentence
from app.i18n import fill

QUOTE_IN_NAME = 40  # characters of the quote in a command's name (Undo history)


AnnotationCommands = Translations("AnnotationCommands")


class CommandHost(Protocol):
    """What a command needs of the window: a transaction, and whom to tell."""

    def session(self) -> AbstractContextManager[Session]: ...

    def command_done(self, focus_uri: str | None) -> None: ...

    def command_failed(self, message: str) -> None: ...


def short_quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_IN_NAME else text[: QUOTE_IN_NAME - 1] + "…"


class AnnotationCommand(QUndoCommand):
    def __init__(self, host: CommandHost, name: str) -> None:
        super().__init__(name)
        self.host = host
        self.focus_uri: str | None = None  # the annotation to show after the step

    def redo(self) -> None:
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.undo_step)

    def do(self, session: Session) -> None:
        raise NotImplementedError

    def undo_step(self, session: Session) -> None:
        raise NotImplementedError

    def _run(self, step: Callable[[Session], None]) -> None:
        try:
            with self.host.session() as session:
                step(session)
        except (LibraryError, SQLAlchemyError) as exc:
            self.setObsolete(True)  # the stack drops it; the transaction was rolled back
            self.host.command_failed(sentence(exc))
            return
        self.host.command_done(self.focus_uri)


class CreateAnnotation(AnnotationCommand):
    def __init__(
        self,
        host: CommandHost,
        document_id: int,
        span: tuple[int, int],
        quote: str,
        fields: Mapping[str, object],
        identity: Identity,
    ) -> None:
        super().__init__(host, fill(AnnotationCommands.tr("Annotate «%1»"), short_quote(quote)))
        self.document_id = document_id
        self.span = span
        self.fields = dict(fields)
        self.identity = identity
        self.snapshot: AnnotationView | None = None  # kept by undo, put back by redo

    def do(self, session: Session) -> None:
        if self.snapshot is not None:
            self.focus_uri = restore_annotation(session, self.snapshot).uri
            return
        ann = create_annotation(
            session,
            self.document_id,
            *self.span,
            author=self.identity.name,
            author_role=self.identity.role,
            **self.fields,  # type: ignore[arg-type]  # comment, verdict, tags, color, comment_format
        )
        self.focus_uri = ann.uri

    def undo_step(self, session: Session) -> None:
        assert self.focus_uri is not None
        self.snapshot = delete_by_uri(session, self.focus_uri)


class ChangeAnnotation(AnnotationCommand):
    """Edit, resolve or reopen: new values of body fields."""

    def __init__(self, host: CommandHost, uri: str, changes: Mapping[str, object], name: str) -> None:
        super().__init__(host, name)
        self.focus_uri = uri
        self.changes = dict(changes)
        self.change: FieldChange | None = None

    def do(self, session: Session) -> None:
        assert self.focus_uri is not None
        self.change = change_fields(session, self.focus_uri, self.changes)

    def undo_step(self, session: Session) -> None:
        assert self.change is not None
        revert_fields(session, self.change)


class DeleteAnnotation(AnnotationCommand):
    def __init__(self, host: CommandHost, uri: str, quote: str) -> None:
        super().__init__(host, fill(AnnotationCommands.tr("Delete the annotation on «%1»"), short_quote(quote)))
        self.uri = uri
        self.snapshot: AnnotationView | None = None

    def do(self, session: Session) -> None:
        self.snapshot = delete_by_uri(session, self.uri)
        self.focus_uri = None

    def undo_step(self, session: Session) -> None:
        assert self.snapshot is not None
        self.focus_uri = restore_annotation(session, self.snapshot).uri


class ReplyToAnnotation(AnnotationCommand):
    def __init__(self, host: CommandHost, uri: str, body: str, identity: Identity) -> None:
        super().__init__(host, AnnotationCommands.tr("Reply to an annotation"))
        self.focus_uri = uri
        self.body = body
        self.identity = identity
        self.added: ReplyAdded | None = None

    def do(self, session: Session) -> None:
        assert self.focus_uri is not None
        if self.added is not None:
            put_back_reply(session, self.added)  # the same reply, W3C id and time
            return
        self.added = reply_to(session, self.focus_uri, self.body, author=self.identity.name, author_role=self.identity.role)

    def undo_step(self, session: Session) -> None:
        assert self.added is not None
        withdraw_reply(session, self.added)


class ReattachAnnotation(AnnotationCommand):
    def __init__(self, host: CommandHost, uri: str, span: tuple[int, int], quote: str) -> None:
        super().__init__(host, fill(AnnotationCommands.tr("Re-attach an annotation to «%1»"), short_quote(quote)))
        self.focus_uri = uri
        self.span = span
        self.old: AnnotationView | None = None

    def do(self, session: Session) -> None:
        assert self.focus_uri is not None
        self.old = reattach_by_uri(session, self.focus_uri, *self.span)

    def undo_step(self, session: Session) -> None:
        assert self.old is not None
        restore_anchor(session, self.old)


class ImportedAnnotations(AnnotationCommand):
    """Annotations a worker has just imported: the first redo has nothing to do."""

    def __init__(self, host: CommandHost, uris: list[str], file_name: str) -> None:
        super().__init__(host, fill(AnnotationCommands.tr("Import annotations from %1"), file_name))
        self.uris = list(uris)
        self.snapshots: list[AnnotationView] = []
        self._imported = True

    def do(self, session: Session) -> None:
        if self._imported:
            self._imported = False
            return
        for snapshot in self.snapshots:
            restore_annotation(session, snapshot)
        self.snapshots = []

    def undo_step(self, session: Session) -> None:
        self.snapshots = [delete_by_uri(session, uri) for uri in self.uris]
