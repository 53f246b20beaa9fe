from __future__ import annotations

from fastapi import APIRouter, Path

from vimod.api import _present, schemas
from vimod.api.deps import FactoryDep, PlatformDep
from vimod.store.db import read_transaction
from vimod.store.moderation import appeals_of_decision, decision_by_id, get_decision, item_by_id

router = APIRouter(prefix="/v1", tags=["decisions"])


@router.get("/decisions/{decision_id}", response_model=schemas.DecisionPublic,
            responses={404: {"model": schemas.ErrorPublic}})
def read_decision(
    factory: FactoryDep, platform: PlatformDep,
    decision_id: str = Path(min_length=1, max_length=40),
) -> schemas.DecisionPublic:
    with read_transaction(factory) as session:
        dec = get_decision(session, platform.platform_id, decision_id)
        item = item_by_id(session, dec.item_id)
        prev = decision_by_id(session, dec.supersedes_id) if dec.supersedes_id else None
        appeals = appeals_of_decision(session, dec.id)
    return _present.decision(dec, item, supersedes=prev.public_id if prev else None,
                             appeals=appeals)
