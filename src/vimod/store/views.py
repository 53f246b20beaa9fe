"""Read models of the console's item, appeal and audit-log pages: everything a moderator
needs to decide, in one read transaction."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ColumnElement, String, cast, func, or_, select
from sqlalchemy.orm import Session

from vimod.errors import InvalidInput, NotFound
from vimod.store.models import (
    Appeal,
    AuditLog,
    AuthorityRequest,
    Decision,
    Item,
    ItemNote,
    Platform,
    Review,
    ReviewTask,
    User,
    UserReport,
)
from vimod.store.queue import Page, QueueQuery, queue_page
from vimod.store.tasks import CLAIM_TTL
from vimod.store.tasks import pending as is_pending


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
    notes: list[ItemNote] = field(default_factory=list)  # team-internal, oldest first

    @property
    def claimed_by(self) -> int | None:
        for t in self.pending_tasks:
            if t.status == "claimed" and t.claimed_by is not None:
                return t.claimed_by
        return None

    def claim_state(self, user_id: int, now: datetime) -> tuple[str, str | None]:
        """(state, holder's name): ``open``, ``mine``, ``other`` (a live claim of someone
        else: the verdict form is disabled) or ``lapsed`` (claimed longer ago than
        ``CLAIM_TTL``: anyone may take it)."""
        for t in self.pending_tasks:
            if t.status == "claimed" and t.claimed_by is not None:
                name = self.usernames.get(t.claimed_by, "?")
                if t.claimed_by == user_id:
                    return "mine", name
                if t.claimed_at is not None and t.claimed_at < now - CLAIM_TTL:
                    return "lapsed", name
                return "other", name
        return "open", None


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
            .where(ReviewTask.item_id == item.id, is_pending(), ReviewTask.source != "appeal")
            .order_by(ReviewTask.severity.desc(), ReviewTask.id)
        )
    )
    author_pending: list[tuple[str, str]] = []
    if item.author_id:
        # Text only, same platform, no author id or profile: context for the decision at hand.
        pending_items = (
            select(ReviewTask.item_id)
            .where(is_pending(), ReviewTask.platform_id == item.platform_id)
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
    notes = list(
        session.scalars(select(ItemNote).where(ItemNote.item_id == item.id).order_by(ItemNote.id))
    )
    user_ids = {d.reviewer_id for d in decisions} | {r.reviewer_id for r in reviews}
    user_ids |= {n.author_id for n in notes}
    user_ids |= {a.decided_by for a in appeals} | {t.claimed_by for t in pending}
    usernames: dict[int, str] = {
        uid: name
        for uid, name in session.execute(
            select(User.id, User.username).where(User.id.in_(user_ids - {None}))
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
        usernames=usernames,
        notes=notes,
    )


def current_decision(session: Session, item_id: int) -> Decision | None:
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound(f"item {item_id} does not exist")
    return session.get(Decision, item.current_decision_id) if item.current_decision_id else None


def items_by_external_id(session: Session, external_id: str, limit: int = 20) -> list[int]:
    """Ids of the items a platform knows as ``external_id`` (several platforms may share one)."""
    return list(session.scalars(
        select(Item.id).where(Item.external_id == external_id).order_by(Item.id).limit(limit)
    ))


def next_item(session: Session, query: QueueQuery, user_id: int, *,
              after_item: int | None = None, now: datetime | None = None) -> int | None:
    """The first item of a queue filter that this moderator may take (submit & next)."""
    q = QueueQuery(**{**vars(query), "page": 1, "per_page": 20, "claim": None})
    for row in queue_page(session, q, now=now).rows:
        if row.item_id == after_item:
            continue
        if row.claimed_by is None or row.lapsed or row.claimed_by_id == user_id:
            return row.item_id
    return None

@dataclass
class AppealView:
    appeal: Appeal
    appealed: Decision
    excluded_user_ids: set[int]  # who may not decide it (vimod.acts.review)
    item: ItemView
    task: ReviewTask | None


def appeal_deciders(session: Session, appeal: Appeal) -> set[int]:
    """The people behind the decisions an appeal is about: whoever made the appealed
    decision, and whoever made the item's current decision (when a person did)."""
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

def appeal_view(session: Session, appeal_id: int) -> AppealView:
    appeal = get_appeal(session, appeal_id)
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
        excluded_user_ids=appeal_deciders(session, appeal),
        item=view,
        task=task,
    )


def get_appeal(session: Session, appeal_id: int) -> Appeal:
    appeal = session.get(Appeal, appeal_id)
    if appeal is None:
        raise NotFound(f"appeal {appeal_id} does not exist")
    return appeal


@dataclass
class AuditFilter:
    """Filters of the audit log; every field optional, all of them must hold."""

    q: str = ""  # substring of actor, action or object
    actor: str = ""
    action: str = ""  # exact, or a prefix ending in "." ("review.")
    item_id: str = ""  # the object id of item acts
    decision_id: str = ""  # a decision's public id named in the change
    since: datetime | None = None
    until: datetime | None = None


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _audit_where(f: AuditFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    q = f.q.strip()
    if q:
        like = _like(q)
        where.append(
            or_(
                AuditLog.actor.like(like, escape="\\"),
                AuditLog.action.like(like, escape="\\"),
                AuditLog.object_id.like(like, escape="\\"),
                AuditLog.object_type.like(like, escape="\\"),
            )
        )
    if f.actor.strip():
        where.append(AuditLog.actor == f.actor.strip())
    action = f.action.strip()
    if action:
        where.append(AuditLog.action.startswith(action, autoescape=True) if action.endswith(".")
                     else AuditLog.action == action)
    if f.item_id.strip():
        where += [AuditLog.object_type == "item", AuditLog.object_id == f.item_id.strip()]
    if f.decision_id.strip():
        like = _like(f.decision_id.strip())
        where.append(or_(cast(AuditLog.after, String).like(like, escape="\\"),
                         cast(AuditLog.before, String).like(like, escape="\\")))
    if f.since is not None:
        where.append(AuditLog.created_at >= f.since)
    if f.until is not None:
        where.append(AuditLog.created_at < f.until)
    return where


def search_audit(
    session: Session, *, q: str = "", page: int = 1, per_page: int = 50,
    filters: AuditFilter | None = None,
) -> Page:
    """Audit rows, newest first; ``q`` matches actor, action or object (substring), and
    ``filters`` narrow further."""
    if page < 1:
        raise InvalidInput("page must be 1 or more")
    f = filters or AuditFilter()
    if q:
        f = AuditFilter(**{**vars(f), "q": q})
    where = _audit_where(f)
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


def audit_rows(session: Session, filters: AuditFilter, *, limit: int = 100_000
               ) -> Iterator[AuditLog]:
    """Every matching audit row, newest first (for the CSV export), streamed."""
    stmt = (select(AuditLog).where(*_audit_where(filters)).order_by(AuditLog.id.desc())
            .limit(limit).execution_options(yield_per=1000))
    yield from session.scalars(stmt)
