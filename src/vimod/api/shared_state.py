"""Keep a worker in step with the others: a thread that polls the database every
``Settings.shared_poll_s`` (0.5 s) for two things, and acts on a change:

- **key revocations** (``vimod.store.shared.revocation_mark``): the auth cache is emptied,
  so a revoked key is refused by every worker within one poll interval;
- **the active policy** (``vimod.store.shared.active_policy_head``): when the newest
  activation names another version than the live one, its stored text is loaded and
  swapped in (``AppContext.policy``), so a policy activated in the console or with
  ``vimod policy activate`` is used by every worker within one interval.

A poll that fails (database away) is logged and retried; the auth cache is believed only
for ``trust_s`` after the last good poll, so an outage never extends a revoked key's life
beyond that (keys are then checked against the database on every request, which fails
closed while the database is away).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from vimod.api.deps import AuthCache
from vimod.policy import Policy
from vimod.store.db import Engine, SessionFactory, engine_of, read_transaction
from vimod.store.policies import active_policy_version
from vimod.store.shared import active_policy_head, revocation_mark

log = logging.getLogger("vimod.api.shared_state")


class SharedStateWatcher:
    """Polls revocations and the active policy. ``poll_once()`` is the whole work (tests
    call it directly); ``start()`` runs it in a daemon thread every ``interval_s``."""

    def __init__(self, factory: SessionFactory, auth_cache: AuthCache, *,
                 get_policy: Callable[[], Policy], set_policy: Callable[[Policy], None],
                 interval_s: float = 0.5, trust_s: float | None = None) -> None:
        self.factory = factory
        self.engine: Engine = engine_of(factory)
        self.auth_cache = auth_cache
        self._get_policy = get_policy
        self._set_policy = set_policy
        self.interval_s = interval_s
        self.trust_s = trust_s if trust_s is not None else max(1.0, 2 * interval_s)
        self._mark: tuple[int, str] | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def poll_once(self) -> None:
        mark = revocation_mark(self.engine)
        if mark != self._mark:
            if self._mark is not None:
                log.info("API key revoked elsewhere: auth cache emptied")
            self.auth_cache.clear()
            self._mark = mark
        head = active_policy_head(self.engine)
        if head is not None and head != self._get_policy().version:
            self._load_policy(head)
        self.auth_cache.trust(self.trust_s)

    def _load_policy(self, head: str) -> None:
        with read_transaction(self.factory) as session:
            row = active_policy_version(session)
            stored = (row.version, row.text) if row is not None else None
        if stored is None or stored[0] != head:
            return  # another activation in between: the next poll sees it
        policy = Policy.from_toml(stored[1], source=f"policy_versions:{stored[0]}")
        if policy.version != stored[0]:
            log.error("stored policy %r declares version %r: not activated", stored[0],
                      policy.version)
            return
        self._set_policy(policy)
        log.info("policy %s activated elsewhere: now in use", policy.version)

    def _run(self) -> None:
        while not self._stop.wait(self.interval_s):
            try:
                self.poll_once()
            except Exception:  # keep polling: the database may come back
                log.exception("shared state poll failed")

    def start(self) -> None:
        try:
            self.poll_once()
        except Exception:
            log.exception("shared state poll failed")
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="vimod-shared-state",
                                        daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None


__all__ = ["SharedStateWatcher"]
