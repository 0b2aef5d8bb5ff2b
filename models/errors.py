"""Errors the storage layer reports in words a person understands, and how they name a library."""

from __future__ import annotations

from sqlalchemy.engine import make_url


def shown_url(url: str) -> str:
    """``url`` fit to show a person: a password in it is masked."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - not a URL: show it as given
        return url


class LibraryError(Exception):
    """A library database that cannot be used as asked; the message says why."""


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

    def __init__(self, message: str, *, table: str = "", role: str = "", action: str = "") -> None:
        super().__init__(message)
        self.table = table
        self.role = role
        self.action = action

    def sentence(self, role: str | None = None, action: str | None = None) -> str:
        role = role or self.role
        action = action or self.action or (f"change {self.table.replace('_', ' ')}" if self.table else "")
        if role and action:
            return f"Your role ({role}) cannot {action}."
        return str(self)

    def __str__(self) -> str:
        return self.sentence() if (self.role and (self.action or self.table)) else super().__str__()
