"""The reference library: the library file, entry and group edits, table queries, imports and exports, merging, duplicates."""
