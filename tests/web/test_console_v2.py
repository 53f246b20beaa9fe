"""Console v2 over HTTP: one row per item with report counts, canned reasons with categories,
submit & next, claims that behave, styled error pages in the reader's language, expired
sessions, team notes, bulk decisions, lookup and the polled queue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from tests.web.conftest import login
from tests.web.factories import make_item
from vimod import acts
from vimod.store.models import (
    AuditLog,
    Decision,
    Item,
    ItemNote,
    Platform,
    ReviewTask,
    WebhookEvent,
)

LoginAs = Callable[[str], str]
HTML = {"accept": "text/html,application/xhtml+xml"}


def _items(factory: sessionmaker[Session], seeded: dict[str, int], n: int = 1,
           **kw) -> list[Item]:  # type: ignore[no-untyped-def]
    with factory() as s, s.begin():
        platform = s.get(Platform, seeded["platform"])
        assert platform is not None
        return [make_item(s, platform, **kw)[0] for _ in range(n)]


def _report(factory: sessionmaker[Session], item: Item, reason: str, n: int = 1) -> None:
    with factory() as s, s.begin():
        for _ in range(n):
            acts.create_report(s, item.platform_id, item.external_id, reason=reason, note=None,
                               actor="api:1")


def test_one_row_per_item_with_report_count_reasons_and_priority(
    client: TestClient, factory: sessionmaker[Session], seeded: dict[str, int], login_as: LoginAs,
) -> None:
    (spam,) = _items(factory, seeded, text="mua acc giá rẻ", label="CLEAN", severity=0.5)
    (threat,) = _items(factory, seeded, text="tao sẽ tìm mày", label="OFFENSIVE", severity=0.35)
    _report(factory, threat, "threat", 3)
    _report(factory, spam, "spam")
    login_as("lan")
    page = client.get("/queue").text
    # The threat (a hold plus three reports) is one row, and it outranks the spam.
    assert page.count(f'data-item="{threat.id}"') == 1
    assert page.index(f'data-item="{threat.id}"') < page.index(f'data-item="{spam.id}"')
    assert "3 báo cáo: threat" in page
    with factory() as s:
        severities = set(s.scalars(select(ReviewTask.severity)
                                   .where(ReviewTask.item_id == threat.id)))
    assert len(severities) == 1 and severities.pop() > 0.9
    only = client.get("/queue?report_reason=threat").text
    assert f'data-item="{threat.id}"' in only and f'data-item="{spam.id}"' not in only


def test_canned_reason_records_category_both_languages_and_opens_the_next_item(
    client: TestClient, factory: sessionmaker[Session], seeded: dict[str, int], login_as: LoginAs,
) -> None:
    first, second = _items(factory, seeded, 2, label="HATE")
    token = login_as("lan")
    r = client.get(f"/items/{first.id}?claim=1&sort=oldest")
    assert "Bạn đang xử lý" in r.text  # opening from the queue claimed it
    r = client.post(f"/items/{first.id}/review?sort=oldest",
                    data={"csrf_token": token, "canned": "identity_attack", "reason": "lần 2"})
    assert r.status_code == 303
    assert r.headers["location"] == f"/items/{second.id}?claim=1&sort=oldest&done={first.id}"
    with factory() as s:
        d = s.scalars(select(Decision).where(Decision.item_id == first.id, ~Decision.automated)
                      ).one()
        event = s.scalars(select(WebhookEvent)).one()
    assert (d.action, d.category, d.origin) == ("remove", "identity_attack", "review")
    assert "Tấn công, hạ thấp một nhóm người" in d.reason_vi and "lần 2" in d.reason_vi
    assert "Attacks or demeans a group" in d.reason_en
    assert event.payload["action"] == "remove"


def test_canned_allow_reason_overturns_to_allow(
    client: TestClient, factory: sessionmaker[Session], seeded: dict[str, int], login_as: LoginAs,
) -> None:
    (item,) = _items(factory, seeded)
    token = login_as("lan")
    client.post(f"/items/{item.id}/review", data={"csrf_token": token, "canned": "ok_criticism"})
    with factory() as s:
        d = s.get(Decision, s.get(Item, item.id).current_decision_id)  # type: ignore[union-attr]
    assert d is not None and (d.action, d.category) == ("allow", "none")


def test_lapsed_claim_is_shown_and_can_be_taken_but_a_live_one_locks_the_form(
    app: FastAPI, client: TestClient, factory: sessionmaker[Session], seeded: dict[str, int],
    login_as: LoginAs,
) -> None:
    (item,) = _items(factory, seeded)
    with factory() as s, s.begin():
        lan = s.get(acts.review.User, seeded["lan"])  # type: ignore[attr-defined]
        acts.claim_item(s, item.id, lan)
    token = login_as("minh")
    page = client.get(f"/items/{item.id}").text
    assert "fieldset disabled" in page and "lan đang xử lý nội dung này" in page
    with factory() as s, s.begin():
        s.execute(update(ReviewTask).values(claimed_at=datetime.now(UTC) - timedelta(minutes=31)))
    queue = client.get("/queue").text
    assert "Quyền nhận của lan đã hết hạn" in queue
    page = client.get(f"/items/{item.id}").text
    assert "fieldset disabled" not in page and "bạn có thể nhận" in page
    r = client.post(f"/items/{item.id}/claim", data={"csrf_token": token})
    assert r.status_code == 303
    assert "Bạn đang xử lý" in client.get(f"/items/{item.id}").text


def test_expired_session_comes_back_to_the_item_page_not_a_405(
    client: TestClient, factory: sessionmaker[Session], seeded: dict[str, int], login_as: LoginAs,
) -> None:
    (item,) = _items(factory, seeded)
    token = login_as("lan")
    client.cookies.clear()  # the session expired while typing
    r = client.post(f"/items/{item.id}/review",
                    data={"csrf_token": token, "verdict": "uphold", "reason": "bản nháp"},
                    headers={"referer": f"http://testserver/items/{item.id}?sort=oldest"})
    assert r.status_code == 303
    assert r.headers["location"] == f"/login?next=%2Fitems%2F{item.id}%3Fsort%3Doldest"
    login(client, "lan")
    assert client.get(f"/items/{item.id}?sort=oldest").status_code == 200


def test_error_pages_are_styled_and_in_the_readers_language(
    client: TestClient, factory: sessionmaker[Session], seeded: dict[str, int], login_as: LoginAs,
) -> None:
    login_as("lan")
    for url in ("/items/b-005", "/no/such/page"):
        r = client.get(url, headers=HTML)
        assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
        assert "Không tìm thấy trang này." in r.text and "<!doctype html>" in r.text
    r = client.get("/items/b-005?lang=en", headers=HTML)
    assert "This page does not exist." in r.text
    r = client.get("/items/1/review", headers=HTML)
    assert r.status_code == 405 and "This page cannot be opened directly" in r.text  # lang kept
    # API clients keep JSON.
    r = client.get("/no/such/page")
    assert r.status_code == 404 and r.headers["content-type"].startswith("application/json")
    r = client.get("/v1/nothing", headers=HTML)
    assert r.headers["content-type"].startswith("application/json")


def test_lookup_by_the_platforms_id(
    client: TestClient, factory: sessionmaker[Session], seeded: dict[str, int], login_as: LoginAs,
) -> None:
    (item,) = _items(factory, seeded)
    login_as("lan")
    r = client.get(f"/lookup?q={item.external_id}")
    assert r.status_code == 303 and r.headers["location"] == f"/items/{item.id}"
    r = client.get(f"/items/{item.external_id}")
    assert r.headers["location"] == f"/items/{item.id}"


def test_team_notes_are_audited_and_never_sent(
    client: TestClient, factory: sessionmaker[Session], seeded: dict[str, int], login_as: LoginAs,
) -> None:
    (item,) = _items(factory, seeded)
    token = login_as("lan")
    r = client.post(f"/items/{item.id}/notes",
                    data={"csrf_token": token, "text": "<b>hỏi trưởng nhóm</b>"})
    assert r.status_code == 303
    page = client.get(f"/items/{item.id}").text
    assert "&lt;b&gt;hỏi trưởng nhóm&lt;/b&gt;" in page
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(ItemNote)) == 1
        assert s.scalar(select(func.count()).select_from(WebhookEvent)) == 0
        assert s.scalars(select(AuditLog.action).where(AuditLog.action == "note.created")).one()
    r = client.post(f"/items/{item.id}/notes", data={"csrf_token": "forged", "text": "x"})
    assert r.status_code == 403


def test_bulk_decides_each_item_on_its_own(
    client: TestClient, factory: sessionmaker[Session], seeded: dict[str, int], login_as: LoginAs,
) -> None:
    wave = _items(factory, seeded, 5, text="Vay tiền nhanh không thế chấp, nhắn zalo",
                  label="CLEAN")
    token = login_as("lan")
    r = client.post("/items/bulk", data={"csrf_token": token, "canned": "scam",
                                         "item_ids": [str(i.id) for i in wave]})
    assert r.status_code == 303
    with factory() as s:
        human = list(s.scalars(select(Decision).where(~Decision.automated)))
        events = s.scalar(select(func.count()).select_from(WebhookEvent))
        pending = s.scalar(select(func.count()).select_from(ReviewTask)
                           .where(ReviewTask.status != "done"))
    assert len(human) == 5 and {d.category for d in human} == {"scam"}
    assert {d.action for d in human} == {"remove"} and events == 5 and pending == 0
    assert len({d.public_id for d in human}) == 5  # each appealable on its own


def test_bulk_refuses_everything_if_one_item_is_held_by_someone_else(
    client: TestClient, factory: sessionmaker[Session], seeded: dict[str, int], login_as: LoginAs,
) -> None:
    a, b = _items(factory, seeded, 2)
    with factory() as s, s.begin():
        minh = s.get(acts.review.User, seeded["minh"])  # type: ignore[attr-defined]
        acts.claim_item(s, b.id, minh)
    token = login_as("lan")
    client.post("/items/bulk", data={"csrf_token": token, "canned": "spam",
                                     "item_ids": [str(a.id), str(b.id)]})
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Decision).where(~Decision.automated)) == 0
    assert "minh đang xử lý" in client.get("/queue").text


def test_poll_reports_claims_and_totals(
    client: TestClient, factory: sessionmaker[Session], seeded: dict[str, int], login_as: LoginAs,
) -> None:
    (a,) = _items(factory, seeded, text="Đồ ngu, mày biết gì về bóng đá mà bình luận")
    (b,) = _items(factory, seeded, text="Câm mồm đi, không ai hỏi ý kiến mày")
    with factory() as s, s.begin():
        minh = s.get(acts.review.User, seeded["minh"])  # type: ignore[attr-defined]
        acts.claim_item(s, b.id, minh)
    login_as("lan")
    data = client.get("/queue/poll").json()
    assert data["total"] == 2
    assert data["claims"] == {str(a.id): "Chưa ai nhận", str(b.id): "Đang xử lý bởi minh"}


WAVE = [
    "Vay tiền nhanh {n} triệu không cần thế chấp, giải ngân trong 5 phút, liên hệ zalo 09{n}",
    "Vay tien nhanh {n} trieu khong can the chap, giai ngan trong 5 phut, lien he zalo 09{n}",
]


def test_a_spam_wave_is_one_row_and_one_act(
    client: TestClient, factory: sessionmaker[Session], seeded: dict[str, int], login_as: LoginAs,
) -> None:
    with factory() as s, s.begin():
        platform = s.get(Platform, seeded["platform"])
        assert platform is not None
        wave = [make_item(s, platform, WAVE[i % 2].format(n=10 + i), label="CLEAN",
                          severity=0.4)[0].id for i in range(30)]
        other = make_item(s, platform, "Chính quyền xử lý vụ ngập lụt quá chậm", label="CLEAN",
                          severity=0.3)[0].id
    token = login_as("lan")
    page = client.get("/queue").text
    assert "×30 gần giống nhau" in page
    assert page.count("<tr data-row ") == 2, page
    assert f'data-item="{other}"' in page
    cluster = page.split('name="cluster" value="')[1].split('"')[0]
    r = client.post("/items/bulk", data={"csrf_token": token, "canned": "scam",
                                         "cluster": cluster})
    assert r.status_code == 303
    with factory() as s:
        decided = set(s.scalars(select(Decision.item_id).where(~Decision.automated)))
        audited = s.scalar(select(func.count()).select_from(AuditLog)
                           .where(AuditLog.action == "review.uphold"))
    assert decided == set(wave) and audited == 30
    assert f'data-item="{other}"' in client.get("/queue").text


def test_revoking_an_api_key_in_the_console_is_effective_at_once(
    client: TestClient, app: FastAPI, factory: sessionmaker[Session], seeded: dict[str, int],
    login_as: LoginAs,
) -> None:
    from vimod.store.models import ApiKey
    from vimod.store.platforms import create_api_key

    with factory() as s, s.begin():
        row, key = create_api_key(s, seeded["platform"], name="forum")
        key_id = row.id
    auth = {"authorization": f"Bearer {key}"}
    probe = {"id": "p-1", "text": "xin chào"}
    assert client.post("/v1/moderate", json=probe, headers=auth).status_code == 200  # cached
    moderator = login_as("lan")
    r = client.post(f"/admin/api-keys/{key_id}/revoke", data={"csrf_token": moderator})
    assert r.status_code == 403  # admins only
    client.cookies.clear()
    token = login_as("quantri")
    r = client.post(f"/admin/api-keys/{key_id}/revoke", data={"csrf_token": "forged"})
    assert r.status_code == 403
    r = client.post(f"/admin/api-keys/{key_id}/revoke", data={"csrf_token": token})
    assert r.status_code == 303
    assert client.post("/v1/moderate", json=probe, headers=auth).status_code == 401
    with factory() as s:
        assert s.get(ApiKey, key_id).revoked_at is not None  # type: ignore[union-attr]
        assert s.scalars(select(AuditLog.actor).where(AuditLog.action == "api_key.revoked")
                         ).one() == "user:quantri"
    again = client.post(f"/admin/api-keys/{key_id}/revoke", data={"csrf_token": token})
    assert again.status_code == 409 and "already revoked" in again.text


def test_revoke_key_from_the_cli(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from vimod.cli import app as cli
    from vimod.store.db import make_sessionmaker
    from vimod.store.migrate import init_db
    from vimod.store.models import ApiKey
    from vimod.store.platforms import create_platform

    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    engine = init_db(url)
    with make_sessionmaker(engine)() as s, s.begin():
        _, key = create_platform(s, "diễn-đàn")
    engine.dispose()
    r = CliRunner().invoke(cli, ["admin", "revoke-key", key[:12], "--db", url])
    assert r.exit_code == 0, r.output
    engine = init_db(url)
    with make_sessionmaker(engine)() as s:
        assert s.scalars(select(ApiKey.revoked_at)).one() is not None
    engine.dispose()
    r = CliRunner().invoke(cli, ["admin", "revoke-key", "nope", "--db", url])
    assert r.exit_code == 1


def test_audit_filters_readable_changes_and_csv(
    client: TestClient, factory: sessionmaker[Session], seeded: dict[str, int], login_as: LoginAs,
) -> None:
    a, b = _items(factory, seeded, text="Đồ ngu, mày biết gì")[0], _items(
        factory, seeded, text="Câm mồm đi, không ai hỏi")[0]
    token = login_as("lan")
    client.post(f"/items/{a.id}/review", data={"csrf_token": token, "canned": "insult"})
    client.post(f"/items/{b.id}/notes", data={"csrf_token": token, "text": "ghi chú"})
    with factory() as s:
        decision = s.scalars(select(Decision.public_id).where(~Decision.automated)).one()
    client.cookies.clear()
    login_as("quantri")
    page = client.get(f"/audit?item_id={a.id}&action=review.").text
    assert "review.uphold" in page and "note.created" not in page
    assert "<ins>remove</ins>" in page and "<del>review</del>" in page  # readable, not JSON
    page = client.get(f"/audit?decision_id={decision}").text
    assert "review.uphold" in page and "<strong>1</strong>" in page
    today = datetime.now(UTC).date().isoformat()
    assert "<strong>0</strong>" in client.get("/audit?until=2000-01-01").text
    assert "note.created" in client.get(f"/audit?since={today}&actor=user:lan").text
    assert client.get("/audit?since=hôm-qua").status_code == 400
    csv = client.get("/audit.csv?actor=user:lan")
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    lines = csv.text.lstrip("\ufeff").splitlines()
    assert lines[0].startswith("id,created_at,actor,action")
    assert {line.split(",")[3] for line in lines[1:]} >= {"review.uphold", "note.created"}
    assert "ghi chú" in csv.text
    client.cookies.clear()
    login_as("lan")
    assert client.get("/audit.csv").status_code == 403
