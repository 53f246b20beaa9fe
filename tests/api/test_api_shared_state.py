"""What workers share through the database (vimod.api.shared_state, SharedRateLimiter,
AuthCache generations), in one process: two apps on one database stand for two workers.
tests/api/test_api_workers.py does the same with real `vimod serve --workers 2` processes."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from tests.api.fakes import FakeDetector
from vimod.api.app import create_app
from vimod.api.config import Settings
from vimod.api.deps import AuthCache
from vimod.api.ratelimit import RateLimiter, SharedRateLimiter
from vimod.policy import Policy
from vimod.store.db import make_sessionmaker, transaction
from vimod.store.platforms import KeyPrincipal, create_api_key, create_platform, revoke_api_key
from vimod.store.policies import record_policy


def _app(engine: Engine, settings: Settings) -> Any:
    return create_app(settings, engine=engine, detector=FakeDetector(), webhooks=False,
                      console=False)


def _until(check: Callable[[], bool], timeout_s: float) -> float:
    """Seconds until ``check()`` held (polled every 20 ms); fails after ``timeout_s``."""
    start = time.monotonic()
    while not check():
        assert time.monotonic() - start < timeout_s, "not within the time allowed"
        time.sleep(0.02)
    return time.monotonic() - start


def _item(n: int) -> dict[str, str]:
    return {"id": f"s-{n}-{time.monotonic_ns()}", "text": f"bình luận số {n}"}


def test_a_revoked_key_is_refused_by_every_worker_within_a_second(
        engine: Engine, settings: Settings) -> None:
    factory = make_sessionmaker(engine)
    with transaction(factory) as s:
        platform, _ = create_platform(s, "forum-r")
        row, key = create_api_key(s, platform.id)
        key_id = row.id
    settings = replace(settings, shared_poll_s=0.2)
    workers = [_app(engine, settings), _app(engine, settings)]
    headers = {"Authorization": f"Bearer {key}"}
    with TestClient(workers[0], headers=headers) as a, TestClient(workers[1], headers=headers) as b:
        for c in (a, b):  # each worker verifies and caches the key (a 30 s cache)
            assert c.post("/v1/moderate", json=_item(1)).status_code == 200
        with transaction(factory) as s:
            revoke_api_key(s, key_id)
        for c in (a, b):
            waited = _until(lambda c=c: c.post("/v1/moderate",  # type: ignore[misc]
                                                json=_item(2)).status_code == 401, 1.0)
            assert waited < 1.0


def test_an_activated_policy_reaches_every_worker_within_two_seconds(
        engine: Engine, settings: Settings, platform_key: str) -> None:
    factory = make_sessionmaker(engine)
    settings = replace(settings, shared_poll_s=0.2)
    workers = [_app(engine, settings), _app(engine, settings)]
    base = Policy.load()
    assert workers[0].state.policy.version == base.version
    stricter = Policy.from_dict({
        **base.to_dict(), "version": "scale-stricter-1",
        "default": {**base.to_dict()["default"]}})
    headers = {"Authorization": f"Bearer {platform_key}"}
    with TestClient(workers[0], headers=headers) as a, TestClient(workers[1], headers=headers) as b:
        with transaction(factory) as s:  # e.g. `vimod policy activate` or another worker
            record_policy(s, stricter, actor="cli")
        for c in (a, b):
            waited = _until(lambda c=c: c.post("/v1/moderate", json=_item(3))  # type: ignore[misc]
                            .json()["policy_version"] == "scale-stricter-1", 2.0)
            assert waited < 2.0


def test_rate_limits_hold_across_workers(engine: Engine, settings: Settings,
                                         platform_key: str) -> None:
    # Burst 4, a token every 1000 s: two workers together let exactly four requests in.
    settings = replace(settings, rate_per_s=0.001, rate_burst=4, shared_limits=True)
    workers = [_app(engine, settings), _app(engine, settings)]
    assert all(isinstance(w.state.rate_limiter, SharedRateLimiter) for w in workers)
    headers = {"Authorization": f"Bearer {platform_key}"}
    codes = []
    with TestClient(workers[0], headers=headers) as a, TestClient(workers[1], headers=headers) as b:
        for n in range(6):
            for c in (a, b):
                r = c.post("/v1/moderate", json=_item(n))
                codes.append(r.status_code)
                if r.status_code == 429:
                    assert int(r.headers["Retry-After"]) >= 1
    assert codes.count(200) == 4 and codes.count(429) == 8


def test_limits_stay_in_memory_on_sqlite_unless_asked(settings: Settings) -> None:
    assert not replace(settings, db_url="sqlite:///x.sqlite").limits_in_database
    assert replace(settings, db_url="postgresql+psycopg://h/db").limits_in_database
    assert replace(settings, db_url="sqlite:///x.sqlite", shared_limits=True).limits_in_database
    assert isinstance(RateLimiter(1, 1), RateLimiter)


def test_a_lookup_that_began_before_a_clear_cannot_cache_its_answer() -> None:
    cache = AuthCache()
    who = KeyPrincipal(key_id=1, platform_id=1, platform_name="p")
    generation = cache.generation          # a request starts its database look-up ...
    cache.clear()                          # ... a revocation is noticed meanwhile ...
    cache.put("digest", who, generation)   # ... its (possibly stale) answer is dropped
    assert cache.get("digest") is None
    cache.put("digest", who, cache.generation)
    assert cache.get("digest") == who


def test_the_cache_is_not_believed_once_polls_stop() -> None:
    cache = AuthCache()
    who = KeyPrincipal(key_id=1, platform_id=1, platform_name="p")
    cache.put("digest", who)
    cache.trust(0.05)
    assert cache.get("digest") == who
    time.sleep(0.1)                        # no good poll since: check the database again
    assert cache.get("digest") is None
