"""Group commit: one writer thread runs the write jobs of many concurrent requests in one
transaction (one savepoint per job) and commits once.

Why: an acknowledged write must be on disk, so every commit waits for an fsync (several
milliseconds here). Committing each request separately caps a single SQLite file at a few
hundred requests per second; committing a group of them together pays one fsync for all.
A job's caller is answered only after the group's commit returned, so "acknowledged" still
means "durable". A job that fails (e.g. an IntegrityError) rolls back its savepoint only and
raises in its caller; the others commit.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger("vimod.store.writer")
T = TypeVar("T")
_STOP = object()


class GroupWriter:
    """``submit(fn)`` runs ``fn(session)`` in the writer thread and returns its result once
    the transaction holding it has committed. Starts its thread on first use."""

    def __init__(self, factory: sessionmaker[Session], *, max_group: int = 64) -> None:
        self._factory = factory
        self.max_group = max_group
        self._queue: queue.Queue[Any] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.groups = 0
        self.jobs = 0

    def submit(self, fn: Callable[[Session], T], timeout: float | None = 60.0) -> T:
        self._ensure_started()
        fut: Future[T] = Future()
        self._queue.put((fn, fut))
        return fut.result(timeout)

    def close(self, timeout: float = 10.0) -> None:
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(_STOP)
            thread.join(timeout)

    def _ensure_started(self) -> None:
        if self._thread is None:
            with self._lock:
                if self._thread is None:
                    self._thread = threading.Thread(target=self._run, name="vimod-writer",
                                                    daemon=True)
                    self._thread.start()

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is _STOP:
                return
            jobs = [first]
            stop = False
            while len(jobs) < self.max_group:
                try:
                    nxt = self._queue.get_nowait()
                except queue.Empty:
                    break
                if nxt is _STOP:
                    stop = True
                    break
                jobs.append(nxt)
            self._run_group(jobs)
            if stop:
                return

    def _run_group(self, jobs: list[tuple[Callable[[Session], Any], Future[Any]]]) -> None:
        outcomes: list[tuple[Future[Any], bool, Any]] = []
        try:
            with self._factory() as session, session.begin():
                for fn, fut in jobs:
                    if not fut.set_running_or_notify_cancel():
                        continue
                    try:
                        with session.begin_nested():
                            outcomes.append((fut, True, fn(session)))
                    except Exception as e:  # noqa: BLE001 - handed to the job's caller
                        outcomes.append((fut, False, e))
        except Exception as e:  # the commit itself failed: nobody's write is durable
            log.exception("group commit failed")
            for fut, _ok, _val in outcomes:
                fut.set_exception(e)
            for _fn, fut in jobs:
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
