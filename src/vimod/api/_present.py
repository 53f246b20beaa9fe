"""Rows -> response models (the only place that knows both)."""

from __future__ import annotations

from typing import Any

from vimod import acts
from vimod.api import schemas
from vimod.messages import bilingual
from vimod.store.models import Appeal, AuthorityRequest, Decision, Item, UserReport

REDRESS = schemas.Bilingual(**bilingual("redress"))


def detection(item: Item) -> schemas.DetectionPublic:
    d: dict[str, Any] = item.detection or {}
    return schemas.DetectionPublic(
        label=d.get("label", item.label), scores=d.get("scores", {}),
        spam=float(d.get("spam", 0.0)), spans=d.get("spans", []), model=d.get("model", ""),
        categories=d.get("categories") or {}, targets=d.get("targets") or [],
    )


def reasons(dec: Decision) -> schemas.StatementOfReasons:
    return schemas.StatementOfReasons(
        action=dec.action, category=dec.category, rule=dec.rule,
        explanation=schemas.Bilingual(vi=dec.reason_vi, en=dec.reason_en),
        facts=[str(s.get("text", "")) for s in (dec.spans or [])],
        automated_detection=True, automated_decision=dec.automated, redress=REDRESS,
    )


# -- the hot path of POST /v1/moderate: plain dicts, serialised once with orjson -----------
# (same shape as schemas.ModerateResult; tests/api checks the two agree)
_REDRESS_DICT = REDRESS.model_dump()


def _span(s: dict[str, Any]) -> dict[str, Any]:
    cat = s.get("category")
    return {"start": int(s["start"]), "end": int(s["end"]), "text": str(s["text"]),
            "category": None if cat is None else str(cat)}


def moderate_dict(*, external_id: str, detection: dict[str, Any], label: str,
                  decision_id: str, action: str, rule: str, category: str, reason_vi: str,
                  reason_en: str, automated: bool, policy_version: str, model_version: str,
                  decision_spans: list[dict[str, Any]] | None, replayed: bool,
                  created_at: Any) -> dict[str, Any]:
    d = detection or {}
    return {
        "id": external_id, "decision_id": decision_id, "action": action, "rule": rule,
        "category": category, "automated": automated, "policy_version": policy_version,
        "model_version": model_version,
        "detection": {
            "label": d.get("label", label),
            "scores": {k: float(v) for k, v in (d.get("scores") or {}).items()},
            "spam": float(d.get("spam", 0.0)),
            "spans": [_span(s) for s in d.get("spans") or ()],
            "model": d.get("model", ""),
            "categories": {k: float(v) for k, v in (d.get("categories") or {}).items()},
            "targets": [str(t) for t in d.get("targets") or ()],
        },
        "reasons": {
            "action": action, "category": category, "rule": rule,
            "explanation": {"vi": reason_vi, "en": reason_en},
            "facts": [str(s.get("text", "")) for s in (decision_spans or ())],
            "automated_detection": True, "automated_decision": automated,
            "redress": _REDRESS_DICT,
        },
        "replayed": replayed, "created_at": created_at,
    }


def outcome_dict(o: acts.Outcome) -> dict[str, Any]:
    """The answer for one item of ``POST /v1/moderate``."""
    if isinstance(o, acts.Replayed):
        return moderate_dict_of_rows(o.item, o.decision, replayed=True)
    det, dec = o.detection, o.decision
    return moderate_dict(
        external_id=o.item.external_id, detection=det, label=det["label"],
        decision_id=o.stored.decision_public_id, action=dec.action, rule=dec.rule,
        category=dec.category, reason_vi=dec.reason_vi, reason_en=dec.reason_en,
        automated=True, policy_version=dec.policy_version,
        model_version=dec.model or str(det.get("model", "")), decision_spans=dec.spans,
        replayed=False, created_at=o.stored.created_at)


def moderate_dict_of_rows(item: Item, dec: Decision, replayed: bool) -> dict[str, Any]:
    return moderate_dict(
        external_id=item.external_id, detection=item.detection, label=item.label,
        decision_id=dec.public_id, action=dec.action, rule=dec.rule, category=dec.category,
        reason_vi=dec.reason_vi, reason_en=dec.reason_en, automated=dec.automated,
        policy_version=dec.policy_version, model_version=dec.model_version,
        decision_spans=dec.spans, replayed=replayed, created_at=dec.created_at)


def decision(dec: Decision, item: Item, *, supersedes: str | None,
             appeals: list[Appeal] | None = None) -> schemas.DecisionPublic:
    return schemas.DecisionPublic(
        decision_id=dec.public_id, item_id=item.external_id, action=dec.action, rule=dec.rule,
        category=dec.category, automated=dec.automated, origin=dec.origin,
        policy_version=dec.policy_version, model_version=dec.model_version,
        scores=dec.scores, spans=dec.spans, reasons=reasons(dec), supersedes=supersedes,
        current=item.current_decision_id == dec.id, created_at=dec.created_at,
        appeals=[schemas.AppealSummary(appeal_id=a.public_id, status=a.status,
                                       created_at=a.created_at, decided_at=a.decided_at)
                 for a in (appeals or [])],
    )


def report(r: UserReport, item: Item, task_id: int | None = None) -> schemas.ReportPublic:
    return schemas.ReportPublic(report_id=r.id, item_id=item.external_id, reason=r.reason,
                                note=r.note, created_at=r.created_at, review_task_id=task_id)


def authority_request(r: AuthorityRequest, item: Item,
                      task_id: int | None = None) -> schemas.AuthorityRequestPublic:
    return schemas.AuthorityRequestPublic(
        request_id=r.id, item_id=item.external_id, authority=r.authority,
        legal_basis=r.legal_basis, deadline=r.deadline, outcome=r.outcome, note=r.note,
        created_at=r.created_at, review_task_id=task_id,
    )


def appeal(a: Appeal, item: Item, decision_public_id: str,
           task_id: int | None = None) -> schemas.AppealPublic:
    return schemas.AppealPublic(
        appeal_id=a.public_id, decision_id=decision_public_id, item_id=item.external_id,
        status=a.status, statement=a.statement, created_at=a.created_at,
        decided_at=a.decided_at, reason=a.reason, review_task_id=task_id,
    )
