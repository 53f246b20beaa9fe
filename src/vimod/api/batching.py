"""Micro-batching for the detector: ``predict`` calls that arrive while the model is busy are
merged into one call.

Why: the model's cost is mostly per call (sparse matrix products, numpy dispatch), not per
text. Concurrent single-item requests therefore share one call when they overlap.

Requests announce themselves when they arrive (``BatchArrivalMiddleware``, as soon as
uvicorn hands over a ``POST /v1/moderate``; or ``expect()`` for in-process callers) and are
struck off once they are scored; the caller that scores a group waits at most
``max_wait_s`` for announced requests to queue before it calls the model. An idle service
(nothing announced beyond the request in hand) scores a lone request at once, in the
request's own thread.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

#: The current request's announcement (a one-element list: still counted?). Context
#: variables travel from the event loop into the threadpool that runs the route.
_TICKET: ContextVar[list[bool] | None] = ContextVar("vimod_batch_ticket", default=None)


#: One caller's texts, their surfaces (None: not given) and the future of its detections.
_Request = tuple[list[str], "list[str | None] | None", "Future[list[Any]]"]


class BatchingDetector:
    """Wraps any ``predict(texts) -> list`` detector; thread-safe ``predict``.

    ``predict(texts, surface=[...])`` passes per-text surfaces on (``vimod.Detector``
    reads ``"review"``); a batch in which no request gave surfaces calls the wrapped
    detector with texts alone, so any ``predict(texts)`` object still works.

    Leader/follower, no thread of its own: a caller that finds the model idle scores
    everything queued at that moment in its own thread (no hand-off for a lone request);
    callers that arrive while the model runs queue up and one of them scores them all next.
    """

    def __init__(self, detector: Any, *, max_batch: int = 256, max_wait_s: float = 0.002) -> None:
        self.detector = detector
        self.max_batch = max_batch
        self.max_wait_s = max_wait_s
        self._expected = 0  # requests announced and not yet scored
        self._cond = threading.Condition()
        self._pending: deque[_Request] = deque()
        self._busy = False
        self.calls = 0

    @property
    def version(self) -> str:
        return str(getattr(self.detector, "version", "unknown"))

    def arrive(self) -> list[bool]:
        with self._cond:
            self._expected += 1
        return [True]

    def leave(self, ticket: list[bool] | None) -> None:
        if ticket and ticket[0]:
            ticket[0] = False
            with self._cond:
                self._expected -= 1
                self._cond.notify_all()  # a leader may be waiting for this request

    @contextmanager
    def expect(self) -> Iterator[None]:
        """The block may call ``predict``; the scoring leader may wait for it. Inside an
        HTTP request already announced by the middleware this only strikes the request
        off at the end of the block."""
        ticket = _TICKET.get()
        if ticket is None:
            ticket = self.arrive()
        try:
            yield
        finally:
            self.leave(ticket)

    def predict(self, texts: list[str], surface: list[str | None] | None = None,
                timeout: float | None = 120.0) -> list[Any]:
        if not texts:
            return []
        if surface is not None and len(surface) != len(texts):
            raise ValueError("surface needs one entry per text")
        fut: Future[list[Any]] = Future()
        with self._cond:
            self._pending.append((list(texts), None if surface is None else list(surface), fut))
            self._cond.notify_all()
        while not fut.done():
            with self._cond:
                while not fut.done() and self._busy:
                    self._cond.wait(timeout)
                if fut.done() or self._busy:
                    break
                self._busy = True
                group = self._take()
            try:
                self._score(group)
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()
        return fut.result(timeout)

    def _take(self) -> list[_Request]:
        """Called by the leader with the lock held: wait (at most ``max_wait_s``) while
        announced requests have not all queued, then take up to ``max_batch`` texts."""
        deadline = time.monotonic() + self.max_wait_s
        while (self._expected > len(self._pending)
               and sum(len(t) for t, _, _ in self._pending) < self.max_batch):
            left = deadline - time.monotonic()
            if left <= 0:
                break
            self._cond.wait(left)
        group = [self._pending.popleft()]
        size = len(group[0][0])
        while self._pending and size + len(self._pending[0][0]) <= self.max_batch:
            group.append(self._pending.popleft())
            size += len(group[-1][0])
        return group

    def close(self, timeout: float = 10.0) -> None:
        """Nothing to stop (no thread of its own); kept for the app's lifespan."""

    def _call(self, texts: list[str], surfaces: list[str | None] | None) -> list[Any]:
        if surfaces is None:
            return list(self.detector.predict(texts))
        return list(self.detector.predict(texts, surface=surfaces))

    def _score(self, group: list[_Request]) -> None:
        texts = [t for chunk, _, _ in group for t in chunk]
        surfaces: list[str | None] | None = None
        if any(sf is not None for _, sf, _ in group):
            surfaces = [s for chunk, sf, _ in group for s in (sf or [None] * len(chunk))]
        self.calls += 1
        try:
            results = self._call(texts, surfaces)
        except Exception:  # noqa: BLE001 - isolate the request that broke the call
            for chunk, sf, fut in group:
                try:
                    fut.set_result(self._call(chunk, sf))
                except Exception as e:  # noqa: BLE001 - handed to that request's caller
                    fut.set_exception(e)
            return
        pos = 0
        for chunk, _, fut in group:
            fut.set_result(list(results[pos:pos + len(chunk)]))
            pos += len(chunk)

class BatchArrivalMiddleware:
    """Announces each ``POST /v1/moderate`` to the batcher the moment it arrives."""

    def __init__(self, app: ASGIApp, batcher: BatchingDetector,
                 path: str = "/v1/moderate") -> None:
        self.app = app
        self.batcher = batcher
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "POST" \
                or scope.get("path") != self.path:
            await self.app(scope, receive, send)
            return
        ticket = self.batcher.arrive()
        token = _TICKET.set(ticket)
        try:
            await self.app(scope, receive, send)
        finally:
            _TICKET.reset(token)
            self.batcher.leave(ticket)
