"""What a backfill reads and appends (``vimod.jobs.backfill``, through ``vimod.acts.backfill``).

Items are read in id ranges (``lo <= id < hi``) with their current decision; a re-decision
appends a new automated decision that supersedes the current one (the old row is never
edited), moves ``items.current_decision_id`` and the item's stored detection to the new
scoring, writes the audit row and, for a ``review`` hold, opens a review task unless one is
open already — in the caller's transaction, like the live path (``record_automated``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from vimod.store.models import AuditLog, Decision, Item, ReviewTask, table_of, utcnow
from vimod.store.moderation import new_public_id
from vimod.store.tasks import pending, severity_of

_ITEMS = table_of(Item)
_DECISIONS = table_of(Decision)


@dataclass(frozen=True)
class Filters:
    """Which stored items a backfill covers (all by default)."""

    platform_id: int | None = None
    received_since: datetime | None = None
    received_until: datetime | None = None
    from_id: int | None = None
    to_id: int | None = None  # inclusive


@dataclass(frozen=True)
class StoredItem:
    """An item as a backfill reads it, with its current decision (plain values)."""

    id: int
    platform_id: int
    external_id: str
    text: str
    surface: str
    author_id: str | None
    created_at: datetime | None
    decision_id: int | None
    decision_public_id: str | None
    action: str
    rule: str
    category: str
    automated: bool


@dataclass(frozen=True)
class Redecision:
    """A new automated decision for a stored item (``decision``: a ``vimod.policy.Decision``)."""

    item: StoredItem
    detection: dict[str, Any]
    decision: Any


@dataclass(frozen=True)
class Applied:
    item: StoredItem
    decision: Any
    public_id: str
    created_at: datetime


def _where(q: Any, f: Filters) -> Any:
    if f.platform_id is not None:
        q = q.where(Item.platform_id == f.platform_id)
    if f.received_since is not None:
        q = q.where(Item.received_at >= f.received_since)
    if f.received_until is not None:
        q = q.where(Item.received_at < f.received_until)
    if f.from_id is not None:
        q = q.where(Item.id >= f.from_id)
    if f.to_id is not None:
        q = q.where(Item.id <= f.to_id)
    return q


def id_bounds(db: Session | Connection, filters: Filters) -> tuple[int, int, int] | None:
    """(smallest id, largest id, count) of the items the filters cover; None if none."""
    lo, hi, n = db.execute(_where(select(func.min(Item.id), func.max(Item.id),
                                         func.count(Item.id)), filters)).one()
    return None if n == 0 else (int(lo), int(hi), int(n))


def items_in_range(db: Session | Connection, lo: int, hi: int,
                   filters: Filters) -> list[StoredItem]:
    """Items with ``lo <= id < hi`` that the filters cover, in id order."""
    q = _where(
        select(Item.id, Item.platform_id, Item.external_id, Item.text, Item.surface,
               Item.author_id, Item.created_at, Decision.id, Decision.public_id,
               Decision.action, Decision.rule, Decision.category, Decision.automated)
        .outerjoin(Decision, Decision.id == Item.current_decision_id)
        .where(Item.id >= lo, Item.id < hi).order_by(Item.id), filters)
    return [StoredItem(id=r[0], platform_id=r[1], external_id=r[2], text=r[3], surface=r[4],
                       author_id=r[5], created_at=r[6], decision_id=r[7],
                       decision_public_id=r[8], action=r[9] or "allow", rule=r[10] or "-",
                       category=r[11] or "none",
                       automated=True if r[12] is None else bool(r[12]))
            for r in db.execute(q).all()]


def record_redecisions(session: Session, entries: Sequence[Redecision], *,
                       actor: str) -> list[Applied]:
    """Append the new decisions. An item whose current decision changed since it was read
    (a moderator decided meanwhile) is skipped: the backfill never overrides newer acts."""
    if not entries:
        return []
    conn = session.connection()
    ids = [e.item.id for e in entries]
    current = dict(conn.execute(
        select(_ITEMS.c.id, _ITEMS.c.current_decision_id).where(_ITEMS.c.id.in_(ids))
        .with_for_update()).all())
    todo = [e for e in entries if current.get(e.item.id) == e.item.decision_id]
    if not todo:
        return []
    now = utcnow()
    rows = []
    for e in todo:
        d = e.decision
        rows.append({
            "public_id": new_public_id("dec"), "platform_id": e.item.platform_id,
            "item_id": e.item.id, "action": d.action, "rule": d.rule,
            "category": d.category, "reason_vi": d.reason_vi, "reason_en": d.reason_en,
            "policy_version": d.policy_version,
            "model_version": d.model or str(e.detection.get("model", "")),
            "scores": {**d.scores, "spam": d.spam}, "spans": list(d.spans),
            "automated": True, "origin": "automated", "reviewer_id": None,
            "supersedes_id": e.item.decision_id, "created_at": now,
        })
    stmt = insert(_DECISIONS).returning(_DECISIONS.c.id, sort_by_parameter_order=True)
    dec_ids = list(conn.execute(stmt, rows).scalars())
    conn.execute(
        update(_ITEMS).where(_ITEMS.c.id == bindparam("b_item"))
        .values(current_decision_id=bindparam("b_dec"), detection=bindparam("b_det"),
                label=bindparam("b_label")),
        [{"b_item": e.item.id, "b_dec": dec_id, "b_det": e.detection,
          "b_label": e.detection["label"]} for e, dec_id in zip(todo, dec_ids, strict=True)])
    conn.execute(insert(table_of(AuditLog)), [
        {"platform_id": e.item.platform_id, "actor": actor, "action": "decision.created",
         "object_type": "decision", "object_id": row["public_id"],
         "before": {"decision_id": e.item.decision_public_id, "action": e.item.action,
                    "rule": e.item.rule},
         "after": {"decision_id": row["public_id"], "action": row["action"],
                   "rule": row["rule"], "category": row["category"],
                   "policy_version": row["policy_version"],
                   "model_version": row["model_version"], "automated": True,
                   "origin": "automated", "item_id": e.item.external_id, "backfill": True},
         "created_at": now}
        for e, row in zip(todo, rows, strict=True)])
    held = [e for e in todo if e.decision.action == "review"]
    if held:
        open_already = set(session.scalars(
            select(ReviewTask.item_id).where(ReviewTask.item_id.in_([e.item.id for e in held]),
                                             ReviewTask.source == "automated", pending())))
        new_tasks = [
            {"platform_id": e.item.platform_id, "item_id": e.item.id, "source": "automated",
             "severity": severity_of(e.detection), "status": "open", "claimed_by": None,
             "claimed_at": None, "user_report_id": None, "authority_request_id": None,
             "appeal_id": None, "created_at": now, "resolved_at": None}
            for e in held if e.item.id not in open_already]
        if new_tasks:
            conn.execute(insert(table_of(ReviewTask)), new_tasks)
    return [Applied(item=e.item, decision=e.decision, public_id=row["public_id"],
                    created_at=now) for e, row in zip(todo, rows, strict=True)]
