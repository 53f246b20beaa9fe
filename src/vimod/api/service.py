"""The one piece of orchestration in the API: detect, decide and store a batch of items,
idempotently.

1. A read-only look-up finds ids already known (they are answered from the store, with no
   new detection).
2. The detector scores the new texts, outside any transaction (CPU work).
3. The write runs in the group-commit writer (``vimod.store.writer``): it re-checks which
   ids are new, stores items, decisions, audit rows and review tasks, and shapes the answer;
   the caller gets it after the commit, so an answer means the data is on disk.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import nullcontext
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from vimod.api import _present
from vimod.errors import Conflict
from vimod.policy import Policy
from vimod.store.db import READ_ONLY_OPTION
from vimod.store.models import Item
from vimod.store.moderation import (
    Automated,
    NewItem,
    decisions_by_id,
    find_items,
    record_automated,
)
from vimod.store.writer import GroupWriter

_ITEMS = Item.__table__
#: external id -> stored text of the given ids of one platform (Core: the hot path).
_KNOWN = select(_ITEMS.c.external_id, _ITEMS.c.text).where(
    _ITEMS.c.platform_id == bindparam("pid"),
    _ITEMS.c.external_id.in_(bindparam("ids", expanding=True)),
)


def _as_dict(detection: Any) -> dict[str, Any]:
    return detection.to_dict() if hasattr(detection, "to_dict") else dict(detection)


def _known(conn: Connection, platform_id: int, ids: list[str]) -> dict[str, str]:
    return {ext: text for ext, text in conn.execute(_KNOWN, {"pid": platform_id, "ids": ids})}


def _check_same(existing: dict[str, str], items: Sequence[NewItem]) -> None:
    """``existing``: external id -> stored text."""
    for it in items:
        old = existing.get(it.external_id)
        if old is not None and old != it.text:
            raise Conflict(
                f"item {it.external_id!r} was already moderated with a different text; an "
                "edited item needs a new id (e.g. append a revision number)"
            )


def _store(session: Session, platform_id: int, items: Sequence[NewItem],
           detections: dict[str, dict[str, Any]], policy: Policy,
           actor: str) -> list[dict[str, Any]] | None:
    """The write job. Returns None when a new id has no detection yet (the read-only
    look-up saw it as known, yet it is not stored: cannot happen without deletes, but the
    caller then scores it and retries rather than fail)."""
    ids = [it.external_id for it in items]
    texts = _known(session.connection(), platform_id, ids)
    _check_same(texts, items)
    todo = [it for it in items if it.external_id not in texts]
    if any(it.external_id not in detections for it in todo):
        return None
    decided = [(it, detections[it.external_id], policy.decide(it, detections[it.external_id]))
               for it in todo]
    stored = record_automated(session, platform_id,
                              [Automated(it, det, dec) for it, det, dec in decided],
                              actor=actor)
    new = {}
    for (it, det, dec), row in zip(decided, stored, strict=True):
        new[it.external_id] = _present.moderate_dict(
            external_id=it.external_id, detection=det, label=det["label"],
            decision_id=row.decision_public_id, action=dec.action, rule=dec.rule,
            category=dec.category, reason_vi=dec.reason_vi, reason_en=dec.reason_en,
            automated=True, policy_version=dec.policy_version,
            model_version=dec.model or str(det.get("model", "")), decision_spans=dec.spans,
            replayed=False, created_at=row.created_at)
    if texts:  # replays: full rows (rare on the hot path)
        existing = find_items(session, platform_id, list(texts))
        current = decisions_by_id(session, [i.current_decision_id for i in existing.values()
                                            if i.current_decision_id is not None])
        for ext, item in existing.items():
            new[ext] = _present.moderate_dict_of_rows(item, current[item.current_decision_id],
                                                      replayed=True)
    return [new[it.external_id] for it in items]


def _engine(factory: sessionmaker[Session]) -> Engine:
    return factory.kw["bind"]


def moderate(
    factory: sessionmaker[Session], writer: GroupWriter, platform_id: int,
    items: Sequence[NewItem], *, policy: Policy, detector: Any, actor: str,
) -> list[dict[str, Any]]:
    """Decide on ``items``: new ones are scored once; known ids return their current
    decision without a new detection. Raises ``Conflict`` for a known id with new text.
    Returns one JSON-ready dict per item, shaped like ``schemas.ModerateResult``."""
    ids = list({it.external_id for it in items})
    detections: dict[str, dict[str, Any]] = {}
    expect = getattr(detector, "expect", nullcontext)
    engine = _engine(factory)
    # One statement: on PostgreSQL in autocommit (no BEGIN/ROLLBACK round trips); on SQLite
    # a deferred transaction (see vimod.store.db).
    read_options = ({"isolation_level": "AUTOCOMMIT"} if engine.dialect.name == "postgresql"
                    else {READ_ONLY_OPTION: True})
    for _attempt in range(3):
        with expect():
            # A read-only look-up outside any write lock (SQLite: deferred, reads the WAL
            # snapshot without waiting for the writer).
            with engine.connect() as conn:
                conn.execution_options(**read_options)
                known = _known(conn, platform_id, ids)
                conn.rollback()
            _check_same(known, items)
            missing = [it for it in items if it.external_id not in known
                       and it.external_id not in detections]
            if missing:
                for it, det in zip(missing, detector.predict([it.text for it in missing]),
                                   strict=True):
                    detections[it.external_id] = _as_dict(det)
        try:
            result = writer.submit(
                lambda s: _store(s, platform_id, items, detections, policy, actor))
        except IntegrityError:
            # Another process stored one of these ids between our check and our insert
            # (PostgreSQL with several workers): it is known now, replay.
            continue
        if result is not None:
            return result
    raise Conflict("the same items are being stored concurrently; retry the request")
