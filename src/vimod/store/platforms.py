"""Platforms and their API keys.

A key looks like ``vmk_<40 url-safe chars>``; only its sha256 is stored (the key has ~240
bits of entropy, so a fast hash is enough: there is nothing to brute-force). The first 12
characters are stored as a lookup prefix. A key is shown once, at creation.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from vimod.errors import Conflict, InvalidInput, NotFound
from vimod.store import audit
from vimod.store.models import ApiKey, Platform, utcnow
from vimod.vocab import CLI_ACTOR

KEY_PREFIX = "vmk_"
_LOOKUP_CHARS = 12


@dataclass(frozen=True)
class KeyPrincipal:
    """Who is calling: the platform a valid key belongs to."""

    key_id: int
    platform_id: int
    platform_name: str


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def new_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(30)


def create_platform(
    session: Session, name: str, *, webhook_url: str | None = None, actor: str = CLI_ACTOR
) -> tuple[Platform, str]:
    """Create a platform with its first API key; returns (platform, plaintext key)."""
    name = name.strip()
    if not name or len(name) > 200:
        raise InvalidInput("platform name must be 1..200 characters")
    if session.scalar(select(Platform.id).where(Platform.name == name)) is not None:
        raise Conflict(f"a platform named {name!r} already exists")
    platform = Platform(name=name, webhook_url=webhook_url,
                        webhook_secret=secrets.token_hex(32))
    session.add(platform)
    session.flush()
    audit.record(session, actor=actor, action="platform.created", object_type="platform",
                 object_id=platform.id, platform_id=platform.id,
                 after={"name": name, "webhook_url": webhook_url})
    _, key = create_api_key(session, platform.id, actor=actor)
    return platform, key


def create_api_key(
    session: Session, platform_id: int, *, name: str = "default", actor: str = CLI_ACTOR
) -> tuple[ApiKey, str]:
    if session.get(Platform, platform_id) is None:
        raise NotFound(f"platform {platform_id} does not exist")
    key = new_key()
    row = ApiKey(platform_id=platform_id, prefix=key[:_LOOKUP_CHARS], key_hash=hash_key(key),
                 name=name)
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="api_key.created", object_type="api_key",
                 object_id=row.id, platform_id=platform_id,
                 after={"name": name, "prefix": row.prefix})
    return row, key


def set_webhook(
    session: Session, platform_id: int, url: str | None, *, actor: str = CLI_ACTOR,
    rotate_secret: bool = False,
) -> Platform:
    platform = session.get(Platform, platform_id)
    if platform is None:
        raise NotFound(f"platform {platform_id} does not exist")
    before = {"webhook_url": platform.webhook_url}
    platform.webhook_url = url
    if rotate_secret or not platform.webhook_secret:
        platform.webhook_secret = secrets.token_hex(32)
    audit.record(session, actor=actor, action="platform.webhook_set", object_type="platform",
                 object_id=platform.id, platform_id=platform.id, before=before,
                 after={"webhook_url": url, "secret_rotated": rotate_secret})
    return platform


def get_platform_by_name(session: Session, name: str) -> Platform:
    platform = session.scalar(select(Platform).where(Platform.name == name))
    if platform is None:
        raise NotFound(f"no platform named {name!r}")
    return platform


def platform_names(session: Session) -> list[str]:
    return list(session.scalars(select(Platform.name).order_by(Platform.name)))


def publishes_reports(session: Session, name: str) -> bool:
    """Whether the platform called ``name`` publishes its transparency report (False for
    an unknown name)."""
    return bool(session.scalar(select(Platform.public_reports).where(Platform.name == name)))


def list_platforms_and_keys(session: Session) -> tuple[list[Platform], list[ApiKey]]:
    platforms = list(session.scalars(select(Platform).order_by(Platform.name)))
    keys = list(session.scalars(select(ApiKey).order_by(ApiKey.platform_id, ApiKey.id)))
    return platforms, keys


def authenticate(session: Session, key: str) -> KeyPrincipal | None:
    """The principal for a presented key, or None (unknown, malformed or revoked)."""
    if not key.startswith(KEY_PREFIX) or len(key) > 200:
        return None
    digest = hash_key(key)
    rows = session.execute(
        select(ApiKey.id, ApiKey.platform_id, ApiKey.key_hash, ApiKey.revoked_at, Platform.name)
        .join(Platform, Platform.id == ApiKey.platform_id)
        .where(ApiKey.prefix == key[:_LOOKUP_CHARS])
    ).all()
    for key_id, platform_id, key_hash, revoked_at, pname in rows:
        if hmac.compare_digest(key_hash, digest) and revoked_at is None:
            return KeyPrincipal(key_id=key_id, platform_id=platform_id, platform_name=pname)
    return None


def is_revoked(session: Session, key_id: int) -> bool:
    row = session.get(ApiKey, key_id)
    if row is None:
        raise NotFound(f"api key {key_id} does not exist")
    return row.revoked_at is not None


def key_id_by_prefix(session: Session, prefix: str) -> int | None:
    return session.scalar(select(ApiKey.id).where(ApiKey.prefix == prefix).limit(1))


def revoke_api_key(session: Session, key_id: int, *, actor: str = CLI_ACTOR,
                   now: datetime | None = None) -> None:
    row = session.get(ApiKey, key_id)
    if row is None:
        raise NotFound(f"api key {key_id} does not exist")
    row.revoked_at = now or utcnow()
    audit.record(session, actor=actor, action="api_key.revoked", object_type="api_key",
                 object_id=key_id, platform_id=row.platform_id)
