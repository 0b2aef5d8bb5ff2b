"""The thesis text: importing it, the document view, its text map, full-text search, editing, renumbering, citation order."""
