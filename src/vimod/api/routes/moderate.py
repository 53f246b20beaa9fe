from __future__ import annotations

from typing import Annotated

import orjson
from fastapi import APIRouter, Body, Request, Response

from vimod.api import schemas, service
from vimod.api.deps import DetectorDep, PlatformDep, PolicyDep
from vimod.store.moderation import NewItem

_ORJSON = orjson.OPT_UTC_Z | orjson.OPT_NAIVE_UTC
router = APIRouter(prefix="/v1", tags=["moderation"])


@router.post(
    "/moderate",
    response_model=schemas.ModerateResult | schemas.ModerateBatchResult,
    summary="Moderate one item, or a batch of up to 100 as {\"items\": [...]}",
    responses={409: {"model": schemas.ErrorPublic}, 413: {"model": schemas.ErrorPublic},
               429: {"model": schemas.ErrorPublic}},
)
def moderate(
    body: Annotated[schemas.ModerateRequest, Body()],
    request: Request, platform: PlatformDep, policy: PolicyDep, detector: DetectorDep,
) -> schemas.ModerateResult | schemas.ModerateBatchResult:
    """Detect, decide and store. Idempotent on the item id: a known id returns its current
    decision (``replayed: true``) without scoring it again."""
    batch = isinstance(body, schemas.ModerateBatch)
    raw = body.items if isinstance(body, schemas.ModerateBatch) else [body]
    items = [NewItem(external_id=i.id, text=i.text, surface=i.surface, author_id=i.author_id,
                     created_at=i.created_at) for i in raw]
    state = request.app.state
    results = service.moderate(state.sessionmaker, state.writer, platform.platform_id, items,
                               policy=policy, detector=detector,
                               actor=f"api:{platform.platform_id}")
    out = {"results": results} if batch else results[0]
    # The hot path: the service shapes plain dicts like the response models (a test checks
    # they validate), serialised once with orjson instead of building pydantic models and
    # having FastAPI validate the union response model again.
    return Response(orjson.dumps(out, option=_ORJSON), media_type="application/json")  # type: ignore[return-value]
