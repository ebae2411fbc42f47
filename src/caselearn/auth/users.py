"""Users and partnerships: creation, password checks, API tokens. Every change is audited."""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from caselearn.auth.permissions import ROLES
from caselearn.auth.principal import Principal
from caselearn.codebook import load as load_codebook
from caselearn.errors import Conflict, InvalidInput, NotFound
from caselearn.store import audit
from caselearn.store.models import Partnership, User

_hasher = PasswordHasher()
MIN_PASSWORD_LENGTH = 8


def principal_of(user: User) -> Principal:
    return Principal(
        role=user.role,
        username=user.username,
        user_id=user.id,
        partnership_id=user.partnership_id,
        authenticated=True,
    )


def get_or_create_partnership(session: Session, actor: str, name: str, region: str = "not_known") -> Partnership:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("a partnership needs a name")
    found = session.scalar(select(Partnership).where(Partnership.name == name))
    if found:
        return found
    load_codebook()["region"].validate(region)
    partnership = Partnership(name=name, region=region)
    session.add(partnership)
    session.flush()
    audit.record(session, actor, "create", "partnership", partnership.id, {"name": name, "region": region})
    return partnership


def create_user(
    session: Session,
    actor: str,
    username: str,
    password: str,
    role: str,
    partnership: str | None = None,
) -> User:
    username = username.strip()
    if not username or any(c.isspace() for c in username):
        raise InvalidInput("a username must be one word")
    if role not in ROLES:
        raise InvalidInput(f"unknown role {role!r}: choose one of {', '.join(ROLES)}")
    if role == "partnership" and not partnership:
        raise InvalidInput("a partnership user needs --partnership")
    if role != "partnership" and partnership:
        raise InvalidInput("only partnership users belong to one partnership")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    if session.scalar(select(User).where(User.username == username)):
        raise Conflict(f"user {username!r} already exists")
    partnership_id = get_or_create_partnership(session, actor, partnership).id if partnership else None
    user = User(
        username=username,
        password_hash=_hasher.hash(password),
        role=role,
        partnership_id=partnership_id,
        active=True,
    )
    session.add(user)
    session.flush()
    audit.record(
        session, actor, "create", "user", user.id, {"username": username, "role": role, "partnership": partnership}
    )
    return user


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The active user with this name and password, or None (same answer for either mistake)."""
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None or not user.active:
        _hasher.hash(password)  # spend the same time as a real check
        return None
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    return user


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_api_token(session: Session, actor: str, username: str) -> str:
    """A new API token for the user (replacing any old one); only its hash is stored."""
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(f"no user {username!r}")
    token = secrets.token_urlsafe(32)
    user.api_token_hash = _token_digest(token)
    audit.record(session, actor, "issue_token", "user", user.id, {"username": username})
    return token


def user_for_token(session: Session, token: str) -> User | None:
    user = session.scalar(select(User).where(User.api_token_hash == _token_digest(token)))
    return user if user is not None and user.active else None
