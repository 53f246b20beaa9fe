"""The review queues as queries: pending tasks and appeals, filtered, sorted and paged.

Nothing is stored as "a queue": a queue screen is a query over ``review_tasks`` (and
``appeals``) in a given state. Read-only; the acts that change tasks are in ``vimod.acts``
(with the atomic claim updates in ``vimod.store.tasks``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from vimod.errors import InvalidInput
from vimod.store.models import Appeal, Decision, Item, Platform, Review, ReviewTask, User
from vimod.store.tasks import pending
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


def _queue_where(q: QueueQuery, now: datetime) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [pending()]
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
    now = now or datetime.now(UTC)
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

    order: list[ColumnElement[Any]]
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
        by_id: dict[int, QueueRow] = {}
        for task, label, surface, snippet, platform, username in session.execute(stmt):
            by_id[task.id] = QueueRow(
                task_id=task.id,
                item_id=task.item_id,
                source=task.source,
                severity=task.severity,
                status=task.status,
                created_at=task.created_at,
                claimed_by=username,
                claimed_at=task.claimed_at,
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
