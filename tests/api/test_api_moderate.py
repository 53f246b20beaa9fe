"""POST /v1/moderate and the read endpoints, with a fake detector, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from tests.api.fakes import FakeDetector
from vimod.api.app import create_app
from vimod.api.config import Settings
from vimod.store.db import make_sessionmaker, transaction
from vimod.store.models import AuditLog, Item, ReviewTask
from vimod.store.platforms import create_platform


def count(engine: Engine, model: Any, *where: Any) -> int:
    with make_sessionmaker(engine)() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_moderate_single_item_returns_decision_with_reasons(client: TestClient) -> None:
    r = client.post("/v1/moderate", json={"id": "c1", "text": "Giết hết bọn chúng đi",
                                          "author_id": "u1"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["action"] == "remove" and body["rule"] == "identity-attack-high"
    assert body["category"] == "identity_attack" == body["reasons"]["category"]
    assert body["detection"]["categories"]["identity_attack"] == 0.95
    assert body["detection"]["targets"] == ["ethnicity"]
    assert body["detection"]["spans"][0]["category"] == "identity_attack"
    assert body["decision_id"].startswith("dec_") and body["replayed"] is False
    assert body["detection"]["label"] == "HATE"
    assert body["detection"]["spans"][0]["text"] == "Giết hết"
    assert body["reasons"]["explanation"]["vi"] and body["reasons"]["explanation"]["en"]
    assert body["reasons"]["facts"] == ["Giết hết"]
    assert body["reasons"]["automated_decision"] is True
    assert body["policy_version"] and body["model_version"] == "fake-1"


def test_moderate_batch_returns_one_result_per_item_in_order(client: TestClient) -> None:
    items = [{"id": f"b{i}", "text": t} for i, t in
             enumerate(["Bài hay quá", "đồ ngu", "Mua ngay giá rẻ", "bọn mọi"])]
    items[2]["surface"] = "marketplace_listing"
    r = client.post("/v1/moderate", json={"items": items})
    assert r.status_code == 200, r.text
    res = r.json()["results"]
    assert [x["id"] for x in res] == ["b0", "b1", "b2", "b3"]
    assert [x["action"] for x in res] == ["allow", "label", "remove", "review"]


def test_moderate_is_idempotent_on_item_id(client: TestClient, detector: FakeDetector,
                                           engine: Engine) -> None:
    first = client.post("/v1/moderate", json={"id": "same", "text": "bọn mọi"}).json()
    calls = detector.calls
    again = client.post("/v1/moderate", json={"id": "same", "text": "bọn mọi"}).json()
    in_batch = client.post("/v1/moderate", json={"items": [
        {"id": "same", "text": "bọn mọi"}, {"id": "new", "text": "chào"}]}).json()
    assert again["decision_id"] == first["decision_id"] and again["replayed"] is True
    assert in_batch["results"][0]["decision_id"] == first["decision_id"]
    assert detector.calls == calls + 1 and detector.texts[-1:] == ["chào"]
    assert count(engine, Item, Item.external_id == "same") == 1
    assert count(engine, ReviewTask) == 1


def test_moderate_known_id_with_new_text_is_a_conflict(client: TestClient,
                                                      engine: Engine) -> None:
    client.post("/v1/moderate", json={"id": "e1", "text": "bản đầu"})
    r = client.post("/v1/moderate", json={"items": [{"id": "fresh", "text": "x"},
                                                    {"id": "e1", "text": "bản sửa"}]})
    assert r.status_code == 409 and "new id" in r.json()["detail"]
    assert count(engine, Item, Item.external_id == "fresh") == 0  # nothing half-stored


def test_review_action_opens_an_automated_review_task(client: TestClient,
                                                      engine: Engine) -> None:
    r = client.post("/v1/moderate", json={"id": "r1", "text": "bọn mọi"})
    assert r.json()["action"] == "review"
    assert count(engine, ReviewTask, ReviewTask.source == "automated") == 1


def test_every_decision_is_audited(client: TestClient, engine: Engine) -> None:
    client.post("/v1/moderate", json={"items": [{"id": "a1", "text": "x"},
                                                {"id": "a2", "text": "y"}]})
    assert count(engine, AuditLog, AuditLog.action == "decision.created") == 2


def test_get_decision_and_item_history(client: TestClient) -> None:
    dec = client.post("/v1/moderate", json={"id": "h/1", "text": "đồ ngu"}).json()
    did = dec["decision_id"]
    assert client.post("/v1/reports", json={"item_id": "h/1", "reason": "insult",
                                            "note": "chửi người khác"}).status_code == 201
    r = client.post("/v1/authority-requests", json={
        "item_id": "h/1", "authority": "Bộ Công an", "legal_basis": "Luật An ninh mạng 2018",
        "deadline": "2026-12-24T00:00:00+07:00"})
    assert r.status_code == 201 and r.json()["deadline"] == "2026-12-23T17:00:00Z"
    ap = client.post("/v1/appeals", json={"decision_id": did, "statement": "Tôi đùa thôi"})
    assert ap.status_code == 201 and ap.json()["status"] == "pending"

    d = client.get(f"/v1/decisions/{did}").json()
    assert d["decision_id"] == did and d["current"] is True and d["item_id"] == "h/1"
    assert [a["status"] for a in d["appeals"]] == ["pending"]

    h = client.get("/v1/items/h/1").json()
    assert h["id"] == "h/1" and h["current_decision"]["decision_id"] == did
    assert [x["decision_id"] for x in h["decisions"]] == [did]
    assert [x["reason"] for x in h["reports"]] == ["insult"]
    assert [x["authority"] for x in h["authority_requests"]] == ["Bộ Công an"]
    assert [x["appeal_id"] for x in h["appeals"]] == [ap.json()["appeal_id"]]


def test_second_pending_appeal_is_a_conflict(client: TestClient) -> None:
    did = client.post("/v1/moderate", json={"id": "p1", "text": "đồ ngu"}).json()["decision_id"]
    assert client.post("/v1/appeals", json={"decision_id": did, "statement": "a"}).status_code \
        == 201
    r = client.post("/v1/appeals", json={"decision_id": did, "statement": "b"})
    assert r.status_code == 409


def test_unknown_ids_are_404(client: TestClient) -> None:
    assert client.get("/v1/items/nope").status_code == 404
    assert client.get("/v1/decisions/dec_000").status_code == 404
    assert client.post("/v1/reports", json={"item_id": "nope", "reason": "x"}).status_code == 404
    assert client.post("/v1/appeals", json={"decision_id": "dec_0", "statement": "x"}
                       ).status_code == 404


def test_a_key_never_sees_another_platforms_items(client: TestClient, app: Any,
                                                  engine: Engine) -> None:
    did = client.post("/v1/moderate", json={"id": "secret", "text": "đồ ngu"}).json()[
        "decision_id"]
    with transaction(make_sessionmaker(engine)) as s:
        _, other_key = create_platform(s, "forum-b")
    other = TestClient(app, headers={"Authorization": f"Bearer {other_key}"})
    assert other.get("/v1/items/secret").status_code == 404
    assert other.get(f"/v1/decisions/{did}").status_code == 404
    assert other.post("/v1/reports", json={"item_id": "secret", "reason": "x"}).status_code == 404
    assert other.post("/v1/appeals", json={"decision_id": did, "statement": "x"}
                      ).status_code == 404
    assert other.post("/v1/authority-requests", json={
        "item_id": "secret", "authority": "a", "legal_basis": "b",
        "deadline": "2027-01-01T00:00:00Z"}).status_code == 404
    # The same external id on the other platform is a different item with its own decision.
    mine = other.post("/v1/moderate", json={"id": "secret", "text": "khác hẳn"}).json()
    assert mine["decision_id"] != did and mine["replayed"] is False


def test_requests_without_a_valid_key_are_401(app: Any, platform_key: str) -> None:
    c = TestClient(app)
    assert c.post("/v1/moderate", json={"id": "1", "text": "x"}).status_code == 401
    for auth in ("Bearer nope", "Basic abc", f"Bearer {platform_key}x",
                 "Bearer vmk_ü".encode("latin-1")):
        r = c.get("/v1/items/1", headers={"Authorization": auth})
        assert r.status_code == 401, auth
    assert r.headers["WWW-Authenticate"] == "Bearer"


def test_rate_limit_answers_429_with_retry_after(engine: Engine, platform_key: str) -> None:
    settings = Settings(db_url=str(engine.url), secret_key="k" * 40, rate_per_s=1,
                        rate_burst=3)
    app = create_app(settings, engine=engine, detector=FakeDetector(), webhooks=False,
                     console=False)
    c = TestClient(app, headers={"Authorization": f"Bearer {platform_key}"})
    codes = [c.get("/v1/items/x").status_code for _ in range(5)]
    assert codes[:3] == [404, 404, 404] and codes[3:] == [429, 429]
    r = c.get("/v1/items/x")
    assert int(r.headers["Retry-After"]) >= 1


def test_healthz_reports_versions(client: TestClient) -> None:
    r = client.get("/healthz")
    assert r.status_code == 200
    assert r.json()["database"] == "ok" and r.json()["model_version"] == "fake-1"


def test_app_state_exposes_the_contract(app: Any) -> None:
    for name in ("sessionmaker", "policy", "detector", "settings", "engine"):
        assert getattr(app.state, name) is not None
    assert app.state.settings.secret_key


def test_create_app_mounts_the_console_last(engine: Engine, settings: Settings,
                                            monkeypatch: Any) -> None:
    import vimod.web

    mounted: list[Any] = []

    def fake_mount(app: Any) -> None:
        assert app.state.sessionmaker is not None and app.state.settings.secret_key
        mounted.append(app)

    monkeypatch.setattr(vimod.web, "mount", fake_mount)
    app = create_app(settings, engine=engine, detector=FakeDetector(), webhooks=False)
    assert mounted == [app]


def test_reports_authority_requests_and_appeals_are_audited(client: TestClient,
                                                            engine: Engine) -> None:
    did = client.post("/v1/moderate", json={"id": "au", "text": "đồ ngu"}).json()["decision_id"]
    client.post("/v1/reports", json={"item_id": "au", "reason": "insult"})
    client.post("/v1/authority-requests", json={"item_id": "au", "authority": "A",
                                                "legal_basis": "B",
                                                "deadline": "2027-01-01T00:00:00Z"})
    client.post("/v1/appeals", json={"decision_id": did, "statement": "xin xem lại"})
    with make_sessionmaker(engine)() as s:
        rows = s.scalars(select(AuditLog).order_by(AuditLog.id)).all()
    acts = [r.action for r in rows if r.actor.startswith("api:")]
    assert acts == ["decision.created", "report.created", "authority_request.created",
                    "appeal.created"]
    appeal_row = rows[-1]
    assert appeal_row.before["decision_id"] == did and appeal_row.after["status"] == "pending"
    assert all(r.created_at is not None for r in rows)


def test_moderate_answer_matches_the_response_models(client) -> None:  # type: ignore[no-untyped-def]
    from vimod.api import schemas

    one = client.post("/v1/moderate", json={"id": "m-1", "text": "bọn mọi cút đi"})
    assert one.status_code == 200
    again = client.post("/v1/moderate", json={"id": "m-1", "text": "bọn mọi cút đi"})
    batch = client.post("/v1/moderate", json={"items": [
        {"id": "m-2", "text": "đồ ngu", "surface": "username"}, {"id": "m-1",
                                                                  "text": "bọn mọi cút đi"}]})
    for body in (one.json(), again.json(), *batch.json()["results"]):
        model = schemas.ModerateResult.model_validate(body)
        assert model.model_dump(mode="json") == body
    assert one.json()["detection"]["spans"] and one.json()["reasons"]["facts"] == ["bọn mọi"]
    assert again.json()["replayed"] and not one.json()["replayed"]
    assert {k: v for k, v in again.json().items() if k != "replayed"} == \
        {k: v for k, v in one.json().items() if k != "replayed"}
    schemas.ModerateBatchResult.model_validate(batch.json())
