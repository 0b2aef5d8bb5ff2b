"""Author tools in the window (GitHub issue 6): edit paragraphs and citations,
renumber by first citation, merge duplicates, and the citation audit.

``install(window)`` adds them to a ``MainWindow``; the domain work is in
``references.editing``, ``references.renumber``, ``references.duplicates``
and ``references.audit``.
"""

from app.authoring.controller import AuthoringController, install

__all__ = ["AuthoringController", "install"]
