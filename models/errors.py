"""Errors the storage layer reports in words a person understands."""

from __future__ import annotations


class LibraryError(Exception):
    """A library database that cannot be used as asked; the message says why."""


class NewerDatabaseError(LibraryError):
    """The database was written by a newer Silteme; it is left untouched."""


class NotALibraryError(LibraryError):
    """The file is not a Silteme library (not SQLite, or someone else's tables)."""


class ConcurrentEditError(LibraryError):
    """A row changed in another window or process since it was loaded."""
