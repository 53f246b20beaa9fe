"""Transactional outbox for webhooks: events are written in the same transaction as the
decision that causes them, so an acknowledged decision change is never lost.

The sender (``vimod.api.webhooks``) works the outbox with the functions below: ``claim_due``
leases due events (``next_attempt_at`` pushed ahead, so two senders never send one event at
the same time), ``load`` reads what to send, ``mark_delivered`` / ``mark_failed`` record the
outcome. Each runs in its own short transaction; none is held during an HTTP call.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session, sessionmaker

from vimod.store.db import transaction
from vimod.store.models import Platform, WebhookEvent, utcnow


def enqueue(
    session: Session, *, platform_id: int, event_type: str, payload: dict[str, Any]
) -> WebhookEvent:
    row = WebhookEvent(platform_id=platform_id, event_type=event_type, payload=payload)
    session.add(row)
    return row


@dataclass(frozen=True)
class Outgoing:
    """One event to send, with where to send it (plain values, no ORM objects)."""

    id: int
    event_type: str
    created_at: datetime
    payload: dict[str, Any]
    attempts: int
    url: str
    secret: str


def claim_due(factory: sessionmaker[Session], *, now: datetime, limit: int,
              lease_s: float) -> list[int]:
    """Lease up to ``limit`` due, undelivered events of platforms with a webhook URL for
    ``lease_s`` seconds; returns their ids. An event another sender leased meanwhile is
    skipped (its ``next_attempt_at`` no longer matches)."""
    with transaction(factory) as s:
        due = s.execute(
            select(WebhookEvent.id, WebhookEvent.next_attempt_at)
            .join(Platform, Platform.id == WebhookEvent.platform_id)
            .where(WebhookEvent.delivered_at.is_(None), WebhookEvent.next_attempt_at <= now,
                   Platform.webhook_url.is_not(None))
            .order_by(WebhookEvent.id)
            .limit(limit)
        ).all()
        claimed: list[int] = []
        for event_id, next_at in due:
            res = s.execute(
                update(WebhookEvent)
                .where(WebhookEvent.id == event_id, WebhookEvent.next_attempt_at == next_at,
                       WebhookEvent.delivered_at.is_(None))
                .values(next_attempt_at=now + timedelta(seconds=lease_s))
            )
            assert isinstance(res, CursorResult)
            if res.rowcount == 1:
                claimed.append(event_id)
    return claimed


def load(factory: sessionmaker[Session], event_id: int) -> Outgoing | None:
    """The event and its platform's webhook URL and secret; None when there is nothing to
    send (the event is gone or the platform's URL was cleared)."""
    with factory() as s:
        event = s.get(WebhookEvent, event_id)
        platform = s.get(Platform, event.platform_id) if event else None
        if event is None or platform is None or not platform.webhook_url:
            return None
        return Outgoing(id=event.id, event_type=event.event_type, created_at=event.created_at,
                        payload=event.payload, attempts=event.attempts,
                        url=platform.webhook_url, secret=platform.webhook_secret or "")


def mark_delivered(factory: sessionmaker[Session], event_id: int, *, attempts: int,
                   at: datetime | None = None) -> None:
    with transaction(factory) as s:
        s.execute(update(WebhookEvent).where(WebhookEvent.id == event_id)
                  .values(attempts=attempts, last_error=None, delivered_at=at or utcnow()))


def mark_failed(factory: sessionmaker[Session], event_id: int, *, attempts: int, error: str,
                next_attempt_at: datetime) -> None:
    with transaction(factory) as s:
        s.execute(update(WebhookEvent).where(WebhookEvent.id == event_id)
                  .values(attempts=attempts, last_error=error,
                          next_attempt_at=next_attempt_at))
