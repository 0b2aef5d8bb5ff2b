"""Reviewer annotations in the window (GitHub issue 5).

``install(window)`` adds everything to a ``MainWindow``: highlights and
margin marks in the reader, the annotations dock with its orphans list, the
editor, the user's name and role, a column of the claims table, and the
review files of the File menu. Every change is one command on the window's
undo stack; the domain work is in ``references.review.annotations`` and
``references.review.annotation_queries``.
"""

from app.annotations.controller import AnnotationsController, install

__all__ = ["AnnotationsController", "install"]
