"""Rows of the moderation record: items, decisions, user reports, authority requests,
appeals and reviews. Append-only, except the cached ``items.current_decision_id`` pointer and
the outcome fields of authority requests and appeals.

Every function works inside the caller's transaction; look-ups by a platform's own ids are
scoped by ``platform_id`` (an id of another platform is simply "not found"). The rules of
each act — what it checks, what it appends, how it is worded — are in ``vimod.acts``.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update
from sqlalchemy.orm import Session

from vimod.errors import NotFound
from vimod.store.models import (
    Appeal,
    AuditLog,
    AuthorityRequest,
    Decision,
    Item,
    ItemNote,
    Review,
    ReviewTask,
    UserReport,
    table_of,
    utcnow,
)
from vimod.store.tasks import severity_of


def new_public_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(12)}"


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


_ITEMS = table_of(Item)
#: external id -> stored text of the given ids of one platform (Core: the hot path).
_KNOWN = select(_ITEMS.c.external_id, _ITEMS.c.text).where(
    _ITEMS.c.platform_id == bindparam("pid"),
    _ITEMS.c.external_id.in_(bindparam("ids", expanding=True)),
)


def known_texts(db: Session | Connection, platform_id: int,
                external_ids: Sequence[str]) -> dict[str, str]:
    """external id -> stored text for the ids that exist (a light query for the hot path)."""
    if not external_ids:
        return {}
    rows = db.execute(_KNOWN, {"pid": platform_id, "ids": list(external_ids)})
    return {ext: text for ext, text in rows}


def get_item(session: Session, platform_id: int, external_id: str) -> Item:
    item = session.scalar(
        select(Item).where(Item.platform_id == platform_id, Item.external_id == external_id)
    )
    if item is None:
        raise NotFound(f"item {external_id!r} not found")
    return item


def item_by_id(session: Session, item_id: int) -> Item:
    """An item by its row id (ids that come from other rows of the record)."""
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound(f"item {item_id} does not exist")
    return item


def decision_by_id(session: Session, decision_id: int) -> Decision:
    dec = session.get(Decision, decision_id)
    if dec is None:
        raise NotFound(f"decision {decision_id} does not exist")
    return dec


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
    per table, no unit-of-work bookkeeping) in the session's transaction. A ``review``
    action is a hold: it opens an automated review task, ranked by ``severity_of`` the
    detection. Raises ``vimod.store.db.IntegrityError`` if one of the items already exists
    (a concurrent request stored it first); the caller rolls back and replays.
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
    item_ids = _insert_returning_ids(conn, _ITEMS, item_rows)
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
    dec_ids = _insert_returning_ids(conn, table_of(Decision), dec_rows)
    items_t = _ITEMS
    conn.execute(
        update(items_t).where(items_t.c.id == bindparam("b_item"))
        .values(current_decision_id=bindparam("b_dec")),
        [{"b_item": i, "b_dec": d} for i, d in zip(item_ids, dec_ids, strict=True)],
    )
    conn.execute(insert(table_of(AuditLog)), [
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
        conn.execute(insert(table_of(ReviewTask)), tasks)
    return [StoredAutomated(item_id=i, decision_id=d, decision_public_id=row["public_id"],
                            created_at=now)
            for i, d, row in zip(item_ids, dec_ids, dec_rows, strict=True)]


def _insert_returning_ids(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> list[int]:
    """INSERT ``rows`` and return their new primary keys, in the order of ``rows``."""
    if len(rows) == 1:
        return [conn.execute(insert(table).returning(table.c.id), rows[0]).scalar_one()]
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(conn.execute(stmt, rows).scalars())


def lock_decision(session: Session, platform_id: int, public_id: str) -> Decision:
    """The decision, locked for this transaction (serialises concurrent appeals on
    PostgreSQL)."""
    dec = session.scalar(
        select(Decision).where(Decision.platform_id == platform_id,
                               Decision.public_id == public_id)
        .with_for_update()
    )
    if dec is None:
        raise NotFound(f"decision {public_id!r} not found")
    return dec


def pending_appeal_of(session: Session, decision_id: int) -> str | None:
    """Public id of the decision's pending appeal, if it has one."""
    return session.scalar(
        select(Appeal.public_id).where(Appeal.decision_id == decision_id,
                                       Appeal.status == "pending")
    )


def add_report(session: Session, *, platform_id: int, item_id: int, reason: str,
               note: str | None) -> UserReport:
    report = UserReport(platform_id=platform_id, item_id=item_id, reason=reason, note=note)
    session.add(report)
    session.flush()
    return report


def report_reasons_since(session: Session, item_id: int, first_report_id: int) -> list[str]:
    """Reasons of the item's reports from ``first_report_id`` on (the reports that joined
    its pending report task)."""
    return list(session.scalars(
        select(UserReport.reason)
        .where(UserReport.item_id == item_id, UserReport.id >= first_report_id)
    ))


def add_note(session: Session, *, platform_id: int, item_id: int, author_id: int, text: str,
             created_at: datetime) -> int:
    note = ItemNote(platform_id=platform_id, item_id=item_id, author_id=author_id, text=text,
                    created_at=created_at)
    session.add(note)
    session.flush()
    return note.id


def add_authority_request(
    session: Session, *, platform_id: int, item_id: int, authority: str, legal_basis: str,
    deadline: datetime | None, note: str | None,
) -> AuthorityRequest:
    req = AuthorityRequest(platform_id=platform_id, item_id=item_id, authority=authority,
                           legal_basis=legal_basis, deadline=deadline, note=note)
    session.add(req)
    session.flush()
    return req


def add_appeal(session: Session, *, platform_id: int, decision_id: int, item_id: int,
               statement: str) -> Appeal:
    appeal = Appeal(public_id=new_public_id("apl"), platform_id=platform_id,
                    decision_id=decision_id, item_id=item_id, statement=statement)
    session.add(appeal)
    session.flush()
    return appeal


def append_decision(session: Session, item: Item, **fields: Any) -> Decision:
    """Append a decision on ``item`` and make it the item's current one."""
    decision = Decision(public_id=new_public_id("dec"), platform_id=item.platform_id,
                        item_id=item.id, **fields)
    session.add(decision)
    session.flush()
    item.current_decision_id = decision.id
    return decision


def add_review(session: Session, **fields: Any) -> Review:
    review = Review(**fields)
    session.add(review)
    session.flush()
    return review


def resolve_authority_requests(session: Session, tasks: Sequence[ReviewTask], outcome: str,
                               now: datetime) -> None:
    """Set the outcome of the still-pending authority requests behind ``tasks``."""
    for t in tasks:
        if t.authority_request_id is not None:
            req = session.get(AuthorityRequest, t.authority_request_id)
            if req is not None and req.outcome == "pending":
                req.outcome = outcome
                req.decided_at = now


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
