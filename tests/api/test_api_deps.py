"""The API's dependencies: the key cache, authentication and the rate limit's answer."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from vimod.api.deps import AuthCache
from vimod.store.platforms import KeyPrincipal


def test_auth_cache_forgets_after_its_ttl() -> None:
    cache = AuthCache(ttl_s=-1.0)  # already expired when stored
    principal = KeyPrincipal(key_id=1, platform_id=1, platform_name="p")
    cache.put("d", principal)
    assert cache.get("d") is None
    fresh = AuthCache()
    fresh.put("d", principal)
    assert fresh.get("d") == principal and fresh.get("other") is None


def test_missing_or_unknown_keys_are_401_with_a_challenge(app: Any) -> None:
    with TestClient(app) as client:
        for headers in ({}, {"Authorization": "Bearer vmk_not-a-key"},
                        {"Authorization": "Basic dXNlcjpwYXNz"}):
            r = client.get("/v1/items/x", headers=headers)
            assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"


def test_over_the_rate_limit_is_429_with_retry_after(app: Any, platform_key: str) -> None:
    from vimod.api.ratelimit import RateLimiter

    app.state.rate_limiter = RateLimiter(0.001, 1)
    with TestClient(app) as client:
        headers = {"Authorization": f"Bearer {platform_key}"}
        assert client.get("/v1/items/x", headers=headers).status_code == 404
        r = client.get("/v1/items/x", headers=headers)
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
