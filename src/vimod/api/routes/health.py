from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from vimod.api import schemas
from vimod.context import context
from vimod.store.db import ping

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=schemas.Health,
            responses={503: {"model": schemas.Health}})
def healthz(request: Request) -> schemas.Health | JSONResponse:
    """Liveness: the process answers and its database is reachable."""
    state = context(request)
    db = "ok"
    try:
        ping(state.engine)
    except Exception as e:  # noqa: BLE001 - any failure means "not healthy"
        db = f"error: {type(e).__name__}"
    body = schemas.Health(
        status="ok" if db == "ok" else "degraded", database=db,
        policy_version=state.policy.version,
        model_version=str(getattr(state.detector, "version", "unknown")),
    )
    if db != "ok":
        return JSONResponse(body.model_dump(), status_code=503)
    return body
