"""Items, automated decisions, user reports, authority requests and appeals.

Every function works inside the caller's transaction and scopes every query by
``platform_id``: an id of another platform is simply "not found". Each act writes its audit
row in the same transaction, so the act and its record commit (or vanish) together.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update
from sqlalchemy.orm import Session

from vimod.errors import Conflict, NotFound
from vimod.store import audit
from vimod.store.models import (
    Appeal,
    AuditLog,
    AuthorityRequest,
    Decision,
    Item,
    ReviewTask,
    UserReport,
    utcnow,
)


def new_public_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(12)}"


def severity_of(detection: dict[str, Any]) -> float:
    """Queue priority in 0..1: hate counts fully, offence half, spam half."""
    scores = detection.get("scores") or {}
    sev = max(
        float(scores.get("HATE", 0.0)) + 0.5 * float(scores.get("OFFENSIVE", 0.0)),
        0.5 * float(detection.get("spam", 0.0) or 0.0),
    )
    return round(min(1.0, max(0.0, sev)), 4)


@dataclass(frozen=True)
class NewItem:
    external_id: str
    text: str
    surface: str = "comment"
    author_id: str | None = None
    created_at: datetime | None = None


@dataclass(frozen=True)
class Automated:
    """One item to store with its detection and the policy's decision on it."""

    item: NewItem
    detection: dict[str, Any]
    decision: Any  # vimod.policy.Decision (duck-typed to keep store free of policy imports)


def find_items(session: Session, platform_id: int, external_ids: Sequence[str]) -> dict[str, Item]:
    if not external_ids:
        return {}
    rows = session.scalars(
        select(Item).where(Item.platform_id == platform_id,
                           Item.external_id.in_(list(set(external_ids))))
    ).all()
    return {r.external_id: r for r in rows}


def known_texts(session: Session, platform_id: int, external_ids: Sequence[str]) -> dict[str, str]:
    """external id -> stored text for the ids that exist (a light query for the hot path)."""
    if not external_ids:
        return {}
    rows = session.execute(
        select(Item.external_id, Item.text).where(Item.platform_id == platform_id,
                                                  Item.external_id.in_(list(set(external_ids))))
    ).all()
    return {ext: text for ext, text in rows}


def get_item(session: Session, platform_id: int, external_id: str) -> Item:
    item = session.scalar(
        select(Item).where(Item.platform_id == platform_id, Item.external_id == external_id)
    )
    if item is None:
        raise NotFound(f"item {external_id!r} not found")
    return item


def decisions_by_id(session: Session, ids: Sequence[int]) -> dict[int, Decision]:
    if not ids:
        return {}
    rows = session.scalars(select(Decision).where(Decision.id.in_(list(set(ids))))).all()
    return {r.id: r for r in rows}


def get_decision(session: Session, platform_id: int, public_id: str) -> Decision:
    dec = session.scalar(
        select(Decision).where(Decision.platform_id == platform_id,
                               Decision.public_id == public_id)
    )
    if dec is None:
        raise NotFound(f"decision {public_id!r} not found")
    return dec


def decision_snapshot(dec: Decision, item: Item | None = None) -> dict[str, Any]:
    out = {
        "decision_id": dec.public_id,
        "action": dec.action,
        "rule": dec.rule,
        "category": dec.category,
        "policy_version": dec.policy_version,
        "model_version": dec.model_version,
        "automated": dec.automated,
        "origin": dec.origin,
    }
    if item is not None:
        out["item_id"] = item.external_id
    return out


@dataclass(frozen=True)
class StoredAutomated:
    """What ``record_automated`` wrote for one item (plain values, no ORM objects)."""

    item_id: int
    decision_id: int
    decision_public_id: str
    created_at: datetime


def record_automated(
    session: Session, platform_id: int, entries: Sequence[Automated], *, actor: str
) -> list[StoredAutomated]:
    """Store items with their first (automated) decision, audit rows and review tasks.

    The hot path of ``POST /v1/moderate``, so it uses Core statements (one multi-row INSERT
    per table, no unit-of-work bookkeeping) in the session's transaction. Raises
    ``sqlalchemy.exc.IntegrityError`` if one of the items already exists (a concurrent
    request stored it first); the caller rolls back and replays.
    """
    if not entries:
        return []
    conn = session.connection()
    now = utcnow()
    item_rows = [
        {"platform_id": platform_id, "external_id": e.item.external_id, "text": e.item.text,
         "author_id": e.item.author_id, "surface": e.item.surface,
         "created_at": e.item.created_at, "received_at": now,
         "label": e.detection["label"], "detection": e.detection,
         "current_decision_id": None}
        for e in entries
    ]
    item_ids = _insert_returning_ids(conn, Item.__table__, item_rows)
    dec_rows = []
    for e, item_id in zip(entries, item_ids, strict=True):
        d = e.decision
        dec_rows.append({
            "public_id": new_public_id("dec"), "platform_id": platform_id,
            "item_id": item_id, "action": d.action, "rule": d.rule,
            "category": d.category, "reason_vi": d.reason_vi, "reason_en": d.reason_en,
            "policy_version": d.policy_version,
            "model_version": d.model or str(e.detection.get("model", "")),
            "scores": {**d.scores, "spam": d.spam}, "spans": list(d.spans),
            "automated": True, "origin": "automated", "reviewer_id": None,
            "supersedes_id": None, "created_at": now,
        })
    dec_ids = _insert_returning_ids(conn, Decision.__table__, dec_rows)
    items_t = Item.__table__
    conn.execute(
        update(items_t).where(items_t.c.id == bindparam("b_item"))
        .values(current_decision_id=bindparam("b_dec")),
        [{"b_item": i, "b_dec": d} for i, d in zip(item_ids, dec_ids, strict=True)],
    )
    conn.execute(insert(AuditLog.__table__), [
        {"platform_id": platform_id, "actor": actor, "action": "decision.created",
         "object_type": "decision", "object_id": row["public_id"], "before": None,
         "after": {"decision_id": row["public_id"], "action": row["action"],
                   "rule": row["rule"], "category": row["category"],
                   "policy_version": row["policy_version"],
                   "model_version": row["model_version"], "automated": True,
                   "origin": "automated", "item_id": e.item.external_id},
         "created_at": now}
        for e, row in zip(entries, dec_rows, strict=True)
    ])
    tasks = [
        {"platform_id": platform_id, "item_id": item_id, "source": "automated",
         "severity": severity_of(e.detection), "status": "open", "claimed_by": None,
         "claimed_at": None, "user_report_id": None, "authority_request_id": None,
         "appeal_id": None, "created_at": now, "resolved_at": None}
        for e, item_id, row in zip(entries, item_ids, dec_rows, strict=True)
        if row["action"] == "review"
    ]
    if tasks:
        conn.execute(insert(ReviewTask.__table__), tasks)
    return [StoredAutomated(item_id=i, decision_id=d, decision_public_id=row["public_id"],
                            created_at=now)
            for i, d, row in zip(item_ids, dec_ids, dec_rows, strict=True)]


def _insert_returning_ids(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> list[int]:
    """INSERT ``rows`` and return their new primary keys, in the order of ``rows``."""
    if len(rows) == 1:
        return [conn.execute(insert(table).returning(table.c.id), rows[0]).scalar_one()]
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(conn.execute(stmt, rows).scalars())


def _open_task(session: Session, item_id: int, source: str) -> ReviewTask | None:
    return session.scalar(
        select(ReviewTask).where(ReviewTask.item_id == item_id, ReviewTask.source == source,
                                 ReviewTask.status.in_(("open", "claimed")))
        .limit(1)
    )


def create_report(
    session: Session, platform_id: int, external_id: str, *, reason: str,
    note: str | None, actor: str,
) -> tuple[UserReport, ReviewTask]:
    """A user report. Reports on an item that already waits in the report queue join that
    task instead of adding one per report (a brigade cannot flood the queue)."""
    item = get_item(session, platform_id, external_id)
    report = UserReport(platform_id=platform_id, item_id=item.id, reason=reason, note=note)
    session.add(report)
    session.flush()
    task = _open_task(session, item.id, "user_report")
    if task is None:
        task = ReviewTask(platform_id=platform_id, item_id=item.id, source="user_report",
                          severity=severity_of(item.detection), user_report_id=report.id)
        session.add(task)
        session.flush()
    audit.record(session, actor=actor, action="report.created", object_type="user_report",
                 object_id=report.id, platform_id=platform_id,
                 after={"item_id": external_id, "reason": reason, "task_id": task.id})
    return report, task


def create_authority_request(
    session: Session, platform_id: int, external_id: str, *, authority: str,
    legal_basis: str, deadline: datetime | None, note: str | None, actor: str,
) -> tuple[AuthorityRequest, ReviewTask]:
    """Record a public authority's request. Never acts: it only opens a human review task."""
    item = get_item(session, platform_id, external_id)
    req = AuthorityRequest(platform_id=platform_id, item_id=item.id, authority=authority,
                           legal_basis=legal_basis, deadline=deadline, note=note)
    session.add(req)
    session.flush()
    # Authority requests have deadlines: they go to the top of the queue.
    task = ReviewTask(platform_id=platform_id, item_id=item.id, source="authority_request",
                      severity=1.0, authority_request_id=req.id)
    session.add(task)
    session.flush()
    audit.record(session, actor=actor, action="authority_request.created",
                 object_type="authority_request", object_id=req.id, platform_id=platform_id,
                 after={"item_id": external_id, "authority": authority,
                        "legal_basis": legal_basis,
                        "deadline": deadline.isoformat() if deadline else None,
                        "task_id": task.id})
    return req, task


def create_appeal(
    session: Session, platform_id: int, decision_public_id: str, *, statement: str, actor: str,
) -> tuple[Appeal, ReviewTask]:
    """An author's appeal against the CURRENT decision of an item; one pending per decision."""
    dec = session.scalar(
        select(Decision).where(Decision.platform_id == platform_id,
                               Decision.public_id == decision_public_id)
        .with_for_update()  # serialises concurrent appeals on PostgreSQL
    )
    if dec is None:
        raise NotFound(f"decision {decision_public_id!r} not found")
    item = session.get(Item, dec.item_id)
    assert item is not None
    if item.current_decision_id != dec.id:
        current = session.get(Decision, item.current_decision_id)
        raise Conflict(
            f"decision {decision_public_id} has been superseded"
            + (f" by {current.public_id}; appeal that one" if current else "")
        )
    pending = session.scalar(
        select(Appeal.public_id).where(Appeal.decision_id == dec.id, Appeal.status == "pending")
    )
    if pending is not None:
        raise Conflict(f"decision {decision_public_id} already has a pending appeal ({pending})")
    appeal = Appeal(public_id=new_public_id("apl"), platform_id=platform_id,
                    decision_id=dec.id, item_id=item.id, statement=statement)
    session.add(appeal)
    session.flush()
    task = ReviewTask(platform_id=platform_id, item_id=item.id, source="appeal",
                      severity=severity_of(item.detection), appeal_id=appeal.id)
    session.add(task)
    session.flush()
    audit.record(session, actor=actor, action="appeal.created", object_type="appeal",
                 object_id=appeal.public_id, platform_id=platform_id,
                 before=decision_snapshot(dec, item),
                 after={"appeal_id": appeal.public_id, "status": "pending",
                        "task_id": task.id})
    return appeal, task


@dataclass
class ItemHistory:
    item: Item
    decisions: list[Decision]
    reports: list[UserReport]
    authority_requests: list[AuthorityRequest]
    appeals: list[Appeal]


def item_history(session: Session, platform_id: int, external_id: str) -> ItemHistory:
    item = get_item(session, platform_id, external_id)

    def rows(model: Any) -> list[Any]:
        return list(session.scalars(
            select(model).where(model.platform_id == platform_id, model.item_id == item.id)
            .order_by(model.id)
        ).all())

    return ItemHistory(item=item, decisions=rows(Decision), reports=rows(UserReport),
                       authority_requests=rows(AuthorityRequest), appeals=rows(Appeal))


def appeals_of_decision(session: Session, decision_id: int) -> list[Appeal]:
    return list(session.scalars(
        select(Appeal).where(Appeal.decision_id == decision_id).order_by(Appeal.id)
    ).all())
