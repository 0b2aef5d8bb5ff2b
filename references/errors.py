"""Errors of the domain layer, each with a message a person understands."""

from __future__ import annotations

from models.errors import LibraryError


class InputError(LibraryError):
    """A file or value given by the user cannot be used; nothing was changed."""


class NotFoundError(LibraryError):
    """A document, reference or annotation named by the user does not exist."""
