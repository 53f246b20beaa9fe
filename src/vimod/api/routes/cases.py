"""User reports, authority requests and appeals: each opens a human review task."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from vimod import acts
from vimod.api import _present, schemas
from vimod.api.deps import FactoryDep, PlatformDep
from vimod.store import moderation
from vimod.store.db import transaction
from vimod.vocab import api_actor

router = APIRouter(prefix="/v1", tags=["cases"])
_errors: dict[int | str, dict[str, Any]] = {404: {"model": schemas.ErrorPublic},
                                           409: {"model": schemas.ErrorPublic}}


@router.post("/reports", status_code=201, response_model=schemas.ReportPublic,
             responses=_errors)
def create_report(body: schemas.ReportCreate, factory: FactoryDep,
                  platform: PlatformDep) -> schemas.ReportPublic:
    """A platform user's report about an item: it goes to the human review queue."""
    with transaction(factory) as session:
        report, task = acts.create_report(
            session, platform.platform_id, body.item_id, reason=body.reason, note=body.note,
            actor=api_actor(platform.platform_id))
        item = moderation.item_by_id(session, report.item_id)
    return _present.report(report, item, task.id)


@router.post("/authority-requests", status_code=201,
             response_model=schemas.AuthorityRequestPublic, responses=_errors)
def create_authority_request(body: schemas.AuthorityRequestCreate, factory: FactoryDep,
                             platform: PlatformDep) -> schemas.AuthorityRequestPublic:
    """A public authority's request to act on an item. vimod never acts on it by itself:
    it is recorded, reviewed by a person and counted in transparency reports."""
    with transaction(factory) as session:
        req, task = acts.create_authority_request(
            session, platform.platform_id, body.item_id, authority=body.authority,
            legal_basis=body.legal_basis, deadline=body.deadline, note=body.note,
            actor=api_actor(platform.platform_id))
        item = moderation.item_by_id(session, req.item_id)
    return _present.authority_request(req, item, task.id)


@router.post("/appeals", status_code=201, response_model=schemas.AppealPublic,
             responses=_errors)
def create_appeal(body: schemas.AppealCreate, factory: FactoryDep,
                  platform: PlatformDep) -> schemas.AppealPublic:
    """The author's appeal against an item's current decision; one pending per decision.
    It is decided by a person other than the one who made the decision."""
    with transaction(factory) as session:
        appeal, task = acts.create_appeal(
            session, platform.platform_id, body.decision_id, statement=body.statement,
            actor=api_actor(platform.platform_id))
        item = moderation.item_by_id(session, appeal.item_id)
    return _present.appeal(appeal, item, body.decision_id, task.id)
