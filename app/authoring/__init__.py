"""Author tools in the window (GitHub issue 6): edit paragraphs and citations,
renumber by first citation, merge duplicates, and the citation audit.

``install(window)`` adds them to a ``MainWindow``; the domain work is in
``references.thesis.editing``, ``references.thesis.renumbering``, ``references.library.duplicates``
and ``references.audit.citation_audit``.
"""

from app.authoring.controller import AuthoringController, install

__all__ = ["AuthoringController", "install"]
