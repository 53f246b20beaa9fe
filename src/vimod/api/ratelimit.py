"""Per-key token buckets, in memory (one process). Several workers each keep their own
buckets, so the effective limit is per worker; a shared limiter (Redis, the proxy) is the
next step when that matters."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable


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
