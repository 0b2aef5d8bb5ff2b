"""The words of a review, one list each: verdicts, statuses, roles, comment formats.

The database, the W3C files, Word comments, the command line and the window
all take their values from here (labels for people live beside each use).
"""

from __future__ import annotations

from typing import Literal, get_args

Verdict = Literal["supported", "partly_supported", "not_supported", "needs_source", "other"]
Status = Literal["open", "resolved"]
Role = Literal["author", "reviewer"]
CommentFormat = Literal["text/plain", "text/markdown"]

VERDICTS: tuple[Verdict, ...] = get_args(Verdict)
STATUSES: tuple[Status, ...] = get_args(Status)
ROLES: tuple[Role, ...] = get_args(Role)
FORMATS: tuple[CommentFormat, ...] = get_args(CommentFormat)
