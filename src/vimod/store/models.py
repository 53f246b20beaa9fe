"""Tables of vimod, in SQLAlchemy 2 declarative form. The shared contract of store, api,
web and report: change a column here only together with an Alembic migration.

Principles (docs/design.md):
- Events are append-only: ``decisions``, ``reviews``, ``audit_log`` rows are never edited or
  deleted. "The current decision" of an item is its latest decision (``items.current_decision_id``
  is a cached pointer updated in the same transaction as the new decision row).
- Every platform-owned table carries ``platform_id``; every query is scoped by it.
- Authors are opaque ids supplied by the platform; there is no author table on purpose.
- Times are timezone-aware UTC (``UTCDateTime``), on SQLite as on PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

# Enumerations (actions, sources, roles) are plain strings checked at the boundary (pydantic,
# the policy loader, vimod.acts), so a new value needs no schema migration. Their one
# definition is vimod.vocab.


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """``DateTime(timezone=True)`` that always hands back an aware UTC datetime.

    PostgreSQL keeps the zone; SQLite stores the text without it and returns naive values.
    Every time vimod writes is UTC, so a naive value read back is UTC; an aware value written
    is converted to UTC first (SQLite would otherwise drop its offset silently).
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo not in (None, UTC):
            return value.astimezone(UTC)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON, datetime: UTCDateTime}


def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class, for Core statements (the hot path and reports);
    typed, where ``__table__`` is declared as any ``FromClause``."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


class Platform(Base):
    """A community that sends content to vimod (one forum, one marketplace...)."""

    __tablename__ = "platforms"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    webhook_url: Mapped[str | None] = mapped_column(String(2000), default=None)
    # HMAC key for webhook signatures. Not a login secret: the platform must be able to
    # verify, so it is stored as is and shown to the platform's admin once.
    webhook_secret: Mapped[str | None] = mapped_column(String(200), default=None)
    public_reports: Mapped[bool] = mapped_column(Boolean, default=False)


class ApiKey(Base):
    """A platform's API key. Only a hash is stored; the key is shown once at creation."""

    __tablename__ = "api_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("platforms.id"), index=True)
    prefix: Mapped[str] = mapped_column(String(16), index=True)  # first chars, for lookup
    key_hash: Mapped[str] = mapped_column(String(128))  # sha256 hex of the full key
    name: Mapped[str] = mapped_column(String(200), default="default")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class User(Base):
    """A console account of the operator's staff (admin or moderator)."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))  # argon2
    role: Mapped[str] = mapped_column(String(20))  # one of vimod.vocab.ROLES
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Item(Base):
    """A piece of content a platform sent, with the detector's result on it."""

    __tablename__ = "items"
    __table_args__ = (
        UniqueConstraint("platform_id", "external_id", name="uq_items_platform_external"),
        Index("ix_items_platform_received", "platform_id", "received_at"),
        # The console's queue filters by label and surface (migration 0002).
        Index("ix_items_label_surface", "label", "surface"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("platforms.id"))
    external_id: Mapped[str] = mapped_column(String(200))  # the platform's own item id
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[str | None] = mapped_column(String(200), default=None, index=True)
    surface: Mapped[str] = mapped_column(String(50), default="comment")
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Detector output: label, scores{CLEAN,OFFENSIVE,HATE}, spam, spans[{start,end,text}], model
    label: Mapped[str] = mapped_column(String(20))
    detection: Mapped[dict[str, Any]] = mapped_column(JSON)
    current_decision_id: Mapped[int | None] = mapped_column(Integer, default=None)


class Decision(Base):
    """One decision on an item. Append-only: a review or appeal adds a new row."""

    __tablename__ = "decisions"
    __table_args__ = (
        Index("ix_decisions_platform_created", "platform_id", "created_at"),
        Index("ix_decisions_item", "item_id", "id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    public_id: Mapped[str] = mapped_column(String(40), unique=True)  # "dec_…", shown outside
    platform_id: Mapped[int] = mapped_column(ForeignKey("platforms.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    action: Mapped[str] = mapped_column(String(20))  # one of vimod.vocab.ACTIONS
    rule: Mapped[str] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(50))  # e.g. hate, offensive, spam, none
    reason_vi: Mapped[str] = mapped_column(Text)
    reason_en: Mapped[str] = mapped_column(Text)
    policy_version: Mapped[str] = mapped_column(String(50))
    model_version: Mapped[str] = mapped_column(String(100))
    scores: Mapped[dict[str, Any]] = mapped_column(JSON)
    spans: Mapped[list[Any]] = mapped_column(JSON)
    automated: Mapped[bool] = mapped_column(Boolean)
    # What led to this decision: automated | review | appeal
    origin: Mapped[str] = mapped_column(String(30), default="automated")
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class UserReport(Base):
    """A platform user's report about an item."""

    __tablename__ = "user_reports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("platforms.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    reason: Mapped[str] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuthorityRequest(Base):
    """A public authority's request to act on an item. Never acted on automatically."""

    __tablename__ = "authority_requests"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("platforms.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    authority: Mapped[str] = mapped_column(String(300))
    legal_basis: Mapped[str] = mapped_column(Text)
    deadline: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    outcome: Mapped[str] = mapped_column(String(20), default="pending")  # pending|actioned|declined
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Appeal(Base):
    """An author's appeal against a decision; decided by someone other than the first reviewer."""

    __tablename__ = "appeals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    public_id: Mapped[str] = mapped_column(String(40), unique=True)  # "apl_…"
    platform_id: Mapped[int] = mapped_column(ForeignKey("platforms.id"), index=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    statement: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending|upheld|reversed
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    outcome_decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("decisions.id"), default=None
    )
    reason: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ReviewTask(Base):
    """A unit of human work in a queue. The queue is a query over open tasks."""

    __tablename__ = "review_tasks"
    __table_args__ = (
        Index("ix_tasks_queue", "status", "source", "created_at"),
        Index("ix_tasks_platform_status", "platform_id", "status"),
        # Partial indexes over pending work only, in the console's two sort orders, so a page
        # of the queue is an index range scan however many tasks are done (migration 0002).
        Index(
            "ix_tasks_pending_severity", "severity", "id",
            sqlite_where=text("status != 'done'"), postgresql_where=text("status != 'done'"),
        ),
        Index(
            "ix_tasks_pending_created", "created_at", "id",
            sqlite_where=text("status != 'done'"), postgresql_where=text("status != 'done'"),
        ),
        # One queue row per item, and per cluster of near-duplicates: "is this the first
        # pending task of its item / cluster?" (migration 0003).
        Index(
            "ix_tasks_pending_item", "item_id", "id",
            sqlite_where=text("status != 'done'"), postgresql_where=text("status != 'done'"),
        ),
        Index(
            "ix_tasks_pending_cluster", "cluster_id", "id",
            sqlite_where=text("status != 'done'"), postgresql_where=text("status != 'done'"),
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("platforms.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    source: Mapped[str] = mapped_column(String(30))  # one of vimod.vocab.SOURCES
    severity: Mapped[float] = mapped_column(Float, default=0.0)  # for "most severe first"
    status: Mapped[str] = mapped_column(String(20), default="open")  # open|claimed|done
    claimed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    user_report_id: Mapped[int | None] = mapped_column(ForeignKey("user_reports.id"), default=None)
    authority_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("authority_requests.id"), default=None
    )
    appeal_id: Mapped[int | None] = mapped_column(ForeignKey("appeals.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # The cluster of near-duplicates the item belongs to (the id of its first item), set by
    # vimod.acts.clusters after the task is created; None until then.
    cluster_id: Mapped[int | None] = mapped_column(Integer, default=None)


class Review(Base):
    """A moderator's act on a task: uphold, overturn (with a new action) or escalate."""

    __tablename__ = "reviews"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("platforms.id"), index=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("review_tasks.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    verdict: Mapped[str] = mapped_column(String(20))  # uphold|overturn|escalate
    action: Mapped[str | None] = mapped_column(String(20), default=None)  # new action if overturn
    reason: Mapped[str] = mapped_column(Text)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ItemBand(Base):
    """One locality-sensitive band of an item's MinHash signature: items sharing a band are
    near-duplicates (a spam wave). Kept for items that entered the review queue."""

    __tablename__ = "item_bands"
    __table_args__ = (Index("ix_item_bands_band", "band", "item_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    band: Mapped[str] = mapped_column(String(40))


class ItemNote(Base):
    """A team-internal note on an item: seen by the operator's staff only, never sent to the
    platform or the author (no webhook, no statement of reasons). Append-only."""

    __tablename__ = "item_notes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("platforms.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PolicyVersion(Base):
    """Every policy that was ever active, with its full text (TOML)."""

    __tablename__ = "policy_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[str] = mapped_column(String(50), unique=True)
    text: Mapped[str] = mapped_column(Text)
    activated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    activated_by: Mapped[str] = mapped_column(String(200))  # actor string, see AuditLog.actor


class AuditLog(Base):
    """Append-only record of every act. No code path updates or deletes these rows."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_created", "created_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform_id: Mapped[int | None] = mapped_column(ForeignKey("platforms.id"), default=None)
    # vimod.vocab: SYSTEM_ACTOR, CLI_ACTOR, api_actor(platform_id), user_actor(username)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(100))  # e.g. decision.created, review.overturn
    object_type: Mapped[str] = mapped_column(String(50))
    object_id: Mapped[str] = mapped_column(String(100))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class WebhookEvent(Base):
    """Transactional outbox: written with the decision, delivered and retried by a sender."""

    __tablename__ = "webhook_outbox"
    __table_args__ = (Index("ix_outbox_pending", "delivered_at", "next_attempt_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("platforms.id"))
    event_type: Mapped[str] = mapped_column(String(50))  # decision.changed, appeal.decided
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


# --------------------------------------------------------------------------- shared state
# State that several API workers (or replicas) must agree on lives here rather than in each
# process (migration 0004_shared_state; docs/deployment.md).


class RateBucket(Base):
    """One token bucket (an API key's limit), kept as GCRA's "theoretical arrival time":
    one atomic upsert per request, the same limit for every worker."""

    __tablename__ = "rate_buckets"
    bucket: Mapped[str] = mapped_column(String(200), primary_key=True)  # e.g. "key:12"
    tat: Mapped[float] = mapped_column(Float)  # unix seconds
    allowed: Mapped[bool] = mapped_column(Boolean)  # the outcome of the latest take


class LoginFailure(Base):
    """A failed console login for a (lower-cased) username: the throttle counts these."""

    __tablename__ = "login_failures"
    __table_args__ = (Index("ix_login_failures_user_time", "username", "failed_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(200))
    failed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class BackfillCheckpoint(Base):
    """How far a named ``vimod backfill --apply`` run got (items are taken in id order)."""

    __tablename__ = "backfill_checkpoints"
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    last_item_id: Mapped[int] = mapped_column(Integer)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
