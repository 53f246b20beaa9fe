"""Transactional outbox for webhooks: events are written in the same transaction as the
decision that causes them, so an acknowledged decision change is never lost. Delivery and
retries live in the sender (``vimod.api.webhooks``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from vimod.store.models import WebhookEvent


def enqueue(
    session: Session, *, platform_id: int, event_type: str, payload: dict[str, Any]
) -> WebhookEvent:
    row = WebhookEvent(platform_id=platform_id, event_type=event_type, payload=payload)
    session.add(row)
    return row
