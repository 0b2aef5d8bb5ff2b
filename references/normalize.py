"""Text folding for search and matching (see ``models.folding``).

The folding itself lives in ``models`` because the storage layer keeps a
folded copy of every searchable text for the full-text index; the domain and
the GUI use it from here.
"""

from models.folding import fold, fold_compact, search_form

__all__ = ["fold", "fold_compact", "search_form"]
