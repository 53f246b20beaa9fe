"""Dependencies of the route handlers, as ``Annotated`` aliases (``FactoryDep``,
``PlatformDep``, ...) so handlers stay short.

One style for the database: a handler takes ``FactoryDep`` and opens exactly one unit of
work, ``transaction(factory)`` to write (committed before it returns, so a 2xx answer means
the data is on disk) or ``read_transaction(factory)`` to read."""

from __future__ import annotations

import hashlib
import threading
import time
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from vimod.api.config import Settings
from vimod.api.ratelimit import SharedRateLimiter
from vimod.context import context
from vimod.policy import Policy
from vimod.store.db import SessionFactory, read_transaction
from vimod.store.platforms import KeyPrincipal, authenticate
from vimod.store.writer import GroupWriter

# auto_error=False: we answer 401 (not 403) with a WWW-Authenticate header ourselves.
_bearer = HTTPBearer(auto_error=False, description="A platform API key (`vmk_…`).")

#: How long a verified key is trusted without asking the database again. Revocations are
#: also polled (``vimod.api.shared_state``): a revoked key stops within the poll interval.
AUTH_CACHE_TTL_S = 30.0


class AuthCache:
    """Verified keys. ``clear()`` (the revocation watcher) starts a new generation; a
    look-up that began before it cannot put its possibly stale answer back (``put`` with
    the generation read before the look-up). With a watcher, ``trust(s)`` bounds how long
    entries are believed without a successful poll: a stalled watcher never keeps a
    revoked key alive past that."""

    def __init__(self, ttl_s: float = AUTH_CACHE_TTL_S) -> None:
        self.ttl_s = ttl_s
        self._data: dict[str, tuple[float, KeyPrincipal]] = {}
        self._lock = threading.Lock()
        self.generation = 0
        self._trusted_until = float("inf")

    def get(self, digest: str) -> KeyPrincipal | None:
        now = time.monotonic()
        with self._lock:
            hit = self._data.get(digest)
            if hit is None or hit[0] < now or now > self._trusted_until:
                return None
            return hit[1]

    def put(self, digest: str, principal: KeyPrincipal, generation: int | None = None) -> None:
        with self._lock:
            if generation is not None and generation != self.generation:
                return
            if len(self._data) > 10_000:
                self._data.clear()
            self._data[digest] = (time.monotonic() + self.ttl_s, principal)

    def clear(self) -> None:
        """Forget every verified key (after a revocation: effective at once here)."""
        with self._lock:
            self._data.clear()
            self.generation += 1

    def trust(self, seconds: float) -> None:
        """Believe cached entries for ``seconds`` from now (called after each good poll)."""
        with self._lock:
            self._trusted_until = time.monotonic() + seconds


async def get_factory(request: Request) -> SessionFactory:
    return context(request).sessionmaker


async def get_writer(request: Request) -> GroupWriter:
    return context(request).writer


async def get_settings(request: Request) -> Settings:
    return context(request).settings


async def get_policy(request: Request) -> Policy:
    return context(request).policy


async def get_detector(request: Request) -> Any:
    # The micro-batching wrapper around the detector (see vimod.api.batching).
    return context(request).batcher


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
    ctx = context(request)
    cache = ctx.auth_cache
    digest = hashlib.sha256(key.encode()).hexdigest()
    principal = cache.get(digest)
    if principal is None:
        # Rare (once per key per AUTH_CACHE_TTL_S): a short blocking read is acceptable here.
        generation = cache.generation
        with read_transaction(ctx.sessionmaker) as session:
            principal = authenticate(session, key)
        if principal is None:
            raise unauthorized
        cache.put(digest, principal, generation)
    limiter = ctx.rate_limiter
    if isinstance(limiter, SharedRateLimiter):
        # A database round trip: not on the event loop.
        retry_after = await run_in_threadpool(limiter.check, principal.key_id)
    else:
        retry_after = limiter.check(principal.key_id)
    if retry_after:
        raise HTTPException(status_code=429, detail="rate limit exceeded for this API key",
                            headers={"Retry-After": str(retry_after)})
    return principal


FactoryDep = Annotated[SessionFactory, Depends(get_factory)]
WriterDep = Annotated[GroupWriter, Depends(get_writer)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
PolicyDep = Annotated[Policy, Depends(get_policy)]
DetectorDep = Annotated[Any, Depends(get_detector)]
PlatformDep = Annotated[KeyPrincipal, Depends(get_platform)]
