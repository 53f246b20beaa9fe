"""Console accounts (admins and moderators of the operator's staff).

Passwords are hashed with argon2id (argon2-cffi's defaults, RFC 9106 low-memory profile).
Every account change is written to the audit log in the caller's transaction.

>>> # with vimod.store.db.transaction(factory) as s:
>>> #     create_user(s, "lan", "mật-khẩu-dài", role="moderator", actor="cli")
"""

from __future__ import annotations

import re
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from vimod.errors import Conflict, InvalidInput, NotFound
from vimod.store import audit
from vimod.store.models import User
from vimod.vocab import ROLES

MIN_PASSWORD_LENGTH = 10
_USERNAME = re.compile(r"^[A-Za-z0-9_.-]{2,100}$")


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    return PasswordHasher()


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    # Verified against when the username is unknown, so a login attempt takes the same
    # time whether or not the account exists.
    return _hasher().hash("not-a-real-password-0000")


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher().verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"password must have at least {MIN_PASSWORD_LENGTH} characters")


def create_user(
    session: Session, username: str, password: str, *, role: str, actor: str
) -> User:
    """Create an account. Raises InvalidInput (bad name/role/password) or Conflict (taken)."""
    username = username.strip()
    if not _USERNAME.match(username):
        raise InvalidInput(
            f"username {username!r} must be 2-100 characters of letters, digits, '_', '.', '-'"
        )
    if role not in ROLES:
        raise InvalidInput(f"role {role!r} must be one of {', '.join(ROLES)}")
    _check_password(password)
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise Conflict(f"username {username!r} is already taken")
    user = User(username=username, password_hash=hash_password(password), role=role, active=True)
    session.add(user)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="user.created",
        object_type="user",
        object_id=user.id,
        after={"username": username, "role": role},
    )
    return user


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The active user with these credentials, or None. Rehashes outdated argon2 params."""
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None or not user.active:
        verify_password(_dummy_hash(), password)
        return None
    if not verify_password(user.password_hash, password):
        return None
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


def get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"user {user_id} does not exist")
    return user


def get_active_user(session: Session, user_id: int) -> User | None:
    user = session.get(User, user_id)
    return user if user is not None and user.active else None


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))


def set_active(session: Session, user_id: int, active: bool, *, actor: str) -> User:
    """Deactivate or reactivate an account (accounts are never deleted: the audit log and
    reviews point at them)."""
    user = get_user(session, user_id)
    if user.active != active:
        audit.record(
            session,
            actor=actor,
            action="user.activated" if active else "user.deactivated",
            object_type="user",
            object_id=user.id,
            before={"active": user.active},
            after={"active": active},
        )
        user.active = active
    return user


def set_password(session: Session, user_id: int, password: str, *, actor: str) -> User:
    _check_password(password)
    user = get_user(session, user_id)
    user.password_hash = hash_password(password)
    audit.record(
        session, actor=actor, action="user.password_set", object_type="user", object_id=user.id
    )
    return user


__all__ = [
    "MIN_PASSWORD_LENGTH",
    "authenticate",
    "create_user",
    "get_active_user",
    "get_user",
    "hash_password",
    "list_users",
    "set_active",
    "set_password",
    "verify_password",
]
