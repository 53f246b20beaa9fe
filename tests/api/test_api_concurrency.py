"""Concurrent requests: the group-commit writer keeps idempotency and isolates failures."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from sqlalchemy import Engine

from tests.api.test_api_moderate import count
from vimod.api import service
from vimod.errors import Conflict
from vimod.store.models import Decision, Item
from vimod.store.moderation import NewItem


def _run_threads(n: int, fn: Any) -> list[Any]:
    out: list[Any] = [None] * n
    barrier = threading.Barrier(n)

    def target(i: int) -> None:
        barrier.wait()
        try:
            out[i] = fn(i)
        except Exception as e:  # noqa: BLE001 - collected for the assertions
            out[i] = e

    threads = [threading.Thread(target=target, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return out


def test_same_item_sent_concurrently_gets_one_decision(app: Any, engine: Engine,
                                                       platform_key: str) -> None:
    state = app.state
    pid = 1

    def send(_i: int) -> str:
        res = service.moderate(state.sessionmaker, state.writer, pid,
                               [NewItem(external_id="race", text="bọn mọi")],
                               policy=state.policy, detector=state.detector, actor="t")
        return res[0]["decision_id"]

    ids = _run_threads(8, send)
    assert all(isinstance(i, str) for i in ids), ids
    assert len(set(ids)) == 1
    assert count(engine, Item) == 1 and count(engine, Decision) == 1


def test_a_failing_request_does_not_sink_its_group(app: Any, engine: Engine,
                                                   platform_key: str) -> None:
    state = app.state
    service.moderate(state.sessionmaker, state.writer, 1, [NewItem("dup", "bản đầu")],
                     policy=state.policy, detector=state.detector, actor="t")

    def send(i: int) -> Any:
        item = NewItem("dup", "bản sửa") if i == 0 else NewItem(f"ok{i}", f"văn bản {i}")
        return service.moderate(state.sessionmaker, state.writer, 1, [item],
                                policy=state.policy, detector=state.detector, actor="t")

    out = _run_threads(6, send)
    assert isinstance(out[0], Conflict)
    assert all(isinstance(o, list) for o in out[1:])
    assert count(engine, Item) == 6


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "streamed"])
def test_body_limit_applies_to_streamed_bodies_too(declared: bool) -> None:
    from vimod.api.app import BodyLimitMiddleware

    async def inner(scope: Any, receive: Any, send: Any) -> None:
        while True:
            msg = await receive()
            if not msg.get("more_body"):
                break
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    mw = BodyLimitMiddleware(inner, max_bytes=10)
    chunks = [b"x" * 6, b"x" * 6]
    sent: list[dict] = []

    async def receive() -> dict:
        body = chunks.pop(0)
        return {"type": "http.request", "body": body, "more_body": bool(chunks)}

    async def send(msg: dict) -> None:
        sent.append(msg)

    headers = [(b"content-length", b"12")] if declared else []
    asyncio.run(mw({"type": "http", "headers": headers}, receive, send))
    assert sent[0]["status"] == 413
