"""Human review: the queue query, claims, review acts and appeal decisions.

Queues are queries over ``review_tasks`` (nothing is stored as "a queue"). Every act
(uphold / overturn / escalate, appeal decisions) is one transaction that appends a decision
(where the outcome is a decision), a ``reviews`` row, an audit row and a webhook outbox event,
so the platform hears about every change that committed and about nothing that did not.

Rules enforced here (not only in the web layer):
- a task claimed by one moderator cannot be claimed or decided by another until the claim
  goes stale (``CLAIM_TTL``) or is released;
- an appeal is decided by someone other than whoever made the appealed decision (and the
  item's current decision, when a human made that one);
- every act needs a non-empty reason.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, or_, select, update
from sqlalchemy.orm import Session

from vimod.errors import Conflict, InvalidInput, NotFound
from vimod.store import audit, outbox
from vimod.store.models import (
    ACTIONS,
    Appeal,
    AuditLog,
    AuthorityRequest,
    Decision,
    Item,
    Platform,
    PolicyVersion,
    Review,
    ReviewTask,
    User,
    UserReport,
)

CLAIM_TTL = timedelta(minutes=30)
ESCALATION_BOOST = 1.0  # added to severity so escalated work sorts above fresh work
QUEUE_SOURCES = ("automated", "user_report", "authority_request")
FINAL_ACTIONS = tuple(a for a in ACTIONS if a != "review")  # what a human may choose
VERDICTS = ("uphold", "overturn", "escalate")
AGES = {
    "1h": (None, timedelta(hours=1)),
    "24h": (None, timedelta(hours=24)),
    "7d": (None, timedelta(days=7)),
    "older7d": (timedelta(days=7), None),
}
SORTS = ("severity", "oldest")
MAX_REASON = 5000
SNIPPET = 240


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def aware(dt: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; every time vimod writes is UTC."""
    if dt is not None and dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    return dt


def new_public_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(12)}"


def _actor(user: User) -> str:
    return f"user:{user.username}"


def _clean_reason(reason: str | None) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("a reason is required")
    if len(reason) > MAX_REASON:
        raise InvalidInput(f"the reason is longer than {MAX_REASON} characters")
    return reason


def _pending():  # type: ignore[no-untyped-def]
    return ReviewTask.status != "done"


def _claimable_by(user_id: int, now: datetime):  # type: ignore[no-untyped-def]
    """Open, or claimed by this user, or claimed by someone whose claim went stale."""
    return or_(
        ReviewTask.claimed_by.is_(None),
        ReviewTask.claimed_by == user_id,
        ReviewTask.claimed_at < now - CLAIM_TTL,
    )


# --------------------------------------------------------------------------- the queue


@dataclass
class QueueQuery:
    """Filters, sort and page of a queue screen. Unknown values are refused, not ignored."""

    source: str | None = None
    label: str | None = None
    surface: str | None = None
    age: str | None = None
    sort: str = "severity"
    page: int = 1
    per_page: int = 50
    appeals: bool = False

    def validate(self) -> QueueQuery:
        if self.source and self.source not in QUEUE_SOURCES:
            raise InvalidInput(f"source {self.source!r} must be one of {', '.join(QUEUE_SOURCES)}")
        if self.age and self.age not in AGES:
            raise InvalidInput(f"age {self.age!r} must be one of {', '.join(AGES)}")
        if self.sort not in SORTS:
            raise InvalidInput(f"sort {self.sort!r} must be one of {', '.join(SORTS)}")
        if self.page < 1:
            raise InvalidInput("page must be 1 or more")
        if not 1 <= self.per_page <= 200:
            raise InvalidInput("per_page must be between 1 and 200")
        return self


@dataclass
class QueueRow:
    task_id: int
    item_id: int
    source: str
    severity: float
    status: str
    created_at: datetime
    claimed_by: str | None
    claimed_at: datetime | None
    label: str
    surface: str
    snippet: str
    platform: str
    appeal_id: int | None
    escalated: bool


@dataclass
class Page:
    rows: list[Any]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def has_next(self) -> bool:
        return self.page < self.pages


def _queue_where(q: QueueQuery, now: datetime) -> list[Any]:
    where: list[Any] = [_pending()]
    where.append(ReviewTask.source == "appeal" if q.appeals else ReviewTask.source != "appeal")
    if q.source and not q.appeals:
        where.append(ReviewTask.source == q.source)
    if q.age:
        older, newer = AGES[q.age]
        if newer is not None:
            where.append(ReviewTask.created_at >= now - newer)
        if older is not None:
            where.append(ReviewTask.created_at < now - older)
    if q.label:
        where.append(Item.label == q.label)
    if q.surface:
        where.append(Item.surface == q.surface)
    return where


def queue_page(session: Session, query: QueueQuery, *, now: datetime | None = None) -> Page:
    """One page of pending tasks (open or claimed), most severe or oldest first.

    Pagination is LIMIT/OFFSET over an index-ordered scan (``ix_tasks_pending_*``); the count
    is an index-only COUNT over the same filters.
    """
    q = query.validate()
    now = _now(now)
    where = _queue_where(q, now)
    needs_item = bool(q.label or q.surface)

    # Without item filters the count says "status IN (open, claimed)" (same rows as
    # "!= done") so that it is an index-only scan of ix_tasks_queue; with them, "!= done"
    # steers the planner to start from ix_items_label_surface. The page query below uses
    # the partial indexes.
    count_where = where if needs_item else [ReviewTask.status.in_(("open", "claimed")), *where[1:]]
    count_stmt = select(func.count()).select_from(ReviewTask)
    if needs_item:
        count_stmt = count_stmt.join(Item, Item.id == ReviewTask.item_id)
    total = session.scalar(count_stmt.where(*count_where)) or 0

    if q.sort == "severity":
        order = [ReviewTask.severity.desc(), ReviewTask.id.asc()]
    else:
        order = [ReviewTask.created_at.asc(), ReviewTask.id.asc()]
    # Page the task ids first (narrow index scan), then fetch the 50 rows' details.
    ids_stmt = select(ReviewTask.id).where(*where)
    if needs_item:
        ids_stmt = ids_stmt.join(Item, Item.id == ReviewTask.item_id)
    offset = (q.page - 1) * q.per_page
    ids = list(session.scalars(ids_stmt.order_by(*order).limit(q.per_page).offset(offset)))
    rows: list[QueueRow] = []
    if ids:
        stmt = (
            select(
                ReviewTask,
                Item.label,
                Item.surface,
                func.substr(Item.text, 1, SNIPPET),
                Platform.name,
                User.username,
            )
            .join(Item, Item.id == ReviewTask.item_id)
            .join(Platform, Platform.id == ReviewTask.platform_id)
            .outerjoin(User, User.id == ReviewTask.claimed_by)
            .where(ReviewTask.id.in_(ids))
        )
        escalated = set(
            session.scalars(
                select(Review.item_id).where(
                    Review.verdict == "escalate",
                    Review.item_id.in_(select(ReviewTask.item_id).where(ReviewTask.id.in_(ids))),
                )
            )
        )
        by_id = {}
        for task, label, surface, snippet, platform, username in session.execute(stmt):
            by_id[task.id] = QueueRow(
                task_id=task.id,
                item_id=task.item_id,
                source=task.source,
                severity=task.severity,
                status=task.status,
                created_at=aware(task.created_at),  # type: ignore[arg-type]
                claimed_by=username,
                claimed_at=aware(task.claimed_at),
                label=label,
                surface=surface,
                snippet=snippet,
                platform=platform,
                appeal_id=task.appeal_id,
                escalated=task.item_id in escalated,
            )
        rows = [by_id[i] for i in ids if i in by_id]
    return Page(rows=rows, total=total, page=q.page, per_page=q.per_page)


def queue_facets(session: Session) -> dict[str, list[str]]:
    """Values offered in the label and surface filters (one index-only DISTINCT scan; the
    console caches the answer for a few minutes)."""
    pairs = session.execute(select(Item.label, Item.surface).distinct()).all()
    return {
        "labels": sorted({label for label, _ in pairs if label}),
        "surfaces": sorted({surface for _, surface in pairs if surface}),
    }


# --------------------------------------------------------------------------- item view


@dataclass
class ItemView:
    item: Item
    platform: str
    current: Decision | None
    decisions: list[Decision]
    reports: list[UserReport]
    authority_requests: list[AuthorityRequest]
    reviews: list[Review]
    appeals: list[Appeal]
    pending_tasks: list[ReviewTask]
    author_pending: list[tuple[str, str]]  # (label, text) of the author's other pending items
    usernames: dict[int, str] = field(default_factory=dict)

    @property
    def claimed_by(self) -> int | None:
        for t in self.pending_tasks:
            if t.status == "claimed" and t.claimed_by is not None:
                return t.claimed_by
        return None


def item_view(session: Session, item_id: int, *, author_limit: int = 10) -> ItemView:
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound(f"item {item_id} does not exist")
    platform = session.scalar(select(Platform.name).where(Platform.id == item.platform_id)) or "?"
    decisions = list(
        session.scalars(
            select(Decision).where(Decision.item_id == item.id).order_by(Decision.id.desc())
        )
    )
    current = next((d for d in decisions if d.id == item.current_decision_id), None)
    if current is None and decisions:
        current = decisions[0]
    reports = list(
        session.scalars(
            select(UserReport).where(UserReport.item_id == item.id).order_by(UserReport.id)
        )
    )
    authority = list(
        session.scalars(
            select(AuthorityRequest)
            .where(AuthorityRequest.item_id == item.id)
            .order_by(AuthorityRequest.id)
        )
    )
    reviews = list(
        session.scalars(select(Review).where(Review.item_id == item.id).order_by(Review.id))
    )
    appeals = list(
        session.scalars(select(Appeal).where(Appeal.item_id == item.id).order_by(Appeal.id))
    )
    pending = list(
        session.scalars(
            select(ReviewTask)
            .where(ReviewTask.item_id == item.id, _pending(), ReviewTask.source != "appeal")
            .order_by(ReviewTask.severity.desc(), ReviewTask.id)
        )
    )
    author_pending: list[tuple[str, str]] = []
    if item.author_id:
        # Text only, same platform, no author id or profile: context for the decision at hand.
        pending_items = (
            select(ReviewTask.item_id).where(_pending(), ReviewTask.platform_id == item.platform_id)
        )
        author_pending = [
            (label, text)
            for label, text in session.execute(
                select(Item.label, func.substr(Item.text, 1, 500))
                .where(
                    Item.platform_id == item.platform_id,
                    Item.author_id == item.author_id,
                    Item.id != item.id,
                    Item.id.in_(pending_items),
                )
                .order_by(Item.id.desc())
                .limit(author_limit)
            )
        ]
    user_ids = {d.reviewer_id for d in decisions} | {r.reviewer_id for r in reviews}
    user_ids |= {a.decided_by for a in appeals} | {t.claimed_by for t in pending}
    user_ids.discard(None)
    usernames = {
        uid: name
        for uid, name in session.execute(
            select(User.id, User.username).where(User.id.in_(user_ids))
        )
    }
    return ItemView(
        item=item,
        platform=platform,
        current=current,
        decisions=decisions,
        reports=reports,
        authority_requests=authority,
        reviews=reviews,
        appeals=appeals,
        pending_tasks=pending,
        author_pending=author_pending,
        usernames=usernames,  # type: ignore[arg-type]
    )


# --------------------------------------------------------------------------- claims


def _holder(session: Session, where: list[Any], user: User, now: datetime) -> str | None:
    """Username of another moderator holding a live claim on these tasks, if any."""
    return session.scalar(
        select(User.username)
        .join(ReviewTask, ReviewTask.claimed_by == User.id)
        .where(
            *where,
            ReviewTask.status == "claimed",
            ReviewTask.claimed_by != user.id,
            ReviewTask.claimed_at >= now - CLAIM_TTL,
        )
        .limit(1)
    )


def _claim(
    session: Session, where: list[Any], user: User, now: datetime, what: str,
    object_id: int | str,
) -> int:
    holder = _holder(session, where, user, now)
    if holder is not None:
        raise Conflict(f"{what} {object_id} is already claimed by {holder}")
    result = session.execute(
        update(ReviewTask)
        .where(*where, _pending(), _claimable_by(user.id, now))
        .values(status="claimed", claimed_by=user.id, claimed_at=now)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount == 0:  # type: ignore[attr-defined]
        raise Conflict(f"{what} {object_id} has no pending review task")
    audit.record(
        session,
        actor=_actor(user),
        action=f"{what}.claimed",
        object_type=what,
        object_id=object_id,
        after={"claimed_by": user.username},
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def _release(
    session: Session, where: list[Any], user: User, what: str, object_id: int | str
) -> int:
    result = session.execute(
        update(ReviewTask)
        .where(*where, ReviewTask.status == "claimed", ReviewTask.claimed_by == user.id)
        .values(status="open", claimed_by=None, claimed_at=None)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount:  # type: ignore[attr-defined]
        audit.record(
            session,
            actor=_actor(user),
            action=f"{what}.released",
            object_type=what,
            object_id=object_id,
        )
    return int(result.rowcount)  # type: ignore[attr-defined]


def _item_tasks(item_id: int) -> list[Any]:
    return [ReviewTask.item_id == item_id, ReviewTask.source != "appeal"]


def claim_item(session: Session, item_id: int, user: User, *, now: datetime | None = None) -> int:
    """Claim every pending (non-appeal) task of the item. Conflict if another holds it."""
    return _claim(session, _item_tasks(item_id), user, _now(now), "item", item_id)


def release_item(session: Session, item_id: int, user: User) -> int:
    return _release(session, _item_tasks(item_id), user, "item", item_id)


# --------------------------------------------------------------------------- review acts


def _close_tasks(
    session: Session, where: list[Any], user: User, now: datetime, what: str, object_id: int
) -> list[ReviewTask]:
    """Mark the pending tasks done, atomically refusing if another moderator holds them."""
    tasks = list(
        session.scalars(
            select(ReviewTask)
            .where(*where, _pending())
            .order_by(ReviewTask.severity.desc(), ReviewTask.id)
            .with_for_update()
        )
    )
    if not tasks:
        raise Conflict(f"{what} {object_id} has no pending review task (already decided?)")
    holder = _holder(session, where, user, now)
    if holder is not None:
        raise Conflict(f"{what} {object_id} is claimed by {holder}")
    ids = [t.id for t in tasks]
    # The WHERE repeats the checks so a concurrent act that committed first makes us fail
    # instead of deciding twice.
    result = session.execute(
        update(ReviewTask)
        .where(ReviewTask.id.in_(ids), _pending(), _claimable_by(user.id, now))
        .values(status="done", resolved_at=now, claimed_by=user.id, claimed_at=now)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != len(ids):  # type: ignore[attr-defined]
        raise Conflict(f"{what} {object_id} was decided or claimed by someone else meanwhile")
    for t in tasks:
        session.refresh(t)
    return tasks


def _human_decision(
    session: Session,
    *,
    item: Item,
    base: Decision | None,
    action: str,
    rule: str,
    reason: str,
    origin: str,
    user: User,
    now: datetime,
) -> Decision:
    det = item.detection or {}
    if action == "allow":
        category = "none"
    elif base is not None and base.category != "none":
        category = base.category
    else:
        category = "manual"
    intro_vi = {
        "review": "Người kiểm duyệt đã xem xét nội dung này.",
        "appeal": "Kháng nghị đã được một người kiểm duyệt khác xem xét.",
    }[origin]
    intro_en = {
        "review": "A moderator reviewed this content.",
        "appeal": "The appeal was reviewed by another moderator.",
    }[origin]
    decision = Decision(
        public_id=new_public_id("dec"),
        platform_id=item.platform_id,
        item_id=item.id,
        action=action,
        rule=rule,
        category=category,
        reason_vi=f"{intro_vi} Lý do: {reason}",
        reason_en=f"{intro_en} Reason: {reason}",
        policy_version=base.policy_version if base else "-",
        model_version=base.model_version if base else str(det.get("model", "-")),
        scores=base.scores if base else dict(det.get("scores", {})),
        spans=base.spans if base else list(det.get("spans", [])),
        automated=False,
        origin=origin,
        reviewer_id=user.id,
        supersedes_id=base.id if base else None,
        created_at=now,
    )
    session.add(decision)
    session.flush()
    item.current_decision_id = decision.id
    return decision


def _decision_payload(item: Item, decision: Decision, previous: Decision | None) -> dict[str, Any]:
    return {
        "item_id": item.external_id,
        "decision_id": decision.public_id,
        "action": decision.action,
        "rule": decision.rule,
        "origin": decision.origin,
        "automated": False,
        "reason": {"vi": decision.reason_vi, "en": decision.reason_en},
        "policy_version": decision.policy_version,
        "previous_decision_id": previous.public_id if previous else None,
        "previous_action": previous.action if previous else None,
        "created_at": aware(decision.created_at).isoformat(),  # type: ignore[union-attr]
    }


def upheld_action(current: Decision | None) -> str:
    """The action an "uphold" leaves in place. A ``review`` hold is not a final state: the
    reviewer upholding the detector's concern means the content comes down."""
    if current is None or current.action == "review":
        return "remove"
    return current.action


def review_item(
    session: Session,
    item_id: int,
    user: User,
    *,
    verdict: str,
    reason: str,
    action: str | None = None,
    now: datetime | None = None,
) -> Review:
    """Uphold, overturn (to ``action``) or escalate the item's pending review tasks."""
    now = _now(now)
    reason = _clean_reason(reason)
    if verdict not in VERDICTS:
        raise InvalidInput(f"verdict {verdict!r} must be one of {', '.join(VERDICTS)}")
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound(f"item {item_id} does not exist")
    current = session.get(Decision, item.current_decision_id) if item.current_decision_id else None
    if verdict == "overturn":
        if action not in FINAL_ACTIONS:
            raise InvalidInput(f"overturn needs an action, one of {', '.join(FINAL_ACTIONS)}")
        if current is not None and action == current.action:
            raise InvalidInput(f"the current action is already {action!r}: uphold instead")
    where = _item_tasks(item_id)

    if verdict == "escalate":
        tasks = list(session.scalars(select(ReviewTask).where(*where, _pending())))
        if not tasks:
            raise Conflict(f"item {item_id} has no pending review task (already decided?)")
        holder = _holder(session, where, user, now)
        if holder is not None:
            raise Conflict(f"item {item_id} is claimed by {holder}")
        session.execute(
            update(ReviewTask)
            .where(ReviewTask.id.in_([t.id for t in tasks]), _pending())
            .values(
                status="open",
                claimed_by=None,
                claimed_at=None,
                severity=ReviewTask.severity + ESCALATION_BOOST,
            )
            .execution_options(synchronize_session=False)
        )
        review = Review(
            platform_id=item.platform_id,
            task_id=tasks[0].id,
            item_id=item.id,
            reviewer_id=user.id,
            verdict="escalate",
            action=None,
            reason=reason,
            decision_id=None,
            created_at=now,
        )
        session.add(review)
        session.flush()
        audit.record(
            session,
            actor=_actor(user),
            action="review.escalate",
            object_type="item",
            object_id=item.id,
            platform_id=item.platform_id,
            after={"reason": reason, "tasks": [t.id for t in tasks], "review_id": review.id},
        )
        return review

    tasks = _close_tasks(session, where, user, now, "item", item_id)
    new_action = upheld_action(current) if verdict == "uphold" else str(action)
    rule = current.rule if (verdict == "uphold" and current is not None) else "human_review"
    decision = _human_decision(
        session,
        item=item,
        base=current,
        action=new_action,
        rule=rule,
        reason=reason,
        origin="review",
        user=user,
        now=now,
    )
    review = Review(
        platform_id=item.platform_id,
        task_id=tasks[0].id,
        item_id=item.id,
        reviewer_id=user.id,
        verdict=verdict,
        action=new_action,
        reason=reason,
        decision_id=decision.id,
        created_at=now,
    )
    session.add(review)
    for t in tasks:
        if t.authority_request_id is not None:
            req = session.get(AuthorityRequest, t.authority_request_id)
            if req is not None and req.outcome == "pending":
                req.outcome = "actioned" if new_action in ("remove", "label") else "declined"
                req.decided_at = now
    session.flush()
    audit.record(
        session,
        actor=_actor(user),
        action=f"review.{verdict}",
        object_type="item",
        object_id=item.id,
        platform_id=item.platform_id,
        before={"decision": current.public_id, "action": current.action} if current else None,
        after={
            "decision": decision.public_id,
            "action": new_action,
            "reason": reason,
            "tasks": [t.id for t in tasks],
            "review_id": review.id,
        },
    )
    outbox.enqueue(
        session,
        platform_id=item.platform_id,
        event_type="decision.changed",
        payload=_decision_payload(item, decision, current),
    )
    return review


# --------------------------------------------------------------------------- appeals


@dataclass
class AppealView:
    appeal: Appeal
    appealed: Decision
    excluded_user_ids: set[int]
    item: ItemView
    task: ReviewTask | None


def excluded_deciders(session: Session, appeal: Appeal) -> set[int]:
    """Users who may NOT decide this appeal: whoever made the appealed decision, and whoever
    made the item's current decision (if a person)."""
    appealed = session.get(Decision, appeal.decision_id)
    item = session.get(Item, appeal.item_id)
    out: set[int] = set()
    if appealed is not None and appealed.reviewer_id is not None:
        out.add(appealed.reviewer_id)
    if item is not None and item.current_decision_id:
        current = session.get(Decision, item.current_decision_id)
        if current is not None and current.reviewer_id is not None:
            out.add(current.reviewer_id)
    return out


def _get_appeal(session: Session, appeal_id: int) -> Appeal:
    appeal = session.get(Appeal, appeal_id)
    if appeal is None:
        raise NotFound(f"appeal {appeal_id} does not exist")
    return appeal


def _check_other_moderator(session: Session, appeal: Appeal, user: User) -> None:
    if user.id in excluded_deciders(session, appeal):
        raise Conflict(
            "this appeal must be decided by a moderator other than the one who made the "
            "decision under appeal"
        )


def appeal_view(session: Session, appeal_id: int) -> AppealView:
    appeal = _get_appeal(session, appeal_id)
    appealed = session.get(Decision, appeal.decision_id)
    if appealed is None:  # pragma: no cover - FK guarantees it
        raise NotFound(f"decision {appeal.decision_id} does not exist")
    task = session.scalar(
        select(ReviewTask)
        .where(ReviewTask.appeal_id == appeal.id, ReviewTask.source == "appeal")
        .order_by(ReviewTask.id.desc())
        .limit(1)
    )
    view = item_view(session, appeal.item_id)
    extra = {appeal.decided_by, task.claimed_by if task else None} - {None}
    for uid, name in session.execute(select(User.id, User.username).where(User.id.in_(extra))):
        view.usernames[uid] = name
    return AppealView(
        appeal=appeal,
        appealed=appealed,
        excluded_user_ids=excluded_deciders(session, appeal),
        item=view,
        task=task,
    )


def _appeal_tasks(appeal_id: int) -> list[Any]:
    return [ReviewTask.appeal_id == appeal_id, ReviewTask.source == "appeal"]


def claim_appeal(
    session: Session, appeal_id: int, user: User, *, now: datetime | None = None
) -> int:
    appeal = _get_appeal(session, appeal_id)
    _check_other_moderator(session, appeal, user)
    return _claim(
        session, _appeal_tasks(appeal_id), user, _now(now), "appeal", appeal.public_id
    )


def release_appeal(session: Session, appeal_id: int, user: User) -> int:
    appeal = _get_appeal(session, appeal_id)
    return _release(session, _appeal_tasks(appeal_id), user, "appeal", appeal.public_id)


def decide_appeal(
    session: Session,
    appeal_id: int,
    user: User,
    *,
    outcome: str,
    reason: str,
    action: str | None = None,
    now: datetime | None = None,
) -> Appeal:
    """Uphold the appealed decision or reverse it (to ``action``, default ``allow``).

    Appends a human decision (origin ``appeal``), a review row, an audit row and an
    ``appeal.decided`` webhook event in the caller's transaction.
    """
    now = _now(now)
    reason = _clean_reason(reason)
    if outcome not in ("uphold", "reverse"):
        raise InvalidInput(f"outcome {outcome!r} must be 'uphold' or 'reverse'")
    appeal = _get_appeal(session, appeal_id)
    if appeal.status != "pending":
        raise Conflict(f"appeal {appeal_id} is already {appeal.status}")
    _check_other_moderator(session, appeal, user)
    appealed = session.get(Decision, appeal.decision_id)
    item = session.get(Item, appeal.item_id)
    assert appealed is not None and item is not None  # FKs
    current = session.get(Decision, item.current_decision_id) if item.current_decision_id else None
    if outcome == "reverse":
        action = action or "allow"
        if action not in FINAL_ACTIONS:
            raise InvalidInput(f"action {action!r} must be one of {', '.join(FINAL_ACTIONS)}")
        if action == appealed.action:
            raise InvalidInput(f"the appealed action is already {action!r}: uphold instead")
        new_action = action
    else:
        new_action = upheld_action(appealed)

    tasks: list[ReviewTask] = []
    if session.scalar(select(func.count()).where(*_appeal_tasks(appeal_id), _pending())):
        tasks = _close_tasks(session, _appeal_tasks(appeal_id), user, now, "appeal", appeal_id)
    decision = _human_decision(
        session,
        item=item,
        base=current or appealed,
        action=new_action,
        rule=appealed.rule if outcome == "uphold" else "appeal_reversed",
        reason=reason,
        origin="appeal",
        user=user,
        now=now,
    )
    status = "upheld" if outcome == "uphold" else "reversed"
    appeal.status = status
    appeal.decided_by = user.id
    appeal.decided_at = now
    appeal.outcome_decision_id = decision.id
    appeal.reason = reason
    if tasks:
        session.add(
            Review(
                platform_id=item.platform_id,
                task_id=tasks[0].id,
                item_id=item.id,
                reviewer_id=user.id,
                verdict="uphold" if outcome == "uphold" else "overturn",
                action=new_action,
                reason=reason,
                decision_id=decision.id,
                created_at=now,
            )
        )
    session.flush()
    audit.record(
        session,
        actor=_actor(user),
        action=f"appeal.{status}",
        object_type="appeal",
        object_id=appeal.public_id,
        platform_id=item.platform_id,
        before={"status": "pending", "decision": appealed.public_id, "action": appealed.action},
        after={"status": status, "decision": decision.public_id, "action": new_action,
               "reason": reason},
    )
    payload = _decision_payload(item, decision, current)
    payload.update(
        {
            "appeal_id": appeal.public_id,
            "appealed_decision_id": appealed.public_id,
            "outcome": status,
            "appeal_reason": reason,
        }
    )
    outbox.enqueue(
        session, platform_id=item.platform_id, event_type="appeal.decided", payload=payload
    )
    return appeal


@dataclass
class AppealRow:
    appeal_id: int
    public_id: str
    item_id: int
    status: str
    created_at: datetime
    statement: str
    snippet: str
    appealed_action: str
    claimed_by: str | None
    decided_by: str | None
    platform: str


def appeals_page(
    session: Session, *, status: str = "pending", page: int = 1, per_page: int = 50
) -> Page:
    """Appeals, pending (oldest first) or decided (newest first)."""
    if status not in ("pending", "decided"):
        raise InvalidInput("status must be 'pending' or 'decided'")
    if page < 1:
        raise InvalidInput("page must be 1 or more")
    cond = Appeal.status == "pending" if status == "pending" else Appeal.status != "pending"
    total = session.scalar(select(func.count()).select_from(Appeal).where(cond)) or 0
    claimer = select(User.username).join(
        ReviewTask, and_(ReviewTask.claimed_by == User.id, ReviewTask.status == "claimed")
    ).where(ReviewTask.appeal_id == Appeal.id).limit(1).scalar_subquery()
    decider = select(User.username).where(User.id == Appeal.decided_by).scalar_subquery()
    order = Appeal.id.asc() if status == "pending" else Appeal.id.desc()
    stmt = (
        select(
            Appeal,
            func.substr(Item.text, 1, SNIPPET),
            Decision.action,
            claimer,
            decider,
            Platform.name,
        )
        .join(Item, Item.id == Appeal.item_id)
        .join(Decision, Decision.id == Appeal.decision_id)
        .join(Platform, Platform.id == Appeal.platform_id)
        .where(cond)
        .order_by(order)
        .limit(per_page)
        .offset((page - 1) * per_page)
    )
    rows = [
        AppealRow(
            appeal_id=a.id,
            public_id=a.public_id,
            item_id=a.item_id,
            status=a.status,
            created_at=aware(a.created_at),  # type: ignore[arg-type]
            statement=a.statement[:SNIPPET],
            snippet=snippet,
            appealed_action=act,
            claimed_by=claimed,
            decided_by=decided,
            platform=platform,
        )
        for a, snippet, act, claimed, decided, platform in session.execute(stmt)
    ]
    return Page(rows=rows, total=total, page=page, per_page=per_page)


# --------------------------------------------------------------------------- audit & policy


def search_audit(
    session: Session, *, q: str = "", page: int = 1, per_page: int = 50
) -> Page:
    """Audit rows, newest first; ``q`` matches actor, action or object (substring)."""
    if page < 1:
        raise InvalidInput("page must be 1 or more")
    where: list[Any] = []
    q = q.strip()
    if q:
        escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like = f"%{escaped}%"
        where.append(
            or_(
                AuditLog.actor.like(like, escape="\\"),
                AuditLog.action.like(like, escape="\\"),
                AuditLog.object_id.like(like, escape="\\"),
                AuditLog.object_type.like(like, escape="\\"),
            )
        )
    total = session.scalar(select(func.count()).select_from(AuditLog).where(*where)) or 0
    rows = list(
        session.scalars(
            select(AuditLog)
            .where(*where)
            .order_by(AuditLog.id.desc())
            .limit(per_page)
            .offset((page - 1) * per_page)
        )
    )
    return Page(rows=rows, total=total, page=page, per_page=per_page)


def policy_history(session: Session, limit: int = 100) -> list[PolicyVersion]:
    stmt: Select[tuple[PolicyVersion]] = (
        select(PolicyVersion).order_by(PolicyVersion.id.desc()).limit(limit)
    )
    return list(session.scalars(stmt))
