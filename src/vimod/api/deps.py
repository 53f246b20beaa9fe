"""Dependencies of the route handlers, as ``Annotated`` aliases (``SessionDep``,
``PlatformDep``, ...) so handlers stay short."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session, sessionmaker

from vimod.api.config import Settings
from vimod.api.ratelimit import RateLimiter
from vimod.policy import Policy
from vimod.store.db import read_transaction
from vimod.store.platforms import KeyPrincipal, authenticate

# auto_error=False: we answer 401 (not 403) with a WWW-Authenticate header ourselves.
_bearer = HTTPBearer(auto_error=False, description="A platform API key (`vmk_…`).")

#: How long a verified key is trusted without asking the database again. A revoked key
#: stops working within this time.
AUTH_CACHE_TTL_S = 30.0


class AuthCache:
    def __init__(self, ttl_s: float = AUTH_CACHE_TTL_S) -> None:
        self.ttl_s = ttl_s
        self._data: dict[str, tuple[float, KeyPrincipal]] = {}
        self._lock = threading.Lock()

    def get(self, digest: str) -> KeyPrincipal | None:
        with self._lock:
            hit = self._data.get(digest)
            if hit is None or hit[0] < time.monotonic():
                return None
            return hit[1]

    def put(self, digest: str, principal: KeyPrincipal) -> None:
        with self._lock:
            if len(self._data) > 10_000:
                self._data.clear()
            self._data[digest] = (time.monotonic() + self.ttl_s, principal)


async def get_session(request: Request) -> AsyncIterator[Session]:
    """A session; handlers open exactly one transaction with ``session.begin()`` and commit
    before they return, so a 2xx answer means the data is on disk."""
    with request.app.state.sessionmaker() as session:
        yield session


async def get_factory(request: Request) -> sessionmaker[Session]:
    return request.app.state.sessionmaker


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_policy(request: Request) -> Policy:
    return request.app.state.policy


async def get_detector(request: Request) -> Any:
    # The micro-batching wrapper around app.state.detector (see vimod.api.batching).
    return request.app.state.batcher


async def get_platform(
    request: Request,
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> KeyPrincipal:
    """The calling platform, from its API key; also applies the key's rate limit."""
    unauthorized = HTTPException(
        status_code=401, detail="missing or invalid API key (Authorization: Bearer vmk_…)",
        headers={"WWW-Authenticate": "Bearer"},
    )
    if creds is None or not creds.credentials.isascii():
        raise unauthorized
    key = creds.credentials
    cache: AuthCache = request.app.state.auth_cache
    digest = hashlib.sha256(key.encode()).hexdigest()
    principal = cache.get(digest)
    if principal is None:
        # Rare (once per key per AUTH_CACHE_TTL_S): a short blocking read is acceptable here.
        with read_transaction(request.app.state.sessionmaker) as session:
            principal = authenticate(session, key)
        if principal is None:
            raise unauthorized
        cache.put(digest, principal)
    limiter: RateLimiter = request.app.state.rate_limiter
    retry_after = limiter.check(principal.key_id)
    if retry_after:
        raise HTTPException(status_code=429, detail="rate limit exceeded for this API key",
                            headers={"Retry-After": str(retry_after)})
    return principal


SessionDep = Annotated[Session, Depends(get_session)]
FactoryDep = Annotated[sessionmaker[Session], Depends(get_factory)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
PolicyDep = Annotated[Policy, Depends(get_policy)]
DetectorDep = Annotated[Any, Depends(get_detector)]
PlatformDep = Annotated[KeyPrincipal, Depends(get_platform)]
