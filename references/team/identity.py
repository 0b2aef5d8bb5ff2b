"""Who is working on a team library: the server's login and its role.

On a SQLite file there is no such thing (None): the person types a name.
On a team library the server says who the login is, and the domain checks
a change against the role before the server would refuse it, so the
person reads one sentence instead of a silent no-op (row-level security
hides rows it does not allow to change, rather than failing).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.errors import RoleError
from references.team.roles import AUTHOR, OWNER, READER, REVIEWER, login_name, team_role
from models.messages import Message

_CACHE_KEY = "silteme_identity"


@dataclass(frozen=True, slots=True)
class Identity:
    login: str
    role: str  # owner | author | reviewer | reader

    @property
    def stamps_notes(self) -> bool:
        """Notes carry this login, not a typed name (the owner, who administers, types one)."""
        return self.role != OWNER

    @property
    def annotation_role(self) -> str:
        """The role written on a note: an owner writes as the author."""
        return "author" if self.role in (AUTHOR, OWNER) else "reviewer"

    @property
    def shown_role(self) -> str:
        return AUTHOR if self.role == OWNER else self.role

    def may_change_all(self) -> bool:
        return self.role in (AUTHOR, OWNER)

    def may_change_note_of(self, author: str) -> bool:
        return self.may_change_all() or (self.role == REVIEWER and author == self.login)

    def refusal(self, action: Message) -> RoleError:
        return RoleError(role=self.shown_role, action=action)


def server_identity(session: Session) -> Identity | None:
    """The login and its role on a team library (asked once per session); None for a file."""
    if _CACHE_KEY in session.info:
        return session.info[_CACHE_KEY]
    role = team_role(session)
    identity = None if role is None else Identity(login_name(session), role)
    session.info[_CACHE_KEY] = identity
    return identity


def require_author(session: Session, action: Message) -> None:
    """Refuse, in one sentence, what only the author may do (renumbering, editing the text...)."""
    identity = server_identity(session)
    if identity is not None and not identity.may_change_all():
        raise identity.refusal(action)


def require_writer(session: Session, action: Message) -> Identity | None:
    """Refuse a reader's note or reply; returns the identity to stamp it with."""
    identity = server_identity(session)
    if identity is not None and identity.role == READER:
        raise identity.refusal(action)
    return identity


def require_note_owner(session: Session, author: str, action: Message) -> None:
    identity = server_identity(session)
    if identity is not None and not identity.may_change_note_of(author):
        raise identity.refusal(action)


def may_touch_note_of(session: Session, author: str) -> bool:
    identity = server_identity(session)
    return identity is None or identity.may_change_note_of(author)
