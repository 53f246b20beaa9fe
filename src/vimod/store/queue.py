"""The review queues as queries: pending tasks and appeals, filtered, sorted and paged.

Nothing is stored as "a queue": a queue screen is a query over ``review_tasks`` (and
``appeals``) in a given state. Read-only; the acts that change tasks are in ``vimod.acts``
(with the atomic claim updates in ``vimod.store.tasks``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from vimod.errors import InvalidInput
from vimod.store.models import (
    Appeal,
    AuthorityRequest,
    Decision,
    Item,
    Platform,
    Review,
    ReviewTask,
    User,
    UserReport,
)
from vimod.store.tasks import CLAIM_TTL, pending
from vimod.vocab import SOURCES

#: Sources a moderator can filter the item queue by (appeals have their own screen).
QUEUE_SOURCES = tuple(s for s in SOURCES if s != "appeal")
AGES = {
    "1h": (None, timedelta(hours=1)),
    "24h": (None, timedelta(hours=24)),
    "7d": (None, timedelta(days=7)),
    "older7d": (timedelta(days=7), None),
}
SORTS = ("severity", "oldest")
#: Who holds the item: nobody (or a lapsed claim), or the moderator looking.
CLAIMS = ("unclaimed", "mine")
#: Characters of an item's text shown in a queue row.
SNIPPET = 240


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
    category: str | None = None  # the current decision's category
    rule: str | None = None  # the current decision's rule
    report_reason: str | None = None  # a pending user report with this reason
    claim: str | None = None  # one of CLAIMS (needs ``user_id``)
    user_id: int | None = None

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
        if self.claim and self.claim not in CLAIMS:
            raise InvalidInput(f"claim {self.claim!r} must be one of {', '.join(CLAIMS)}")
        if self.claim == "mine" and self.user_id is None:
            raise InvalidInput("claim 'mine' needs the moderator")
        return self

    def filters(self) -> dict[str, str]:
        """The filters and sort that are set, as query parameters (the queue's own URL)."""
        names = ("source", "label", "surface", "age", "category", "rule", "report_reason",
                 "claim")
        out = {k: str(getattr(self, k)) for k in names if getattr(self, k)}
        if self.sort != "severity":
            out["sort"] = self.sort
        return out


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
    lapsed: bool = False  # claimed, but the claim is older than CLAIM_TTL
    sources: list[str] = field(default_factory=list)  # every pending reason to look
    report_count: int = 0
    report_reasons: list[str] = field(default_factory=list)  # distinct, most frequent first
    deadline: datetime | None = None  # earliest pending authority-request deadline
    claimed_by_id: int | None = None
    cluster_id: int | None = None
    cluster_size: int = 1  # pending items in the row's cluster of near-duplicates


@dataclass
class Page:
    rows: list[Any]
    total: int
    page: int
    per_page: int
    #: The total was counted only up to ``COUNT_CAP`` ("1,000+"): there may be more.
    capped: bool = False

    @property
    def has_next(self) -> bool:
        if self.capped:
            return len(self.rows) == self.per_page
        return self.page < max(1, -(-self.total // self.per_page))

    @property
    def pages(self) -> int:
        known = max(1, -(-self.total // self.per_page))
        return max(known, self.page + 1 if self.has_next else self.page) if self.capped else known


#: The queue counts its rows up to this many: moderators work from the top, and an exact
#: count of 100,000 one-per-item rows would cost more than the page itself.
COUNT_CAP = 1000


_EARLIER = aliased(ReviewTask)
_EARLIER_IN_CLUSTER = aliased(ReviewTask)


def _is_lead() -> ColumnElement[bool]:
    """The task is its item's first pending non-appeal task: the queue shows one row per
    item (a hold, three reports and an authority request are one piece of work). Every
    pending task of an item carries the item's priority (``tasks.raise_priority``), so the
    lead task sorts where the item belongs; the check is an index probe of
    ``ix_tasks_pending_item``."""
    first_of_item = ~exists().where(
        _EARLIER.item_id == ReviewTask.item_id,
        _EARLIER.status != "done",
        _EARLIER.source != "appeal",
        _EARLIER.id < ReviewTask.id,
    )
    # ... and of its cluster of near-duplicates (a spam wave is one row; ix_tasks_pending_cluster).
    first_of_cluster = ~exists().where(
        _EARLIER_IN_CLUSTER.cluster_id == ReviewTask.cluster_id,
        _EARLIER_IN_CLUSTER.status != "done",
        _EARLIER_IN_CLUSTER.source != "appeal",
        _EARLIER_IN_CLUSTER.id < ReviewTask.id,
    )
    return and_(first_of_item, first_of_cluster)


def _has_task(source: str) -> ColumnElement[bool]:
    other = aliased(ReviewTask)
    return exists().where(other.item_id == ReviewTask.item_id, other.status != "done",
                          other.source == source)


def _queue_where(q: QueueQuery, now: datetime) -> tuple[list[ColumnElement[bool]], bool, bool]:
    """WHERE clauses, and whether they need the item and its current decision joined."""
    where: list[ColumnElement[bool]] = [pending()]
    if q.appeals:
        where.append(ReviewTask.source == "appeal")
    else:
        where += [ReviewTask.source != "appeal", _is_lead()]
    if q.source and not q.appeals:
        where.append(_has_task(q.source))
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
    if q.category:
        where.append(Decision.category == q.category)
    if q.rule:
        where.append(Decision.rule == q.rule)
    if q.report_reason:
        where.append(exists().where(UserReport.item_id == ReviewTask.item_id,
                                    UserReport.reason == q.report_reason,
                                    _has_task("user_report")))
    if q.claim == "unclaimed":
        where.append(or_(ReviewTask.claimed_by.is_(None), ReviewTask.claimed_at < now - CLAIM_TTL))
    elif q.claim == "mine":
        where += [ReviewTask.claimed_by == q.user_id, ReviewTask.claimed_at >= now - CLAIM_TTL]
    needs_decision = bool(q.category or q.rule)
    return where, bool(q.label or q.surface) or needs_decision, needs_decision


def _joined(stmt: Any, needs_item: bool, needs_decision: bool) -> Any:
    if needs_item:
        stmt = stmt.join(Item, Item.id == ReviewTask.item_id)
    if needs_decision:
        stmt = stmt.join(Decision, Decision.id == Item.current_decision_id)
    return stmt


def queue_page(session: Session, query: QueueQuery, *, now: datetime | None = None) -> Page:
    """One page of the queue, one row per item with pending work (open or claimed), most
    severe or oldest first.

    Pagination is LIMIT/OFFSET over an index-ordered scan (``ix_tasks_pending_*``) of each
    item's lead task; the count is a COUNT over the same filters.
    """
    q = query.validate()
    now = now or datetime.now(UTC)
    where, needs_item, needs_decision = _queue_where(q, now)
    # Counting stops after COUNT_CAP rows (an index-ordered scan with LIMIT).
    counted = _joined(select(ReviewTask.id), needs_item, needs_decision).where(*where)
    counted = counted.limit(COUNT_CAP + 1).subquery()
    total = session.scalar(select(func.count()).select_from(counted)) or 0
    capped = total > COUNT_CAP
    total = min(total, COUNT_CAP)

    order: list[ColumnElement[Any]]
    if q.sort == "severity":
        order = [ReviewTask.severity.desc(), ReviewTask.id.asc()]
    else:
        order = [ReviewTask.created_at.asc(), ReviewTask.id.asc()]
    # Page the task ids first (narrow index scan), then fetch the rows' details.
    ids_stmt = _joined(select(ReviewTask.id), needs_item, needs_decision).where(*where)
    offset = (q.page - 1) * q.per_page
    ids = list(session.scalars(ids_stmt.order_by(*order).limit(q.per_page).offset(offset)))
    rows: list[QueueRow] = []
    if ids:
        rows = _rows(session, ids, now)
    return Page(rows=rows, total=total, page=q.page, per_page=q.per_page, capped=capped)


def _rows(session: Session, ids: list[int], now: datetime) -> list[QueueRow]:
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
    item_ids = select(ReviewTask.item_id).where(ReviewTask.id.in_(ids)).scalar_subquery()
    escalated = set(
        session.scalars(
            select(Review.item_id).where(Review.verdict == "escalate", Review.item_id.in_(item_ids))
        )
    )
    # Every pending reason to look at the 50 items: sources, pending reports, deadlines.
    sources: dict[int, set[str]] = {}
    first_report: dict[int, int] = {}
    for item_id, source, report_id in session.execute(
        select(ReviewTask.item_id, ReviewTask.source, ReviewTask.user_report_id)
        .where(ReviewTask.item_id.in_(item_ids), pending())
    ):
        sources.setdefault(item_id, set()).add(source)
        if source == "user_report" and report_id is not None:
            first_report[item_id] = min(report_id, first_report.get(item_id, report_id))
    reasons: dict[int, dict[str, int]] = {}
    if first_report:
        for item_id, report_id, reason in session.execute(
            select(UserReport.item_id, UserReport.id, UserReport.reason)
            .where(UserReport.item_id.in_(list(first_report)))
        ):
            # Reports that joined the item's pending report task (ids from its first one).
            if report_id >= first_report[item_id]:
                counts = reasons.setdefault(item_id, {})
                counts[reason] = counts.get(reason, 0) + 1
    deadlines: dict[int, datetime] = {
        item_id: deadline
        for item_id, deadline in session.execute(
            select(AuthorityRequest.item_id, func.min(AuthorityRequest.deadline))
            .where(AuthorityRequest.item_id.in_(item_ids), AuthorityRequest.outcome == "pending",
                   AuthorityRequest.deadline.is_not(None))
            .group_by(AuthorityRequest.item_id)
        )
        if deadline is not None
    }
    cluster_sizes: dict[int, int] = {
        cluster: n
        for cluster, n in session.execute(
            select(ReviewTask.cluster_id, func.count(func.distinct(ReviewTask.item_id)))
            .where(ReviewTask.cluster_id.in_(
                select(ReviewTask.cluster_id).where(ReviewTask.id.in_(ids),
                                                    ReviewTask.cluster_id.is_not(None))),
                pending(), ReviewTask.source != "appeal")
            .group_by(ReviewTask.cluster_id)
        )
        if cluster is not None
    }
    order = ["authority_request", "user_report", "automated", "appeal"]
    by_id: dict[int, QueueRow] = {}
    for task, label, surface, snippet, platform, username in session.execute(stmt):
        counts = reasons.get(task.item_id, {})
        deadline = deadlines.get(task.item_id)
        if deadline is not None and deadline.tzinfo is None:
            deadline = deadline.replace(tzinfo=UTC)
        by_id[task.id] = QueueRow(
            task_id=task.id,
            item_id=task.item_id,
            source=task.source,
            severity=task.severity,
            status=task.status,
            created_at=task.created_at,
            claimed_by=username,
            claimed_at=task.claimed_at,
            claimed_by_id=task.claimed_by,
            cluster_id=task.cluster_id,
            cluster_size=cluster_sizes.get(task.cluster_id, 1) if task.cluster_id else 1,
            label=label,
            surface=surface,
            snippet=snippet,
            platform=platform,
            appeal_id=task.appeal_id,
            escalated=task.item_id in escalated,
            lapsed=bool(task.claimed_at is not None and task.claimed_at < now - CLAIM_TTL),
            sources=sorted(sources.get(task.item_id, {task.source}), key=order.index),
            report_count=sum(counts.values()),
            report_reasons=sorted(counts, key=lambda r: (-counts[r], r)),
            deadline=deadline,
        )
    return [by_id[i] for i in ids if i in by_id]


def queue_facets(session: Session) -> dict[str, list[str]]:
    """Values offered in the queue's filters (DISTINCT scans; the console caches the answer
    for a few minutes)."""
    pairs = session.execute(select(Item.label, Item.surface).distinct()).all()
    rules = session.execute(select(Decision.rule, Decision.category).distinct()).all()
    report_reasons = session.scalars(select(UserReport.reason).distinct().limit(200))
    return {
        "labels": sorted({label for label, _ in pairs if label}),
        "surfaces": sorted({surface for _, surface in pairs if surface}),
        "rules": sorted({rule for rule, _ in rules if rule}),
        "categories": sorted({cat for _, cat in rules if cat}),
        "report_reasons": sorted({r for r in report_reasons if r}),
    }

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
            created_at=a.created_at,
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
