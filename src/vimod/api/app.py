"""The FastAPI application. ``create_app`` wires settings, database, policy and detector
into the typed application context (``vimod.context.AppContext``, installed as
``app.state``) and mounts the review console; routes live in ``vimod.api.routes``.

>>> from vimod.api.app import create_app          # doctest: +SKIP
>>> app = create_app(detector=my_detector)         # anything with predict(texts)
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import vimod
from vimod.api.batching import BatchArrivalMiddleware, BatchingDetector
from vimod.api.config import Settings
from vimod.api.deps import AuthCache
from vimod.api.ratelimit import RateLimiter, SharedRateLimiter
from vimod.api.routes import cases, decisions, health, items, moderate
from vimod.api.shared_state import SharedStateWatcher
from vimod.api.webhooks import WebhookSender
from vimod.context import AppContext
from vimod.errors import PolicyError, VimodError, http_status
from vimod.policy import Policy
from vimod.store.db import (
    Engine,
    IntegrityError,
    SessionFactory,
    make_engine,
    make_sessionmaker,
    read_transaction,
    transaction,
)
from vimod.store.migrate import upgrade
from vimod.store.policies import active_policy_version, record_policy
from vimod.store.writer import GroupWriter
from vimod.vocab import SYSTEM_ACTOR

log = logging.getLogger("vimod.api")


class _BodyTooLarge(Exception):
    pass


class BodyLimitMiddleware:
    """413 for request bodies over ``max_bytes`` (declared or streamed), before parsing."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_bytes
                except ValueError:
                    too_big = False
                if too_big:
                    await self._reject(send)
                    return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _BodyTooLarge:
            if not started:
                await self._reject(send)

    async def _reject(self, send: Send) -> None:
        body = b'{"detail":"request body too large"}'
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


def _validation_handler(_request: Request, exc: Exception) -> JSONResponse:
    # Echoing the input back could itself be unencodable (a lone surrogate) and turn a 422
    # into a 500, so only location, message and type are returned.
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", "")),
         "type": str(e.get("type", ""))}
        for e in exc.errors()
    ]
    return JSONResponse({"detail": errors}, status_code=422)


async def _http_error_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 400 and exc.detail == "There was an error parsing the body":
        # FastAPI's words for a body json.loads() refused for a reason other than syntax:
        # in practice bytes that are not UTF-8.
        return JSONResponse({"detail": "request body is not valid JSON text (UTF-8 expected)"},
                            status_code=400)
    return await http_exception_handler(request, exc)


def _vimod_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, VimodError)
    return JSONResponse({"detail": str(exc)}, status_code=http_status(exc))


def _load_detector(settings: Settings) -> Any:
    if settings.detector_factory:
        import importlib

        module, _, name = settings.detector_factory.partition(":")
        return getattr(importlib.import_module(module), name)()
    from vimod.detect import Detector

    return Detector.load(settings.model_path)


def startup_policy(factory: SessionFactory, settings: Settings,
                   policy: Policy | None = None) -> Policy:
    """The policy a server starts with (the rule is documented in docs/service.md):

    1. An explicit one — the ``policy`` argument, else ``settings.policy_path``
       (``vimod serve --policy`` / ``VIMOD_POLICY``) — is used and recorded as the active
       version unless it already is the newest ``policy_versions`` row (same version, same
       text). A version string reused for a different text is refused (``Conflict``).
    2. Else the most recently activated ``policy_versions`` row (``activated_at``): what
       was activated last, by the console, ``vimod policy activate`` or an earlier start.
    3. Else (a fresh database) the shipped default, recorded as the first version.
    """
    if policy is None and settings.policy_path:
        policy = Policy.load(settings.policy_path)
    if policy is None:
        with read_transaction(factory) as session:
            row = active_policy_version(session)
            stored = (row.version, row.text) if row is not None else None
        if stored is not None:
            loaded = Policy.from_toml(stored[1], source=f"policy_versions:{stored[0]}")
            if loaded.version != stored[0]:
                raise PolicyError(f"stored policy {stored[0]!r} declares version "
                                  f"{loaded.version!r}; activate a corrected policy")
            return loaded
        policy = Policy.load()
    try:
        with transaction(factory) as session:
            record_policy(session, policy, actor=SYSTEM_ACTOR)
    except IntegrityError:
        # Another worker recorded the same version at the same moment: it is there now.
        with transaction(factory) as session:
            record_policy(session, policy, actor=SYSTEM_ACTOR)
    return policy


def create_app(
    settings: Settings | None = None,
    *,
    engine: Engine | None = None,
    policy: Policy | None = None,
    detector: Any | None = None,
    migrate: bool = True,
    webhooks: bool = True,
    console: bool | None = None,
) -> FastAPI:
    """Build the service.

    ``settings`` default to ``Settings.from_env()``; ``engine`` to one for
    ``settings.db_url`` (migrated to head unless ``migrate=False``); ``policy`` as
    ``startup_policy`` decides (explicit > newest stored version > shipped default);
    ``detector`` to ``vimod.Detector.load(settings.model_path)``
    — tests inject any object with ``predict(texts) -> list[Detection | dict]``. With
    ``webhooks`` the outbox sender runs in a thread while the app's lifespan is active.
    ``console`` (default ``settings.console``) mounts the review console, last.
    """
    settings = (settings or Settings.from_env()).with_secret()
    engine = engine or make_engine(settings.db_url)
    if migrate:
        upgrade(engine)
    factory = make_sessionmaker(engine)
    policy = startup_policy(factory, settings, policy)
    if detector is None:
        detector = _load_detector(settings)
    writer = GroupWriter(factory)
    batcher = BatchingDetector(detector)
    sender = WebhookSender(factory, interval_s=settings.webhook_interval_s,
                           timeout_s=settings.webhook_timeout_s) if webhooks else None
    auth_cache = AuthCache()
    limiter: RateLimiter | SharedRateLimiter = (
        SharedRateLimiter(engine, settings.rate_per_s, settings.rate_burst)
        if settings.limits_in_database
        else RateLimiter(settings.rate_per_s, settings.rate_burst))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        ctx = app.state
        assert isinstance(ctx, AppContext)
        if settings.shared_poll_s > 0:
            ctx.shared_state = SharedStateWatcher(
                factory, auth_cache, get_policy=lambda: ctx.policy,
                set_policy=lambda p: setattr(ctx, "policy", p),
                interval_s=settings.shared_poll_s)
            ctx.shared_state.start()
        if sender is not None:
            sender.start()
        try:
            yield
        finally:
            if ctx.shared_state is not None:
                ctx.shared_state.stop()
            if sender is not None:
                sender.stop()
            writer.close()
            batcher.close()

    app = FastAPI(
        title="vimod",
        version=vimod.__version__,
        summary="Moderation for Vietnamese online communities: detect, decide, review, appeal.",
        lifespan=lifespan,
    )
    app.state = AppContext({
        "settings": settings,
        "engine": engine,
        "sessionmaker": factory,
        "policy": policy,
        "detector": detector,
        "rate_limiter": limiter,
        "auth_cache": auth_cache,
        "webhook_sender": sender,
        "writer": writer,
        "batcher": batcher,
    })

    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(VimodError, _vimod_error_handler)
    app.add_exception_handler(StarletteHTTPException, _http_error_handler)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(BatchArrivalMiddleware, batcher=batcher)
    for module in (health, moderate, decisions, items, cases):
        app.include_router(module.router)
    if settings.console if console is None else console:
        from vimod import web

        web.mount(app)
    return app
