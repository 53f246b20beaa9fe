"""Per-decision statements of reasons (JSON Lines), shaped after the EU DSA Article 17
statement of reasons and its transparency database, with no personal data.

What a statement holds: the decision's public id, the content type (surface), the restriction
(visibility), the ground (the platform's terms of service: vimod's rule and category, with the
policy version), the facts (the rule's reason, Vietnamese and English), how the content came to
attention (automated detection, user report, authority request, appeal), whether detection and
decision were automated, and the dates.

What it never holds: the item's text, the author id, the platform's own item id, the
moderator's identity. ``PERSONAL_FIELDS`` names them so a test can prove their absence.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import IO, Any

from sqlalchemy import Connection, and_, case, func, select
from sqlalchemy.orm import Session, aliased

from vimod.report.model import Period
from vimod.report.queries import (
    T_DECISIONS,
    T_ITEMS,
    T_PLATFORMS,
    T_REVIEWS,
    T_TASKS,
    resolve_platform,
)
from vimod.store.models import Decision

# Columns of the store that identify people or carry their words; never exported.
PERSONAL_FIELDS = ("text", "author_id", "external_id", "reviewer_id", "note", "statement")

# DSA "decision_visibility" for each vimod action on content.
VISIBILITY = {
    "remove": "DECISION_VISIBILITY_CONTENT_REMOVED",
    "label": "DECISION_VISIBILITY_CONTENT_LABELLED",
    "review": "DECISION_VISIBILITY_CONTENT_DISABLED",  # held (not shown) until a person decides
    "allow": "DECISION_VISIBILITY_NONE",
}
# DSA "source_type" for each detection source.
SOURCE_TYPE = {
    "automated": "SOURCE_VOLUNTARY",
    "user_report": "SOURCE_ARTICLE_16",
    "authority_request": "SOURCE_ORDER",  # an order or request from a public authority (Art. 9)
    "appeal": "SOURCE_VOLUNTARY",  # redress: the platform's own internal complaint handling
    "unattributed": "SOURCE_VOLUNTARY",
}


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def iter_statements(
    db: Session | Connection,
    *,
    since: date | datetime,
    until: date | datetime,
    platform: str | int | None = None,
    include_allow: bool = False,
    batch_size: int = 2000,
) -> Iterator[dict[str, Any]]:
    """One statement per decision made in ``[since, until]``, oldest first, streamed from the
    database in batches. ``allow`` decisions restrict nothing and are left out unless
    ``include_allow``."""
    period = Period.from_bounds(since, until)
    conn = db.connection() if isinstance(db, Session) else db
    found = resolve_platform(conn, platform)
    d, i, p = T_DECISIONS, T_ITEMS, T_PLATFORMS
    previous = aliased(Decision.__table__)
    linked = (
        select(
            T_REVIEWS.c.decision_id.label("decision_id"), func.min(T_TASKS.c.source).label("src")
        )
        .select_from(T_REVIEWS.join(T_TASKS, T_TASKS.c.id == T_REVIEWS.c.task_id))
        .where(T_REVIEWS.c.decision_id.is_not(None))
        .group_by(T_REVIEWS.c.decision_id)
        .subquery()
    )
    source = case(
        (d.c.origin == "appeal", "appeal"),
        (d.c.origin == "review", func.coalesce(linked.c.src, "unattributed")),
        else_="automated",
    )
    where = [d.c.created_at >= period.since, d.c.created_at < period.until]
    if found:
        where.append(d.c.platform_id == found[0])
    if not include_allow:
        where.append(d.c.action != "allow")
    stmt = (
        select(
            d.c.public_id,
            p.c.name,
            i.c.surface,
            d.c.action,
            d.c.rule,
            d.c.category,
            d.c.policy_version,
            d.c.model_version,
            d.c.reason_vi,
            d.c.reason_en,
            d.c.automated,
            d.c.origin,
            source.label("source"),
            previous.c.public_id.label("supersedes"),
            func.coalesce(i.c.created_at, i.c.received_at).label("content_date"),
            d.c.created_at,
        )
        .select_from(
            d.join(i, i.c.id == d.c.item_id)
            .join(p, p.c.id == d.c.platform_id)
            .outerjoin(linked, linked.c.decision_id == d.c.id)
            .outerjoin(previous, previous.c.id == d.c.supersedes_id)
        )
        .where(and_(*where))
        .order_by(d.c.id)
        .execution_options(yield_per=batch_size)
    )
    for row in conn.execute(stmt):
        src = row.source
        yield {
            "decision_id": row.public_id,
            "platform": row.name,
            "content_type": row.surface,
            "action": row.action,
            "decision_visibility": VISIBILITY.get(row.action, "DECISION_VISIBILITY_OTHER"),
            "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT",
            "incompatible_content_ground": "terms_of_service",
            "terms_of_service_rule": row.rule,
            "category": row.category,
            "policy_version": row.policy_version,
            "facts_vi": row.reason_vi,
            "facts_en": row.reason_en,
            "source": src,
            "source_type": SOURCE_TYPE.get(src, "SOURCE_VOLUNTARY"),
            "automated_detection": src == "automated",
            "automated_decision": (
                "AUTOMATED_DECISION_FULLY" if row.automated else "AUTOMATED_DECISION_NOT_AUTOMATED"
            ),
            "decided_by": "automated" if row.automated else row.origin,  # never a person's id
            "model_version": row.model_version,
            "supersedes_decision_id": row.supersedes,
            "redress": "internal_appeal",
            "content_date": _iso(row.content_date),
            "application_date": _iso(row.created_at),
        }


def write_statements(out: IO[str], statements: Iterator[dict[str, Any]]) -> int:
    """Write JSON Lines; returns how many statements were written."""
    n = 0
    for statement in statements:
        out.write(json.dumps(statement, ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n
