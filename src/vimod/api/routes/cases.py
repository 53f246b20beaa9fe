"""User reports, authority requests and appeals: each opens a human review task."""

from __future__ import annotations

from fastapi import APIRouter

from vimod.api import _present, schemas
from vimod.api.deps import PlatformDep, SessionDep
from vimod.store import moderation
from vimod.store.models import Item

router = APIRouter(prefix="/v1", tags=["cases"])
_errors = {404: {"model": schemas.ErrorPublic}, 409: {"model": schemas.ErrorPublic}}


@router.post("/reports", status_code=201, response_model=schemas.ReportPublic,
             responses=_errors)
def create_report(body: schemas.ReportCreate, session: SessionDep,
                  platform: PlatformDep) -> schemas.ReportPublic:
    """A platform user's report about an item: it goes to the human review queue."""
    with session.begin():
        report, task = moderation.create_report(
            session, platform.platform_id, body.item_id, reason=body.reason, note=body.note,
            actor=f"api:{platform.platform_id}")
        item = session.get(Item, report.item_id)
    assert item is not None
    return _present.report(report, item, task.id)


@router.post("/authority-requests", status_code=201,
             response_model=schemas.AuthorityRequestPublic, responses=_errors)
def create_authority_request(body: schemas.AuthorityRequestCreate, session: SessionDep,
                             platform: PlatformDep) -> schemas.AuthorityRequestPublic:
    """A public authority's request to act on an item. vimod never acts on it by itself:
    it is recorded, reviewed by a person and counted in transparency reports."""
    with session.begin():
        req, task = moderation.create_authority_request(
            session, platform.platform_id, body.item_id, authority=body.authority,
            legal_basis=body.legal_basis, deadline=body.deadline, note=body.note,
            actor=f"api:{platform.platform_id}")
        item = session.get(Item, req.item_id)
    assert item is not None
    return _present.authority_request(req, item, task.id)


@router.post("/appeals", status_code=201, response_model=schemas.AppealPublic,
             responses=_errors)
def create_appeal(body: schemas.AppealCreate, session: SessionDep,
                  platform: PlatformDep) -> schemas.AppealPublic:
    """The author's appeal against an item's current decision; one pending per decision.
    It is decided by a person other than the one who made the decision."""
    with session.begin():
        appeal, task = moderation.create_appeal(
            session, platform.platform_id, body.decision_id, statement=body.statement,
            actor=f"api:{platform.platform_id}")
        item = session.get(Item, appeal.item_id)
    assert item is not None
    return _present.appeal(appeal, item, body.decision_id, task.id)
