"""Adding, duplicating and deleting library entries, each undoable."""

from references.entries.lifecycle import EntryCreated, EntryDeleted, create_entry, delete_entry, duplicate_entry

__all__ = ["EntryCreated", "EntryDeleted", "create_entry", "delete_entry", "duplicate_entry"]
