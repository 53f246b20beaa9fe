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

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from vimod.api import _present, schemas
from vimod.errors import Conflict
from vimod.policy import Policy
from vimod.store.db import read_transaction
from vimod.store.moderation import (
    Automated,
    NewItem,
    decisions_by_id,
    find_items,
    known_texts,
    record_automated,
)
from vimod.store.writer import GroupWriter


def _as_dict(detection: Any) -> dict[str, Any]:
    return detection.to_dict() if hasattr(detection, "to_dict") else dict(detection)


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
           actor: str) -> list[schemas.ModerateResult] | None:
    """The write job. Returns None when a new id has no detection yet (the read-only
    look-up saw it as known, yet it is not stored: cannot happen without deletes, but the
    caller then scores it and retries rather than fail)."""
    ids = [it.external_id for it in items]
    texts = known_texts(session, platform_id, ids)
    _check_same(texts, items)
    # Full rows only for replays (rare on the hot path).
    existing = find_items(session, platform_id, list(texts)) if texts else {}
    todo = [it for it in items if it.external_id not in existing]
    if any(it.external_id not in detections for it in todo):
        return None
    stored = record_automated(
        session, platform_id,
        [Automated(it, detections[it.external_id],
                   policy.decide(it, detections[it.external_id])) for it in todo],
        actor=actor,
    ) if todo else []
    current = decisions_by_id(session, [i.current_decision_id for i in existing.values()
                                        if i.current_decision_id is not None])
    new = {item.external_id: (item, dec) for item, dec in stored}
    out = []
    for it in items:
        if it.external_id in new:
            item, dec = new[it.external_id]
            out.append(_present.moderate_result(item, dec, replayed=False))
        else:
            item = existing[it.external_id]
            out.append(_present.moderate_result(item, current[item.current_decision_id],
                                                replayed=True))
    return out


def moderate(
    factory: sessionmaker[Session], writer: GroupWriter, platform_id: int,
    items: Sequence[NewItem], *, policy: Policy, detector: Any, actor: str,
) -> list[schemas.ModerateResult]:
    """Decide on ``items``: new ones are scored once; known ids return their current
    decision without a new detection. Raises ``Conflict`` for a known id with new text."""
    ids = [it.external_id for it in items]
    detections: dict[str, dict[str, Any]] = {}
    expect = getattr(detector, "expect", nullcontext)
    for _attempt in range(3):
        with expect():
            with read_transaction(factory) as session:
                known = known_texts(session, platform_id, ids)
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
