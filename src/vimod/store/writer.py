"""Group commit: the write jobs of concurrent requests run in one transaction (one
savepoint per job) that commits once.

Why: an acknowledged write must be on disk, so every commit waits for an fsync (several
milliseconds here). Committing each request separately caps a single SQLite file at a few
hundred requests per second; committing a group of them together pays one fsync for all.
A job's caller is answered only after the group's commit returned, so "acknowledged" still
means "durable". A job that fails (e.g. an IntegrityError) rolls back its savepoint only and
raises in its caller; the others commit.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger("vimod.store.writer")
T = TypeVar("T")
_Job = tuple[Callable[[Session], Any], Future[Any]]


class GroupWriter:
    """``submit(fn)`` runs ``fn(session)`` in a shared write transaction and returns its
    result once that transaction has committed.

    Leader/follower, no thread of its own: the caller that finds the writer idle becomes
    the leader and runs every job queued at that moment (its own first in line) in one
    transaction; callers that arrive while a group is committing queue up and wait, and
    one of them leads the next group. A lone request therefore runs in its own thread with
    no hand-off; under load each fsync serves everyone who queued during the previous one.
    A group of one job runs without a savepoint (its failure rolls back the whole, i.e.
    only its own, transaction).
    """

    def __init__(self, factory: sessionmaker[Session], *, max_group: int = 64) -> None:
        self._factory = factory
        self.max_group = max_group
        self._cond = threading.Condition()
        self._pending: deque[_Job] = deque()
        self._busy = False
        self.groups = 0
        self.jobs = 0

    def submit(self, fn: Callable[[Session], T], timeout: float | None = 60.0) -> T:
        fut: Future[T] = Future()
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            self._pending.append((fn, fut))
        while not fut.done():
            with self._cond:
                while not fut.done() and self._busy:
                    left = None if deadline is None else deadline - time.monotonic()
                    if left is not None and left <= 0:
                        if fut.cancel():  # still queued: it will never run
                            raise TimeoutError("write job timed out in the queue")
                        break  # running in a group now: wait for its outcome below
                    self._cond.wait(left)
                if fut.done() or self._busy:
                    break
                self._busy = True
                n = min(len(self._pending), self.max_group)
                jobs = [self._pending.popleft() for _ in range(n)]
            try:
                self._run_group(jobs)
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()
        left = None if deadline is None else max(0.0, deadline - time.monotonic())
        return fut.result(left)

    def close(self, timeout: float = 10.0) -> None:
        """Nothing to stop (no thread of its own); kept for the app's lifespan."""

    def _run_group(self, jobs: list[_Job]) -> None:
        live = [(fn, fut) for fn, fut in jobs if fut.set_running_or_notify_cancel()]
        if not live:
            return
        if len(live) == 1:
            # Alone: no savepoint; the job's failure or the commit's reaches its caller.
            fn, fut = live[0]
            try:
                with self._factory() as session, session.begin():
                    val = fn(session)
            except Exception as e:  # noqa: BLE001 - handed to the job's caller
                fut.set_exception(e)
                return
            self.groups += 1
            self.jobs += 1
            fut.set_result(val)
            return
        outcomes: list[tuple[Future[Any], bool, Any]] = []
        try:
            with self._factory() as session, session.begin():
                for fn, fut in live:
                    try:
                        with session.begin_nested():
                            outcomes.append((fut, True, fn(session)))
                    except Exception as e:  # noqa: BLE001 - handed to the job's caller
                        outcomes.append((fut, False, e))
        except Exception as e:  # the commit itself failed: nobody's write is durable
            log.exception("group commit failed")
            for fut, _ok, _val in outcomes:
                if not fut.done():
                    fut.set_exception(e)
            for _fn, fut in live:
                if not fut.done():
                    fut.set_exception(e)
            return
        self.groups += 1
        self.jobs += len(outcomes)
        for fut, ok, val in outcomes:
            if ok:
                fut.set_result(val)
            else:
                fut.set_exception(val)
