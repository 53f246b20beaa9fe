"""Review tasks and their claims: the atomic part of human review.

A task is one reason to look at an item (automated hold, user report, authority request,
appeal). A claim is state that must be taken atomically, so that two moderators never work
the same item: every function here re-checks the claim in the ``WHERE`` of its ``UPDATE``
and raises ``Conflict`` when a concurrent act got there first. What an act *means* (which
tasks a verdict closes, what it appends) is decided in ``vimod.acts``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, CursorResult, func, or_, select, update
from sqlalchemy.orm import Session

from vimod.errors import Conflict
from vimod.store.models import ReviewTask, User

#: A claim older than this no longer blocks other moderators.
CLAIM_TTL = timedelta(minutes=30)
#: Added to the severity of escalated tasks, so they sort above fresh work.
ESCALATION_BOOST = 1.0

Where = list[ColumnElement[bool]]


#: How much each taxonomy category weighs in the queue order: harm to a person first
#: (threats, self-harm, identity attacks), nuisance last.
CATEGORY_WEIGHTS: dict[str, float] = {
    "threat": 1.0, "self_harm": 1.0, "identity_attack": 0.9, "sexual": 0.7,
    "personal_data": 0.7, "scam": 0.6, "insult": 0.5, "spam": 0.4, "profanity": 0.2,
}


def severity_of(detection: dict[str, Any]) -> float:
    """Queue priority in 0..1 (the "most severe first" order): the heaviest weighted
    category score (``CATEGORY_WEIGHTS``), or for detections made before the taxonomy hate
    fully, offence half, spam half."""
    scores = detection.get("scores") or {}
    categories = detection.get("categories") or {}
    sev = max(
        float(scores.get("HATE", 0.0)) + 0.5 * float(scores.get("OFFENSIVE", 0.0)),
        0.5 * float(detection.get("spam", 0.0) or 0.0),
    ) if not categories else 0.0
    for name, weight in CATEGORY_WEIGHTS.items():
        sev = max(sev, weight * float(categories.get(name, 0.0) or 0.0))
    return round(min(1.0, max(0.0, sev)), 4)


#: How much a pending user report of each reason raises its item's priority (reasons are
#: the platform's words; the taxonomy's names and common synonyms are known). A reported
#: threat outranks username spam.
REPORT_WEIGHTS: dict[str, float] = {
    "threat": 0.6, "self_harm": 0.6, "violence": 0.6,
    "identity_attack": 0.45, "hate": 0.45, "sexual": 0.45, "harassment": 0.35,
    "personal_data": 0.35, "scam": 0.3, "insult": 0.3, "offensive": 0.25,
    "profanity": 0.1, "spam": 0.1,
}
#: Weight of a report whose reason is none of the above.
OTHER_REPORT_WEIGHT = 0.2
#: Each further pending report adds this much (up to ``MAX_EXTRA_REPORTS`` of them).
PER_REPORT = 0.05
MAX_EXTRA_REPORTS = 10


def report_priority(detection: dict[str, Any], reasons: list[str]) -> float:
    """An item's priority once users reported it: the detector's severity, plus the weight
    of the gravest reported reason, plus a little for every further report."""
    if not reasons:
        return severity_of(detection)
    weight = max(REPORT_WEIGHTS.get(r.strip().lower(), OTHER_REPORT_WEIGHT) for r in reasons)
    extra = PER_REPORT * min(len(reasons) - 1, MAX_EXTRA_REPORTS)
    return round(severity_of(detection) + weight + extra, 4)


def raise_priority(session: Session, item_id: int, severity: float) -> float:
    """Give every pending task of the item (appeals aside) the item's priority: the highest of
    ``severity`` and what its tasks already carry (an escalation stays). The queue shows an
    item as one row, so its tasks must agree on where it sorts. Returns the priority."""
    where = of_item(item_id)
    current = session.scalar(select(func.max(ReviewTask.severity)).where(*where, pending()))
    priority = max(severity, float(current or 0.0))
    session.execute(
        update(ReviewTask).where(*where, pending()).values(severity=priority)
        .execution_options(synchronize_session=False)
    )
    return priority


def pending() -> ColumnElement[bool]:
    """Open or claimed (not done)."""
    return ReviewTask.status != "done"


def claimable_by(user_id: int, now: datetime) -> ColumnElement[bool]:
    """Open, or claimed by this user, or claimed by someone whose claim went stale."""
    return or_(
        ReviewTask.claimed_by.is_(None),
        ReviewTask.claimed_by == user_id,
        ReviewTask.claimed_at < now - CLAIM_TTL,
    )


def of_item(item_id: int) -> Where:
    """The item's own tasks (appeals are worked separately)."""
    return [ReviewTask.item_id == item_id, ReviewTask.source != "appeal"]


def of_appeal(appeal_id: int) -> Where:
    return [ReviewTask.appeal_id == appeal_id, ReviewTask.source == "appeal"]


def _rowcount(result: Any) -> int:
    assert isinstance(result, CursorResult)
    return int(result.rowcount)


def add(
    session: Session, *, platform_id: int, item_id: int, source: str, severity: float,
    user_report_id: int | None = None, authority_request_id: int | None = None,
    appeal_id: int | None = None,
) -> ReviewTask:
    task = ReviewTask(platform_id=platform_id, item_id=item_id, source=source,
                      severity=severity, user_report_id=user_report_id,
                      authority_request_id=authority_request_id, appeal_id=appeal_id)
    session.add(task)
    session.flush()
    return task


def open_task(session: Session, item_id: int, source: str) -> ReviewTask | None:
    """A pending task of the item from ``source``, if there is one."""
    return session.scalar(
        select(ReviewTask).where(ReviewTask.item_id == item_id, ReviewTask.source == source,
                                 ReviewTask.status.in_(("open", "claimed")))
        .limit(1)
    )


def pending_tasks(session: Session, where: Where) -> list[ReviewTask]:
    return list(session.scalars(select(ReviewTask).where(*where, pending())))


def has_pending(session: Session, where: Where) -> bool:
    return bool(session.scalar(select(func.count()).where(*where, pending())))


def holder(session: Session, where: Where, user_id: int, now: datetime) -> str | None:
    """Username of another moderator holding a live claim on these tasks, if any."""
    return session.scalar(
        select(User.username)
        .join(ReviewTask, ReviewTask.claimed_by == User.id)
        .where(
            *where,
            ReviewTask.status == "claimed",
            ReviewTask.claimed_by != user_id,
            ReviewTask.claimed_at >= now - CLAIM_TTL,
        )
        .limit(1)
    )


def claim(session: Session, where: Where, user_id: int, now: datetime, what: str) -> int:
    """Claim the pending tasks for ``user_id``; returns how many. ``Conflict`` if another
    moderator holds them or none is pending (``what`` names the object in the message)."""
    other = holder(session, where, user_id, now)
    if other is not None:
        raise Conflict(f"{what} is already claimed by {other}")
    n = _rowcount(session.execute(
        update(ReviewTask)
        .where(*where, pending(), claimable_by(user_id, now))
        .values(status="claimed", claimed_by=user_id, claimed_at=now)
        .execution_options(synchronize_session=False)
    ))
    if n == 0:
        raise Conflict(f"{what} has no pending review task")
    return n


def release(session: Session, where: Where, user_id: int) -> int:
    """Give back this user's claims; returns how many were released."""
    return _rowcount(session.execute(
        update(ReviewTask)
        .where(*where, ReviewTask.status == "claimed", ReviewTask.claimed_by == user_id)
        .values(status="open", claimed_by=None, claimed_at=None)
        .execution_options(synchronize_session=False)
    ))


def close(session: Session, where: Where, user_id: int, now: datetime, what: str
          ) -> list[ReviewTask]:
    """Mark the pending tasks done, atomically refusing if another moderator holds them.
    Returns them, most severe first."""
    tasks = list(
        session.scalars(
            select(ReviewTask)
            .where(*where, pending())
            .order_by(ReviewTask.severity.desc(), ReviewTask.id)
            .with_for_update()
        )
    )
    if not tasks:
        raise Conflict(f"{what} has no pending review task (already decided?)")
    other = holder(session, where, user_id, now)
    if other is not None:
        raise Conflict(f"{what} is claimed by {other}")
    ids = [t.id for t in tasks]
    # The WHERE repeats the checks so a concurrent act that committed first makes us fail
    # instead of deciding twice.
    n = _rowcount(session.execute(
        update(ReviewTask)
        .where(ReviewTask.id.in_(ids), pending(), claimable_by(user_id, now))
        .values(status="done", resolved_at=now, claimed_by=user_id, claimed_at=now)
        .execution_options(synchronize_session=False)
    ))
    if n != len(ids):
        raise Conflict(f"{what} was decided or claimed by someone else meanwhile")
    for t in tasks:
        session.refresh(t)
    return tasks


def escalate(session: Session, where: Where, user_id: int, now: datetime, what: str
             ) -> list[ReviewTask]:
    """Put the pending tasks back in the queue, unclaimed and above fresh work."""
    tasks = pending_tasks(session, where)
    if not tasks:
        raise Conflict(f"{what} has no pending review task (already decided?)")
    other = holder(session, where, user_id, now)
    if other is not None:
        raise Conflict(f"{what} is claimed by {other}")
    session.execute(
        update(ReviewTask)
        .where(ReviewTask.id.in_([t.id for t in tasks]), pending())
        .values(
            status="open",
            claimed_by=None,
            claimed_at=None,
            severity=ReviewTask.severity + ESCALATION_BOOST,
        )
        .execution_options(synchronize_session=False)
    )
    return tasks
