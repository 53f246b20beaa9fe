from __future__ import annotations

from fastapi import APIRouter, Path

from vimod.api import _present, schemas
from vimod.api.deps import FactoryDep, PlatformDep
from vimod.store.db import read_transaction
from vimod.store.models import Appeal
from vimod.store.moderation import item_history

router = APIRouter(prefix="/v1", tags=["items"])


@router.get("/items/{item_id:path}", response_model=schemas.ItemPublic,
            responses={404: {"model": schemas.ErrorPublic}})
def read_item(
    factory: FactoryDep, platform: PlatformDep,
    item_id: str = Path(min_length=1, max_length=200),
) -> schemas.ItemPublic:
    """An item (by the platform's id) with its whole history: every decision, report,
    authority request and appeal, oldest first."""
    with read_transaction(factory) as session:
        h = item_history(session, platform.platform_id, item_id)
    by_id = {d.id: d.public_id for d in h.decisions}
    appeals_by_dec: dict[int, list[Appeal]] = {}
    for a in h.appeals:
        appeals_by_dec.setdefault(a.decision_id, []).append(a)
    decisions = [
        _present.decision(d, h.item, supersedes=by_id.get(d.supersedes_id or -1),
                          appeals=appeals_by_dec.get(d.id, []))
        for d in h.decisions
    ]
    current = next((d for d in decisions if d.current), None)
    return schemas.ItemPublic(
        id=h.item.external_id, surface=h.item.surface, author_id=h.item.author_id,
        text=h.item.text, created_at=h.item.created_at, received_at=h.item.received_at,
        detection=_present.detection(h.item), current_decision=current, decisions=decisions,
        reports=[_present.report(r, h.item) for r in h.reports],
        authority_requests=[_present.authority_request(r, h.item)
                            for r in h.authority_requests],
        appeals=[_present.appeal(a, h.item, by_id.get(a.decision_id, "")) for a in h.appeals],
    )
