"""SQL aggregates behind the transparency report.

Every figure is computed by the database (GROUP BY, COUNT, percentiles); Python only reshapes
the few grouped rows that come back, so a report over millions of decisions reads no more rows
than there are (rule x action) or (day x action) combinations. The same statements run on SQLite
and PostgreSQL; the three spots where the dialects differ are isolated in ``_bucket``,
``_seconds`` and ``_percentile``. Definitions of every figure: docs/reports.md.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    case,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session

from vimod.errors import NotFound
from vimod.report.model import (
    ACTION_ORDER,
    SOURCE_ORDER,
    AppealRuleRow,
    AppealStats,
    AuthorityRow,
    AuthorityStats,
    DecisionStats,
    ItemStats,
    LegalBasisRow,
    OverturnRow,
    Period,
    Report,
    ReviewStats,
    RuleRow,
    Series,
    UserReportStats,
)
from vimod.store.models import (
    Appeal,
    AuthorityRequest,
    Decision,
    Item,
    Platform,
    Review,
    ReviewTask,
    UserReport,
    table_of,
)

T_ITEMS = table_of(Item)
T_DECISIONS = table_of(Decision)
T_REPORTS = table_of(UserReport)
T_AUTHORITY = table_of(AuthorityRequest)
T_APPEALS = table_of(Appeal)
T_TASKS = table_of(ReviewTask)
T_REVIEWS = table_of(Review)
T_PLATFORMS = table_of(Platform)

V = TypeVar("V")

# Bigger than any row id: "no upper bound" in an id comparison.
_NO_ID = 2**62


class _Scope:
    """The period, the platform filter and the dialect, shared by every query."""

    def __init__(self, conn: Connection, period: Period, platform_id: int | None) -> None:
        self.conn = conn
        self.period = period
        self.platform_id = platform_id
        self.dialect = conn.dialect.name
        self.buckets = period.buckets()

    def within(self, column: Any) -> ColumnElement[bool]:
        return and_(column >= self.period.since, column < self.period.until)

    def platform(self, table: Any) -> ColumnElement[bool]:
        if self.platform_id is None:
            return true()
        return table.c.platform_id == self.platform_id

    def rows(self, stmt: Any) -> list[Any]:
        return list(self.conn.execute(stmt).all())

    def scalar(self, stmt: Any) -> Any:
        return self.conn.execute(stmt).scalar()


# -- the dialect-specific pieces -------------------------------------------------------------


def _bucket(scope: _Scope, column: Any) -> ColumnElement[str]:
    """``YYYY-MM-DD`` of the UTC day of ``column``. Weeks are summed from days in ``_fill``
    (at most a few thousand grouped rows), which keeps the SQL identical for both widths."""
    if scope.dialect == "postgresql":
        return func.to_char(func.timezone("UTC", column), "YYYY-MM-DD")
    # SQLite keeps UTC datetimes as ISO text ("2026-03-02 08:00:00.000000"): the first ten
    # characters are the day, and substr() is much cheaper than date() over a million rows.
    return func.substr(column, 1, 10)


def _seconds(scope: _Scope, start: Any, end: Any) -> ColumnElement[Any]:
    """``end - start`` in seconds, as a float."""
    if scope.dialect == "postgresql":
        return func.extract("epoch", end - start)
    return (func.julianday(end) - func.julianday(start)) * 86400.0


def _percentile(
    scope: _Scope, value: ColumnElement[float], where: ColumnElement[bool], fraction: float
) -> float | None:
    """The ``fraction`` percentile of ``value`` over the rows matching ``where``, linearly
    interpolated like PostgreSQL's ``percentile_cont`` (so both databases give one answer).

    SQLite has no percentile aggregate: count, then read the one or two rows around the rank
    with ``ORDER BY value LIMIT 2 OFFSET k`` -- the database sorts, Python reads two numbers.
    """
    if scope.dialect == "postgresql":
        got = scope.scalar(select(func.percentile_cont(fraction).within_group(value)).where(where))
        return None if got is None else _round_seconds(float(got))
    n = scope.scalar(select(func.count()).where(where))
    if not n:
        return None
    rank = fraction * (n - 1)
    low = math.floor(rank)
    stmt = select(value.label("v")).where(where).order_by(value).limit(2).offset(low)
    values = [float(v) for (v,) in scope.rows(stmt)]
    if len(values) == 1 or rank == low:
        return _round_seconds(values[0])
    return _round_seconds(values[0] + (rank - low) * (values[1] - values[0]))


def _round_seconds(value: float) -> float:
    # julianday() arithmetic carries ~1e-5 s of float noise; a tenth of a second is plenty.
    return round(value, 1)


# -- the sections of the report ---------------------------------------------------------------


def _fill(scope: _Scope, per_day: dict[str, int]) -> list[int]:
    """Counts per day -> one count per bucket of the series (zeros included)."""
    if scope.period.granularity == "week":
        per: dict[str, int] = defaultdict(int)
        for day, n in per_day.items():
            d = date.fromisoformat(day)
            per[(d - timedelta(days=d.weekday())).isoformat()] += n
    else:
        per = dict(per_day)
    return [int(per.get(b, 0)) for b in scope.buckets]


def _items(scope: _Scope, series: Series) -> ItemStats:
    where = and_(scope.platform(T_ITEMS), scope.within(T_ITEMS.c.received_at))
    stats = ItemStats()
    day = _bucket(scope, T_ITEMS.c.received_at)
    per: dict[str, int] = defaultdict(int)
    by_surface: dict[str, int] = defaultdict(int)
    stmt = (
        select(day, T_ITEMS.c.surface, func.count()).where(where).group_by(day, T_ITEMS.c.surface)
    )
    for b, surface, n in scope.rows(stmt):
        per[b] += n
        by_surface[surface] += n
        stats.received += n
    stats.by_surface = dict(sorted(by_surface.items()))
    series.items_received = _fill(scope, per)
    return stats


def _sorted_actions(counts: dict[str, V]) -> dict[str, V]:
    known = [a for a in ACTION_ORDER if a in counts]
    other = sorted(a for a in counts if a not in ACTION_ORDER)
    return {a: counts[a] for a in known + other}


def _decisions(scope: _Scope, series: Series) -> DecisionStats:
    d = T_DECISIONS
    where = and_(scope.platform(d), scope.within(d.c.created_at))
    stats = DecisionStats()

    # One pass over the period's decisions, joined to their item (surface) and to the review
    # that produced them (detection source), grouped by everything that has few values: day,
    # rule, category, action, origin, surface, source. Every per-action, per-rule,
    # per-category, per-surface and per-source figure and the series are sums over these few
    # hundred rows. A human review decision inherits the source of the review task it closed
    # (automated hold, user report, authority request), found through reviews.decision_id;
    # automated decisions come from the detector, appeal decisions from an appeal.
    linked = (
        select(
            T_REVIEWS.c.decision_id.label("decision_id"),
            func.min(T_TASKS.c.source).label("source"),
        )
        .select_from(T_REVIEWS.join(T_TASKS, T_TASKS.c.id == T_REVIEWS.c.task_id))
        .where(scope.platform(T_REVIEWS), T_REVIEWS.c.decision_id.is_not(None))
        .group_by(T_REVIEWS.c.decision_id)
        .subquery()
    )
    source = case(
        (d.c.origin == "appeal", "appeal"),
        (d.c.origin == "review", func.coalesce(linked.c.source, "unattributed")),
        else_="automated",
    ).label("source")
    day = _bucket(scope, d.c.created_at)
    groups = (
        day,
        d.c.rule,
        d.c.category,
        d.c.action,
        d.c.origin,
        d.c.automated,
        T_ITEMS.c.surface,
        source,
    )
    stmt = (
        select(*groups, func.count())
        .select_from(
            d.join(T_ITEMS, T_ITEMS.c.id == d.c.item_id).outerjoin(
                linked, linked.c.decision_id == d.c.id
            )
        )
        .where(where)
        .group_by(*groups)
    )
    by_action: dict[str, int] = defaultdict(int)
    by_origin: dict[str, int] = defaultdict(int)
    by_category: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_surface: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_source: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    per_day: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    rules: dict[tuple[str, str], RuleRow] = {}
    for b, rule, category, action, origin, automated, surface, src, n in scope.rows(stmt):
        stats.total += n
        if automated:
            stats.automated += n
        by_action[action] += n
        by_origin[origin] += n
        by_category[category][action] += n
        by_surface[surface][action] += n
        by_source[src][action] += n
        per_day[action][b] += n
        row = rules.setdefault((rule, category), RuleRow(rule=rule, category=category, total=0))
        row.total += n
        row.by_action[action] = row.by_action.get(action, 0) + n
    stats.by_action = _sorted_actions(by_action)
    stats.by_origin = dict(sorted(by_origin.items()))
    stats.by_category = {c: _sorted_actions(dict(a)) for c, a in sorted(by_category.items())}
    stats.by_surface = {s: _sorted_actions(dict(a)) for s, a in sorted(by_surface.items())}
    stats.by_source = _order_sources(by_source)
    for row in rules.values():
        row.by_action = _sorted_actions(row.by_action)
    stats.by_rule = sorted(rules.values(), key=lambda r: (-r.total, r.rule, r.category))
    series.decisions = {a: _fill(scope, per_day[a]) for a in _sorted_actions(dict(per_day))}

    # Current state: the latest decision (highest id; decisions are append-only) per item
    # among the period's decisions.
    latest = select(func.max(d.c.id)).where(where).group_by(d.c.item_id)
    current = dict(
        scope.rows(select(d.c.action, func.count()).where(d.c.id.in_(latest)).group_by(d.c.action))
    )
    stats.current_state = _sorted_actions(current)
    return stats


def _order_sources(by_source: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    known = [s for s in SOURCE_ORDER if s in by_source]
    other = sorted(s for s in by_source if s not in SOURCE_ORDER)
    return {s: _sorted_actions(dict(by_source[s])) for s in known + other}


def _user_reports(scope: _Scope, series: Series) -> UserReportStats:
    r = T_REPORTS
    where = and_(scope.platform(r), scope.within(r.c.created_at))
    stats = UserReportStats()
    for reason, n in scope.rows(
        select(r.c.reason, func.count()).where(where).group_by(r.c.reason).order_by(r.c.reason)
    ):
        stats.by_reason[reason] = n
        stats.received += n
    bucket = _bucket(scope, r.c.created_at)
    per = dict(scope.rows(select(bucket, func.count()).where(where).group_by(bucket)))
    series.user_reports = _fill(scope, per)
    return stats


def _decided_as_of_end(
    scope: _Scope, status: Any, decided_at: Any, pending: str = "pending"
) -> ColumnElement[str]:
    """The status as the period's end saw it: a decision taken after the end is still pending
    there, so re-running the report for a past period gives the same numbers."""
    return case(
        (status == pending, pending),
        (or_(decided_at.is_(None), decided_at < scope.period.until), status),
        else_=pending,
    )


def _authority(scope: _Scope, series: Series) -> AuthorityStats:
    a = T_AUTHORITY
    where = and_(scope.platform(a), scope.within(a.c.created_at))
    outcome = _decided_as_of_end(scope, a.c.outcome, a.c.decided_at).label("outcome")
    stats = AuthorityStats(by_outcome={"actioned": 0, "declined": 0, "pending": 0})
    authorities: dict[str, AuthorityRow] = {}
    bases: dict[str, LegalBasisRow] = {}
    stmt = (
        select(a.c.authority, a.c.legal_basis, outcome, func.count())
        .where(where)
        .group_by(a.c.authority, a.c.legal_basis, outcome)
    )
    for authority, basis, out, n in scope.rows(stmt):
        stats.received += n
        stats.by_outcome[out] = stats.by_outcome.get(out, 0) + n
        for row in (
            authorities.setdefault(authority, AuthorityRow(authority=authority)),
            bases.setdefault(basis, LegalBasisRow(legal_basis=basis)),
        ):
            row.total += n
            if out in ("actioned", "declined", "pending"):
                setattr(row, out, getattr(row, out) + n)
    stats.by_authority = sorted(authorities.values(), key=lambda r: (-r.total, r.authority))
    stats.by_legal_basis = sorted(bases.values(), key=lambda r: (-r.total, r.legal_basis))
    decided = and_(
        where,
        a.c.decided_at.is_not(None),
        a.c.decided_at < scope.period.until,
        a.c.outcome != "pending",
    )
    stats.median_seconds_to_outcome = _percentile(
        scope, _seconds(scope, a.c.created_at, a.c.decided_at), decided, 0.5
    )
    bucket = _bucket(scope, a.c.created_at)
    per = dict(scope.rows(select(bucket, func.count()).where(where).group_by(bucket)))
    series.authority_requests = _fill(scope, per)
    return stats


def _review(scope: _Scope, series: Series) -> ReviewStats:
    r, t, d = T_REVIEWS, T_TASKS, T_DECISIONS
    stats = ReviewStats()
    where = and_(scope.platform(r), scope.within(r.c.created_at))
    for verdict, n in scope.rows(
        select(r.c.verdict, func.count()).where(where).group_by(r.c.verdict)
    ):
        stats.by_verdict[verdict] = n
        stats.reviews += n
    stats.items_reviewed = scope.scalar(select(func.count(func.distinct(r.c.item_id))).where(where))
    bucket = _bucket(scope, r.c.created_at)
    per = dict(scope.rows(select(bucket, func.count()).where(where).group_by(bucket)))
    series.reviews = _fill(scope, per)

    # Time to decision of a review task: created -> resolved_at, or -> its first non-escalating
    # review when the task carries no resolved_at.
    first_review = (
        select(func.min(r.c.created_at))
        .where(r.c.task_id == t.c.id, r.c.verdict != "escalate")
        .scalar_subquery()
    )
    decided_at = func.coalesce(t.c.resolved_at, first_review)
    tasks = (
        select(
            t.c.source.label("source"),
            t.c.created_at.label("created_at"),
            decided_at.label("decided_at"),
        )
        .where(scope.platform(t), t.c.created_at < scope.period.until)
        .subquery()
    )
    in_period = scope.within(tasks.c.decided_at)
    for source, n in scope.rows(
        select(tasks.c.source, func.count()).where(in_period).group_by(tasks.c.source)
    ):
        stats.tasks_by_source[source] = n
        stats.tasks_decided += n
    stats.tasks_by_source = dict(sorted(stats.tasks_by_source.items()))
    stats.open_at_end = scope.scalar(
        select(func.count()).where(
            or_(tasks.c.decided_at.is_(None), tasks.c.decided_at >= scope.period.until)
        )
    )
    duration = _seconds(scope, tasks.c.created_at, tasks.c.decided_at)
    stats.median_seconds_to_decision = _percentile(scope, duration, in_period, 0.5)
    stats.p90_seconds_to_decision = _percentile(scope, duration, in_period, 0.9)

    # Overturn rate per rule: for each uphold/overturn review in the period, the decision under
    # review is the item's latest decision made before the review (never the one the review
    # itself created). Counted when that decision was automated, under its rule.
    reviewed_id = (
        select(func.max(d.c.id))
        .where(
            d.c.item_id == r.c.item_id,
            d.c.created_at <= r.c.created_at,
            d.c.id < func.coalesce(r.c.decision_id, _NO_ID),
        )
        .scalar_subquery()
    )
    under_review = (
        select(r.c.verdict.label("verdict"), reviewed_id.label("reviewed_id"))
        .where(where, r.c.verdict.in_(("uphold", "overturn")))
        .subquery()
    )
    stmt = (
        select(d.c.rule, under_review.c.verdict, func.count())
        .select_from(under_review.join(d, d.c.id == under_review.c.reviewed_id))
        .where(d.c.automated.is_(True))
        .group_by(d.c.rule, under_review.c.verdict)
    )
    rows: dict[str, OverturnRow] = {}
    for rule, verdict, n in scope.rows(stmt):
        row = rows.setdefault(rule, OverturnRow(rule=rule))
        row.reviewed += n
        if verdict == "overturn":
            row.overturned += n
        else:
            row.upheld += n
    for row in rows.values():
        row.overturn_rate = round(row.overturned / row.reviewed, 4) if row.reviewed else None
    stats.overturn_by_rule = sorted(rows.values(), key=lambda x: (-x.reviewed, x.rule))
    return stats


def _appeals(scope: _Scope, series: Series) -> AppealStats:
    a, d = T_APPEALS, T_DECISIONS
    where = and_(scope.platform(a), scope.within(a.c.created_at))
    status = _decided_as_of_end(scope, a.c.status, a.c.decided_at).label("status")
    stats = AppealStats()
    rules: dict[str, AppealRuleRow] = {}
    stmt = (
        select(d.c.rule, status, func.count())
        .select_from(a.join(d, d.c.id == a.c.decision_id))
        .where(where)
        .group_by(d.c.rule, status)
    )
    for rule, st, n in scope.rows(stmt):
        row = rules.setdefault(rule, AppealRuleRow(rule=rule))
        row.filed += n
        stats.filed += n
        if st in ("upheld", "reversed", "pending"):
            setattr(row, st, getattr(row, st) + n)
            setattr(stats, st, getattr(stats, st) + n)
    stats.decided = stats.filed - stats.pending
    stats.by_rule = sorted(rules.values(), key=lambda x: (-x.filed, x.rule))
    decided = and_(
        where,
        a.c.status != "pending",
        a.c.decided_at.is_not(None),
        a.c.decided_at < scope.period.until,
    )
    stats.median_seconds_to_outcome = _percentile(
        scope, _seconds(scope, a.c.created_at, a.c.decided_at), decided, 0.5
    )
    filed_b = _bucket(scope, a.c.created_at)
    per = dict(scope.rows(select(filed_b, func.count()).where(where).group_by(filed_b)))
    series.appeals_filed = _fill(scope, per)
    decided_b = _bucket(scope, a.c.decided_at)
    per = dict(scope.rows(select(decided_b, func.count()).where(decided).group_by(decided_b)))
    series.appeals_decided = _fill(scope, per)
    return stats


# -- entry point -----------------------------------------------------------------------------


def _connection(db: Session | Connection) -> Connection:
    return db.connection() if isinstance(db, Session) else db


def resolve_platform(
    db: Session | Connection, platform: str | int | None
) -> tuple[int, str] | None:
    """``(id, name)`` of a platform given by name or id; None for "every platform"."""
    if platform is None:
        return None
    conn = _connection(db)
    p = T_PLATFORMS
    col = p.c.id if isinstance(platform, int) else p.c.name
    row = conn.execute(select(p.c.id, p.c.name).where(col == platform)).first()
    if row is None:
        raise NotFound(f"no platform {platform!r}")
    return int(row[0]), str(row[1])


def build_report(
    db: Session | Connection,
    *,
    since: date | datetime,
    until: date | datetime,
    platform: str | int | None = None,
    granularity: str | None = None,
    now: datetime | None = None,
) -> Report:
    """The transparency report for ``[since, until]`` (dates are whole UTC days, ``until``
    included), for one platform (name or id) or for all of them.

    >>> # with factory() as s:
    >>> #     r = build_report(s, since=date(2026, 1, 1), until=date(2026, 3, 31))
    >>> #     r.decisions.by_action["remove"], r.authority_requests.by_outcome["pending"]
    """
    period = Period.from_bounds(since, until, granularity)
    conn = _connection(db)
    found = resolve_platform(conn, platform)
    scope = _Scope(conn, period, found[0] if found else None)
    series = Series(granularity=period.granularity, buckets=period.buckets())
    return Report(
        period=period,
        platform=found[1] if found else None,
        generated_at=(now or datetime.now(UTC)).replace(microsecond=0),
        items=_items(scope, series),
        decisions=_decisions(scope, series),
        user_reports=_user_reports(scope, series),
        authority_requests=_authority(scope, series),
        review=_review(scope, series),
        appeals=_appeals(scope, series),
        series=series,
    )
