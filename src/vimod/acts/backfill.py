"""The act of a backfill: new automated decisions on stored items, after re-scoring them
with the current model and re-deciding with the current policy (``vimod backfill --apply``).

Each one appends a decision that supersedes the current one (never edits it), writes its
audit row, opens a review task for a ``review`` hold (as live traffic does), and — because
the platform did not ask for this decision, unlike an answer to ``POST /v1/moderate`` —
queues a ``decision.changed`` webhook, all in the caller's transaction. Only items whose
current decision is automated are re-decided: a person's decision stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vimod.store import backfill, outbox
from vimod.store.backfill import Applied, Redecision
from vimod.store.db import Session

__all__ = ["Applied", "Redecision", "decision_changed_payload", "redecide"]


def decision_changed_payload(applied: Applied) -> dict[str, Any]:
    """The webhook body of a backfill decision: the fields of a reviewed decision's event."""
    d = applied.decision
    return {
        "item_id": applied.item.external_id,
        "decision_id": applied.public_id,
        "action": d.action,
        "rule": d.rule,
        "origin": "automated",
        "automated": True,
        "reason": {"vi": d.reason_vi, "en": d.reason_en},
        "policy_version": d.policy_version,
        "previous_decision_id": applied.item.decision_public_id,
        "previous_action": applied.item.action,
        "created_at": applied.created_at.isoformat(),
    }


def redecide(session: Session, entries: Sequence[Redecision], *, actor: str) -> list[Applied]:
    """Append the new decisions of ``entries`` (items whose action changes); returns what
    was applied (an item a person decided since it was read is left alone)."""
    if any(not e.item.automated for e in entries):
        raise ValueError("a backfill never replaces a person's decision")
    applied = backfill.record_redecisions(session, entries, actor=actor)
    for a in applied:
        outbox.enqueue(session, platform_id=a.item.platform_id, event_type="decision.changed",
                       payload=decision_changed_payload(a))
    return applied
