"""Adding, duplicating and deleting library entries, each undoable."""

from references.entries.lifecycle import EntryChange, create_entry, delete_entry, duplicate_entry

__all__ = ["EntryChange", "create_entry", "delete_entry", "duplicate_entry"]
