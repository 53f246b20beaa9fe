"""Acts on accounts, keys, the policy and report publishing, by a console admin or at the
command line. Each runs in the caller's transaction and writes its audit row there."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from vimod.errors import Conflict, InvalidInput
from vimod.store import audit, platforms, policies, shared, users
from vimod.store.db import Session
from vimod.store.models import PolicyVersion, User, utcnow
from vimod.vocab import user_actor


def log_in(session: Session, username: str, password: str) -> User | None:
    """The active account with these credentials (its login audited), or None."""
    user = users.authenticate(session, username, password)
    if user is not None:
        audit.record(session, actor=user_actor(user.username), action="user.login",
                     object_type="user", object_id=user.id)
    return user


#: Five wrong passwords for one account within 15 minutes lock its form logins for the rest
#: of the window: slows guessing without a lockout an attacker can renew forever. Counted
#: in the database, so every worker and replica sees the same failures.
LOGIN_WINDOW_S = 15 * 60
LOGIN_MAX_FAILURES = 5


def _login_key(username: str) -> str:
    return username.strip().lower()[:200]


def login_throttled(session: Session, username: str, *, now: datetime | None = None) -> bool:
    since = (now or utcnow()) - timedelta(seconds=LOGIN_WINDOW_S)
    return shared.recent_login_failures(session, _login_key(username), since) \
        >= LOGIN_MAX_FAILURES


def note_login_failure(session: Session, username: str, *, now: datetime | None = None) -> None:
    now = now or utcnow()
    shared.record_login_failure(session, _login_key(username), now=now,
                                forget_before=now - timedelta(seconds=LOGIN_WINDOW_S))


def create_account(session: Session, admin: User, username: str, password: str, *,
                   role: str) -> User:
    return users.create_user(session, username, password, role=role,
                             actor=user_actor(admin.username))


def set_account_active(session: Session, admin: User, user_id: int, active: bool) -> User:
    """Deactivate or reactivate an account; an admin cannot lock themselves out."""
    if user_id == admin.id:
        raise InvalidInput("you cannot deactivate yourself")
    return users.set_active(session, user_id, active, actor=user_actor(admin.username))


def create_api_key(session: Session, admin: User, platform_id: int, name: str) -> str:
    """A new key for ``platform_id``; returns the plaintext key (shown once)."""
    name = (name.strip() or "default")[:200]
    _, key = platforms.create_api_key(session, platform_id, name=name,
                                      actor=user_actor(admin.username))
    return key


def revoke_api_key(session: Session, key_id: int, *, actor: str) -> None:
    """Revoke a platform's API key: from the commit on the key authenticates nothing (the
    API's per-process cache of verified keys is cleared by the caller)."""
    if platforms.is_revoked(session, key_id):
        raise Conflict(f"api key {key_id} is already revoked")
    platforms.revoke_api_key(session, key_id, actor=actor)


def activate_policy(session: Session, policy: Any, *, active_version: str | None,
                    actor: str) -> PolicyVersion:
    """Make ``policy`` (a ``vimod.policy.Policy``) the active one. Its version must differ
    from the live one: a changed policy gets a new version, so decisions stay traceable."""
    if active_version == policy.version:
        raise Conflict(
            f"version {active_version!r} is already active: give the new policy a new one")
    return policies.record_policy(session, policy, actor=actor)


def publish_report(session: Session, platform_name: str, publish: bool, *, actor: str) -> None:
    """Publish (or stop publishing) a platform's transparency report."""
    platform = platforms.get_platform_by_name(session, platform_name)
    before = bool(platform.public_reports)
    platform.public_reports = publish
    audit.record(session, actor=actor, action="platform.public_reports",
                 object_type="platform", object_id=platform.id, platform_id=platform.id,
                 before={"public_reports": before}, after={"public_reports": publish})
