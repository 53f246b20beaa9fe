"""The application context: everything a running service holds, typed and declared once.

``vimod.api.app.create_app`` builds one ``AppContext`` and installs it as ``app.state``;
the API's dependencies and the console read it through ``context(request)``. Nothing adds
keys to it on first use: per-process caches of the console are declared here too (they are
per process on purpose, see docs/console.md). What workers must agree on (rate limits,
key revocations, the active policy, the login throttle) is in the database instead
(``vimod.store.shared``, ``vimod.api.shared_state``).

This module imports the types it names only for the type checker, so any layer can depend
on it without import cycles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.datastructures import State

if TYPE_CHECKING:
    from starlette.requests import HTTPConnection

    from vimod.api.batching import BatchingDetector
    from vimod.api.config import Settings
    from vimod.api.deps import AuthCache
    from vimod.api.ratelimit import RateLimiter, SharedRateLimiter
    from vimod.api.shared_state import SharedStateWatcher
    from vimod.api.webhooks import WebhookSender
    from vimod.policy import Policy
    from vimod.store.db import Engine, SessionFactory
    from vimod.store.writer import GroupWriter


class AppContext(State):
    """``app.state`` of a vimod app, with its attributes declared."""

    settings: Settings
    engine: Engine
    sessionmaker: SessionFactory
    #: The live policy; the console swaps it after an activation commits.
    policy: Policy
    #: The detector as given (``version`` is reported by /healthz).
    detector: Any
    #: What /v1/moderate scores through: merges concurrent calls into one predict().
    batcher: BatchingDetector
    writer: GroupWriter
    #: In memory (SQLite, one process) or in the database (shared by every worker).
    rate_limiter: RateLimiter | SharedRateLimiter
    auth_cache: AuthCache
    webhook_sender: WebhookSender | None
    #: Polls key revocations and the active policy, so every worker follows them.
    shared_state: SharedStateWatcher | None
    #: Console: (monotonic time, facets) of the queue's filter choices.
    console_facets: tuple[float, dict[str, list[str]]] | None
    #: Public report pages: (platform, since, until, granularity) -> (monotonic time, report).
    public_report_cache: dict[tuple[Any, ...], tuple[float, Any]]

    def __init__(self, state: dict[str, Any] | None = None) -> None:
        super().__init__(state)
        self._state.setdefault("console_facets", None)
        self._state.setdefault("public_report_cache", {})
        self._state.setdefault("webhook_sender", None)
        self._state.setdefault("shared_state", None)


def context(conn: HTTPConnection) -> AppContext:
    """The context of the app serving ``conn`` (a request). An app assembled by hand (a
    test mounting one router) gets its plain ``State`` adopted in place, same values."""
    app = conn.app
    state = app.state
    if not isinstance(state, AppContext):
        state = AppContext(state._state)
        app.state = state
    return state


__all__ = ["AppContext", "context"]
