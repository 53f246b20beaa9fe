"""The transparency report as plain data: what ``build_report`` returns and the renderers read.

Every figure is defined in docs/reports.md; the short version is in each field's comment.
Dictionaries map a stable machine key (``remove``, ``user_report``) to a count; the Vietnamese
and English labels for those keys are in ``LABELS``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from vimod.errors import InvalidInput
from vimod.messages import MESSAGES
from vimod.vocab import ACTIONS

GRANULARITIES = ("day", "week")
# Periods up to this many days get a per-day series; longer ones a per-week series.
DAILY_UP_TO_DAYS = 62

ACTION_ORDER = ACTIONS
SOURCE_ORDER = ("automated", "user_report", "authority_request", "appeal", "unattributed")
OUTCOME_ORDER = ("actioned", "declined", "pending")

# (Vietnamese, English) for every machine key that appears in a report, from the catalogue.
LABELS: dict[str, tuple[str, str]] = {
    key.removeprefix("report."): (entry["vi"], entry["en"])
    for key, entry in MESSAGES.items()
    if key.startswith("report.")
}


def label_vi(key: str) -> str:
    return LABELS.get(key, (key, key))[0]


def label_en(key: str) -> str:
    return LABELS.get(key, (key, key))[1]


def _as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


@dataclass(frozen=True)
class Period:
    """A half-open UTC interval ``[since, until)`` and the series granularity.

    Build it with :meth:`from_bounds`: a ``date`` for ``until`` means "through the end of that
    day", so ``--since 2026-01-01 --until 2026-03-31`` covers the whole first quarter.
    """

    since: datetime
    until: datetime  # exclusive
    granularity: str

    @classmethod
    def from_bounds(
        cls,
        since: date | datetime,
        until: date | datetime,
        granularity: str | None = None,
    ) -> Period:
        start = (
            _as_utc(since)
            if isinstance(since, datetime)
            else datetime.combine(since, time(), tzinfo=UTC)
        )
        if isinstance(until, datetime):
            end = _as_utc(until)
        else:
            end = datetime.combine(until + timedelta(days=1), time(), tzinfo=UTC)
        if end <= start:
            raise InvalidInput(f"until ({until}) must not be before since ({since})")
        if granularity is None:
            granularity = "day" if (end - start) <= timedelta(days=DAILY_UP_TO_DAYS) else "week"
        if granularity not in GRANULARITIES:
            raise InvalidInput(
                f"granularity must be one of {', '.join(GRANULARITIES)}, not {granularity!r}"
            )
        return cls(since=start, until=end, granularity=granularity)

    @property
    def last_day(self) -> date:
        """The last calendar day (UTC) the period touches, for display."""
        return (self.until - timedelta(microseconds=1)).date()

    def buckets(self) -> list[str]:
        """Every bucket key of the series, ``YYYY-MM-DD`` of the day or of the week's Monday."""
        day = self.since.date()
        if self.granularity == "week":
            day -= timedelta(days=day.weekday())
        step = timedelta(days=1 if self.granularity == "day" else 7)
        keys = []
        while day <= self.last_day:
            keys.append(day.isoformat())
            day += step
        return keys


@dataclass
class ItemStats:
    received: int = 0  # items whose received_at is in the period
    by_surface: dict[str, int] = field(default_factory=dict)


@dataclass
class RuleRow:
    rule: str
    category: str
    total: int
    by_action: dict[str, int] = field(default_factory=dict)


@dataclass
class DecisionStats:
    """Decision *events*: every decision row whose created_at is in the period counts once."""

    total: int = 0
    automated: int = 0  # decisions taken without a human (decisions.automated)
    by_action: dict[str, int] = field(default_factory=dict)
    by_origin: dict[str, int] = field(default_factory=dict)  # automated | review | appeal
    by_source: dict[str, dict[str, int]] = field(default_factory=dict)  # source -> action -> n
    by_surface: dict[str, dict[str, int]] = field(default_factory=dict)  # surface -> action -> n
    by_category: dict[str, dict[str, int]] = field(default_factory=dict)  # category -> action
    by_rule: list[RuleRow] = field(default_factory=list)
    # Items with a decision in the period, by the action of their latest decision in it.
    current_state: dict[str, int] = field(default_factory=dict)


@dataclass
class UserReportStats:
    received: int = 0
    by_reason: dict[str, int] = field(default_factory=dict)


@dataclass
class AuthorityRow:
    authority: str
    total: int = 0
    actioned: int = 0
    declined: int = 0
    pending: int = 0


@dataclass
class LegalBasisRow:
    legal_basis: str
    total: int = 0
    actioned: int = 0
    declined: int = 0
    pending: int = 0


@dataclass
class AuthorityStats:
    """Requests received in the period and their outcome as of the period's end."""

    received: int = 0
    by_outcome: dict[str, int] = field(default_factory=dict)
    by_authority: list[AuthorityRow] = field(default_factory=list)
    by_legal_basis: list[LegalBasisRow] = field(default_factory=list)
    median_seconds_to_outcome: float | None = None


@dataclass
class OverturnRow:
    rule: str
    reviewed: int = 0  # uphold + overturn verdicts on an automated decision of this rule
    upheld: int = 0
    overturned: int = 0
    overturn_rate: float | None = None  # overturned / reviewed


@dataclass
class ReviewStats:
    reviews: int = 0  # review acts (uphold/overturn/escalate) created in the period
    items_reviewed: int = 0  # distinct items among them
    by_verdict: dict[str, int] = field(default_factory=dict)
    tasks_decided: int = 0  # review tasks whose decision time is in the period
    tasks_by_source: dict[str, int] = field(default_factory=dict)
    open_at_end: int = 0  # tasks created before the end and not decided by then
    median_seconds_to_decision: float | None = None
    p90_seconds_to_decision: float | None = None
    overturn_by_rule: list[OverturnRow] = field(default_factory=list)


@dataclass
class AppealRuleRow:
    rule: str
    filed: int = 0
    upheld: int = 0
    reversed: int = 0
    pending: int = 0


@dataclass
class AppealStats:
    """Appeals filed in the period and their status as of the period's end."""

    filed: int = 0
    decided: int = 0
    upheld: int = 0
    reversed: int = 0
    pending: int = 0
    median_seconds_to_outcome: float | None = None
    by_rule: list[AppealRuleRow] = field(default_factory=list)  # rule of the appealed decision


@dataclass
class Series:
    granularity: str
    buckets: list[str] = field(default_factory=list)
    items_received: list[int] = field(default_factory=list)
    decisions: dict[str, list[int]] = field(default_factory=dict)  # action -> per bucket
    user_reports: list[int] = field(default_factory=list)
    authority_requests: list[int] = field(default_factory=list)
    reviews: list[int] = field(default_factory=list)
    appeals_filed: list[int] = field(default_factory=list)
    appeals_decided: list[int] = field(default_factory=list)


@dataclass
class Report:
    period: Period
    platform: str | None  # None: every platform of this vimod installation
    generated_at: datetime
    items: ItemStats
    decisions: DecisionStats
    user_reports: UserReportStats
    authority_requests: AuthorityStats
    review: ReviewStats
    appeals: AppealStats
    series: Series
