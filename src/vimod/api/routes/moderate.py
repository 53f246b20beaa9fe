from __future__ import annotations

from typing import Annotated

import orjson
from fastapi import APIRouter, Body, Response

from vimod.api import schemas, service
from vimod.api.deps import DetectorDep, FactoryDep, PlatformDep, PolicyDep, WriterDep
from vimod.store.moderation import NewItem
from vimod.vocab import api_actor

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
    factory: FactoryDep, writer: WriterDep, platform: PlatformDep, policy: PolicyDep,
    detector: DetectorDep,
) -> Response:
    """Detect, decide and store. Idempotent on the item id: a known id returns its current
    decision (``replayed: true``) without scoring it again."""
    batch = isinstance(body, schemas.ModerateBatch)
    raw = body.items if isinstance(body, schemas.ModerateBatch) else [body]
    items = [NewItem(external_id=i.id, text=i.text, surface=i.surface, author_id=i.author_id,
                     created_at=i.created_at) for i in raw]
    results = service.moderate(factory, writer, platform.platform_id, items,
                               policy=policy, detector=detector,
                               actor=api_actor(platform.platform_id))
    out = {"results": results} if batch else results[0]
    # The hot path: the service shapes plain dicts like the response models (a test checks
    # they validate), serialised once with orjson instead of building pydantic models and
    # having FastAPI validate the union response model again.
    return Response(orjson.dumps(out, option=_ORJSON), media_type="application/json")
