"""Errors the storage layer reports in words a person understands, and how they name a library."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from models.messages import Message, Messages

StorageErrors = Messages("StorageErrors")


def shown_url(url: str) -> str:
    """``url`` fit to show a person: a password in it is masked."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - not a URL: show it as given
        return url


class LibraryError(Exception):
    """A library database that cannot be used as asked; the message says why.

    The message is a ``Message`` (an English template, its context and its
    values) that the app shows in the person's language; ``str(error)`` is
    the English sentence, for logs. A plain string is kept as it is (text
    that is not Silteme's own, such as a server's words).
    """

    def __init__(self, message: Message | str = "", *args: object) -> None:
        super().__init__(str(message), *args)
        self.message = message


class NewerDatabaseError(LibraryError):
    """The database was written by a newer Silteme; it is left untouched."""


class NotALibraryError(LibraryError):
    """The file is not a Silteme library (not SQLite, or someone else's tables)."""


class ConcurrentEditError(LibraryError):
    """A row changed in another window or process since it was loaded."""


class ConnectionLostError(LibraryError):
    """The server of a team library could not be reached; nothing of the change was written."""


class RoleError(LibraryError):
    """The server refused a change that the login's role may not make.

    ``role`` and ``action`` are filled in by whoever knows them (the domain
    knows the login's role, the command or window knows what was being
    done), so that the person reads one sentence such as "Your role
    (reviewer) cannot renumber references."
    """

    def __init__(
        self, message: Message | str = "", *, table: str = "", role: str = "", action: Message | str = ""
    ) -> None:
        self.table = table
        self.role = role
        self.action = action  # what was refused, e.g. ThesisErrors.tr("renumber references")
        super().__init__(message or self._refusal(role, action) or "")

    def _refusal(self, role: str, action: Message | str) -> Message | None:
        action = action or (StorageErrors.tr("change %1", self.table.replace("_", " ")) if self.table else "")
        return StorageErrors.tr("Your role (%1) cannot %2.", role, action) if role and action else None

    def sentence(self, role: str | None = None, action: Message | str | None = None) -> Message | str:
        """The refusal as one sentence (a ``Message`` the app translates)."""
        return self._refusal(role or self.role, action or self.action) or self.message

    def __str__(self) -> str:
        return str(self.sentence()) if (self.role and (self.action or self.table)) else super().__str__()
