"""Policy versions: which policy was active when, with its full text, and what dry runs read."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vimod.errors import Conflict
from vimod.store import audit
from vimod.store.models import Decision, Item, PolicyVersion, utcnow


def active_policy_version(session: Session) -> PolicyVersion | None:
    """The most recently activated policy version (None on a fresh database).

    ``activated_at`` is the time of the version's latest activation (re-activating an
    older version moves it forward; the audit log keeps every activation), so this is the
    newest row by that time."""
    return session.scalar(select(PolicyVersion)
                          .order_by(PolicyVersion.activated_at.desc(), PolicyVersion.id.desc())
                          .limit(1))


def record_policy(session: Session, policy: Any, *, actor: str) -> PolicyVersion:
    """Record that ``policy`` (a ``vimod.policy.Policy``) is now the active one.

    A version string names one text forever: activating a different text under a version
    that was already used raises ``Conflict`` (bump the version). Re-activating the current
    version is a no-op; re-activating an older version moves its ``activated_at`` /
    ``activated_by`` to now and adds an audit row (no second row: versions are unique).
    """
    current = active_policy_version(session)
    existing = session.scalar(select(PolicyVersion).where(PolicyVersion.version == policy.version))
    if existing is not None and existing.text != policy.text:
        raise Conflict(
            f"policy version {policy.version!r} was already used for a different text; "
            "give the changed policy a new version"
        )
    if current is not None and current.version == policy.version:
        return current
    if existing is None:
        existing = PolicyVersion(version=policy.version, text=policy.text, activated_by=actor)
        session.add(existing)
    else:
        existing.activated_at = max(utcnow(), current.activated_at) if current \
            else utcnow()
        existing.activated_by = actor
    session.flush()
    audit.record(
        session, actor=actor, action="policy.activated", object_type="policy",
        object_id=policy.version,
        before={"version": current.version} if current is not None else None,
        after={"version": policy.version, "rules": [r.name for r in policy.rules]},
    )
    return existing


def iter_replay_items(
    session: Session, *, platform_id: int | None = None, batch: int = 1000
) -> Iterator[dict[str, Any]]:
    """Stored items with their detection and current decision, for ``vimod.policy.dry_run``."""
    last = 0
    while True:
        q = (
            select(Item.id, Item.external_id, Item.surface, Item.detection,
                   Decision.action, Decision.automated)
            .outerjoin(Decision, Decision.id == Item.current_decision_id)
            .where(Item.id > last)
            .order_by(Item.id)
            .limit(batch)
        )
        if platform_id is not None:
            q = q.where(Item.platform_id == platform_id)
        rows = session.execute(q).all()
        if not rows:
            return
        for _row_id, ext, surface, detection, action, automated in rows:
            yield {"id": ext, "surface": surface, "detection": detection,
                   "action": action or "allow",
                   "automated": True if automated is None else bool(automated)}
        last = rows[-1][0]


def policy_history(session: Session, limit: int = 100) -> list[PolicyVersion]:
    return list(session.scalars(
        select(PolicyVersion).order_by(PolicyVersion.id.desc()).limit(limit)))
