"""Per-key token buckets, on a fake clock."""

from __future__ import annotations

import pytest

from vimod.api.ratelimit import RateLimiter, TokenBucket


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def test_bucket_spends_its_burst_then_refills_at_its_rate() -> None:
    clock = Clock()
    bucket = TokenBucket(rate=2.0, burst=3, clock=clock)
    assert [bucket.take() for _ in range(3)] == [0.0, 0.0, 0.0]
    assert bucket.take() == pytest.approx(0.5)  # one token at 2/s
    clock.t = 0.5
    assert bucket.take() == 0.0
    clock.t = 100.0
    assert [bucket.take() for _ in range(4)][-1] > 0  # never more than the burst saved


def test_limiter_keeps_one_bucket_per_key_and_rounds_retry_after_up() -> None:
    clock = Clock()
    limiter = RateLimiter(0.1, 1, clock=clock)
    assert limiter.check(1) == 0 and limiter.check(2) == 0
    assert limiter.check(1) == 10  # 1 token at 0.1/s
    assert RateLimiter(0, 1).check(1) == 0  # disabled
    with pytest.raises(ValueError):
        TokenBucket(rate=0, burst=1)
