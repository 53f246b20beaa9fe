"""Platform API keys on the accounts screen: a thin wrapper over ``vimod.store.platforms``
(the service's key format and hashing), plus the listing the screen shows."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vimod.store.models import ApiKey, Platform, User


def available() -> bool:
    return True


def list_platforms_and_keys(session: Session) -> tuple[list[Platform], list[ApiKey]]:
    platforms = list(session.scalars(select(Platform).order_by(Platform.name)))
    keys = list(session.scalars(select(ApiKey).order_by(ApiKey.platform_id, ApiKey.id)))
    return platforms, keys


def create(session: Session, platform_id: int, name: str, user: User) -> str:
    """Create a key for ``platform_id``; returns the plaintext key (shown once)."""
    from vimod.store.platforms import create_api_key

    _, key = create_api_key(session, platform_id, name=name[:200], actor=f"user:{user.username}")
    return key
