"""State that every API worker and replica must agree on, kept in the database.

- **Rate limits**: one row per bucket (``rate_buckets``), updated by one atomic upsert per
  request (GCRA, the token bucket written as a "theoretical arrival time"), so N workers
  share one limit instead of N.
- **What the workers poll**: ``revocation_mark`` (changes whenever a key is revoked) and
  ``active_policy_head`` (the version the newest activation names); both are one cheap
  indexed read, polled every ``VIMOD_SHARED_POLL_S`` by ``vimod.api.shared_state``.
- **Console login throttle**: failed logins per username (``login_failures``).
- **Backfill checkpoints**: how far a named backfill got (``backfill_checkpoints``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Engine, case, delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from vimod.store.models import (
    ApiKey,
    BackfillCheckpoint,
    LoginFailure,
    PolicyVersion,
    RateBucket,
    table_of,
    utcnow,
)

_BUCKETS = table_of(RateBucket)


def take_token(engine: Engine, bucket: str, *, rate_per_s: float, burst: float,
               now: float) -> float:
    """Take one token from ``bucket`` (``rate_per_s`` tokens a second, ``burst`` saved up)
    at unix time ``now``. Returns 0.0 when allowed, else the seconds until a token is due.

    GCRA: the bucket stores ``tat``, the time at which it would be full again; a request is
    allowed when ``max(tat, now) + interval - burst * interval <= now``. One statement, so
    concurrent workers cannot both take the last token."""
    interval = 1.0 / rate_per_s
    tolerance = burst * interval
    base = case((_BUCKETS.c.tat > now, _BUCKETS.c.tat), else_=now)
    fits = base + interval - tolerance <= now
    dialect = postgresql if engine.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(_BUCKETS).values(bucket=bucket, tat=now + interval, allowed=True)
    stmt = stmt.on_conflict_do_update(
        index_elements=[_BUCKETS.c.bucket],
        set_={"allowed": fits, "tat": case((fits, base + interval), else_=_BUCKETS.c.tat)},
    ).returning(_BUCKETS.c.tat, _BUCKETS.c.allowed)
    options: dict[str, Any] = ({"isolation_level": "AUTOCOMMIT"}
                               if engine.dialect.name == "postgresql" else {})
    with engine.connect() as conn:
        conn.execution_options(**options)
        tat, allowed = conn.execute(stmt).one()
        conn.commit()
    if allowed:
        return 0.0
    return max(0.0, float(tat) + interval - tolerance - now)


def revocation_mark(engine: Engine) -> tuple[int, str]:
    """A value that changes whenever an API key is revoked: (revoked keys, latest time)."""
    with engine.connect() as conn:
        n, latest = conn.execute(
            select(func.count(ApiKey.id), func.max(ApiKey.revoked_at))
            .where(ApiKey.revoked_at.is_not(None))).one()
        conn.rollback()
    return int(n), str(latest)


def active_policy_head(engine: Engine) -> str | None:
    """The version of the most recently activated policy (None on a fresh database); the
    same order as ``vimod.store.policies.active_policy_version``."""
    with engine.connect() as conn:
        version = conn.execute(
            select(PolicyVersion.version)
            .order_by(PolicyVersion.activated_at.desc(), PolicyVersion.id.desc())
            .limit(1)).scalar()
        conn.rollback()
    return version


def recent_login_failures(session: Session, username: str, since: datetime) -> int:
    return int(session.scalar(
        select(func.count(LoginFailure.id))
        .where(LoginFailure.username == username, LoginFailure.failed_at >= since)) or 0)


def record_login_failure(session: Session, username: str, *, now: datetime | None = None,
                         forget_before: datetime | None = None) -> None:
    """Note a failed login; rows older than ``forget_before`` (of any user) are dropped, so
    the table stays the size of one throttle window."""
    session.add(LoginFailure(username=username, failed_at=now or utcnow()))
    if forget_before is not None:
        session.execute(delete(LoginFailure).where(LoginFailure.failed_at < forget_before))


def load_checkpoint(session: Session, name: str) -> tuple[int, dict[str, Any]] | None:
    row = session.get(BackfillCheckpoint, name)
    return None if row is None else (row.last_item_id, dict(row.counts))


def save_checkpoint(session: Session, name: str, last_item_id: int,
                    counts: dict[str, Any]) -> None:
    row = session.get(BackfillCheckpoint, name)
    if row is None:
        session.add(BackfillCheckpoint(name=name, last_item_id=last_item_id, counts=counts,
                                       updated_at=utcnow()))
    else:
        row.last_item_id = last_item_id
        row.counts = counts
        row.updated_at = utcnow()


def drop_checkpoint(session: Session, name: str) -> None:
    session.execute(delete(BackfillCheckpoint).where(BackfillCheckpoint.name == name))


def drop_checkpoints(session: Session, prefix: str) -> int:
    """Forget every checkpoint whose name starts with ``prefix`` (a run's chunks)."""
    result = session.execute(delete(BackfillCheckpoint)
                             .where(BackfillCheckpoint.name.startswith(prefix, autoescape=True)))
    return int(getattr(result, "rowcount", 0) or 0)
