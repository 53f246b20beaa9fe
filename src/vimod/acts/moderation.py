"""Acts that come from a platform: the automated decision on new content, user reports,
authority requests and appeals.

``moderate`` is the one piece of orchestration on the hot path: detect, decide and store a
batch of items, idempotently.

1. A read-only look-up finds ids already known (they are answered from the store, with no
   new detection).
2. The detector scores the new texts, outside any transaction (CPU work).
3. The write runs in the group-commit writer (``vimod.store.writer``): it re-checks which
   ids are new, stores items, decisions, audit rows and review tasks; the caller gets the
   outcome after the commit, so an answer means the data is on disk.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from vimod.errors import Conflict
from vimod.policy import Policy
from vimod.store import audit, moderation, tasks
from vimod.store.db import (
    IntegrityError,
    Session,
    SessionFactory,
    engine_of,
    read_connection,
)
from vimod.store.models import Appeal, AuthorityRequest, Decision, Item, ReviewTask, UserReport
from vimod.store.moderation import Automated, NewItem, StoredAutomated
from vimod.store.writer import GroupWriter

#: Authority requests have deadlines: they go to the top of the queue.
AUTHORITY_SEVERITY = 1.0


# --------------------------------------------------------------------------- automated


@dataclass(frozen=True)
class Decided:
    """A new item, scored and decided now."""

    item: NewItem
    detection: dict[str, Any]
    decision: Any  # vimod.policy.Decision
    stored: StoredAutomated


@dataclass(frozen=True)
class Replayed:
    """A known item: its stored row and current decision (no new detection)."""

    item: Item
    decision: Decision


Outcome = Decided | Replayed


def _as_dict(detection: Any) -> dict[str, Any]:
    return detection.to_dict() if hasattr(detection, "to_dict") else dict(detection)


def _check_same(existing: dict[str, str], items: Sequence[NewItem]) -> None:
    """``existing``: external id -> stored text."""
    for it in items:
        old = existing.get(it.external_id)
        if old is not None and old != it.text:
            raise Conflict(
                f"item {it.external_id!r} was already moderated with a different text; an "
                "edited item needs a new id (e.g. append a revision number)"
            )


def _store(session: Session, platform_id: int, items: Sequence[NewItem],
           detections: dict[str, dict[str, Any]], policy: Policy,
           actor: str) -> list[Outcome] | None:
    """The write job. Returns None when a new id has no detection yet (the read-only
    look-up saw it as known, yet it is not stored: cannot happen without deletes, but the
    caller then scores it and retries rather than fail)."""
    ids = [it.external_id for it in items]
    texts = moderation.known_texts(session.connection(), platform_id, ids)
    _check_same(texts, items)
    todo = [it for it in items if it.external_id not in texts]
    if any(it.external_id not in detections for it in todo):
        return None
    decided = [(it, detections[it.external_id], policy.decide(it, detections[it.external_id]))
               for it in todo]
    stored = moderation.record_automated(
        session, platform_id, [Automated(it, det, dec) for it, det, dec in decided],
        actor=actor)
    out: dict[str, Outcome] = {
        it.external_id: Decided(it, det, dec, row)
        for (it, det, dec), row in zip(decided, stored, strict=True)
    }
    if texts:  # replays: full rows (rare on the hot path)
        existing = moderation.find_items(session, platform_id, list(texts))
        current = moderation.decisions_by_id(
            session, [i.current_decision_id for i in existing.values()
                      if i.current_decision_id is not None])
        for ext, item in existing.items():
            assert item.current_decision_id is not None
            out[ext] = Replayed(item, current[item.current_decision_id])
    return [out[it.external_id] for it in items]


def moderate(
    factory: SessionFactory, writer: GroupWriter, platform_id: int,
    items: Sequence[NewItem], *, policy: Policy, detector: Any, actor: str,
) -> list[Outcome]:
    """Decide on ``items``: new ones are scored once; known ids return their current
    decision without a new detection. Raises ``Conflict`` for a known id with new text.
    Returns one outcome per item, in order."""
    ids = list({it.external_id for it in items})
    detections: dict[str, dict[str, Any]] = {}
    expect = getattr(detector, "expect", nullcontext)
    engine = engine_of(factory)
    for _attempt in range(3):
        with expect():
            # A read-only look-up outside any write lock.
            with read_connection(engine) as conn:
                known = moderation.known_texts(conn, platform_id, ids)
            _check_same(known, items)
            missing = [it for it in items if it.external_id not in known
                       and it.external_id not in detections]
            if missing:
                for it, det in zip(missing, score_items(detector, missing), strict=True):
                    detections[it.external_id] = _as_dict(det)
        try:
            result = writer.submit(
                lambda s: _store(s, platform_id, items, detections, policy, actor))
        except IntegrityError:
            # Another process stored one of these ids between our check and our insert
            # (PostgreSQL with several workers): it is known now, replay.
            continue
        if result is not None:
            return result
    raise Conflict("the same items are being stored concurrently; retry the request")


# --------------------------------------------------------------------------- cases


def create_report(
    session: Session, platform_id: int, external_id: str, *, reason: str,
    note: str | None, actor: str,
) -> tuple[UserReport, ReviewTask]:
    """A user report. Reports on an item that already waits in the report queue join that
    task instead of adding one per report (a brigade cannot flood the queue)."""
    item = moderation.get_item(session, platform_id, external_id)
    report = moderation.add_report(session, platform_id=platform_id, item_id=item.id,
                                   reason=reason, note=note)
    task = tasks.open_task(session, item.id, "user_report")
    if task is None:
        task = tasks.add(session, platform_id=platform_id, item_id=item.id,
                         source="user_report", severity=tasks.severity_of(item.detection),
                         user_report_id=report.id)
    first = task.user_report_id or report.id
    reasons = moderation.report_reasons_since(session, item.id, first)
    tasks.raise_priority(session, item.id, tasks.report_priority(item.detection, reasons))
    audit.record(session, actor=actor, action="report.created", object_type="user_report",
                 object_id=report.id, platform_id=platform_id,
                 after={"item_id": external_id, "reason": reason, "task_id": task.id})
    return report, task


def create_authority_request(
    session: Session, platform_id: int, external_id: str, *, authority: str,
    legal_basis: str, deadline: datetime | None, note: str | None, actor: str,
) -> tuple[AuthorityRequest, ReviewTask]:
    """Record a public authority's request. Never acts: it only opens a human review task."""
    item = moderation.get_item(session, platform_id, external_id)
    req = moderation.add_authority_request(
        session, platform_id=platform_id, item_id=item.id, authority=authority,
        legal_basis=legal_basis, deadline=deadline, note=note)
    task = tasks.add(session, platform_id=platform_id, item_id=item.id,
                     source="authority_request", severity=AUTHORITY_SEVERITY,
                     authority_request_id=req.id)
    tasks.raise_priority(session, item.id, AUTHORITY_SEVERITY)
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
    dec = moderation.lock_decision(session, platform_id, decision_public_id)
    item = session.get(Item, dec.item_id)
    assert item is not None
    if item.current_decision_id != dec.id:
        current = (session.get(Decision, item.current_decision_id)
                   if item.current_decision_id else None)
        raise Conflict(
            f"decision {decision_public_id} has been superseded"
            + (f" by {current.public_id}; appeal that one" if current else "")
        )
    pending = moderation.pending_appeal_of(session, dec.id)
    if pending is not None:
        raise Conflict(f"decision {decision_public_id} already has a pending appeal ({pending})")
    appeal = moderation.add_appeal(session, platform_id=platform_id, decision_id=dec.id,
                                   item_id=item.id, statement=statement)
    task = tasks.add(session, platform_id=platform_id, item_id=item.id, source="appeal",
                     severity=tasks.severity_of(item.detection), appeal_id=appeal.id)
    audit.record(session, actor=actor, action="appeal.created", object_type="appeal",
                 object_id=appeal.public_id, platform_id=platform_id,
                 before=moderation.decision_snapshot(dec, item),
                 after={"appeal_id": appeal.public_id, "status": "pending",
                        "task_id": task.id})
    return appeal, task


def score_items(detector: Any, items: Sequence[Any]) -> list[Any]:
    """Score items; surfaces go along only when one is a product review, the one surface
    that changes a detection (``spam`` then means "not a genuine review"), so any object
    with ``predict(texts)`` serves every other surface."""
    texts = [it.text for it in items]
    if not any(it.surface == "review" for it in items):
        return list(detector.predict(texts))
    return list(detector.predict(texts, surface=[it.surface for it in items]))
