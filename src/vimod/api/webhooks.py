"""Webhook delivery from the transactional outbox.

Each event is POSTed as JSON to the platform's ``webhook_url`` with headers

    X-Vimod-Event: decision.changed
    X-Vimod-Delivery: <event id>           (the same on every retry: deduplicate on it)
    X-Vimod-Timestamp: <unix seconds>
    X-Vimod-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>." + raw body)>

A 2xx answer marks the event delivered. Anything else (error status, timeout, refused
connection) keeps it queued with ``attempts + 1`` and the next try after an exponential
backoff (5 s, 10 s, 20 s … capped at one hour). Events are never dropped. Delivery is
at-least-once: a claim (``next_attempt_at`` pushed ahead by a lease) keeps two senders from
sending the same event at the same time, but a crash after the POST and before the commit
sends it again.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx

from vimod.store import outbox
from vimod.store.db import SessionFactory
from vimod.store.models import utcnow

log = logging.getLogger("vimod.webhooks")

BACKOFF_BASE_S = 5.0
BACKOFF_CAP_S = 3600.0
CLAIM_LEASE_S = 60.0


def sign(secret: str, timestamp: int | str, body: bytes) -> str:
    """The ``X-Vimod-Signature`` value for ``body`` sent at ``timestamp``."""
    mac = hmac.new(secret.encode("utf-8"), f"{timestamp}.".encode() + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def verify(secret: str, timestamp: str, body: bytes, signature: str,
           *, tolerance_s: int = 300, now: float | None = None) -> bool:
    """What a platform runs on receipt (documented in docs/service.md)."""
    try:
        ts = int(timestamp)
    except ValueError:
        return False
    if abs((now if now is not None else time.time()) - ts) > tolerance_s:
        return False
    return hmac.compare_digest(sign(secret, ts, body), signature)


def backoff_s(attempts: int) -> float:
    return min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2 ** max(0, attempts - 1))


@dataclass
class DeliveryStats:
    attempted: int = 0
    delivered: int = 0
    failed: int = 0


def _encode(event: outbox.Outgoing) -> bytes:
    return json.dumps(
        {"id": event.id, "type": event.event_type, "created_at": event.created_at.isoformat(),
         "data": event.payload},
        ensure_ascii=False, separators=(",", ":"), sort_keys=True,
    ).encode("utf-8")


def deliver_due(
    factory: SessionFactory, *, client: httpx.Client | None = None,
    now: datetime | None = None, limit: int = 100, timeout_s: float = 10.0,
) -> DeliveryStats:
    """One sweep: try every due, undelivered event of a platform with a webhook URL."""
    stats = DeliveryStats()
    claimed = outbox.claim_due(factory, now=now or utcnow(), limit=limit,
                               lease_s=CLAIM_LEASE_S)
    if not claimed:
        return stats
    own_client = client is None
    client = client or httpx.Client(timeout=timeout_s)
    try:
        for event_id in claimed:
            stats.attempted += 1
            event = outbox.load(factory, event_id)
            if event is None:
                continue
            body = _encode(event)
            ts = int(time.time())
            error: str | None = None
            try:
                resp = client.post(event.url, content=body, headers={
                    "Content-Type": "application/json",
                    "User-Agent": "vimod-webhooks/1",
                    "X-Vimod-Event": event.event_type,
                    "X-Vimod-Delivery": str(event_id),
                    "X-Vimod-Timestamp": str(ts),
                    "X-Vimod-Signature": sign(event.secret, ts, body),
                })
                if not 200 <= resp.status_code < 300:
                    error = f"HTTP {resp.status_code}"
            except httpx.HTTPError as e:
                error = f"{type(e).__name__}: {e}"[:1000]
            done_at = utcnow()
            attempts = event.attempts + 1
            if error is None:
                outbox.mark_delivered(factory, event_id, attempts=attempts, at=done_at)
                stats.delivered += 1
            else:
                outbox.mark_failed(factory, event_id, attempts=attempts, error=error,
                                   next_attempt_at=done_at + timedelta(
                                       seconds=backoff_s(attempts)))
                stats.failed += 1
                log.warning("webhook %s to %s failed (attempt %d): %s", event_id, event.url,
                            attempts, error)
    finally:
        if own_client:
            client.close()
    return stats


class WebhookSender:
    """Runs ``deliver_due`` every ``interval_s`` in a daemon thread (started by the app)."""

    def __init__(self, factory: SessionFactory, *, interval_s: float = 2.0,
                 timeout_s: float = 10.0) -> None:
        self._factory = factory
        self.interval_s = interval_s
        self.timeout_s = timeout_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="vimod-webhooks", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        with httpx.Client(timeout=self.timeout_s) as client:
            while not self._stop.is_set():
                try:
                    deliver_due(self._factory, client=client, timeout_s=self.timeout_s)
                except Exception:  # keep the loop alive; events stay queued
                    log.exception("webhook sweep failed")
                self._stop.wait(self.interval_s)
