"""Per-key token buckets. ``RateLimiter`` keeps them in memory (one process: SQLite's one
worker); ``SharedRateLimiter`` keeps them in the database (``vimod.store.shared``), so
several workers and replicas on one PostgreSQL share one limit per key."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

from vimod.store.db import Engine
from vimod.store.shared import take_token


class TokenBucket:
    """``rate`` tokens per second, at most ``burst`` saved up. Thread-safe."""

    def __init__(self, rate: float, burst: float, clock: Callable[[], float] = time.monotonic):
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be > 0 and burst ≥ 1")
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._tokens = burst
        self._last = clock()
        self._lock = threading.Lock()

    def take(self, n: float = 1.0) -> float:
        """Take ``n`` tokens; returns 0 on success or the seconds to wait before retrying."""
        with self._lock:
            now = self._clock()
            self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
            self._last = now
            if self._tokens >= n:
                self._tokens -= n
                return 0.0
            return (n - self._tokens) / self.rate


class RateLimiter:
    """One bucket per API key id. ``rate_per_s <= 0`` disables limiting."""

    def __init__(self, rate_per_s: float, burst: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate_per_s = rate_per_s
        self.burst = max(1.0, burst)
        self._clock = clock
        self._buckets: dict[int, TokenBucket] = {}
        self._lock = threading.Lock()

    def check(self, key_id: int) -> int:
        """0 when allowed, else the whole seconds for a ``Retry-After`` header (≥ 1)."""
        if self.rate_per_s <= 0:
            return 0
        with self._lock:
            bucket = self._buckets.get(key_id)
            if bucket is None:
                bucket = self._buckets[key_id] = TokenBucket(self.rate_per_s, self.burst,
                                                             self._clock)
        wait = bucket.take()
        return 0 if wait == 0 else max(1, math.ceil(wait))


class SharedRateLimiter:
    """The same contract as ``RateLimiter``, with the buckets in the database: one atomic
    upsert per request (autocommit on PostgreSQL: one round trip)."""

    def __init__(self, engine: Engine, rate_per_s: float, burst: float,
                 clock: Callable[[], float] = time.time) -> None:
        self.engine = engine
        self.rate_per_s = rate_per_s
        self.burst = max(1.0, burst)
        self._clock = clock  # wall clock: the buckets are shared between machines

    def check(self, key_id: int) -> int:
        """0 when allowed, else the whole seconds for a ``Retry-After`` header (≥ 1)."""
        if self.rate_per_s <= 0:
            return 0
        wait = take_token(self.engine, f"key:{key_id}", rate_per_s=self.rate_per_s,
                          burst=self.burst, now=self._clock())
        return 0 if wait == 0 else max(1, math.ceil(wait))
