"""Webhook delivery from the outbox: signed, retried with backoff, never lost."""

from __future__ import annotations

import json
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from vimod.api.webhooks import WebhookSender, backoff_s, deliver_due, sign, verify
from vimod.store import outbox, platforms
from vimod.store.models import WebhookEvent, utcnow


@pytest.fixture
def platform(factory: sessionmaker[Session]) -> tuple[int, str]:
    with factory() as s, s.begin():
        p, _ = platforms.create_platform(s, "hooked", webhook_url="http://hooks.test/in")
        outbox.enqueue(s, platform_id=p.id, event_type="decision.changed",
                       payload={"item_id": "c1", "action": "remove"})
        return p.id, p.webhook_secret or ""


def _event(factory: sessionmaker[Session]) -> WebhookEvent:
    with factory() as s:
        ev = s.scalar(select(WebhookEvent))
        assert ev is not None
        return ev


def test_delivery_is_signed_and_marks_the_event_delivered(
    factory: sessionmaker[Session], platform: tuple[int, str]
) -> None:
    _, secret = platform
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    stats = deliver_due(factory, client=httpx.Client(transport=httpx.MockTransport(handler)))
    assert (stats.attempted, stats.delivered) == (1, 1)
    req = seen[0]
    body = req.content
    assert str(req.url) == "http://hooks.test/in"
    assert req.headers["X-Vimod-Event"] == "decision.changed"
    assert verify(secret, req.headers["X-Vimod-Timestamp"], body,
                  req.headers["X-Vimod-Signature"])
    assert not verify("wrong", req.headers["X-Vimod-Timestamp"], body,
                      req.headers["X-Vimod-Signature"])
    assert json.loads(body)["data"] == {"item_id": "c1", "action": "remove"}
    ev = _event(factory)
    assert ev.delivered_at is not None and ev.attempts == 1
    # Delivered events are not sent again.
    assert deliver_due(factory, client=httpx.Client(
        transport=httpx.MockTransport(handler))).attempted == 0


@pytest.mark.parametrize("failure", ["http-500", "connect-error"])
def test_failed_delivery_stays_queued_and_retries_with_backoff(
    factory: sessionmaker[Session], platform: tuple[int, str], failure: str
) -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        if failure == "connect-error":
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(500)

    failing = httpx.Client(transport=httpx.MockTransport(broken))
    stats = deliver_due(factory, client=failing)
    assert (stats.attempted, stats.failed) == (1, 1)
    ev = _event(factory)
    assert ev.delivered_at is None and ev.attempts == 1 and ev.last_error
    # Not due again right away...
    assert deliver_due(factory, client=failing).attempted == 0
    # ...but after the backoff it is, and a second failure doubles the wait.
    later = utcnow() + timedelta(seconds=backoff_s(1) + 1)
    assert deliver_due(factory, client=failing, now=later).failed == 1
    assert _event(factory).attempts == 2
    ok = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    much_later = utcnow() + timedelta(hours=2)
    assert deliver_due(factory, client=ok, now=much_later).delivered == 1
    assert _event(factory).delivered_at is not None


def test_events_wait_while_the_platform_has_no_webhook_url(
    factory: sessionmaker[Session], platform: tuple[int, str]
) -> None:
    pid, _ = platform
    with factory() as s, s.begin():
        platforms.set_webhook(s, pid, None)
    ok = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    assert deliver_due(factory, client=ok).attempted == 0
    with factory() as s, s.begin():
        platforms.set_webhook(s, pid, "http://hooks.test/new")
    assert deliver_due(factory, client=ok).delivered == 1


def test_backoff_grows_exponentially_and_is_capped() -> None:
    waits = [backoff_s(n) for n in range(1, 15)]
    assert waits[:3] == [5, 10, 20] and waits[-1] == 3600
    assert all(a <= b for a, b in zip(waits, waits[1:], strict=False))


def test_signature_covers_timestamp_and_body() -> None:
    s1 = sign("k", 100, b"{}")
    assert s1.startswith("sha256=") and s1 != sign("k", 101, b"{}") != sign("k", 100, b"[]")
    assert verify("k", "100", b"{}", s1, now=100)
    assert not verify("k", "100", b"{}", s1, now=100 + 3600)  # replay outside the window
    assert not verify("k", "abc", b"{}", s1, now=100)


def test_sender_thread_delivers_in_the_background(
    factory: sessionmaker[Session], platform: tuple[int, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import vimod.api.webhooks as wh

    transport = httpx.MockTransport(lambda r: httpx.Response(200))
    real_client = httpx.Client
    monkeypatch.setattr(wh.httpx, "Client", lambda **kw: real_client(transport=transport))
    sender = WebhookSender(factory, interval_s=0.05)
    sender.start()
    try:
        import time

        for _ in range(100):
            if _event(factory).delivered_at is not None:
                break
            time.sleep(0.05)
    finally:
        sender.stop()
    assert _event(factory).delivered_at is not None
